// A loop by value consumes the playlist: it cannot be used afterwards.
use iterators_std_06_playlist_into_iterator::{Playlist, Song};

fn main() {
    let mut playlist = Playlist::new();
    playlist.push(Song::new("gone", 1));
    for song in playlist {
        drop(song);
    }
    assert!(playlist.is_empty()); //~ ERROR E0382
}

// `collect` builds a playlist; a loop by value takes the songs back out.
use iterators_std_06_playlist_into_iterator::{Playlist, Song};

fn main() {
    let playlist: Playlist = ["one", "two", "three"]
        .iter()
        .zip(1..)
        .map(|(title, minutes)| Song::new(title, minutes * 60))
        .collect();
    assert_eq!(playlist.len(), 3);

    let empty: Playlist = std::iter::empty().collect();
    assert!(empty.is_empty());

    let mut titles: Vec<String> = Vec::new();
    for song in playlist {
        let song: Song = song;
        titles.push(song.title); // moved out, not cloned
    }
    assert_eq!(titles, ["one", "two", "three"]);
}

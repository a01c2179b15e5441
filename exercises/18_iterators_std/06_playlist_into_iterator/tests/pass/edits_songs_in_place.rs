// A mutable loop edits the songs inside the playlist.
use iterators_std_06_playlist_into_iterator::{Playlist, Song};

fn main() {
    let mut playlist = Playlist::new();
    playlist.push(Song::new("a", 10));
    playlist.push(Song::new("b", 20));

    for song in &mut playlist {
        song.seconds *= 2;
    }
    for song in playlist.iter_mut() {
        song.title.make_ascii_uppercase();
    }
    assert_eq!(playlist.total_seconds(), 60);
    let titles: Vec<&str> = playlist.iter().map(|song| song.title.as_str()).collect();
    assert_eq!(titles, ["A", "B"]);

    // Like a `Vec`'s, `iter_mut` runs backwards and knows its length.
    assert_eq!(playlist.iter_mut().len(), 2);
    {
        let mut songs = playlist.iter_mut();
        songs.next_back();
        assert_eq!(songs.len(), 1, "one song taken from the back, one left");
    }
    let mut order = Vec::new();
    for song in playlist.iter_mut().rev() {
        song.seconds += 1;
        order.push(song.title.clone());
    }
    assert_eq!(order, ["B", "A"]);
    assert_eq!(playlist.total_seconds(), 62);
}

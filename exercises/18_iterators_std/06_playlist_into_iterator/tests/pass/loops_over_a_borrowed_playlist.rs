// Reading the songs borrows the playlist: it is still usable afterwards.
use iterators_std_06_playlist_into_iterator::{Playlist, Song};

fn main() {
    let mut playlist = Playlist::new();
    playlist.push(Song::new("Intro", 60));
    playlist.push(Song::new("Ballad", 240));
    playlist.push(Song::new("Outro", 90));

    let mut titles = Vec::new();
    for song in &playlist {
        let song: &Song = song;
        titles.push(song.title.as_str());
    }
    assert_eq!(titles, ["Intro", "Ballad", "Outro"]);

    let longest = playlist.iter().max_by_key(|song| song.seconds);
    assert_eq!(longest.map(|song| song.title.as_str()), Some("Ballad"));
    let backwards: Vec<u32> = playlist.iter().rev().map(|song| song.seconds).collect();
    assert_eq!(backwards, [90, 240, 60]);
    assert_eq!(playlist.iter().len(), 3);
    // Its length is what is left to read, from either end.
    let mut songs = playlist.iter();
    songs.next();
    assert_eq!(songs.len(), 2, "one song read from the front, two left");
    songs.next_back();
    assert_eq!(songs.len(), 1, "one more read from the back, one left");
    assert_eq!(playlist.len(), 3, "the playlist is still ours");
}

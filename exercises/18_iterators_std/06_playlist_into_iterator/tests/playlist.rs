use iterators_std_06_playlist_into_iterator::{Playlist, Song};

#[test]
fn a_new_playlist_is_empty() {
    let playlist = Playlist::new();
    assert!(playlist.is_empty());
    assert_eq!(playlist.len(), 0);
    assert_eq!(playlist.total_seconds(), 0);
}

#[test]
fn pushed_songs_add_up() {
    let mut playlist = Playlist::new();
    playlist.push(Song::new("Intro", 61));
    playlist.push(Song::new("Café 🎵", 200));
    assert_eq!(playlist.len(), 2);
    assert_eq!(playlist.total_seconds(), 261);
}

// variant: iter_mut returns a plain impl Iterator, which cannot run backwards or tell its length
// expect: case:edits_songs_in_place
//! # A collection that works with `for`, `iter` and `collect`
//!
//! `Playlist` wraps a list of songs. Its users want it to feel like a
//! standard collection, and today none of this compiles (see the cases in
//! `tests/pass/`):
//!
//! - `for song in &playlist` reads the songs and keeps the playlist;
//! - `for song in &mut playlist` edits them in place;
//! - `for song in playlist` takes the songs out, without copying them;
//! - `playlist.iter()` and `playlist.iter_mut()`, as on a `Vec` (they can
//!   run backwards with `rev` and know their `len`);
//! - `let playlist: Playlist = songs.into_iter().collect();`.
//!
//! Task: implement the standard traits and methods that make these work.
//! Nothing may clone a song or build a temporary list just to iterate (a
//! case counts heap allocations during the loops). Keep the existing
//! methods. The case in `tests/fail/` shows what must stay
//! impossible: a playlist used after a loop that consumed it.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// One track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Song {
    pub title: String,
    pub seconds: u32,
}

impl Song {
    pub fn new(title: &str, seconds: u32) -> Self {
        Self {
            title: title.to_string(),
            seconds,
        }
    }
}

/// Songs in play order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Playlist {
    songs: Vec<Song>,
}

impl Playlist {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, song: Song) {
        self.songs.push(song);
    }

    pub fn len(&self) -> usize {
        self.songs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.songs.is_empty()
    }

    /// The playing time of the whole list.
    pub fn total_seconds(&self) -> u32 {
        self.songs.iter().map(|song| song.seconds).sum()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Song> {
        self.songs.iter()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Song> + '_ {
        self.songs.iter_mut()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Song;
    type IntoIter = std::slice::Iter<'a, Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

impl<'a> IntoIterator for &'a mut Playlist {
    type Item = &'a mut Song;
    type IntoIter = std::slice::IterMut<'a, Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter_mut()
    }
}

impl IntoIterator for Playlist {
    type Item = Song;
    type IntoIter = std::vec::IntoIter<Song>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

impl FromIterator<Song> for Playlist {
    fn from_iter<I: IntoIterator<Item = Song>>(iter: I) -> Self {
        Self {
            songs: iter.into_iter().collect(),
        }
    }
}

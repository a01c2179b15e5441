// variant: a hand-rolled Iter whose len stays the whole playlist's after items are read
// expect: case:loops_over_a_borrowed_playlist

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
//! Nothing may clone a song, and the loops, `iter` and `iter_mut` must not
//! build a temporary list (a case counts heap allocations during them).
//! Keep the existing methods. The case in `tests/fail/` shows what must
//! stay impossible: a playlist used after a loop that consumed it.
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

    /// The songs in order, borrowed.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            songs: &self.songs,
            front: 0,
            back: self.songs.len(),
        }
    }

    /// The songs in order, mutably borrowed.
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Song> {
        self.songs.iter_mut()
    }
}

/// A borrowing iterator over a playlist, from both ends.
#[derive(Debug, Clone)]
pub struct Iter<'a> {
    songs: &'a [Song],
    front: usize,
    back: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Song;

    fn next(&mut self) -> Option<&'a Song> {
        if self.front == self.back {
            return None;
        }
        let song = &self.songs[self.front];
        self.front += 1;
        Some(song)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.songs.len();
        (len, Some(len))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        Some(&self.songs[self.back])
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl IntoIterator for Playlist {
    type Item = Song;
    type IntoIter = std::vec::IntoIter<Song>;

    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Song;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Playlist {
    type Item = &'a mut Song;
    type IntoIter = std::slice::IterMut<'a, Song>;

    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter_mut()
    }
}

impl FromIterator<Song> for Playlist {
    fn from_iter<T: IntoIterator<Item = Song>>(iter: T) -> Self {
        Self {
            songs: iter.into_iter().collect(),
        }
    }
}

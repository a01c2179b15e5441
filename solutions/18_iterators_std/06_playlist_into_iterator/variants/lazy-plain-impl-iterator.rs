// variant: iter returns a plain impl Iterator, which cannot run backwards or tell its length
// expect: case:loops_over_a_borrowed_playlist
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

    pub fn iter(&self) -> impl Iterator<Item = &Song> {
        self.songs.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, Song> {
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
    fn from_iter<I: IntoIterator<Item = Song>>(songs: I) -> Self {
        Self {
            songs: songs.into_iter().collect(),
        }
    }
}

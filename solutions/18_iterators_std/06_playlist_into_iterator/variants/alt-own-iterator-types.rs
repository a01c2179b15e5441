// variant: iterator types of its own wrapping the Vec's, and collect through Vec::from_iter
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

    pub fn iter(&self) -> Iter<'_> {
        Iter(self.songs.iter())
    }

    pub fn iter_mut(&mut self) -> IterMut<'_> {
        IterMut(self.songs.iter_mut())
    }
}

/// The songs, borrowed, in play order.
pub struct Iter<'a>(std::slice::Iter<'a, Song>);

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Song;

    fn next(&mut self) -> Option<&'a Song> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for Iter<'_> {}

/// The songs, mutably borrowed, in play order.
pub struct IterMut<'a>(std::slice::IterMut<'a, Song>);

impl<'a> Iterator for IterMut<'a> {
    type Item = &'a mut Song;

    fn next(&mut self) -> Option<&'a mut Song> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for IterMut<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for IterMut<'_> {}

/// The songs, taken out of the playlist.
pub struct IntoIter(std::vec::IntoIter<Song>);

impl Iterator for IntoIter {
    type Item = Song;

    fn next(&mut self) -> Option<Song> {
        self.0.next()
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Song;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut Playlist {
    type Item = &'a mut Song;
    type IntoIter = IterMut<'a>;

    fn into_iter(self) -> IterMut<'a> {
        self.iter_mut()
    }
}

impl IntoIterator for Playlist {
    type Item = Song;
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter(self.songs.into_iter())
    }
}

impl FromIterator<Song> for Playlist {
    fn from_iter<I: IntoIterator<Item = Song>>(songs: I) -> Self {
        Self {
            songs: Vec::from_iter(songs),
        }
    }
}

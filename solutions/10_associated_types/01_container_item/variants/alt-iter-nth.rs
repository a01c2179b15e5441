// variant: `Self::Item` in the signature and `iter().nth` for the lookup

use std::fmt;

pub trait Container {
    type Item;

    /// The item at `index`, or `None` past the end.
    fn get(&self, index: usize) -> Option<&Self::Item>;

    fn len(&self) -> usize;

    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Describes the first item of any container whose items can be displayed.
pub fn describe_first<C>(container: &C) -> String
where
    C: Container,
    C::Item: fmt::Display,
{
    match container.first() {
        Some(item) => format!("first up: {item}"),
        None => String::from("nothing here"),
    }
}

pub struct Shelf {
    pub titles: Vec<String>,
}

impl Container for Shelf {
    type Item = String;

    fn get(&self, index: usize) -> Option<&String> {
        self.titles.get(index)
    }

    fn len(&self) -> usize {
        self.titles.len()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    pub title: String,
    pub seconds: u32,
}

/// `Intro (1:05)`: minutes, then seconds on two digits.
impl fmt::Display for Track {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}:{:02})",
            self.title,
            self.seconds / 60,
            self.seconds % 60
        )
    }
}

pub struct Playlist {
    pub tracks: Vec<Track>,
}

impl Container for Playlist {
    type Item = Track;

    fn get(&self, index: usize) -> Option<&Self::Item> {
        self.tracks.iter().nth(index)
    }

    fn len(&self) -> usize {
        self.tracks.len()
    }
}

//! # An associated type: what a container holds
//!
//! A media app has several collections: a `Shelf` of book titles, a
//! `Playlist` of tracks. The `Container` trait describes them all, and its
//! associated type `Item` says what one container holds: each implementing
//! type picks its `Item` once. Generic code then names it as `C::Item`, as
//! `describe_first` does, without an extra type parameter.
//!
//! It does not compile: `Playlist` claims to be a `Container` but never says
//! what it holds, and its `get` is not written yet.
//!
//! Task: complete the `Container` impl for `Playlist` so that it holds its
//! `Track`s, in order. Leave the trait as it is; `Shelf` already works and
//! needs no change.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! Each `Container` impl names its `Item` once; code generic over
//! containers refers to it as `C::Item`, so a bound like
//! `C: Container<Item = Track>` or `C::Item: Display` needs no extra type
//! parameter.

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

    fn get(&self, index: usize) -> Option<&Track> {
        self.tracks.get(index)
    }

    fn len(&self) -> usize {
        self.tracks.len()
    }
}

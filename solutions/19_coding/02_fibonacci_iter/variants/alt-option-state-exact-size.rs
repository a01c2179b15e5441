// variant: Option state with an exact size_hint, ExactSizeIterator and FusedIterator
//! # Interview problem: a Fibonacci iterator
//!
//! "Write an iterator over the Fibonacci numbers 0, 1, 1, 2, 3, 5, ... that
//! callers can combine with the usual adapters, for example the sum of the
//! even terms among the first 20."
//!
//! The sequence is conceptually infinite, but `u64` is not. The rule here:
//! the iterator yields every Fibonacci number that fits in a `u64` (F(0) up
//! to F(93) = 12200160415121876738, 94 numbers) and then ends, returning
//! `None` from then on. It never panics and never yields a wrapped-around
//! value.
//!
//! The draft below works for small prefixes, but it panics (in a debug
//! build; a release build would wrap) where it should yield its last two
//! terms. Fix it; keep `fibonacci()` and the `Fibonacci` type name.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::iter::FusedIterator;

/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
#[derive(Debug, Clone)]
pub struct Fibonacci {
    current: Option<u64>,
    following: Option<u64>,
    index: usize,
}

/// F(0) through F(93).
const COUNT: usize = 94;

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        current: Some(0),
        following: Some(1),
        index: 0,
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.current?;
        let after = self.following.and_then(|next| current.checked_add(next));
        self.current = self.following;
        self.following = after;
        self.index += 1;
        Some(current)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = if self.current.is_some() {
            COUNT - self.index
        } else {
            0
        };
        (left, Some(left))
    }
}

impl ExactSizeIterator for Fibonacci {}
impl FusedIterator for Fibonacci {}

// variant: returns only the first terms
// expect: keep:fn fibonacci, E0308
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
//!
//! ## The solution
//!
//! The state is the next two numbers, each `None` once it would not fit in
//! a `u64`. The addition computes a number two steps ahead, so it overflows
//! while F(92) and F(93) still have to be yielded; keeping the overflow as
//! `None` (via `checked_add`) instead of stopping right there lets the
//! iterator drain those two and then end for good.

use std::iter::FusedIterator;

/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
pub struct Fibonacci {
    current: Option<u64>,
    next: Option<u64>,
}

pub fn fibonacci() -> std::iter::Take<Fibonacci> {
    Fibonacci {
        current: Some(0),
        next: Some(1),
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.current?;
        self.current = self.next;
        self.next = self.next.and_then(|next| next.checked_add(current));
        Some(current)
    }
}

/// Once it has returned `None`, it keeps doing so.
impl FusedIterator for Fibonacci {}

// variant: the overflowing addition panics inside catch_unwind
// expect: rule:clippy::disallowed_methods
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

use std::panic;

/// The Fibonacci numbers that fit in a `u64`, from F(0) = 0.
pub struct Fibonacci {
    a: Option<u64>,
    b: Option<u64>,
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        a: Some(0),
        b: Some(1),
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.a?;
        let sum = match self.b {
            Some(b) => panic::catch_unwind(move || current + b).ok(),
            None => None,
        };
        self.a = self.b;
        self.b = sum;
        Some(current)
    }
}

//! # A list that is never empty, and what `Deref` may expose
//!
//! `NonEmpty<T>` is a vector with at least one element, so `first`, `last`
//! and `max` return a plain `&T` instead of an `Option`. Its field is private
//! and its constructors check, yet the promise still leaks: `Deref` and
//! `DerefMut` hand out the whole `Vec`, so `list.clear()` or `list.pop()`
//! compile and leave an empty `NonEmpty` behind, and the next `first()`
//! panics (see `tests/fail/`).
//!
//! Task: make those calls, and every other way to shorten the list from
//! outside (`truncate`, `drain`, ...), fail to compile while everything the
//! tests do still works: reading the list like a slice, and changing
//! elements in place (`list[0] = x`, `list.sort()`, `iter_mut`), which cannot
//! change its length. Keep the public methods and their signatures, and open
//! nothing new on `NonEmpty`: no new public method or constant, derive or
//! trait impl, not even one that keeps the list non-empty (the checker keeps
//! the type closed; reshape the `Deref` and `DerefMut` you have). An impl
//! that only consumes a whole `NonEmpty`, as `into_vec` does (a
//! `From<NonEmpty<T>> for Vec<T>`), opens nothing and is allowed.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::ops::{Deref, DerefMut};

/// Returned when a `NonEmpty` is asked to wrap an empty vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyError;

/// A vector with at least one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NonEmpty<T>(Vec<T>);

impl<T> NonEmpty<T> {
    pub fn new(first: T) -> Self {
        NonEmpty(vec![first])
    }

    pub fn from_vec(items: Vec<T>) -> Result<Self, EmptyError> {
        if items.is_empty() {
            Err(EmptyError)
        } else {
            Ok(NonEmpty(items))
        }
    }

    pub fn push(&mut self, item: T) {
        self.0.push(item);
    }

    pub fn first(&self) -> &T {
        self.0
            .first()
            .expect("a NonEmpty always has a first element")
    }

    pub fn last(&self) -> &T {
        self.0.last().expect("a NonEmpty always has a last element")
    }

    pub fn max(&self) -> &T
    where
        T: Ord,
    {
        self.0
            .iter()
            .max()
            .expect("a NonEmpty always has a largest element")
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

/// Callers see a slice, not the `Vec`: a slice can be read and its elements
/// changed, but it has no method that changes its length, so the promise
/// holds whatever a caller does through these two impls.
impl<T> Deref for NonEmpty<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T> DerefMut for NonEmpty<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

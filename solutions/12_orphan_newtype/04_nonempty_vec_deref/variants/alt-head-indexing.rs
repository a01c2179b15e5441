// variant: a named field, `as_slice`/`as_mut_slice`, and `first`, `last` by index
use std::ops::{Deref, DerefMut};

/// Returned when a `NonEmpty` is asked to wrap an empty vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyError;

/// A vector with at least one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NonEmpty<T> {
    items: Vec<T>,
}

impl<T> NonEmpty<T> {
    pub fn new(first: T) -> Self {
        Self { items: vec![first] }
    }

    pub fn from_vec(items: Vec<T>) -> Result<Self, EmptyError> {
        if items.is_empty() {
            return Err(EmptyError);
        }
        Ok(Self { items })
    }

    pub fn push(&mut self, item: T) {
        self.items.push(item);
    }

    #[allow(clippy::indexing_slicing)]
    pub fn first(&self) -> &T {
        // Index 0 exists: the constructors refuse an empty vector and
        // nothing can shrink it.
        &self.items[0]
    }

    #[allow(clippy::indexing_slicing)]
    pub fn last(&self) -> &T {
        &self.items[self.items.len() - 1]
    }

    pub fn max(&self) -> &T
    where
        T: Ord,
    {
        let (first, rest) = self.items.split_first().expect("never empty");
        rest.iter().fold(first, |best, item| best.max(item))
    }

    pub fn into_vec(self) -> Vec<T> {
        self.items
    }
}

impl<T> Deref for NonEmpty<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.items.as_slice()
    }
}

impl<T> DerefMut for NonEmpty<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.items.as_mut_slice()
    }
}

// variant: keeps `Deref<Target = Vec<T>>` and shadows `clear` and `pop` with safe versions
// expect: keep:closed NonEmpty
use std::ops::{Deref, DerefMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyError;

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

    /// Keeps the first element.
    pub fn clear(&mut self) {
        self.0.truncate(1);
    }

    /// Never takes the last element.
    pub fn pop(&mut self) -> Option<T> {
        if self.0.len() > 1 { self.0.pop() } else { None }
    }

    pub fn first(&self) -> &T {
        self.0.first().expect("never empty")
    }

    pub fn last(&self) -> &T {
        self.0.last().expect("never empty")
    }

    pub fn max(&self) -> &T
    where
        T: Ord,
    {
        self.0.iter().max().expect("never empty")
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T> Deref for NonEmpty<T> {
    type Target = Vec<T>;

    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for NonEmpty<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

// variant: drops `DerefMut` and keeps `Deref<Target = Vec<T>>`, so nothing changes in place
// expect: E0596
use std::ops::Deref;

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

// variant: page_summary built on slice chunks, which panics for 0 per page
// expect: tests
//! # Your own iterator: `Item` is an associated type
//!
//! A results screen shows a long list a page at a time. `Pages` walks a
//! slice in pages of `per_page` items, lending each page as a sub-slice of
//! the original (no copying). The last page may be shorter; an empty list,
//! or `per_page` of 0, gives no pages at all.
//!
//! It does not compile. `Pages` has a method called `next`, but that alone
//! does not make it an iterator, so `page_summary` cannot use `enumerate`,
//! `map` or `collect` on it, and nobody can loop over it with `for`.
//!
//! Task: make `Pages` a real iterator over `&[T]` pages, and make
//! `page_summary` compile and pass the tests. Callers also need to know how
//! many pages are left before walking them: `pages.len()`, as for any
//! exact-size iterator, exact at every step (and so is the size hint that
//! adapters and `collect` read). Keep `Pages::new` as it is.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub struct Pages<'a, T> {
    remaining: &'a [T],
    per_page: usize,
}

impl<'a, T> Pages<'a, T> {
    pub fn new(items: &'a [T], per_page: usize) -> Self {
        Self {
            remaining: items,
            per_page,
        }
    }
}

impl<'a, T> Iterator for Pages<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.per_page == 0 || self.remaining.is_empty() {
            return None;
        }
        let size = self.per_page.min(self.remaining.len());
        let (page, rest) = self.remaining.split_at(size);
        self.remaining = rest;
        Some(page)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = if self.per_page == 0 {
            0
        } else {
            self.remaining.len().div_ceil(self.per_page)
        };
        (left, Some(left))
    }
}

impl<T> ExactSizeIterator for Pages<'_, T> {}

/// One line per page: `page 1: 3 items`, `page 2: 1 item`.
pub fn page_summary<T>(items: &[T], per_page: usize) -> Vec<String> {
    items
        .chunks(per_page)
        .enumerate()
        .map(|(index, page)| match page.len() {
            1 => format!("page {}: 1 item", index + 1),
            count => format!("page {}: {count} items", index + 1),
        })
        .collect()
}

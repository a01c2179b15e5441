// variant: other fields: the standard library's `Chunks` inside, `len` written as well as the hint

use std::slice::Chunks;

/// The pages of a slice; `None` when there are none to give (no items per
/// page), since `chunks(0)` would panic.
pub struct Pages<'a, T> {
    chunks: Option<Chunks<'a, T>>,
}

impl<'a, T> Pages<'a, T> {
    pub fn new(items: &'a [T], per_page: usize) -> Self {
        Self {
            chunks: (per_page > 0).then(|| items.chunks(per_page)),
        }
    }
}

impl<'a, T> Iterator for Pages<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<Self::Item> {
        self.chunks.as_mut()?.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.chunks
            .as_ref()
            .map_or((0, Some(0)), Iterator::size_hint)
    }
}

impl<T> ExactSizeIterator for Pages<'_, T> {
    fn len(&self) -> usize {
        self.chunks.as_ref().map_or(0, ExactSizeIterator::len)
    }
}

/// One line per page: `page 1: 3 items`, `page 2: 1 item`.
pub fn page_summary<T>(items: &[T], per_page: usize) -> Vec<String> {
    Pages::new(items, per_page)
        .enumerate()
        .map(|(index, page)| match page.len() {
            1 => format!("page {}: 1 item", index + 1),
            count => format!("page {}: {count} items", index + 1),
        })
        .collect()
}

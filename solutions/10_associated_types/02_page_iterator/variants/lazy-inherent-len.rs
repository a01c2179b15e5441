// variant: an inherent `len` instead of `ExactSizeIterator`
// expect: case:a_real_iterator

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
        let left = match self.per_page {
            0 => 0,
            per_page => self.remaining.len().div_ceil(per_page),
        };
        (left, Some(left))
    }
}

impl<T> Pages<'_, T> {
    /// Pages left.
    pub fn len(&self) -> usize {
        self.size_hint().0
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

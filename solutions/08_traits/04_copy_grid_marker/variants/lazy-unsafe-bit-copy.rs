// variant: drops every bound and copies the cell bit by bit with `ptr::read`
// expect: rule:clippy::disallowed_methods, rule:unsafe_code
// PREDICT: E0277 line 31

pub fn filled_row<T>(cell: T, width: usize) -> Vec<T> {
    // Every copy shares the original's heap buffer: a double free waiting.
    let row = (0..width)
        .map(|_| unsafe { std::ptr::read(&cell) })
        .collect();
    std::mem::forget(cell);
    row
}

pub fn filled_grid<T>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    let row = filled_row(cell, width);
    filled_row(row, height)
}

// variant: `iter::repeat_n`, which moves the last copy instead of cloning it
// PREDICT: E0277 line 31

use std::iter;

pub fn filled_row<T: Clone>(cell: T, width: usize) -> Vec<T> {
    iter::repeat_n(cell, width).collect()
}

pub fn filled_grid<T: Clone>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    iter::repeat_n(filled_row(cell, width), height).collect()
}

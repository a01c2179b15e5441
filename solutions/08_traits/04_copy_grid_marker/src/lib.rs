//! # Predict: a marker trait that promises too much
//!
//! `Vec<T>` is never `Copy`: it owns a heap buffer, and a bitwise copy would
//! give two vectors the same buffer, both freeing it when dropped (a double
//! free). So rustc rejects `filled_row(row, height)` with E0277. `Clone` is
//! the honest bound: each duplicate is made by code that knows how, and it
//! still covers every `Copy` type.

// PREDICT: E0277 line 30

pub fn filled_row<T: Clone>(cell: T, width: usize) -> Vec<T> {
    vec![cell; width]
}

pub fn filled_grid<T: Clone>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    let row = filled_row(cell, width);
    filled_row(row, height)
}

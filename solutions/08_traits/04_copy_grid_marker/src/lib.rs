//! # Predict: a marker trait that promises too much
//!
//! A spreadsheet fills new sheets with a default cell: `filled_row` repeats
//! one cell across a row, and `filled_grid` repeats that row down the sheet.
//! Cells are numbers in one sheet and `String`s in another.
//!
//! `Copy` is a marker trait: it has no methods, it only tells the compiler
//! that duplicating a value bit by bit is a complete, safe copy.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered. Then ask what would go
//! wrong at run time if rustc let a `Vec` be copied bit by bit.
//!
//! Then fix it, without `unsafe`: any cell type that can be duplicated must
//! work (`String`, or a caller's type that implements nothing but `Clone`),
//! and every cell must be its own independent value.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `Vec<T>` is never `Copy`: it owns a heap buffer, and a bitwise copy would
//! give two vectors the same buffer, both freeing it when dropped (a double
//! free). So rustc rejects `filled_row(row, height)` with E0277. `Clone` is
//! the honest bound: each duplicate is made by code that knows how, and it
//! still covers every `Copy` type.

// PREDICT: E0277 line 31

pub fn filled_row<T: Clone>(cell: T, width: usize) -> Vec<T> {
    vec![cell; width]
}

pub fn filled_grid<T: Clone>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    let row = filled_row(cell, width);
    filled_row(row, height)
}

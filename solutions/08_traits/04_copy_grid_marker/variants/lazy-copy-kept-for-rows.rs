// variant: keeps `T: Copy` and builds the rows by hand, so `String` cells still fail
// expect: E0277
// PREDICT: E0277 line 31

pub fn filled_row<T: Copy>(cell: T, width: usize) -> Vec<T> {
    (0..width).map(|_| cell).collect()
}

pub fn filled_grid<T: Copy>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    (0..height).map(|_| filled_row(cell, width)).collect()
}

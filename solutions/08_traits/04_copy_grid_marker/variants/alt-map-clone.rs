// variant: clones the cell once per position with `map`, bounds in a `where` clause
// PREDICT: E0277 line 31

pub fn filled_row<T>(cell: T, width: usize) -> Vec<T>
where
    T: Clone,
{
    (0..width).map(|_| cell.clone()).collect()
}

pub fn filled_grid<T>(cell: T, width: usize, height: usize) -> Vec<Vec<T>>
where
    T: Clone,
{
    let row = filled_row(cell, width);
    (0..height).map(|_| row.clone()).collect()
}

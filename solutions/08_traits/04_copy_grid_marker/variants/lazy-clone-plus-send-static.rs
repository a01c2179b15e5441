// variant: asks for `Send + 'static` besides `Clone`, which rejects borrowed and `Rc` cells
// expect: case:cells_with_nothing_but_clone
// PREDICT: E0277 line 31

pub fn filled_row<T: Clone + Send + 'static>(cell: T, width: usize) -> Vec<T> {
    vec![cell; width]
}

pub fn filled_grid<T: Clone + Send + 'static>(cell: T, width: usize, height: usize) -> Vec<Vec<T>> {
    let row = filled_row(cell, width);
    vec![row; height]
}

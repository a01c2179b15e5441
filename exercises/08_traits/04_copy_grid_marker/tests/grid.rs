use traits_04_copy_grid_marker::{filled_grid, filled_row};

#[test]
fn a_row_repeats_the_cell() {
    assert_eq!(filled_row(0_u8, 3), [0, 0, 0]);
}

#[test]
fn a_row_of_width_zero_is_empty() {
    assert!(filled_row(1.5_f64, 0).is_empty());
}

#[test]
fn a_grid_has_height_rows_of_width_cells() {
    let grid = filled_grid('.', 4, 2);
    assert_eq!(grid, [vec!['.'; 4], vec!['.'; 4]]);
}

#[test]
fn a_grid_of_height_zero_has_no_rows() {
    assert!(filled_grid(7_i32, 5, 0).is_empty());
}

#[test]
fn a_grid_of_width_zero_has_empty_rows() {
    let grid = filled_grid(7_i32, 0, 3);
    assert_eq!(grid.len(), 3);
    assert!(grid.iter().all(Vec::is_empty));
}

#[test]
fn text_cells_work() {
    let grid = filled_grid(String::from("n/a"), 2, 2);
    assert_eq!(grid, [["n/a", "n/a"], ["n/a", "n/a"]]);
}

#[test]
fn every_text_cell_is_independent() {
    let mut grid = filled_grid(String::from("-"), 3, 3);
    grid[1][2].push_str("edited");
    assert_eq!(grid[1][2], "-edited");
    let untouched = grid
        .iter()
        .flatten()
        .filter(|cell| cell.as_str() == "-")
        .count();
    assert_eq!(untouched, 8, "editing one cell must not change another");
}

#[test]
fn a_single_cell_grid() {
    assert_eq!(filled_grid(String::from("x"), 1, 1), [["x"]]);
}

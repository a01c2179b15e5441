// Cells that can be cloned but not copied: owned text, and whole vectors.
use traits_04_copy_grid_marker::{filled_grid, filled_row};

fn main() {
    let row = filled_row(vec![1, 2], 2);
    assert_eq!(row, [vec![1, 2], vec![1, 2]]);
    let grid = filled_grid(String::from("?"), 2, 1);
    assert_eq!(grid, [["?", "?"]]);
    // Plain numbers still work, as they did with `Copy`.
    assert_eq!(filled_row(3_u64, 2), [3, 3]);
}

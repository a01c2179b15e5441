// "Any cell type that can be duplicated": a caller's own types that
// implement `Clone` (or `Copy`) and nothing else. No `Default`, `Debug`,
// `PartialEq`, `Send` or `Sync`, and one borrows a local, so it is not
// `'static` either. A bound that asks for more than `Clone` rejects them.
use std::rc::Rc;
use traits_04_copy_grid_marker::{filled_grid, filled_row};

#[derive(Clone)]
struct Note<'a> {
    text: &'a str,
    author: Rc<String>,
}

#[derive(Clone, Copy)]
struct Mark(char);

fn main() {
    let local = String::from("todo");
    let note = Note {
        text: &local,
        author: Rc::new(String::from("Ada")),
    };
    let grid = filled_grid(note, 3, 2);
    assert_eq!(grid.len(), 2);
    assert!(grid.iter().all(|row| row.len() == 3));
    assert!(grid.iter().flatten().all(|cell| cell.text == "todo"));
    assert!(grid.iter().flatten().all(|cell| *cell.author == "Ada"));

    let marks = filled_row(Mark('x'), 4);
    assert_eq!(marks.len(), 4);
    assert!(marks.iter().all(|mark| mark.0 == 'x'));
    let sheet = filled_grid(Mark('o'), 2, 3);
    assert_eq!(
        sheet.iter().flatten().filter(|mark| mark.0 == 'o').count(),
        6
    );
}

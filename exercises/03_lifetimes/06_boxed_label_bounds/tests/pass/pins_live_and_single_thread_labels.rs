// A board keeps the label values themselves, whatever they are: values that
// stay on one thread (`Rc`, `Cell`) are pinned like any other, and a label
// that displays something new shows it at the next render.
use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

use lifetimes_06_boxed_label_bounds::{Board, boxed_label};

struct Counter(Rc<Cell<u32>>);

impl fmt::Display for Counter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} visits", self.0.get())
    }
}

fn main() {
    let visits = Rc::new(Cell::new(0));
    let mut board = Board::new();
    board.pin(Rc::<str>::from("shared"));
    board.pin(Counter(Rc::clone(&visits)));
    assert_eq!(board.render(), "shared | 0 visits");
    visits.set(2);
    assert_eq!(board.render(), "shared | 2 visits");

    let local = Rc::new(5);
    assert_eq!(boxed_label(Rc::clone(&local)).to_string(), "5");
    assert_eq!(boxed_label(&local).to_string(), "5");
}

// A board keeps its labels with no time limit: a borrow of a local string
// must be refused.
use lifetimes_06_boxed_label_bounds::Board;

fn main() {
    let mut board = Board::new();
    let name = String::from("Ada");
    board.pin(&name); //~ ERROR E0597
    println!("{}", board.render());
}

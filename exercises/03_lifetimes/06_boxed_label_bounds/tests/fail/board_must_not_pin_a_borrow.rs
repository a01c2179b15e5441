// A board keeps its labels with no time limit: a borrow of a local string
// must be refused, even of a string that outlives the board.
use lifetimes_06_boxed_label_bounds::Board;

fn main() {
    let name = String::from("Ada");
    let mut board = Board::new();
    board.pin(&name); //~ ERROR E0597
    println!("{}", board.render());
}

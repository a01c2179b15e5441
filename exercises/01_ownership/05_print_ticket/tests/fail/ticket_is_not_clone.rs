// A ticket cannot be duplicated explicitly either.
use ownership_05_print_ticket::{Label, Point, PrintQueue};

fn main() {
    let mut queue = PrintQueue::new();
    let label = Label {
        text: "fragile".to_string(),
        at: Point { x: 0, y: 0 },
    };
    let ticket = queue.submit(label);
    let spare = ticket.clone(); //~ ERROR E0599
    queue.collect(ticket);
    queue.collect(spare);
}

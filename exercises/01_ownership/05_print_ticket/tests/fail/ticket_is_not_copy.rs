// A ticket stands for one job: assigning it must move it, so the old name
// cannot be used to collect the same job a second time.
use ownership_05_print_ticket::{Label, Point, PrintQueue};

fn main() {
    let mut queue = PrintQueue::new();
    let label = Label {
        text: "fragile".to_string(),
        at: Point { x: 0, y: 0 },
    };
    let ticket = queue.submit(label);
    let spare = ticket;
    queue.collect(ticket); //~ ERROR E0382
    queue.collect(spare);
}

use ownership_05_print_ticket::{Label, Point, PrintQueue, Ticket, shifted};
use support::inputs::orders;

fn label(text: &str, x: i32, y: i32) -> Label {
    Label {
        text: text.to_string(),
        at: Point { x, y },
    }
}

#[test]
fn shifted_moves_a_copy_and_leaves_the_original() {
    let original = label("café", 10, 20);
    let moved = shifted(&original, 5, -25);
    assert_eq!(moved, label("café", 15, -5));
    assert_eq!(
        original,
        label("café", 10, 20),
        "the original must not move"
    );
}

#[test]
fn shifting_by_nothing_gives_an_equal_label() {
    let original = label("", 0, 0);
    assert_eq!(shifted(&original, 0, 0), original);
}

#[test]
fn collect_returns_each_label_once() {
    let mut queue = PrintQueue::new();
    let first = queue.submit(label("first", 0, 0));
    let second = queue.submit(label("second", 1, 1));
    assert_eq!(queue.pending(), 2);
    assert_eq!(queue.collect(second), Some(label("second", 1, 1)));
    assert_eq!(queue.pending(), 1);
    assert_eq!(queue.collect(first), Some(label("first", 0, 0)));
    assert_eq!(queue.pending(), 0);
}

#[test]
fn a_ticket_number_this_queue_never_issued_collects_nothing() {
    let mut mine = PrintQueue::new();
    let mut theirs = PrintQueue::new();
    let _ = theirs.submit(label("theirs", 0, 0));
    let their_second = theirs.submit(label("theirs too", 0, 0));
    let _ = mine.submit(label("mine", 0, 0));
    assert_eq!(mine.collect(their_second), None);
    assert_eq!(mine.pending(), 1);
}

#[test]
fn the_queue_holds_the_submitted_label_itself() {
    let mut queue = PrintQueue::new();
    let submitted = label("no copies", 0, 0);
    let buffer = submitted.text.as_ptr();
    let ticket = queue.submit(submitted);
    let printed = queue.collect(ticket).map(|label| label.text.as_ptr());
    assert_eq!(printed, Some(buffer), "the label was copied on its way");
}

fn job(n: i32) -> Label {
    label(&format!("job {n}"), n, -n)
}

#[test]
fn every_ticket_collects_its_own_label_in_any_order() {
    // Jobs are collected in every order, and new ones are submitted while
    // older ones still wait: a ticket is a job, never a position in the
    // queue or a count of the jobs waiting.
    for order in orders(&[0, 1, 2, 3]) {
        let mut queue = PrintQueue::new();
        let mut tickets: Vec<Option<Ticket>> = (0..4).map(|n| Some(queue.submit(job(n)))).collect();
        let collect = |queue: &mut PrintQueue, tickets: &mut Vec<Option<Ticket>>, n: i32| {
            let ticket = tickets[n as usize]
                .take()
                .expect("each ticket is handed in once");
            assert_eq!(
                queue.collect(ticket),
                Some(job(n)),
                "jobs 0 to 3 submitted, collected in the order {order:?}, with jobs 4 and 5 \
                 submitted after the first two were collected: ticket {n} got another job"
            );
        };
        for &n in &order[..2] {
            collect(&mut queue, &mut tickets, n);
        }
        tickets.push(Some(queue.submit(job(4))));
        tickets.push(Some(queue.submit(job(5))));
        for &n in [5].iter().chain(&order[2..]).chain(&[4]) {
            collect(&mut queue, &mut tickets, n);
        }
        assert_eq!(queue.pending(), 0);
    }
}

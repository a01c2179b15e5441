use ownership_05_print_ticket::{Label, Point, PrintQueue, shifted};

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

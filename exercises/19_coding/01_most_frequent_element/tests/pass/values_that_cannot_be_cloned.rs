// The function only compares and hashes; it must work for a type that
// cannot be cloned, and hand back a reference into the caller's slice.
use coding_01_most_frequent_element::most_frequent;

#[derive(Debug, PartialEq, Eq, Hash)]
struct Ticket {
    queue: &'static str,
}

fn main() {
    let tickets = [
        Ticket { queue: "billing" },
        Ticket { queue: "support" },
        Ticket { queue: "support" },
    ];
    let busiest = most_frequent(&tickets).expect("the slice is not empty");
    assert_eq!(busiest.queue, "support");
    assert!(std::ptr::eq(busiest, &tickets[1]));
}

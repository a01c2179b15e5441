// A copy of an order, kept "for the books" beside the one that was sent, is
// still a duplicate: its dish text is allocated a second time. A counting
// allocator measures what `dispatch` allocates on the test's thread: the ids
// it returns and the channel's own bookkeeping cost a few hundred bytes,
// while one copy of a dish below costs 4 KiB.
use channels_01_mpsc_send_moves::{Order, dispatch};
use std::sync::mpsc;

#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

const DISH_LEN: usize = 4_096;

#[test]
fn dispatch_copies_no_order() {
    let orders: Vec<Order> = (1..=3)
        .map(|id| Order {
            id,
            dish: "x".repeat(DISH_LEN),
        })
        .collect();
    let (desk, kitchen) = mpsc::channel();
    let (sent, allocated) = support::alloc::measure(|| dispatch(orders, &desk));
    assert_eq!(sent, Ok(vec![1, 2, 3]));
    assert_eq!(kitchen.try_iter().count(), 3);
    assert!(
        allocated.bytes < DISH_LEN,
        "dispatch allocated {allocated} for three orders of {DISH_LEN}-byte \
         dishes: an order was duplicated, and a duplicated order gets cooked twice"
    );
}

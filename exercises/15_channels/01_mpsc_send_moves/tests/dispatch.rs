use channels_01_mpsc_send_moves::{Order, dispatch};
use std::sync::mpsc;

fn order(id: u64, dish: &str) -> Order {
    Order {
        id,
        dish: dish.to_string(),
    }
}

#[test]
fn sends_every_order_in_turn_and_returns_their_ids() {
    let (desk, kitchen) = mpsc::channel();
    let sent = dispatch(vec![order(1, "soup"), order(2, "curry")], &desk);
    assert_eq!(sent, Ok(vec![1, 2]));
    let received: Vec<Order> = kitchen.try_iter().collect();
    assert_eq!(received, [order(1, "soup"), order(2, "curry")]);
}

#[test]
fn no_orders_send_nothing() {
    let (desk, kitchen) = mpsc::channel();
    assert_eq!(dispatch(Vec::new(), &desk), Ok(vec![]));
    assert!(kitchen.try_recv().is_err());
}

#[test]
fn a_closed_kitchen_gives_the_first_order_back_intact() {
    let (desk, kitchen) = mpsc::channel();
    drop(kitchen);
    let outcome = dispatch(vec![order(3, "crème brûlée"), order(4, "tea")], &desk);
    assert_eq!(outcome, Err(order(3, "crème brûlée")));
}

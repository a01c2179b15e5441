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

/// Where the text of each order's dish lives: a copy of an order would have
/// its own.
fn dish_addresses<'a>(orders: impl IntoIterator<Item = &'a Order>) -> Vec<*const u8> {
    orders
        .into_iter()
        .map(|order| order.dish.as_ptr())
        .collect()
}

#[test]
fn the_kitchen_gets_the_very_orders_the_desk_had() {
    let orders = vec![order(5, "ramen"), order(6, "udon")];
    let originals = dish_addresses(&orders);
    let (desk, kitchen) = mpsc::channel();
    assert_eq!(dispatch(orders, &desk), Ok(vec![5, 6]));
    let received: Vec<Order> = kitchen.try_iter().collect();
    assert_eq!(
        dish_addresses(&received),
        originals,
        "the kitchen got copies of the orders, not the orders themselves"
    );
}

#[test]
fn the_order_given_back_is_the_very_one_that_was_refused() {
    let orders = vec![order(9, "gyoza"), order(10, "miso")];
    let original = orders[0].dish.as_ptr();
    let (desk, kitchen) = mpsc::channel();
    drop(kitchen);
    match dispatch(orders, &desk) {
        Err(refused) => assert_eq!(
            refused.dish.as_ptr(),
            original,
            "the desk got a copy of the refused order back, not the order"
        ),
        Ok(ids) => panic!("nobody could take the orders, yet {ids:?} were sent"),
    }
}

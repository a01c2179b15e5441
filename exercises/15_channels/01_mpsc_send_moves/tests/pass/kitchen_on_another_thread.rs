// The kitchen runs on its own thread and receives the orders by value.
use channels_01_mpsc_send_moves::{Order, dispatch};
use std::sync::mpsc;
use std::thread;

fn main() {
    let (desk, kitchen) = mpsc::channel::<Order>();
    let cook = thread::spawn(move || kitchen.iter().map(|order| order.dish).collect::<Vec<_>>());
    let orders = vec![
        Order {
            id: 7,
            dish: String::from("pho"),
        },
        Order {
            id: 8,
            dish: String::from("bibimbap"),
        },
    ];
    assert_eq!(dispatch(orders, &desk), Ok(vec![7, 8]));
    drop(desk);
    let cooked = cook.join().expect("the kitchen does not panic");
    assert_eq!(cooked, ["pho", "bibimbap"]);
}

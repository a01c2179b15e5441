// variant: sends a field-by-field copy of each order and keeps the original
// expect: tests

use std::sync::mpsc::{SendError, Sender};

/// An order on its way to the kitchen.
#[derive(Debug, PartialEq, Eq)]
pub struct Order {
    pub id: u64,
    pub dish: String,
}

/// Sends every order in turn; returns the ids sent, or the first order the
/// kitchen did not take.
pub fn dispatch(orders: Vec<Order>, kitchen: &Sender<Order>) -> Result<Vec<u64>, Order> {
    let mut sent = Vec::new();
    for order in orders {
        let copy = Order {
            id: order.id,
            dish: order.dish.clone(),
        };
        if let Err(SendError(_)) = kitchen.send(copy) {
            return Err(order);
        }
        sent.push(order.id);
    }
    Ok(sent)
}

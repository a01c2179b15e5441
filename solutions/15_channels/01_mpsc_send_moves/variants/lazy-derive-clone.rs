// variant: makes Order Clone and keeps a copy to read the id from
// expect: tests, case:orders_are_not_cloned

use std::sync::mpsc::{SendError, Sender};

/// An order on its way to the kitchen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: u64,
    pub dish: String,
}

/// Sends every order in turn; returns the ids sent, or the first order the
/// kitchen did not take.
pub fn dispatch(orders: Vec<Order>, kitchen: &Sender<Order>) -> Result<Vec<u64>, Order> {
    let mut sent = Vec::new();
    for order in orders {
        let kept = order.clone();
        if let Err(SendError(undelivered)) = kitchen.send(order) {
            return Err(undelivered);
        }
        sent.push(kept.id);
    }
    Ok(sent)
}

// variant: keeps a field-by-field copy of each order as a record
// expect: tests
//! # Sending an order hands it over
//!
//! A restaurant's front desk passes orders to the kitchen thread through an
//! `mpsc` channel. `dispatch` sends the orders one by one, in order, and
//! returns the ids of the orders it sent. If the kitchen has hung up (its
//! `Receiver` is gone), it gives back the first order it could not deliver,
//! intact, so the desk can apologise for the right dish. (A hung-up kitchen
//! never takes another order, so there is no point in trying the rest.)
//!
//! It does not compile: it reads an order after sending it.
//!
//! Task: make it compile and pass the tests. `Order` is deliberately not
//! `Clone` (a duplicated order gets cooked twice), so do not clone orders,
//! and keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
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
        // Keep our own record of the order for the books.
        let record = Order {
            id: order.id,
            dish: order.dish.clone(),
        };
        if let Err(SendError(undelivered)) = kitchen.send(order) {
            return Err(undelivered);
        }
        sent.push(record.id);
    }
    Ok(sent)
}

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
//!
//! ## The solution
//!
//! `send` takes the value by value: from then on it belongs to the channel
//! and then to the receiving thread, which may already be using it. Reading
//! it afterwards would be a data race, so rustc refuses (E0382). Anything
//! still needed must be read before the send; `id` is `Copy`, so that costs
//! nothing. When the receiver is gone, `SendError` hands the value back.

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
    let mut sent = Vec::with_capacity(orders.len());
    for order in orders {
        let id = order.id;
        kitchen
            .send(order)
            .map_err(|SendError(undelivered)| undelivered)?;
        sent.push(id);
    }
    Ok(sent)
}

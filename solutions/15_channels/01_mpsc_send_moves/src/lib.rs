//! # Sending an order hands it over
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

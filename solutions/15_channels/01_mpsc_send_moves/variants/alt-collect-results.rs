// variant: an iterator chain collected into a Result, reading the id first

use std::sync::mpsc::Sender;

/// An order on its way to the kitchen.
#[derive(Debug, PartialEq, Eq)]
pub struct Order {
    pub id: u64,
    pub dish: String,
}

/// Sends every order in turn; returns the ids sent, or the first order the
/// kitchen did not take.
pub fn dispatch(orders: Vec<Order>, kitchen: &Sender<Order>) -> Result<Vec<u64>, Order> {
    orders
        .into_iter()
        .map(|order| {
            let id = order.id;
            kitchen.send(order).map(|()| id).map_err(|error| error.0)
        })
        .collect()
}

// variant: generic ?Sized forwarding for Box, Rc, Arc, & and &mut
//! # One generic function for plain values and trait objects
//!
//! A shop prices things through the `Priced` trait. `total` and
//! `count_over` are generic: given a slice of one kind of item they are
//! compiled for that kind, with no indirection, which matters on the hot
//! path that prices large batches of identical items. A `Cart` holds mixed
//! items as `Box<dyn Priced>`.
//!
//! It does not compile: the cart passes its boxes to `total`, and a box is
//! not `Priced`; only what is inside it is.
//!
//! Task: make `total` and `count_over` work, unchanged, on slices of plain
//! items and on slices of pointers to anything priced: `Box<Book>`,
//! `Box<dyn Priced>`, boxes of other trait objects that are `Priced` (with
//! extra bounds, as in `Box<dyn Priced + Send>`, or of a caller's own
//! subtrait of `Priced`), and references such as `&dyn Priced`.
//! Do not change the signatures of `total` and `count_over`: batches of one
//! kind must stay statically dispatched.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub trait Priced {
    fn price_cents(&self) -> u64;
}

/// Sum of the prices, in cents.
pub fn total<P: Priced>(items: &[P]) -> u64 {
    items.iter().map(Priced::price_cents).sum()
}

/// How many items cost strictly more than `cents`.
pub fn count_over<P: Priced>(items: &[P], cents: u64) -> usize {
    items
        .iter()
        .filter(|item| item.price_cents() > cents)
        .count()
}

use std::rc::Rc;
use std::sync::Arc;

macro_rules! forward_priced {
    ($($ptr:ty),*) => {$(
        impl<P: Priced + ?Sized> Priced for $ptr {
            fn price_cents(&self) -> u64 {
                (**self).price_cents()
            }
        }
    )*};
}

forward_priced!(Box<P>, Rc<P>, Arc<P>, &P, &mut P);

pub struct Book {
    pub cents: u64,
}

pub struct Mug {
    pub cents: u64,
    pub engraved: bool,
}

impl Priced for Book {
    fn price_cents(&self) -> u64 {
        self.cents
    }
}

impl Priced for Mug {
    /// Engraving costs 5.00 extra.
    fn price_cents(&self) -> u64 {
        if self.engraved {
            self.cents + 500
        } else {
            self.cents
        }
    }
}

#[derive(Default)]
pub struct Cart {
    items: Vec<Box<dyn Priced>>,
}

impl Cart {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, item: impl Priced + 'static) {
        self.items.push(Box::new(item));
    }

    pub fn total(&self) -> u64 {
        total(&self.items)
    }

    pub fn count_over(&self, cents: u64) -> usize {
        count_over(&self.items, cents)
    }
}

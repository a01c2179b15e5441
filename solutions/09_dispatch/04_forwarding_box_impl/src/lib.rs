//! # One generic function for plain values and trait objects
//!
//! `Box<dyn Priced>` is a type of its own, and it implements only what is
//! implemented for it. Forwarding impls, generic over any pointee and with
//! `?Sized` so that the pointee may be a trait object, make every box and
//! every reference to something priced priced as well. The standard library
//! does the same for `Iterator`, `Fn`, `Display` and others.

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

impl<P: Priced + ?Sized> Priced for Box<P> {
    fn price_cents(&self) -> u64 {
        (**self).price_cents()
    }
}

impl<P: Priced + ?Sized> Priced for &P {
    fn price_cents(&self) -> u64 {
        (**self).price_cents()
    }
}

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

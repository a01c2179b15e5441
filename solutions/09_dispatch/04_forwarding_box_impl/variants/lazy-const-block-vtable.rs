// variant: the &dyn Priced detour hidden in an impl inside a const block
// expect: tests
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
    items.iter().map(PriceOf::price_of).sum()
}

/// How many items cost strictly more than `cents`.
pub fn count_over<P: Priced>(items: &[P], cents: u64) -> usize {
    items.iter().filter(|item| item.price_of() > cents).count()
}

/// A box of anything priced costs what its content costs.
impl<P: Priced + ?Sized> Priced for Box<P> {
    fn price_cents(&self) -> u64 {
        (**self).price_cents()
    }
}

/// So does a reference to anything priced.
impl<P: Priced + ?Sized> Priced for &P {
    fn price_cents(&self) -> u64 {
        (**self).price_cents()
    }
}

/// Prices an item.
pub trait PriceOf {
    fn price_of(&self) -> u64;
}

const _: () = {
    impl<P: Priced> PriceOf for P {
        fn price_of(&self) -> u64 {
            let item: &dyn Priced = self;
            item.price_cents()
        }
    }
};

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

// variant: the cart sums its boxes itself and `total` stays unusable on pointers
// expect: case:every_kind_of_slice

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
        self.items.iter().map(|item| item.price_cents()).sum()
    }

    pub fn count_over(&self, cents: u64) -> usize {
        self.items
            .iter()
            .filter(|item| item.price_cents() > cents)
            .count()
    }
}

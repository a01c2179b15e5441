// variant: changes the signatures to take slices of boxes
// expect: keep:fn total, keep:fn count_over, E0308

pub trait Priced {
    fn price_cents(&self) -> u64;
}

/// Sum of the prices, in cents.
pub fn total<P: Priced + ?Sized>(items: &[Box<P>]) -> u64 {
    items.iter().map(|item| item.price_cents()).sum()
}

/// How many items cost strictly more than `cents`.
pub fn count_over<P: Priced + ?Sized>(items: &[Box<P>], cents: u64) -> usize {
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
        total(&self.items)
    }

    pub fn count_over(&self, cents: u64) -> usize {
        count_over(&self.items, cents)
    }
}

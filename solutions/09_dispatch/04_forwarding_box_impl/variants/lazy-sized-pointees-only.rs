// variant: forwarding impls without `?Sized`, so trait objects are left out
// expect: E0277

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

impl<P: Priced> Priced for Box<P> {
    fn price_cents(&self) -> u64 {
        (**self).price_cents()
    }
}

impl<P: Priced> Priced for &P {
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

//! # Predict: two mutable borrows through getters
//!
//! `stock_mut(&mut self)` borrows all of `self` for as long as its result
//! lives, and the loop keeps that result alive; `audit_mut` then asks for
//! `self` mutably a second time (E0499). A signature does not say which
//! fields it touches, but a direct field access does: inside the type, the
//! borrow checker sees `self.stock` and `self.audit` as disjoint places.

// PREDICT: E0499 line 63

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stock {
    pub item: String,
    pub count: u32,
}

#[derive(Debug, Default)]
pub struct Warehouse {
    stock: Vec<Stock>,
    audit: Vec<String>,
}

impl Warehouse {
    pub fn new(stock: Vec<Stock>) -> Self {
        Self {
            stock,
            audit: Vec::new(),
        }
    }

    pub fn stock(&self) -> &[Stock] {
        &self.stock
    }

    pub fn audit(&self) -> &[String] {
        &self.audit
    }

    /// Raises every count below `minimum` to `minimum`, logging each change.
    pub fn restock(&mut self, minimum: u32) {
        for entry in &mut self.stock {
            if entry.count < minimum {
                self.audit
                    .push(format!("{}: {} -> {}", entry.item, entry.count, minimum));
                entry.count = minimum;
            }
        }
    }
}

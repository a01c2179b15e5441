// variant: hands out a copy of the stock list
// expect: keep:api, E0308
//! # Predict: two mutable borrows through getters
//!
//! A `Warehouse` keeps stock levels and an audit log. `restock` raises
//! every item below a minimum up to that minimum and writes one log line
//! per item it changed, such as `bolt: 3 -> 10`. Both fields are private
//! and reached through `&mut self` accessor methods.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests without cloning the stock (the
//! tests check that every item keeps its buffer, and count allocations).
//! Keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `stock_mut(&mut self)` borrows all of `self` for as long as its result
//! lives, and the loop keeps that result alive; `audit_mut` then asks for
//! `self` mutably a second time (E0499). A signature does not say which
//! fields it touches, but a direct field access does: inside the type, the
//! borrow checker sees `self.stock` and `self.audit` as disjoint places.

// PREDICT: E0499 line 64

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

    pub fn stock(&self) -> Vec<Stock> {
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

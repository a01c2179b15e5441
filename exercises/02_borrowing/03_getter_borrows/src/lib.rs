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

    fn stock_mut(&mut self) -> &mut Vec<Stock> {
        &mut self.stock
    }

    fn audit_mut(&mut self) -> &mut Vec<String> {
        &mut self.audit
    }

    // PREDICT: E____ line __

    /// Raises every count below `minimum` to `minimum`, logging each change.
    // TODO: what does the signature of `stock_mut` tell the borrow checker
    // about how much of `self` it borrows?
    pub fn restock(&mut self, minimum: u32) {
        for entry in self.stock_mut().iter_mut() {
            if entry.count < minimum {
                let line = format!("{}: {} -> {}", entry.item, entry.count, minimum);
                self.audit_mut().push(line);
                entry.count = minimum;
            }
        }
    }
}

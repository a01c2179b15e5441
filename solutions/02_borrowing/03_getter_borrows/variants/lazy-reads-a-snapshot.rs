// variant: reads a clone of the stock and changes the real one by index
// expect: tests
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

    pub fn stock(&self) -> &[Stock] {
        &self.stock
    }

    pub fn audit(&self) -> &[String] {
        &self.audit
    }

    pub fn restock(&mut self, minimum: u32) {
        let snapshot = self.stock.clone();
        for (index, entry) in snapshot.iter().enumerate() {
            if entry.count < minimum {
                self.audit
                    .push(format!("{}: {} -> {}", entry.item, entry.count, minimum));
                self.stock[index].count = minimum;
            }
        }
    }
}

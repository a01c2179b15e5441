// variant: collects the log lines in a vector, then appends them
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

    fn stock_mut(&mut self) -> &mut Vec<Stock> {
        &mut self.stock
    }

    fn audit_mut(&mut self) -> &mut Vec<String> {
        &mut self.audit
    }

    pub fn restock(&mut self, minimum: u32) {
        let mut lines = Vec::new();
        for entry in self.stock_mut().iter_mut() {
            if entry.count < minimum {
                lines.push(format!("{}: {} -> {}", entry.item, entry.count, minimum));
                entry.count = minimum;
            }
        }
        self.audit_mut().append(&mut lines);
    }
}

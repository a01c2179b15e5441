// variant: one private accessor lends both fields at once
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

    fn parts_mut(&mut self) -> (&mut [Stock], &mut Vec<String>) {
        (&mut self.stock, &mut self.audit)
    }

    pub fn restock(&mut self, minimum: u32) {
        let (stock, audit) = self.parts_mut();
        for entry in stock.iter_mut().filter(|entry| entry.count < minimum) {
            audit.push(format!("{}: {} -> {minimum}", entry.item, entry.count));
            entry.count = minimum;
        }
    }
}

// variant: copies the item names out first, then changes the stock
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
        let low: Vec<(usize, String, u32)> = self
            .stock
            .iter()
            .enumerate()
            .map(|(index, entry)| (index, entry.item.clone(), entry.count))
            .filter(|&(_, _, count)| count < minimum)
            .collect();
        for (index, item, count) in low {
            self.audit.push(format!("{item}: {count} -> {minimum}"));
            self.stock[index].count = minimum;
        }
    }
}

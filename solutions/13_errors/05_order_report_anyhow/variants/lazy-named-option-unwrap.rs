// variant: formats the path through `Option::unwrap` named as a function
// expect: rule:clippy::disallowed_methods
use std::fs;
use std::num::ParseIntError;
use std::path::Path;

use anyhow::{Context, bail};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: String,
    pub amount_cents: u64,
}

/// Why one line is not an order (library-style: callers can match on it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrderError {
    #[error("expected `order_id,amount_cents`")]
    MissingComma,
    #[error("empty order id")]
    EmptyId,
    #[error("invalid amount `{text}`")]
    BadAmount {
        text: String,
        #[source]
        source: ParseIntError,
    },
}

pub fn parse_order(line: &str) -> Result<Order, OrderError> {
    let (id, amount) = line.split_once(',').ok_or(OrderError::MissingComma)?;
    let id = id.trim();
    if id.is_empty() {
        return Err(OrderError::EmptyId);
    }
    let amount = amount.trim();
    let amount_cents = amount
        .parse::<u64>()
        .map_err(|source| OrderError::BadAmount {
            text: amount.to_string(),
            source,
        })?;
    Ok(Order {
        id: id.to_string(),
        amount_cents,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub orders: usize,
    pub total_cents: u64,
}

pub fn run(path: &Path) -> anyhow::Result<Summary> {
    let shown = Some(path.to_str()).map(Option::unwrap).unwrap_or_default();
    let text = fs::read_to_string(path).with_context(|| format!("reading orders from {shown}"))?;
    let mut summary = Summary {
        orders: 0,
        total_cents: 0,
    };
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let order = parse_order(line).with_context(|| format!("line {} of {shown}", index + 1))?;
        summary.orders += 1;
        summary.total_cents += order.amount_cents;
    }
    if summary.orders == 0 {
        bail!("no orders in {shown}");
    }
    Ok(summary)
}

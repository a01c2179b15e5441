// variant: eager `context(format!(..))`, a `try_fold` over the lines and `ensure!`, under the learner's own `deny`
#![deny(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::num::ParseIntError;
use std::path::Path;

use anyhow::{Context, ensure};

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
    let shown = path.display();
    let text = fs::read_to_string(path).context(format!("reading orders from {shown}"))?;
    let summary = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .try_fold(
            Summary {
                orders: 0,
                total_cents: 0,
            },
            |summary, (index, line)| {
                let order = parse_order(line).context(format!("line {} of {shown}", index + 1))?;
                anyhow::Ok(Summary {
                    orders: summary.orders + 1,
                    total_cents: summary.total_cents + order.amount_cents,
                })
            },
        )?;
    ensure!(summary.orders > 0, "no orders in {shown}");
    Ok(summary)
}

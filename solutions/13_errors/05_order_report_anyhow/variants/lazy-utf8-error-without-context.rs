// variant: reads bytes with context, then converts to text with a bare question mark
// expect: tests
//! # An application's errors: `anyhow` and context
//!
//! `run` is the body of a small command-line tool: it reads an orders file
//! (one `order_id,amount_cents` per line, blank lines skipped, lines numbered
//! from 1) and prints a summary. Parsing one line lives in a library-style
//! function with its own error enum; `run` is application code and returns
//! `anyhow::Result`.
//!
//! When it fails today, the user reads "No such file or directory (os error
//! 2)" or "invalid digit found in string", with no word on which file or
//! which line. And an empty file gives a summary of zero orders, which hides
//! an export that went wrong.
//!
//! Task: make each of these failures say where it happened, while keeping
//! the original error underneath, so that `{err:#}` prints the whole chain
//! and callers can still `downcast_ref` to the `io::Error` or the
//! `OrderError`:
//! - a file that cannot be read: `reading orders from <path>`;
//! - a bad line: `line <n> of <path>`;
//! - a file without orders is an error of its own: `no orders in <path>`.
//!
//! `<path>` is `path.display()`. A total beyond `u64` is not one of them:
//! the tests never reach one, so handle it or not as you like. Keep the
//! signatures; no `unwrap` or `expect` (the checker holds you to it).
//!
//! Run `cargo run -p checker watch` and save to check your work.

use anyhow::Context;
use std::fs;
use std::num::ParseIntError;
use std::path::Path;

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
    let bytes = fs::read(path).with_context(|| format!("reading orders from {shown}"))?;
    let text = String::from_utf8(bytes)?;
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
        anyhow::bail!("no orders in {shown}");
    }
    Ok(summary)
}

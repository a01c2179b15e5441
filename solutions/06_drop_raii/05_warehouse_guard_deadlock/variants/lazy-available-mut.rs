// variant: takes `&mut self` to read the stock
// expect: keep:api, E0596
//! # A warehouse that locks itself out
//!
//! A `Warehouse` is shared between threads (in an `Arc`) and keeps its
//! stock behind a `Mutex`. Every change is also written to a journal.
//!
//! Two operations never return: `reserve` and `top_up` deadlock, even on a
//! single thread, as soon as they have stock to change. A
//! `std::sync::Mutex` is not re-entrant: a thread that asks for a lock it
//! already holds waits for itself forever. (The tests are stopped after 10
//! seconds and reported as timed out.)
//!
//! Task: make both operations return, and pass the tests. A `MutexGuard`
//! holds the lock until it is dropped, so look at where each guard ends,
//! including guards you never named. Keep the public API and the `Mutex`
//! around the stock (no `RwLock`, no atomic counts: the rules reject them),
//! and keep each operation atomic: checking the stock and changing it must
//! happen under the same lock, or two threads could both take the last
//! unit, or both top up the same item. The threaded tests replay their
//! races for about a second to catch such a gap.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! A `MutexGuard` releases its lock when dropped. `reserve` kept its named
//! guard alive while calling `available`, which locks again: it now computes
//! what is left from the guarded map and drops the guard before journaling.
//! In `top_up`, the guard was a temporary of the `match` scrutinee, and those
//! live until the end of the whole `match`, across the call to `restock`. It
//! now updates the map under a named guard and drops it before journaling.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

#[derive(Debug, PartialEq, Eq)]
pub struct OutOfStock {
    pub available: u32,
}

#[derive(Default)]
pub struct Warehouse {
    stock: Mutex<HashMap<String, u32>>,
    journal: Mutex<Vec<String>>,
}

impl Warehouse {
    pub fn new() -> Self {
        Self::default()
    }

    fn stock(&self) -> MutexGuard<'_, HashMap<String, u32>> {
        // A panic elsewhere while holding the lock leaves the map consistent
        // (every change is a single insert), so a poisoned lock is usable.
        self.stock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn note(&self, entry: String) {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(entry);
    }

    pub fn available(&mut self, item: &str) -> u32 {
        self.stock().get(item).copied().unwrap_or(0)
    }

    pub fn restock(&self, item: &str, quantity: u32) {
        *self.stock().entry(item.to_string()).or_insert(0) += quantity;
        self.note(format!("restock {item} +{quantity}"));
    }

    /// Takes `quantity` units of `item`; returns how many are left.
    pub fn reserve(&self, item: &str, quantity: u32) -> Result<u32, OutOfStock> {
        let mut stock = self.stock();
        let available = stock.get(item).copied().unwrap_or(0);
        if available < quantity {
            return Err(OutOfStock { available });
        }
        let left = available - quantity;
        stock.insert(item.to_string(), left);
        // Release the stock before taking the journal's lock: never hold one
        // lock while waiting for another unless every thread takes them in
        // the same order.
        drop(stock);
        self.note(format!("reserve {item} -{quantity}, {left} left"));
        Ok(left)
    }

    /// Restocks `item` up to `minimum` units if it has fewer; returns how
    /// many units were added.
    pub fn top_up(&self, item: &str, minimum: u32) -> u32 {
        let mut stock = self.stock();
        let have = stock.get(item).copied().unwrap_or(0);
        if have >= minimum {
            return 0;
        }
        stock.insert(item.to_string(), minimum);
        drop(stock);
        let added = minimum - have;
        self.note(format!("restock {item} +{added}"));
        added
    }

    pub fn journal(&self) -> Vec<String> {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

// variant: an RwLock over atomic counts, which never meets the guard problem
// expect: rule:clippy::disallowed_types

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

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, PoisonError, RwLock};

#[derive(Debug, PartialEq, Eq)]
pub struct OutOfStock {
    pub available: u32,
}

/// Items are added under the write lock; units change atomically under the
/// read lock, so no operation ever waits for itself.
#[derive(Default)]
pub struct Warehouse {
    stock: RwLock<HashMap<String, AtomicU32>>,
    journal: Mutex<Vec<String>>,
}

impl Warehouse {
    pub fn new() -> Self {
        Self::default()
    }

    fn note(&self, entry: String) {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(entry);
    }

    fn units<T>(&self, item: &str, work: impl Fn(&AtomicU32) -> T) -> T {
        {
            let stock = self.stock.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(units) = stock.get(item) {
                return work(units);
            }
        }
        let mut stock = self.stock.write().unwrap_or_else(PoisonError::into_inner);
        work(stock.entry(item.to_string()).or_default())
    }

    pub fn available(&self, item: &str) -> u32 {
        self.units(item, |units| units.load(Ordering::SeqCst))
    }

    pub fn restock(&self, item: &str, quantity: u32) {
        self.units(item, |units| units.fetch_add(quantity, Ordering::SeqCst));
        self.note(format!("restock {item} +{quantity}"));
    }

    /// Takes `quantity` units of `item`; returns how many are left.
    pub fn reserve(&self, item: &str, quantity: u32) -> Result<u32, OutOfStock> {
        let taken = self.units(item, |units| {
            units.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |have| {
                have.checked_sub(quantity)
            })
        });
        match taken {
            Ok(had) => {
                let left = had - quantity;
                self.note(format!("reserve {item} -{quantity}, {left} left"));
                Ok(left)
            }
            Err(available) => Err(OutOfStock { available }),
        }
    }

    /// Restocks `item` up to `minimum` units if it has fewer; returns how
    /// many units were added.
    pub fn top_up(&self, item: &str, minimum: u32) -> u32 {
        let had = self.units(item, |units| units.fetch_max(minimum, Ordering::SeqCst));
        let added = minimum.saturating_sub(had);
        if added > 0 {
            self.note(format!("restock {item} +{added}"));
        }
        added
    }

    pub fn journal(&self) -> Vec<String> {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

// variant: counts as AtomicI16 updated with fetch_update, no Mutex around the stock
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

use std::collections::HashMap;
use std::sync::atomic::{AtomicI16, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

#[derive(Debug, PartialEq, Eq)]
pub struct OutOfStock {
    pub available: u32,
}

#[derive(Default)]
pub struct Warehouse {
    stock: Mutex<HashMap<String, Arc<AtomicI16>>>,
    journal: Mutex<Vec<String>>,
}

impl Warehouse {
    pub fn new() -> Self {
        Self::default()
    }

    fn stock(&self) -> MutexGuard<'_, HashMap<String, Arc<AtomicI16>>> {
        self.stock.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The counter of `item`; the map's lock is released at once.
    fn counter(&self, item: &str) -> Arc<AtomicI16> {
        Arc::clone(self.stock().entry(item.to_string()).or_default())
    }

    fn note(&self, entry: String) {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(entry);
    }

    pub fn available(&self, item: &str) -> u32 {
        self.stock()
            .get(item)
            .map_or(0, |count| count.load(Ordering::SeqCst) as u32)
    }

    pub fn restock(&self, item: &str, quantity: u32) {
        self.counter(item)
            .fetch_add(quantity as i16, Ordering::SeqCst);
        self.note(format!("restock {item} +{quantity}"));
    }

    /// Takes `quantity` units of `item`; returns how many are left.
    pub fn reserve(&self, item: &str, quantity: u32) -> Result<u32, OutOfStock> {
        let counter = self.counter(item);
        let q = quantity as i16;
        match counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |have| {
            (have >= q).then_some(have - q)
        }) {
            Ok(before) => {
                let left = (before - q) as u32;
                self.note(format!("reserve {item} -{quantity}, {left} left"));
                Ok(left)
            }
            Err(have) => Err(OutOfStock {
                available: have as u32,
            }),
        }
    }

    /// Restocks `item` up to `minimum` units if it has fewer; returns how
    /// many units were added.
    pub fn top_up(&self, item: &str, minimum: u32) -> u32 {
        let counter = self.counter(item);
        let m = minimum as i16;
        match counter.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |have| {
            (have < m).then_some(m)
        }) {
            Ok(before) => {
                let added = (m - before) as u32;
                self.note(format!("restock {item} +{added}"));
                added
            }
            Err(_) => 0,
        }
    }

    pub fn journal(&self) -> Vec<String> {
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

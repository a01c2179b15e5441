//! # Feature flags: many readers, rare writers, and a writer that panics
//!
//! A service checks its feature flags on every request, from many threads,
//! and changes them a few times a day. `FlagStore` holds them. It has three
//! problems:
//! - readers queue up behind each other, although reading never conflicts
//!   with reading;
//! - `update` runs caller-supplied code while holding the lock. If that code
//!   panics, the lock is poisoned and from then on every call to the store
//!   panics: one bad update takes the whole service down;
//! - worse, a change that panicked half-way is left half-applied.
//!
//! Task: let any number of readers hold the flags at once (the store's
//! flags themselves: a read copies nothing, and a test counts its
//! allocations); make an update all-or-nothing (if the change panics, the
//! flags stay exactly as they were, and the change's own panic, payload
//! included, still reaches the caller of `update`); keep the store working
//! after such a panic. Concurrent updates must never be lost. Keep the
//! public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! - An `RwLock` lets any number of readers in at once; a writer waits for
//!   them and then has the flags alone.
//! - `update` applies the change to a copy and swaps the copy in only when
//!   the change has returned. A panic unwinds past the swap, so the guard is
//!   dropped with the old flags untouched: the lock is poisoned, but what it
//!   holds is consistent.
//! - Because every writer leaves the data consistent, a poisoned lock is
//!   safe to use: `PoisonError::into_inner` gives the guard back.
//! - The copy is made while holding the write lock, so two updates cannot
//!   both start from the same old flags and lose one another's change.

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

pub type Flags = HashMap<String, bool>;

pub struct FlagStore {
    flags: RwLock<Flags>,
}

impl FlagStore {
    pub fn new(initial: &[(&str, bool)]) -> Self {
        let flags = initial
            .iter()
            .map(|&(name, on)| (name.to_string(), on))
            .collect();
        Self {
            flags: RwLock::new(flags),
        }
    }

    /// Poisoning only means a writer panicked; `update` never leaves a
    /// half-made change behind, so the flags are good to read.
    fn read_lock(&self) -> RwLockReadGuard<'_, Flags> {
        self.flags.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write_lock(&self) -> RwLockWriteGuard<'_, Flags> {
        self.flags.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `read` with the current flags.
    pub fn with_flags<R>(&self, read: impl FnOnce(&Flags) -> R) -> R {
        read(&self.read_lock())
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to the flags; if `change` panics, nothing changes.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut flags = self.write_lock();
        let mut draft = flags.clone();
        change(&mut draft);
        *flags = draft;
    }
}

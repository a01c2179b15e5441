// variant: passes on a &'static str payload only; any other is replaced by a fixed message
// expect: tests
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

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{PoisonError, RwLock};

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

    /// Runs `read` with the current flags.
    pub fn with_flags<R>(&self, read: impl FnOnce(&Flags) -> R) -> R {
        read(&self.flags.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to the flags; if `change` panics, nothing changes.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut guard = self.flags.write().unwrap_or_else(PoisonError::into_inner);
        let mut draft = guard.clone();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| change(&mut draft)));
        match outcome {
            Ok(()) => *guard = draft,
            Err(payload) => {
                drop(guard);
                // Pass the change's message on to the caller.
                let message: &'static str = match payload.downcast::<&'static str>() {
                    Ok(text) => *text,
                    Err(_) => "a flag change panicked",
                };
                panic::panic_any(message);
            }
        }
    }
}

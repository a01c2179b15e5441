// variant: a Mutex kept; every read runs on a private copy of the flags
// expect: tests
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

pub type Flags = HashMap<String, bool>;

pub struct FlagStore {
    flags: Mutex<Flags>,
}

impl FlagStore {
    pub fn new(initial: &[(&str, bool)]) -> Self {
        let flags = initial
            .iter()
            .map(|&(name, on)| (name.to_string(), on))
            .collect();
        Self {
            flags: Mutex::new(flags),
        }
    }

    /// Runs `read` with the current flags.
    pub fn with_flags<R>(&self, read: impl FnOnce(&Flags) -> R) -> R {
        // Readers each get their own copy, so they never wait on each other
        // while reading.
        let copy = self
            .flags
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        read(&copy)
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to the flags; if `change` panics, nothing changes.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut flags = self.flags.lock().unwrap_or_else(PoisonError::into_inner);
        let mut next = flags.clone();
        change(&mut next);
        *flags = next;
    }
}

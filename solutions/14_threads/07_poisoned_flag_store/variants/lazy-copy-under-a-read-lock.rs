// variant: copies the flags under a read lock and swaps the copy in under a write lock
// expect: tests
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

    /// Applies `change` to a copy, then stores the copy.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut draft = self.read_lock().clone();
        change(&mut draft);
        *self.write_lock() = draft;
    }
}

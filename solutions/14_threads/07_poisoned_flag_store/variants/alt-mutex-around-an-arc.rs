// variant: a `Mutex<Arc<Flags>>`: readers take a snapshot and read it unlocked, writers swap in a new map
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

pub type Flags = HashMap<String, bool>;

pub struct FlagStore {
    flags: Mutex<Arc<Flags>>,
}

impl FlagStore {
    pub fn new(initial: &[(&str, bool)]) -> Self {
        let flags = initial
            .iter()
            .map(|&(name, on)| (name.to_string(), on))
            .collect();
        Self {
            flags: Mutex::new(Arc::new(flags)),
        }
    }

    /// The lock is only held to clone or swap the `Arc`, never while a
    /// change runs on the shared map, so a poisoned lock holds a whole map.
    fn current(&self) -> MutexGuard<'_, Arc<Flags>> {
        self.flags.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `read` with the current flags.
    pub fn with_flags<R>(&self, read: impl FnOnce(&Flags) -> R) -> R {
        let snapshot = Arc::clone(&self.current());
        read(&snapshot)
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to the flags; if `change` panics, nothing changes.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut current = self.current();
        let mut draft = Flags::clone(&current);
        change(&mut draft);
        *current = Arc::new(draft);
    }
}

// variant: keeps the `Mutex`, with an all-or-nothing update that survives poisoning
// expect: tests
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

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

    fn lock(&self) -> MutexGuard<'_, Flags> {
        self.flags.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `read` with the current flags.
    pub fn with_flags<R>(&self, read: impl FnOnce(&Flags) -> R) -> R {
        read(&self.lock())
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to a copy, then stores the copy.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut flags = self.lock();
        let mut draft = flags.clone();
        change(&mut draft);
        *flags = draft;
    }
}

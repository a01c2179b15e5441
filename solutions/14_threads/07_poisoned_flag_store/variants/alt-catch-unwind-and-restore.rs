// variant: changes the flags in place inside `catch_unwind`, restores a backup on a panic and re-raises it
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
        let flags = self.flags.read().unwrap_or_else(PoisonError::into_inner);
        read(&flags)
    }

    /// Whether `name` is on; an unknown flag is off.
    pub fn is_enabled(&self, name: &str) -> bool {
        self.with_flags(|flags| flags.get(name).copied().unwrap_or(false))
    }

    /// Applies `change` to the flags; if `change` panics, nothing changes.
    pub fn update(&self, change: impl FnOnce(&mut Flags)) {
        let mut flags = self.flags.write().unwrap_or_else(PoisonError::into_inner);
        let backup = flags.clone();
        if let Err(panic) = panic::catch_unwind(AssertUnwindSafe(|| change(&mut flags))) {
            *flags = backup;
            drop(flags);
            panic::resume_unwind(panic);
        }
    }
}

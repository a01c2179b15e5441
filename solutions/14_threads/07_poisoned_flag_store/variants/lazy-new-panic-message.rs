// variant: the change's panic caught and replaced by a new one
// expect: tests
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
        let mut flags = self.flags.write().unwrap_or_else(PoisonError::into_inner);
        let mut next = flags.clone();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| change(&mut next)));
        match outcome {
            Ok(()) => *flags = next,
            Err(_) => {
                drop(flags);
                panic!("flag update failed; the flags were left unchanged");
            }
        }
    }
}

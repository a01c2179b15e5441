// variant: takes the old state out with `mem::take` and matches it by value; a `u8` attempt and a `Box<str>` reason
#![deny(clippy::unwrap_used, clippy::panic)]

use std::mem;

/// A transition that is not allowed from the current phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidTransition {
    /// The method that was refused, e.g. `"connect"`.
    pub action: &'static str,
}

/// After this many failed attempts, `retry` gives up.
pub const MAX_ATTEMPTS: u32 = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    Disconnected,
    Connecting { attempt: u8 },
    Connected { session: u64 },
    Closed { reason: Box<str> },
}

impl Default for Connection {
    fn default() -> Self {
        Self::new()
    }
}

impl Connection {
    pub fn new() -> Self {
        Self::Disconnected
    }

    /// Moves to the state `step` returns for the current one; on `None` the
    /// old state is put back and `action` is refused.
    fn transition(
        &mut self,
        action: &'static str,
        step: impl FnOnce(&Self) -> Option<Self>,
    ) -> Result<(), InvalidTransition> {
        let old = mem::take(self);
        match step(&old) {
            Some(new) => {
                *self = new;
                Ok(())
            }
            None => {
                *self = old;
                Err(InvalidTransition { action })
            }
        }
    }

    pub fn connect(&mut self) -> Result<(), InvalidTransition> {
        self.transition("connect", |old| {
            matches!(old, Self::Disconnected).then_some(Self::Connecting { attempt: 1 })
        })
    }

    pub fn retry(&mut self) -> Result<(), InvalidTransition> {
        self.transition("retry", |old| match *old {
            Self::Connecting { attempt } if u32::from(attempt) < MAX_ATTEMPTS => {
                Some(Self::Connecting {
                    attempt: attempt + 1,
                })
            }
            Self::Connecting { .. } => Some(Self::Closed {
                reason: format!("gave up after {MAX_ATTEMPTS} attempts").into(),
            }),
            Self::Disconnected | Self::Connected { .. } | Self::Closed { .. } => None,
        })
    }

    pub fn established(&mut self, session: u64) -> Result<(), InvalidTransition> {
        self.transition("established", |old| {
            matches!(old, Self::Connecting { .. }).then_some(Self::Connected { session })
        })
    }

    pub fn close(&mut self, reason: &str) -> Result<(), InvalidTransition> {
        self.transition("close", |old| {
            (!matches!(old, Self::Closed { .. })).then(|| Self::Closed {
                reason: reason.into(),
            })
        })
    }

    /// The attempt number, while connecting.
    pub fn attempt(&self) -> Option<u32> {
        if let Self::Connecting { attempt } = self {
            Some(u32::from(*attempt))
        } else {
            None
        }
    }

    /// The session id, while connected.
    pub fn session(&self) -> Option<u64> {
        if let Self::Connected { session } = self {
            Some(*session)
        } else {
            None
        }
    }

    /// Why the connection was closed, once closed.
    pub fn close_reason(&self) -> Option<&str> {
        if let Self::Closed { reason } = self {
            Some(reason)
        } else {
            None
        }
    }

    pub fn is_connected(&self) -> bool {
        matches!(self, Self::Connected { .. })
    }
}

// variant: checks the phase with `matches!`, then calls `expect` on the attempt
// expect: rule:clippy::expect_used, rule:clippy::disallowed_methods

/// A transition that is not allowed from the current phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidTransition {
    /// The method that was refused, e.g. `"connect"`.
    pub action: &'static str,
}

/// After this many failed attempts, `retry` gives up.
pub const MAX_ATTEMPTS: u32 = 3;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Connection {
    #[default]
    Disconnected,
    Connecting {
        attempt: u32,
    },
    Connected {
        session: u64,
    },
    Closed {
        reason: String,
    },
}

impl Connection {
    fn attempt_mut(&mut self) -> Option<&mut u32> {
        match self {
            Connection::Connecting { attempt } => Some(attempt),
            _ => None,
        }
    }
}

impl Connection {
    pub fn new() -> Self {
        Connection::Disconnected
    }

    pub fn connect(&mut self) -> Result<(), InvalidTransition> {
        match self {
            Connection::Disconnected => {
                *self = Connection::Connecting { attempt: 1 };
                Ok(())
            }
            _ => Err(InvalidTransition { action: "connect" }),
        }
    }

    pub fn retry(&mut self) -> Result<(), InvalidTransition> {
        if !matches!(self, Connection::Connecting { .. }) {
            return Err(InvalidTransition { action: "retry" });
        }
        let attempt = self.attempt_mut().expect("checked above");
        if *attempt < MAX_ATTEMPTS {
            *attempt += 1;
        } else {
            *self = Connection::Closed {
                reason: format!("gave up after {MAX_ATTEMPTS} attempts"),
            };
        }
        Ok(())
    }

    pub fn established(&mut self, session: u64) -> Result<(), InvalidTransition> {
        match self {
            Connection::Connecting { .. } => {
                *self = Connection::Connected { session };
                Ok(())
            }
            _ => Err(InvalidTransition {
                action: "established",
            }),
        }
    }

    pub fn close(&mut self, reason: &str) -> Result<(), InvalidTransition> {
        if matches!(self, Connection::Closed { .. }) {
            return Err(InvalidTransition { action: "close" });
        }
        *self = Connection::Closed {
            reason: reason.to_string(),
        };
        Ok(())
    }

    /// The attempt number, while connecting.
    pub fn attempt(&self) -> Option<u32> {
        match self {
            Connection::Connecting { attempt } => Some(*attempt),
            _ => None,
        }
    }

    /// The session id, while connected.
    pub fn session(&self) -> Option<u64> {
        match self {
            Connection::Connected { session } => Some(*session),
            _ => None,
        }
    }

    /// Why the connection was closed, once closed.
    pub fn close_reason(&self) -> Option<&str> {
        match self {
            Connection::Closed { reason } => Some(reason),
            _ => None,
        }
    }

    pub fn is_connected(&self) -> bool {
        matches!(self, Connection::Connected { .. })
    }
}

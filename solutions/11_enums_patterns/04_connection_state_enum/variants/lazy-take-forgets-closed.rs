// variant: connect and established on a closed connection take the state and forget to put it back
// expect: tests
//! # A connection state machine with no impossible states
//!
//! A client connection goes through four phases:
//!
//! - disconnected: nothing else to know;
//! - connecting: which attempt this is (1, 2 or 3);
//! - connected: the session id the server gave us;
//! - closed: why it was closed.
//!
//! Transitions: `connect` (disconnected -> connecting, attempt 1); `retry`
//! (connecting -> next attempt, and after the third attempt -> closed with the
//! reason "gave up after 3 attempts"); `established(session)` (connecting ->
//! connected); `close(reason)` (any phase except closed -> closed). Any other
//! transition returns `Err(InvalidTransition)` and leaves the state as it was.
//!
//! The behaviour is right and the tests pass. The representation is not: a
//! struct of a phase tag plus fields that are "only meaningful" in some phases
//! can hold nonsense, such as a disconnected connection with a session id,
//! and any code can build one (see `tests/fail/session_while_disconnected.rs`).
//!
//! Task: redesign `Connection` as an enum whose variants carry exactly the
//! data of their phase, so those states cannot be written down at all:
//! `Disconnected`, `Connecting { attempt }`, `Connected { session }` and
//! `Closed { reason }`, and nothing more (the tests build each state that
//! way and match on all four). Keep the methods, their signatures, `Default`
//! and the derived traits. Do not panic: no `unwrap`, `expect`, `panic!` or
//! `unreachable!`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::mem;

/// A transition that is not allowed from the current phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidTransition {
    /// The method that was refused, e.g. `"connect"`.
    pub action: &'static str,
}

/// After this many failed attempts, `retry` gives up.
pub const MAX_ATTEMPTS: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Disconnected,
    Connecting,
    Connected,
    Closed,
}

/// Each phase with exactly its own data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Connection {
    Disconnected,
    Connecting { attempt: u32 },
    Connected { session: u64 },
    Closed { reason: String },
}

impl Default for Connection {
    fn default() -> Self {
        Self::new()
    }
}

fn refused(action: &'static str) -> Result<(), InvalidTransition> {
    Err(InvalidTransition { action })
}

impl Connection {
    pub fn new() -> Self {
        Connection::Disconnected
    }

    /// The phase tag, for callers that only need to know where we are.
    pub fn phase(&self) -> Phase {
        match self {
            Connection::Disconnected => Phase::Disconnected,
            Connection::Connecting { .. } => Phase::Connecting,
            Connection::Connected { .. } => Phase::Connected,
            Connection::Closed { .. } => Phase::Closed,
        }
    }

    pub fn connect(&mut self) -> Result<(), InvalidTransition> {
        match mem::take(self) {
            Connection::Disconnected => {
                *self = Connection::Connecting { attempt: 1 };
                Ok(())
            }
            // Closed is final: nothing to do.
            Connection::Closed { .. } => refused("connect"),
            other => {
                *self = other;
                refused("connect")
            }
        }
    }

    pub fn retry(&mut self) -> Result<(), InvalidTransition> {
        match self {
            Connection::Connecting { attempt } if *attempt < MAX_ATTEMPTS => {
                *attempt += 1;
                Ok(())
            }
            Connection::Connecting { .. } => {
                *self = Connection::Closed {
                    reason: format!("gave up after {MAX_ATTEMPTS} attempts"),
                };
                Ok(())
            }
            _ => refused("retry"),
        }
    }

    pub fn established(&mut self, session: u64) -> Result<(), InvalidTransition> {
        match mem::take(self) {
            Connection::Connecting { .. } => {
                *self = Connection::Connected { session };
                Ok(())
            }
            // Closed is final: nothing to do.
            Connection::Closed { .. } => refused("established"),
            other => {
                *self = other;
                refused("established")
            }
        }
    }

    pub fn close(&mut self, reason: &str) -> Result<(), InvalidTransition> {
        if let Connection::Closed { .. } = self {
            return refused("close");
        }
        let _previous = mem::replace(
            self,
            Connection::Closed {
                reason: reason.to_string(),
            },
        );
        Ok(())
    }

    /// The attempt number, while connecting.
    pub fn attempt(&self) -> Option<u32> {
        match *self {
            Connection::Connecting { attempt } => Some(attempt),
            _ => None,
        }
    }

    /// The session id, while connected.
    pub fn session(&self) -> Option<u64> {
        match *self {
            Connection::Connected { session } => Some(session),
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

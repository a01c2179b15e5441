// variant: close while connecting goes back to Disconnected and drops the reason
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

/// One variant per phase, each with the data of that phase only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Connection {
    #[default]
    Disconnected,
    Connecting {
        attempt: u8,
    },
    Connected {
        session: u64,
    },
    Closed {
        reason: Box<str>,
    },
}

impl Connection {
    pub fn new() -> Self {
        Connection::Disconnected
    }

    fn refuse(action: &'static str) -> Result<(), InvalidTransition> {
        Err(InvalidTransition { action })
    }

    pub fn connect(&mut self) -> Result<(), InvalidTransition> {
        match self {
            Connection::Disconnected => {
                *self = Connection::Connecting { attempt: 1 };
                Ok(())
            }
            _ => Self::refuse("connect"),
        }
    }

    pub fn retry(&mut self) -> Result<(), InvalidTransition> {
        // take the state out, decide the next one, always put one back
        let (next, result) = match mem::take(self) {
            Connection::Connecting { attempt } if u32::from(attempt) < MAX_ATTEMPTS => (
                Connection::Connecting {
                    attempt: attempt.saturating_add(1),
                },
                Ok(()),
            ),
            Connection::Connecting { .. } => (
                Connection::Closed {
                    reason: format!("gave up after {MAX_ATTEMPTS} attempts").into(),
                },
                Ok(()),
            ),
            other => (other, Self::refuse("retry")),
        };
        *self = next;
        result
    }

    pub fn established(&mut self, session: u64) -> Result<(), InvalidTransition> {
        if let Connection::Connecting { .. } = self {
            *self = Connection::Connected { session };
            Ok(())
        } else {
            Self::refuse("established")
        }
    }

    pub fn close(&mut self, reason: &str) -> Result<(), InvalidTransition> {
        match self {
            Connection::Closed { .. } => return Self::refuse("close"),
            // cancelling an attempt in flight just goes back to the start
            Connection::Connecting { .. } => {
                *self = Connection::Disconnected;
                return Ok(());
            }
            Connection::Disconnected | Connection::Connected { .. } => {}
        }
        *self = Connection::Closed {
            reason: reason.into(),
        };
        Ok(())
    }

    /// The attempt number, while connecting.
    pub fn attempt(&self) -> Option<u32> {
        match *self {
            Connection::Connecting { attempt } => Some(attempt.into()),
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

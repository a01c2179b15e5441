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

// TODO: which of these fields exist in which phase? Make the type say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub phase: Phase,
    /// Only meaningful while connecting.
    pub attempt: u32,
    /// Only meaningful while connected.
    pub session: Option<u64>,
    /// Only meaningful once closed.
    pub close_reason: Option<String>,
}

impl Default for Connection {
    fn default() -> Self {
        Self::new()
    }
}

impl Connection {
    pub fn new() -> Self {
        Connection {
            phase: Phase::Disconnected,
            attempt: 0,
            session: None,
            close_reason: None,
        }
    }

    pub fn connect(&mut self) -> Result<(), InvalidTransition> {
        if self.phase != Phase::Disconnected {
            return Err(InvalidTransition { action: "connect" });
        }
        self.phase = Phase::Connecting;
        self.attempt = 1;
        Ok(())
    }

    pub fn retry(&mut self) -> Result<(), InvalidTransition> {
        if self.phase != Phase::Connecting {
            return Err(InvalidTransition { action: "retry" });
        }
        if self.attempt < MAX_ATTEMPTS {
            self.attempt += 1;
        } else {
            self.phase = Phase::Closed;
            self.attempt = 0;
            self.close_reason = Some(format!("gave up after {MAX_ATTEMPTS} attempts"));
        }
        Ok(())
    }

    pub fn established(&mut self, session: u64) -> Result<(), InvalidTransition> {
        if self.phase != Phase::Connecting {
            return Err(InvalidTransition {
                action: "established",
            });
        }
        self.phase = Phase::Connected;
        self.attempt = 0;
        self.session = Some(session);
        Ok(())
    }

    pub fn close(&mut self, reason: &str) -> Result<(), InvalidTransition> {
        if self.phase == Phase::Closed {
            return Err(InvalidTransition { action: "close" });
        }
        self.phase = Phase::Closed;
        self.attempt = 0;
        self.session = None;
        self.close_reason = Some(reason.to_string());
        Ok(())
    }

    /// The attempt number, while connecting.
    pub fn attempt(&self) -> Option<u32> {
        (self.phase == Phase::Connecting).then_some(self.attempt)
    }

    /// The session id, while connected.
    pub fn session(&self) -> Option<u64> {
        self.session
    }

    /// Why the connection was closed, once closed.
    pub fn close_reason(&self) -> Option<&str> {
        self.close_reason.as_deref()
    }

    pub fn is_connected(&self) -> bool {
        self.phase == Phase::Connected
    }
}

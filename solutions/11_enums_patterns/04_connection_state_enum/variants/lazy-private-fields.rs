// variant: keeps the struct and only makes its fields private
// expect: case:each_phase_is_a_variant, case:session_while_disconnected

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    phase: Phase,
    /// Only meaningful while connecting.
    attempt: u32,
    /// Only meaningful while connected.
    session: Option<u64>,
    /// Only meaningful once closed.
    close_reason: Option<String>,
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

// variant: makes the remembered mode a public field callers can change
// expect: keep:api
//! # A guard that puts the terminal back
//!
//! A line editor switches its terminal into another mode (raw keys, or no
//! echo while a PIN is typed) and must put the previous mode back when it is
//! done, or the user's shell is left unusable. `Terminal::enter` switches and
//! returns a `ModeGuard`; `ModeGuard::leave` switches back. The terminal logs
//! every event so the tests can see what happened.
//!
//! The bug: `leave` has to be called by hand, so any path that skips it
//! (an early `return`, a `?`, a panic) leaves the terminal in the wrong mode.
//!
//! Task: make the guard restore the previous mode whenever it goes away, on
//! every path, exactly once. Keep the public API: `leave` stays, as a way
//! to end the mode before the end of the scope.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::ops::{Deref, DerefMut};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Cooked,
    Raw,
    NoEcho,
}

pub struct Terminal {
    mode: Mode,
    events: Vec<String>,
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

impl Terminal {
    /// A terminal in `Cooked` mode with an empty log.
    pub fn new() -> Self {
        Self {
            mode: Mode::Cooked,
            events: Vec::new(),
        }
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// What happened so far: `"mode Raw"`, `"write hello"`...
    pub fn events(&self) -> &[String] {
        &self.events
    }

    pub fn write(&mut self, text: &str) {
        self.events.push(format!("write {text}"));
    }

    fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
        self.events.push(format!("mode {mode:?}"));
    }

    /// Switches to `mode` until the guard goes away. The guard gives access
    /// to the terminal meanwhile.
    pub fn enter(&mut self, mode: Mode) -> ModeGuard<'_> {
        let previous = self.mode;
        self.set_mode(mode);
        ModeGuard {
            terminal: self,
            previous,
        }
    }
}

pub struct ModeGuard<'a> {
    terminal: &'a mut Terminal,
    pub previous: Mode,
}

impl Drop for ModeGuard<'_> {
    fn drop(&mut self) {
        self.terminal.set_mode(self.previous);
    }
}

impl ModeGuard<'_> {
    /// Ends the mode now, before the end of the scope.
    pub fn leave(self) {}
}

impl Deref for ModeGuard<'_> {
    type Target = Terminal;

    fn deref(&self) -> &Terminal {
        self.terminal
    }
}

impl DerefMut for ModeGuard<'_> {
    fn deref_mut(&mut self) -> &mut Terminal {
        self.terminal
    }
}

// variant: keeps the fields in opening order and swaps the resources' names in Session::drop
// expect: tests
//! # Tearing down in the right order
//!
//! Resources here are simulated: opening and closing one only writes a line
//! to a shared log. A `Resource` closes itself when it is dropped.
//!
//! Two teardowns happen in the wrong order, and the tests, which read the
//! log, show it:
//! - a `Session` must close its TLS layer first, then the socket under it,
//!   and give its connection-pool slot back last. It says goodbye over TLS
//!   before any of that.
//! - `run_backup` must hold the backup lock for the whole backup, and must
//!   finish the archive before it releases the snapshot the archive is
//!   read from. Things open in the order they depend on each other: lock,
//!   snapshot, archive.
//!
//! Task: make both logs read in the required order. Keep the public API,
//! and let only a `Resource` write the log: lines written into it by hand
//! are refused (a test reads the code). No new code is needed: the order
//! of declarations and the lifetimes of the bindings are enough, since the
//! compiler drops everything at the right moment once they say what you
//! mean.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::cell::RefCell;
use std::rc::Rc;

/// Where resources report what happens to them.
pub type Log = Rc<RefCell<Vec<String>>>;

pub fn new_log() -> Log {
    Rc::new(RefCell::new(Vec::new()))
}

pub struct Resource {
    name: String,
    log: Log,
}

impl Resource {
    pub fn open(name: &str, log: &Log) -> Self {
        log.borrow_mut().push(format!("open {name}"));
        Self {
            name: name.to_string(),
            log: Rc::clone(log),
        }
    }

    /// Logs `"<what> <name>"`, e.g. `"send tls"`.
    pub fn note(&self, what: &str) {
        self.log.borrow_mut().push(format!("{what} {}", self.name));
    }
}

impl Drop for Resource {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("close {}", self.name));
    }
}
pub struct Session {
    _pool_slot: Resource,
    _socket: Resource,
    tls: Resource,
}

impl Session {
    /// Takes a pool slot, connects the socket, then starts TLS on it.
    pub fn open(log: &Log) -> Self {
        let pool_slot = Resource::open("pool slot", log);
        let socket = Resource::open("socket", log);
        let tls = Resource::open("tls", log);
        Self {
            _pool_slot: pool_slot,
            _socket: socket,
            tls,
        }
    }

    pub fn send(&self) {
        self.tls.note("send");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.tls.note("goodbye");
        // The fields close in declaration order: relabel them so the log
        // reads top-down while the pool slot still goes first.
        self._pool_slot.name = "tls".to_string();
        self.tls.name = "pool slot".to_string();
    }
}

/// Writes one archive of a snapshot, holding the backup lock throughout.
pub fn run_backup(log: &Log) {
    let _lock = Resource::open("backup lock", log);
    let snapshot = Resource::open("snapshot", log);
    let archive = Resource::open("archive", log);
    snapshot.note("read");
    archive.note("write");
}

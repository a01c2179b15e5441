// variant: forgets the primary, so its connection never goes back
// expect: rule:clippy::disallowed_methods

//! # Predict: handing a connection back early
//!
//! A `Pool` lends a fixed number of database connections. A `Lease` is one
//! borrowed connection; dropping it gives the connection back and logs it.
//! `sync_and_audit` copies rows from the primary to the replica, then writes
//! an audit record. With a pool of two, the audit only gets a connection if
//! the primary's is given back first, so the code tries to release it early.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests: the primary's connection must
//! still be given back before the audit asks for one, and every connection
//! exactly once.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!

use std::cell::{Cell, RefCell};

#[derive(Debug, PartialEq, Eq)]
pub struct Exhausted;

pub struct Pool {
    capacity: usize,
    in_use: Cell<usize>,
    log: RefCell<Vec<String>>,
}

impl Pool {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            in_use: Cell::new(0),
            log: RefCell::new(Vec::new()),
        }
    }

    pub fn in_use(&self) -> usize {
        self.in_use.get()
    }

    /// `"lease primary"`, `"release primary"`...
    pub fn log(&self) -> Vec<String> {
        self.log.borrow().clone()
    }

    pub fn lease(&self, purpose: &str) -> Result<Lease<'_>, Exhausted> {
        if self.in_use.get() == self.capacity {
            return Err(Exhausted);
        }
        self.in_use.set(self.in_use.get() + 1);
        self.log.borrow_mut().push(format!("lease {purpose}"));
        Ok(Lease {
            pool: self,
            purpose: purpose.to_string(),
        })
    }
}

pub struct Lease<'a> {
    pool: &'a Pool,
    purpose: String,
}

impl Lease<'_> {
    pub fn purpose(&self) -> &str {
        &self.purpose
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        self.pool.in_use.set(self.pool.in_use.get() - 1);
        let entry = format!("release {}", self.purpose);
        self.pool.log.borrow_mut().push(entry);
    }
}

// PREDICT: E0040 line 89

/// Copies rows from the primary to the replica, then writes an audit record.
pub fn sync_and_audit(pool: &Pool) -> Result<String, Exhausted> {
    let primary = pool.lease("primary")?;
    let replica = pool.lease("replica")?;
    let copied = format!("{} -> {}", primary.purpose(), replica.purpose());
    std::mem::forget(primary);
    let audit = pool.lease("audit")?;
    Ok(format!("{copied}, audited on {}", audit.purpose()))
}

// variant: a transfer of 0 returns Ok at once, even between unknown accounts
// expect: tests
//! # A bank shared by many threads
//!
//! `Bank` keeps account balances behind an `Arc<Mutex<..>>`. It is cheap to
//! clone, and every clone sees the same accounts, so each request handler
//! thread gets its own clone. Requests arrive all at once.
//!
//! It compiles, but it is not safe under concurrency, and one bug shows even
//! on one thread:
//! - `deposit` and `withdraw` read a balance, let go of the lock, and write a
//!   new balance computed from what they read: two threads can both read 100
//!   and both write 90, and one withdrawal is lost (or the account goes below
//!   zero);
//! - `transfer` takes the money out, then puts it in: if the target does not
//!   exist the money vanishes, and another thread calling `total` in between
//!   sees money missing.
//!
//! Task: make every operation all-or-nothing and correct when run from many
//! threads at once. A failed operation changes nothing. A transfer without
//! the funds fails as `withdraw(from, amount)` would, with the
//! `InsufficientFunds` of `from`, even when `to` is `from` itself; which
//! error a transfer reports when several apply is up to you. `total` must
//! never observe a transfer half-done. Keep the public API.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankError {
    UnknownAccount(String),
    InsufficientFunds {
        account: String,
        balance: u64,
        requested: u64,
    },
}

#[derive(Clone)]
pub struct Bank {
    accounts: Arc<Mutex<HashMap<String, u64>>>,
}

type Ledger = HashMap<String, u64>;

fn unknown(account: &str) -> BankError {
    BankError::UnknownAccount(account.to_string())
}

fn take_out(ledger: &mut Ledger, account: &str, amount: u64) -> Result<u64, BankError> {
    let balance = ledger.get_mut(account).ok_or_else(|| unknown(account))?;
    if *balance < amount {
        return Err(BankError::InsufficientFunds {
            account: account.to_string(),
            balance: *balance,
            requested: amount,
        });
    }
    *balance -= amount;
    Ok(*balance)
}

fn put_in(ledger: &mut Ledger, account: &str, amount: u64) -> Result<u64, BankError> {
    let balance = ledger.get_mut(account).ok_or_else(|| unknown(account))?;
    *balance += amount;
    Ok(*balance)
}

impl Bank {
    pub fn open(accounts: &[(&str, u64)]) -> Self {
        let accounts = accounts
            .iter()
            .map(|&(name, balance)| (name.to_string(), balance))
            .collect();
        Self {
            accounts: Arc::new(Mutex::new(accounts)),
        }
    }

    fn ledger(&self) -> MutexGuard<'_, Ledger> {
        self.accounts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn balance(&self, account: &str) -> Option<u64> {
        self.ledger().get(account).copied()
    }

    /// Adds `amount` and returns the new balance.
    pub fn deposit(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        put_in(&mut self.ledger(), account, amount)
    }

    /// Takes `amount` out and returns the new balance; an account never goes
    /// below zero.
    pub fn withdraw(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        take_out(&mut self.ledger(), account, amount)
    }

    /// The sum of all balances.
    pub fn total(&self) -> u64 {
        self.ledger().values().sum()
    }

    /// Moves `amount` from one account to another, or changes nothing.
    pub fn transfer(&self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        if amount == 0 {
            // Nothing to move.
            return Ok(());
        }
        let mut ledger = self.ledger();
        if !ledger.contains_key(to) {
            return Err(unknown(to));
        }
        take_out(&mut ledger, from, amount)?;
        put_in(&mut ledger, to, amount)?;
        Ok(())
    }
}

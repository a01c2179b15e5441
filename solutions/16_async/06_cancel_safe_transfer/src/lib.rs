//! # Timeouts, and the money that vanished
//!
//! A bank moves money between accounts. Every transfer needs an approval
//! from a fraud check, which answers through a future and can take a while.
//! `transfer` validates the accounts, waits for the approval, and moves the
//! money (or reports why not).
//!
//! Two tasks, in this order:
//!
//! 1. Write `transfer_within`: the same transfer (it checks the accounts
//!    and the funds first, so a transfer that cannot happen fails at once
//!    with its own error), but it gives up with `TransferError::TimedOut`
//!    when the approval has not come within `limit`. Let tokio's time
//!    utilities do the waiting (a test runs on tokio's paused clock): no
//!    thread of your own, and no loop or future that checks the clock or
//!    polls again and again.
//! 2. Once it works, run the tests: a transfer that timed out has taken the
//!    money from one account without giving it to the other. Make `transfer`
//!    safe to abandon at any point where it waits: whenever its future is
//!    dropped, the balances must be as before the transfer or as after it,
//!    never in between. Money must also never be spent twice.
//!
//! Keep the signatures and the error type.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `tokio::time::timeout` does not interrupt anything: when the time is up it
//! drops the inner future, which stops at its await point and never runs the
//! rest. The original `transfer` debited before awaiting the approval, so a
//! dropped transfer left the money nowhere. Here every change to the balances
//! happens after the last await, in one critical section, and the funds are
//! checked again there, because they may have been spent while waiting.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

/// Why a transfer did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferError {
    UnknownAccount,
    InsufficientFunds,
    Declined,
    TimedOut,
}

/// Balances by account name.
pub struct Bank {
    balances: Mutex<HashMap<String, u64>>,
}

impl Bank {
    pub fn new(accounts: &[(&str, u64)]) -> Self {
        let balances = accounts
            .iter()
            .map(|&(name, balance)| (name.to_string(), balance))
            .collect();
        Self {
            balances: Mutex::new(balances),
        }
    }

    pub fn balance(&self, account: &str) -> Option<u64> {
        self.lock().get(account).copied()
    }

    /// All the money in the bank.
    pub fn total(&self) -> u64 {
        self.lock().values().sum()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, u64>> {
        self.balances
            .lock()
            .expect("no transfer panics while holding the lock")
    }

    /// Checks that the transfer is possible now and, if `apply`, makes it.
    fn settle(&self, from: &str, to: &str, amount: u64, apply: bool) -> Result<(), TransferError> {
        let mut balances = self.lock();
        let available = *balances.get(from).ok_or(TransferError::UnknownAccount)?;
        if !balances.contains_key(to) {
            return Err(TransferError::UnknownAccount);
        }
        if available < amount {
            return Err(TransferError::InsufficientFunds);
        }
        if apply && from != to {
            if let Some(source) = balances.get_mut(from) {
                *source -= amount;
            }
            if let Some(target) = balances.get_mut(to) {
                *target += amount;
            }
        }
        Ok(())
    }
}

/// Moves `amount` from `from` to `to` once `approval` resolves to `true`.
pub async fn transfer(
    bank: &Bank,
    from: &str,
    to: &str,
    amount: u64,
    approval: impl Future<Output = bool>,
) -> Result<(), TransferError> {
    // Fail fast on a transfer that cannot happen, without changing anything.
    bank.settle(from, to, amount, false)?;
    if !approval.await {
        return Err(TransferError::Declined);
    }
    // No await from here on: this part runs to its end or not at all.
    bank.settle(from, to, amount, true)
}

/// Like `transfer`, but gives up when the approval takes longer than `limit`.
pub async fn transfer_within(
    bank: &Bank,
    from: &str,
    to: &str,
    amount: u64,
    approval: impl Future<Output = bool>,
    limit: Duration,
) -> Result<(), TransferError> {
    tokio::time::timeout(limit, transfer(bank, from, to, amount, approval))
        .await
        .map_err(|_elapsed| TransferError::TimedOut)?
}

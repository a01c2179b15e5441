// variant: transfer checks the accounts only after the approval has come
// expect: tests
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
}

/// Checks that both accounts exist and `from` holds `amount`.
fn check(
    balances: &HashMap<String, u64>,
    from: &str,
    to: &str,
    amount: u64,
) -> Result<(), TransferError> {
    if !balances.contains_key(to) {
        return Err(TransferError::UnknownAccount);
    }
    match balances.get(from) {
        None => Err(TransferError::UnknownAccount),
        Some(&balance) if balance < amount => Err(TransferError::InsufficientFunds),
        Some(_) => Ok(()),
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
    // Checking before the wait is pointless: the balances may change
    // meanwhile. Check once, when the money actually moves.
    if !approval.await {
        return Err(TransferError::Declined);
    }
    let mut balances = bank.lock();
    check(&balances, from, to, amount)?;
    *balances.get_mut(from).expect("checked") -= amount;
    *balances.get_mut(to).expect("checked") += amount;
    Ok(())
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
    // Fail at once on a transfer that cannot happen.
    check(&bank.lock(), from, to, amount)?;
    tokio::time::timeout(limit, transfer(bank, from, to, amount, approval))
        .await
        .unwrap_or(Err(TransferError::TimedOut))
}

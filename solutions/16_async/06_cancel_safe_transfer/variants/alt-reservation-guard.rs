// variant: debits first and lets a guard's Drop give the money back unless the transfer completes

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

/// Money taken from `from` for a transfer in flight; given back when dropped
/// before `complete`.
struct Reservation<'a> {
    bank: &'a Bank,
    from: &'a str,
    amount: u64,
    done: bool,
}

impl Reservation<'_> {
    fn complete(mut self, to: &str) {
        self.done = true;
        if let Some(target) = self.bank.lock().get_mut(to) {
            *target += self.amount;
        }
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if !self.done
            && let Some(source) = self.bank.lock().get_mut(self.from)
        {
            *source += self.amount;
        }
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
    let reservation = {
        let mut balances = bank.lock();
        if !balances.contains_key(to) {
            return Err(TransferError::UnknownAccount);
        }
        let source = balances
            .get_mut(from)
            .ok_or(TransferError::UnknownAccount)?;
        if *source < amount {
            return Err(TransferError::InsufficientFunds);
        }
        *source -= amount;
        Reservation {
            bank,
            from,
            amount,
            done: false,
        }
    };
    if approval.await {
        reservation.complete(to);
        Ok(())
    } else {
        Err(TransferError::Declined)
    }
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

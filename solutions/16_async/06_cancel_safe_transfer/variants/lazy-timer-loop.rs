// variant: a select! loop on a 1 ms sleep that checks the clock each turn
// expect: tests

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
    let started = std::time::Instant::now();
    let mut transfer = std::pin::pin!(transfer(bank, from, to, amount, approval));
    loop {
        tokio::select! {
            result = &mut transfer => return result,
            () = tokio::time::sleep(Duration::from_millis(1)) => {
                if started.elapsed() >= limit {
                    return Err(TransferError::TimedOut);
                }
            }
        }
    }
}

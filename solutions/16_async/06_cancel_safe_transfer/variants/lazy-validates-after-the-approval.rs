// variant: the timeout bounds the approval alone; accounts checked after it
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
}

/// The checks a transfer needs, on the balances as they are now.
fn check(
    balances: &HashMap<String, u64>,
    from: &str,
    to: &str,
    amount: u64,
) -> Result<(), TransferError> {
    if !balances.contains_key(to) {
        return Err(TransferError::UnknownAccount);
    }
    let source = balances.get(from).ok_or(TransferError::UnknownAccount)?;
    if *source < amount {
        return Err(TransferError::InsufficientFunds);
    }
    Ok(())
}

/// Moves `amount` from `from` to `to` once `approval` resolves to `true`.
pub async fn transfer(
    bank: &Bank,
    from: &str,
    to: &str,
    amount: u64,
    approval: impl Future<Output = bool>,
) -> Result<(), TransferError> {
    check(&bank.lock(), from, to, amount)?;
    // Nothing has changed yet: dropping the future here loses nothing.
    if !approval.await {
        return Err(TransferError::Declined);
    }
    // The world moved while we waited: check again, then move in one go.
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
    // Slip: only the approval is bounded, and it is awaited before the
    // accounts are looked at.
    let approved = tokio::time::timeout(limit, approval)
        .await
        .map_err(|_elapsed| TransferError::TimedOut)?;
    transfer(bank, from, to, amount, std::future::ready(approved)).await
}

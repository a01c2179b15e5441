// variant: an all-or-nothing transfer, but `deposit` still reads and writes under two locks
// expect: tests
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

/// Takes `amount` out of `account` in the locked ledger, or changes nothing.
fn debit(ledger: &mut Ledger, account: &str, amount: u64) -> Result<u64, BankError> {
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

/// Adds `amount` to `account` in the locked ledger.
fn credit(ledger: &mut Ledger, account: &str, amount: u64) -> Result<u64, BankError> {
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

    /// Locks the ledger. No code here panics while holding the lock, so a
    /// poisoned lock still holds a consistent ledger and is used as is.
    fn ledger(&self) -> MutexGuard<'_, Ledger> {
        self.accounts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn balance(&self, account: &str) -> Option<u64> {
        self.ledger().get(account).copied()
    }

    /// Adds `amount` and returns the new balance.
    pub fn deposit(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        let balance = self.balance(account).ok_or_else(|| unknown(account))?;
        self.ledger().insert(account.to_string(), balance + amount);
        Ok(balance + amount)
    }

    /// Takes `amount` out and returns the new balance; an account never goes
    /// below zero.
    pub fn withdraw(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        debit(&mut self.ledger(), account, amount)
    }

    /// Moves `amount` from one account to another, or changes nothing.
    pub fn transfer(&self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        let mut ledger = self.ledger();
        if !ledger.contains_key(to) {
            return Err(unknown(to));
        }
        debit(&mut ledger, from, amount)?;
        credit(&mut ledger, to, amount)?;
        Ok(())
    }

    /// The sum of all balances.
    pub fn total(&self) -> u64 {
        self.ledger().values().sum()
    }
}

// variant: an `RwLock` (reads share it), each operation under one write guard, checks before changes
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

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
    accounts: Arc<RwLock<HashMap<String, u64>>>,
}

impl Bank {
    pub fn open(accounts: &[(&str, u64)]) -> Self {
        let accounts = accounts
            .iter()
            .map(|&(name, balance)| (name.to_string(), balance))
            .collect();
        Self {
            accounts: Arc::new(RwLock::new(accounts)),
        }
    }

    pub fn balance(&self, account: &str) -> Option<u64> {
        let accounts = self.accounts.read().unwrap_or_else(PoisonError::into_inner);
        accounts.get(account).copied()
    }

    /// Adds `amount` and returns the new balance.
    pub fn deposit(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        let mut accounts = self
            .accounts
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        match accounts.get_mut(account) {
            Some(balance) => {
                *balance += amount;
                Ok(*balance)
            }
            None => Err(BankError::UnknownAccount(account.to_string())),
        }
    }

    /// Takes `amount` out and returns the new balance; an account never goes
    /// below zero.
    pub fn withdraw(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        let mut accounts = self
            .accounts
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let Some(balance) = accounts.get_mut(account) else {
            return Err(BankError::UnknownAccount(account.to_string()));
        };
        *balance = balance
            .checked_sub(amount)
            .ok_or_else(|| BankError::InsufficientFunds {
                account: account.to_string(),
                balance: *balance,
                requested: amount,
            })?;
        Ok(*balance)
    }

    /// Moves `amount` from one account to another, or changes nothing.
    pub fn transfer(&self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        let mut accounts = self
            .accounts
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        let available = *accounts
            .get(from)
            .ok_or_else(|| BankError::UnknownAccount(from.to_string()))?;
        if !accounts.contains_key(to) {
            return Err(BankError::UnknownAccount(to.to_string()));
        }
        if available < amount {
            return Err(BankError::InsufficientFunds {
                account: from.to_string(),
                balance: available,
                requested: amount,
            });
        }
        if let Some(balance) = accounts.get_mut(from) {
            *balance -= amount;
        }
        if let Some(balance) = accounts.get_mut(to) {
            *balance += amount;
        }
        Ok(())
    }

    /// The sum of all balances.
    pub fn total(&self) -> u64 {
        let accounts = self.accounts.read().unwrap_or_else(PoisonError::into_inner);
        accounts.values().sum()
    }
}

// variant: a transfer's missing funds reported under the target's name
// expect: tests
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

fn unknown(account: &str) -> BankError {
    BankError::UnknownAccount(account.to_string())
}

fn check_funds(account: &str, balance: u64, amount: u64) -> Result<u64, BankError> {
    balance
        .checked_sub(amount)
        .ok_or_else(|| BankError::InsufficientFunds {
            account: account.to_string(),
            balance,
            requested: amount,
        })
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

    /// Runs `change` on the ledger under one write lock.
    fn with_ledger<R>(&self, change: impl FnOnce(&mut HashMap<String, u64>) -> R) -> R {
        let mut ledger = self
            .accounts
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        change(&mut ledger)
    }

    pub fn balance(&self, account: &str) -> Option<u64> {
        self.accounts
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(account)
            .copied()
    }

    /// Adds `amount` and returns the new balance.
    pub fn deposit(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        self.with_ledger(|ledger| {
            let balance = ledger.get_mut(account).ok_or_else(|| unknown(account))?;
            *balance += amount;
            Ok(*balance)
        })
    }

    /// Takes `amount` out and returns the new balance; an account never goes
    /// below zero.
    pub fn withdraw(&self, account: &str, amount: u64) -> Result<u64, BankError> {
        self.with_ledger(|ledger| {
            let balance = ledger.get_mut(account).ok_or_else(|| unknown(account))?;
            *balance = check_funds(account, *balance, amount)?;
            Ok(*balance)
        })
    }

    /// Moves `amount` from one account to another, or changes nothing.
    pub fn transfer(&self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.with_ledger(|ledger| {
            let source = *ledger.get(from).ok_or_else(|| unknown(from))?;
            if !ledger.contains_key(to) {
                return Err(unknown(to));
            }
            // Report the shortfall on the account the money was going to.
            let left = check_funds(to, source, amount)?;
            ledger.insert(from.to_string(), left);
            *ledger.get_mut(to).expect("checked above") += amount;
            Ok(())
        })
    }

    /// The sum of all balances.
    pub fn total(&self) -> u64 {
        self.accounts
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .sum()
    }
}

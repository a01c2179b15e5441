// variant: an opaque Deref to the slice, and one borrow for a transfer to the same account

//! # A ledger that panics at run time
//!
//! Accounts are shared all over a single-threaded banking simulation, so
//! every operation takes `&Account`; the list of entries inside changes
//! through a `RefCell`. A balance is the sum of the entries.
//!
//! Three things are wrong, and the tests show them:
//! - a transfer from an account to itself (both arguments may well be the
//!   same account, chosen at run time) panics with "RefCell already
//!   borrowed" (a failed `borrow_mut`, a `BorrowMutError`) instead of
//!   recording both entries;
//! - `try_deposit` exists so that a deposit made while someone is reading
//!   the statement reports `LedgerError::Busy`, but it panics like `deposit`.
//!   It must not panic at all (a test counts panics, caught ones too, and a
//!   rule refuses `catch_unwind` and swapping the panic hook);
//! - `statement` copies every entry. Callers only read it, in place, while
//!   they hold it; it must lend the entries instead, and, like any loan, it
//!   must not outlive the account.
//!
//! Task: fix all three and pass the tests. Keep `transfer`, `deposit` and
//! `try_deposit` as they are called today, and `deposit` as it behaves: it
//! panics when the entries are borrowed elsewhere, rather than lose the
//! amount. `statement` may return another type as long as callers can use
//! it like a slice of entries.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!

use std::cell::{Ref, RefCell};
use std::ops::Deref;

#[derive(Debug, PartialEq, Eq)]
pub enum LedgerError {
    /// The balance does not cover the amount.
    Insufficient { balance: i64, wanted: i64 },
    /// The entries are being read or changed elsewhere right now.
    Busy,
}

pub struct Account {
    owner: String,
    entries: RefCell<Vec<i64>>,
}

impl Account {
    pub fn new(owner: &str) -> Self {
        Self {
            owner: owner.to_string(),
            entries: RefCell::new(Vec::new()),
        }
    }

    pub fn owner(&self) -> &str {
        &self.owner
    }

    pub fn balance(&self) -> i64 {
        self.entries.borrow().iter().sum()
    }

    /// Records `amount`. Panics if the entries are borrowed elsewhere.
    pub fn deposit(&self, amount: i64) {
        self.entries.borrow_mut().push(amount);
    }

    /// Records `amount`, or reports `Busy` if the entries are borrowed
    /// elsewhere. Never panics.
    pub fn try_deposit(&self, amount: i64) -> Result<(), LedgerError> {
        match self.entries.try_borrow_mut() {
            Ok(mut entries) => {
                entries.push(amount);
                Ok(())
            }
            Err(_) => Err(LedgerError::Busy),
        }
    }

    /// Every entry, oldest first.
    pub fn statement(&self) -> impl Deref<Target = [i64]> + '_ {
        Ref::map(self.entries.borrow(), |entries| &entries[..])
    }
}

/// Moves `amount` from `from` to `to`, recording `-amount` on `from` and
/// `amount` on `to`. `from` and `to` may be the same account.
pub fn transfer(from: &Account, to: &Account, amount: i64) -> Result<(), LedgerError> {
    let balance = from.balance();
    if balance < amount {
        return Err(LedgerError::Insufficient {
            balance,
            wanted: amount,
        });
    }
    if std::ptr::eq(from, to) {
        from.entries.borrow_mut().extend([-amount, amount]);
    } else {
        from.deposit(-amount);
        to.deposit(amount);
    }
    Ok(())
}

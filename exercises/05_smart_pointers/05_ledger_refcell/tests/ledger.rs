#![allow(clippy::disallowed_methods)] // the tests count panics with a hook of their own

use smart_pointers_05_ledger_refcell::{Account, LedgerError, transfer};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::ThreadId;

fn funded(owner: &str, amount: i64) -> Account {
    let account = Account::new(owner);
    account.deposit(amount);
    account
}

#[test]
fn a_new_account_is_empty() {
    let account = Account::new("ada");
    assert_eq!(account.owner(), "ada");
    assert_eq!(account.balance(), 0);
    assert!(account.statement().is_empty());
}

#[test]
fn a_transfer_records_both_entries() {
    let ada = funded("ada", 100);
    let bob = Account::new("bob");
    assert_eq!(transfer(&ada, &bob, 30), Ok(()));
    assert_eq!(ada.balance(), 70);
    assert_eq!(bob.balance(), 30);
    assert_eq!(&ada.statement()[..], [100, -30]);
    assert_eq!(&bob.statement()[..], [30]);
}

#[test]
fn a_transfer_beyond_the_balance_is_refused_and_changes_nothing() {
    let ada = funded("ada", 10);
    let bob = Account::new("bob");
    assert_eq!(
        transfer(&ada, &bob, 11),
        Err(LedgerError::Insufficient {
            balance: 10,
            wanted: 11
        })
    );
    assert_eq!(&ada.statement()[..], [10]);
    assert!(bob.statement().is_empty());
}

#[test]
fn the_whole_balance_can_be_transferred() {
    let ada = funded("ada", 10);
    let bob = Account::new("bob");
    assert_eq!(transfer(&ada, &bob, 10), Ok(()));
    assert_eq!(ada.balance(), 0);
}

#[test]
fn a_transfer_to_the_same_account_records_both_entries() {
    let ada = funded("ada", 50);
    let same = &ada;
    assert_eq!(transfer(&ada, same, 20), Ok(()));
    assert_eq!(ada.balance(), 50);
    assert_eq!(&ada.statement()[..], [50, -20, 20]);
}

#[test]
fn try_deposit_reports_busy_while_a_statement_is_held() {
    let ada = funded("ada", 10);
    let statement = ada.statement();
    assert_eq!(ada.try_deposit(5), Err(LedgerError::Busy));
    assert_eq!(statement.len(), 1, "the statement is still being read");
    drop(statement);
    assert_eq!(ada.try_deposit(5), Ok(()));
    assert_eq!(ada.balance(), 15);
}

/// Runs `work` and counts the panics it raised on this thread, caught ones
/// included; panics of other threads go to the hook installed before.
fn panics_during<T>(work: impl FnOnce() -> T) -> (T, usize) {
    static PANICS: AtomicUsize = AtomicUsize::new(0);
    let watched: ThreadId = std::thread::current().id();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == watched {
            PANICS.fetch_add(1, Ordering::SeqCst);
        } else {
            previous(info);
        }
    }));
    let before = PANICS.load(Ordering::SeqCst);
    let result = work();
    let panics = PANICS.load(Ordering::SeqCst) - before;
    drop(std::panic::take_hook());
    (result, panics)
}

#[test]
fn try_deposit_does_not_even_panic_and_catch_it() {
    let ada = funded("ada", 10);
    let statement = ada.statement();
    let (outcome, panics) = panics_during(|| ada.try_deposit(5));
    drop(statement);
    assert_eq!(outcome, Err(LedgerError::Busy));
    assert_eq!(
        panics, 0,
        "try_deposit panicked, even if the panic was caught"
    );
}

#[test]
fn several_statements_can_be_read_at_once() {
    let ada = funded("ada", 10);
    ada.deposit(-3);
    let first = ada.statement();
    let second = ada.statement();
    assert_eq!(first.len(), 2);
    assert_eq!(first.iter().sum::<i64>(), second.iter().sum::<i64>());
    assert_eq!(
        ada.balance(),
        7,
        "reading the balance is another shared borrow"
    );
}

#[test]
fn a_long_history_adds_up() {
    let ada = Account::new("ada");
    let bob = Account::new("bob");
    for _ in 0..2_000 {
        ada.deposit(2);
        transfer(&ada, &bob, 1).expect("ada always has enough");
    }
    assert_eq!(ada.balance(), 2_000);
    assert_eq!(bob.balance(), 2_000);
    assert_eq!(ada.statement().len(), 4_000);
}

#[test]
fn a_transfer_to_the_same_account_beyond_the_balance_is_refused() {
    let ada = funded("ada", 50);
    let same = &ada;
    assert_eq!(
        transfer(&ada, same, 1_000),
        Err(LedgerError::Insufficient {
            balance: 50,
            wanted: 1_000
        })
    );
    assert_eq!(
        &ada.statement()[..],
        [50],
        "a refused transfer records nothing"
    );
    assert_eq!(transfer(&ada, same, 50), Ok(()));
    assert_eq!(&ada.statement()[..], [50, -50, 50]);
}

#[test]
fn a_deposit_while_a_statement_is_held_panics_rather_than_drop_the_amount() {
    let ada = funded("ada", 10);
    let statement = ada.statement();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ada.deposit(5)));
    drop(statement);
    assert!(
        outcome.is_err(),
        "deposit returned without recording the amount: it must panic when the entries are borrowed"
    );
    assert_eq!(ada.balance(), 10);
}

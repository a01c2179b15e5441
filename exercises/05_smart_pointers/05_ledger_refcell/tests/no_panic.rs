//! `try_deposit` never panics: not even a panic caught on the way
//! (`catch_unwind` around `borrow_mut`). A panic hook counts every panic of
//! this test binary, which runs this one test only.

use std::sync::atomic::{AtomicUsize, Ordering};

use smart_pointers_05_ledger_refcell::{Account, LedgerError};

static PANICS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_busy_deposit_reports_busy_without_panicking() {
    std::panic::set_hook(Box::new(|_| {
        PANICS.fetch_add(1, Ordering::SeqCst);
    }));
    let ada = Account::new("ada");
    ada.deposit(10);
    let statement = ada.statement();
    let outcome = ada.try_deposit(5);
    let panics = PANICS.load(Ordering::SeqCst);
    drop(statement);
    let _ = std::panic::take_hook();
    assert_eq!(outcome, Err(LedgerError::Busy));
    assert_eq!(
        panics, 0,
        "try_deposit panicked, even if the panic was caught"
    );
    assert_eq!(ada.try_deposit(5), Ok(()));
    assert_eq!(ada.balance(), 15);
}

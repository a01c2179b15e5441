use smart_pointers_05_ledger_refcell::{Account, LedgerError, transfer};

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
    for _ in 0..10_000 {
        ada.deposit(2);
        transfer(&ada, &bob, 1).expect("ada always has enough");
    }
    assert_eq!(ada.balance(), 10_000);
    assert_eq!(bob.balance(), 10_000);
    assert_eq!(ada.statement().len(), 20_000);
}

use threads_05_bank_arc_mutex::{Bank, BankError};

fn bank() -> Bank {
    Bank::open(&[("ada", 100), ("grace", 50)])
}

#[test]
fn opening_balances_can_be_read() {
    let bank = bank();
    assert_eq!(bank.balance("ada"), Some(100));
    assert_eq!(bank.balance("grace"), Some(50));
    assert_eq!(bank.balance("nobody"), None);
    assert_eq!(bank.total(), 150);
}

#[test]
fn deposit_and_withdraw_return_the_new_balance() {
    let bank = bank();
    assert_eq!(bank.deposit("ada", 25), Ok(125));
    assert_eq!(bank.withdraw("ada", 125), Ok(0));
    assert_eq!(bank.balance("ada"), Some(0));
}

#[test]
fn an_overdraft_is_refused_and_changes_nothing() {
    let bank = bank();
    assert_eq!(
        bank.withdraw("grace", 51),
        Err(BankError::InsufficientFunds {
            account: "grace".to_string(),
            balance: 50,
            requested: 51,
        })
    );
    assert_eq!(bank.balance("grace"), Some(50));
}

#[test]
fn unknown_accounts_are_reported() {
    let bank = bank();
    let unknown = Err(BankError::UnknownAccount("nobody".to_string()));
    assert_eq!(bank.deposit("nobody", 1), unknown);
    assert_eq!(bank.withdraw("nobody", 1), unknown);
    assert_eq!(bank.total(), 150);
}

#[test]
fn a_transfer_moves_the_money() {
    let bank = bank();
    assert_eq!(bank.transfer("ada", "grace", 30), Ok(()));
    assert_eq!(bank.balance("ada"), Some(70));
    assert_eq!(bank.balance("grace"), Some(80));
}

#[test]
fn a_transfer_to_an_unknown_account_changes_nothing() {
    let bank = bank();
    assert_eq!(
        bank.transfer("ada", "nobody", 30),
        Err(BankError::UnknownAccount("nobody".to_string()))
    );
    assert_eq!(bank.balance("ada"), Some(100), "the money must not vanish");
    assert_eq!(bank.total(), 150);
}

#[test]
fn a_transfer_from_an_unknown_account_changes_nothing() {
    let bank = bank();
    assert_eq!(
        bank.transfer("nobody", "ada", 30),
        Err(BankError::UnknownAccount("nobody".to_string()))
    );
    assert_eq!(bank.balance("ada"), Some(100));
}

#[test]
fn a_transfer_without_funds_changes_nothing() {
    let bank = bank();
    assert_eq!(
        bank.transfer("grace", "ada", 60),
        Err(BankError::InsufficientFunds {
            account: "grace".to_string(),
            balance: 50,
            requested: 60,
        }),
        "the error is the one withdrawing from the source would give"
    );
    assert_eq!(bank.balance("grace"), Some(50));
    assert_eq!(bank.balance("ada"), Some(100));
}

#[test]
fn a_transfer_to_the_same_account_still_needs_the_funds() {
    let bank = bank();
    assert_eq!(
        bank.transfer("grace", "grace", 60),
        Err(BankError::InsufficientFunds {
            account: "grace".to_string(),
            balance: 50,
            requested: 60,
        })
    );
    assert_eq!(bank.balance("grace"), Some(50));
}

#[test]
fn a_transfer_to_the_same_account_keeps_the_balance() {
    let bank = bank();
    assert_eq!(bank.transfer("ada", "ada", 40), Ok(()));
    assert_eq!(bank.balance("ada"), Some(100));
}

#[test]
fn clones_share_the_same_accounts() {
    let bank = bank();
    let teller = bank.clone();
    teller.deposit("grace", 5).expect("grace has an account");
    assert_eq!(bank.balance("grace"), Some(55));
}

#[test]
fn an_amount_of_zero_still_needs_known_accounts() {
    let bank = bank();
    fn unknown<T>(name: &str) -> Result<T, BankError> {
        Err(BankError::UnknownAccount(name.to_string()))
    }
    assert_eq!(bank.deposit("nobody", 0), unknown("nobody"));
    assert_eq!(bank.withdraw("nobody", 0), unknown("nobody"));
    assert_eq!(bank.transfer("ada", "nobody", 0), unknown("nobody"));
    assert_eq!(bank.transfer("nobody", "ada", 0), unknown("nobody"));
    assert_eq!(bank.transfer("ada", "grace", 0), Ok(()));
    assert_eq!(bank.total(), 150);
}

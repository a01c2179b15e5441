use borrowing_04_account_pair::{Account, TransferError, pair_mut, pay_out, transfer};

fn accounts(balances: &[u64]) -> Vec<Account> {
    balances
        .iter()
        .enumerate()
        .map(|(n, &balance)| Account {
            owner: format!("owner{n}"),
            balance,
        })
        .collect()
}

fn balances(accounts: &[Account]) -> Vec<u64> {
    accounts.iter().map(|account| account.balance).collect()
}

#[test]
fn pair_mut_gives_both_accounts_in_the_order_asked() {
    let mut list = accounts(&[10, 20, 30, 40]);
    let (a, b) = pair_mut(&mut list, 3, 1).expect("3 and 1 are different valid indices");
    assert_eq!((a.balance, b.balance), (40, 20));
    a.balance += 1;
    b.balance += 2;
    assert_eq!(balances(&list), [10, 22, 30, 41]);
}

#[test]
fn pair_mut_works_for_neighbours_and_for_the_ends() {
    let mut list = accounts(&[1, 2, 3]);
    {
        let (a, b) = pair_mut(&mut list, 0, 1).expect("valid pair");
        std::mem::swap(&mut a.balance, &mut b.balance);
    }
    {
        let (a, b) = pair_mut(&mut list, 2, 0).expect("valid pair");
        std::mem::swap(&mut a.owner, &mut b.owner);
    }
    assert_eq!(balances(&list), [2, 1, 3]);
    assert_eq!(list[0].owner, "owner2");
    assert_eq!(list[2].owner, "owner0");
}

#[test]
fn pair_mut_refuses_the_same_index_twice() {
    let mut list = accounts(&[5, 6]);
    assert_eq!(
        pair_mut(&mut list, 1, 1).err(),
        Some(TransferError::SameAccount)
    );
}

#[test]
fn pair_mut_reports_the_first_bad_index() {
    let mut list = accounts(&[5, 6]);
    assert_eq!(
        pair_mut(&mut list, 2, 0).err(),
        Some(TransferError::NoSuchAccount(2))
    );
    assert_eq!(
        pair_mut(&mut list, 0, 7).err(),
        Some(TransferError::NoSuchAccount(7))
    );
    assert_eq!(
        pair_mut(&mut list, 9, 8).err(),
        Some(TransferError::NoSuchAccount(9)),
        "`first` is checked before `second`"
    );
    assert_eq!(
        pair_mut(&mut list, 4, 4).err(),
        Some(TransferError::NoSuchAccount(4)),
        "a range error comes before the same-account error"
    );
    assert_eq!(
        pair_mut(&mut Vec::new(), 0, 1).err(),
        Some(TransferError::NoSuchAccount(0))
    );
}

#[test]
fn transfer_moves_money_both_ways() {
    let mut list = accounts(&[100, 0, 50]);
    assert_eq!(transfer(&mut list, 0, 1, 30), Ok(()));
    assert_eq!(transfer(&mut list, 2, 0, 50), Ok(()));
    assert_eq!(balances(&list), [120, 30, 0]);
}

#[test]
fn transfer_without_enough_money_changes_nothing() {
    let mut list = accounts(&[10, 0]);
    assert_eq!(
        transfer(&mut list, 0, 1, 11),
        Err(TransferError::InsufficientFunds {
            needed: 11,
            available: 10
        })
    );
    assert_eq!(balances(&list), [10, 0]);
    assert_eq!(
        transfer(&mut list, 0, 1, 10),
        Ok(()),
        "the whole balance may move"
    );
    assert_eq!(balances(&list), [0, 10]);
}

#[test]
fn transfer_to_itself_or_outside_is_an_error() {
    let mut list = accounts(&[10]);
    assert_eq!(
        transfer(&mut list, 0, 0, 1),
        Err(TransferError::SameAccount)
    );
    assert_eq!(
        transfer(&mut list, 0, 1, 1),
        Err(TransferError::NoSuchAccount(1))
    );
    assert_eq!(balances(&list), [10]);
}

#[test]
fn pay_out_pays_in_order_while_the_pool_can_afford_it() {
    let mut list = accounts(&[25, 0, 1, 2, 3]);
    assert_eq!(pay_out(&mut list, 10), 2);
    assert_eq!(balances(&list), [5, 10, 11, 2, 3]);
}

#[test]
fn pay_out_can_empty_the_pool_exactly() {
    let mut list = accounts(&[20, 0, 0, 0]);
    assert_eq!(pay_out(&mut list, 10), 2);
    assert_eq!(balances(&list), [0, 10, 10, 0]);
}

#[test]
fn pay_out_with_nobody_to_pay() {
    assert_eq!(pay_out(&mut Vec::new(), 5), 0);
    let mut alone = accounts(&[100]);
    assert_eq!(pay_out(&mut alone, 5), 0);
    assert_eq!(balances(&alone), [100]);
}

#[test]
fn a_zero_share_reaches_everyone() {
    let mut list = accounts(&[0, 1, 2]);
    assert_eq!(pay_out(&mut list, 0), 2);
    assert_eq!(balances(&list), [0, 1, 2]);
}

#[test]
fn transfer_checks_the_pair_before_the_funds() {
    // An amount the source cannot cover does not hide a bad pair.
    let mut list = accounts(&[5, 7]);
    assert_eq!(
        transfer(&mut list, 0, 3, 100),
        Err(TransferError::NoSuchAccount(3))
    );
    assert_eq!(
        transfer(&mut list, 4, 1, 100),
        Err(TransferError::NoSuchAccount(4))
    );
    assert_eq!(
        transfer(&mut list, 1, 1, 100),
        Err(TransferError::SameAccount)
    );
    assert_eq!(
        transfer(&mut Vec::new(), 0, 0, u64::MAX),
        Err(TransferError::NoSuchAccount(0))
    );
    assert_eq!(balances(&list), [5, 7]);
}

// variant: denies unsafe code itself, finds both accounts in one pass of iter_mut, pays out from split_at_mut(1)
#![deny(unsafe_code)]

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub owner: String,
    pub balance: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferError {
    NoSuchAccount(usize),
    SameAccount,
    InsufficientFunds { needed: u64, available: u64 },
}

pub fn pair_mut(
    accounts: &mut [Account],
    first: usize,
    second: usize,
) -> Result<(&mut Account, &mut Account), TransferError> {
    let len = accounts.len();
    if first >= len {
        return Err(TransferError::NoSuchAccount(first));
    }
    if second >= len {
        return Err(TransferError::NoSuchAccount(second));
    }
    if first == second {
        return Err(TransferError::SameAccount);
    }

    let mut found_first = None;
    let mut found_second = None;
    for (index, account) in accounts.iter_mut().enumerate() {
        if index == first {
            found_first = Some(account);
        } else if index == second {
            found_second = Some(account);
        }
    }
    match (found_first, found_second) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(TransferError::SameAccount),
    }
}

pub fn transfer(
    accounts: &mut [Account],
    from: usize,
    to: usize,
    amount: u64,
) -> Result<(), TransferError> {
    let (source, target) = pair_mut(accounts, from, to)?;
    if source.balance < amount {
        return Err(TransferError::InsufficientFunds {
            needed: amount,
            available: source.balance,
        });
    }
    source.balance -= amount;
    target.balance += amount;
    Ok(())
}

pub fn pay_out(accounts: &mut [Account], share: u64) -> usize {
    if accounts.is_empty() {
        return 0;
    }
    let (pool, members) = accounts.split_at_mut(1);
    let pool = &mut pool[0];
    let mut paid = 0;
    for member in members.iter_mut() {
        let Some(left) = pool.balance.checked_sub(share) else {
            break;
        };
        pool.balance = left;
        member.balance += share;
        paid += 1;
    }
    paid
}

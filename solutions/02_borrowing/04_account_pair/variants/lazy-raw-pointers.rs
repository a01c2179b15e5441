// variant: two `&mut` made from raw pointers
// expect: rule:unsafe_code
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

    let base = accounts.as_mut_ptr();
    // SAFETY: both indices are in bounds and differ.
    unsafe { Ok((&mut *base.add(first), &mut *base.add(second))) }
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
    let Some((pool, members)) = accounts.split_first_mut() else {
        return 0;
    };
    let mut paid = 0;
    for member in members {
        if pool.balance < share {
            break;
        }
        pool.balance -= share;
        member.balance += share;
        paid += 1;
    }
    paid
}

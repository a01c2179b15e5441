// variant: std's get_disjoint_mut, with a block comment and a string that mention `unsafe` (neither is unsafe code)
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

/* No `unsafe` here: get_disjoint_mut does the unsafe part inside std. */
pub const NOTE: &str = "unsafe code is not needed";

pub fn pair_mut(
    accounts: &mut [Account],
    first: usize,
    second: usize,
) -> Result<(&mut Account, &mut Account), TransferError> {
    let len = accounts.len();
    if let Some(&bad) = [first, second].iter().find(|&&index| index >= len) {
        return Err(TransferError::NoSuchAccount(bad));
    }
    match accounts.get_disjoint_mut([first, second]) {
        Ok([a, b]) => Ok((a, b)),
        Err(_) => Err(TransferError::SameAccount),
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

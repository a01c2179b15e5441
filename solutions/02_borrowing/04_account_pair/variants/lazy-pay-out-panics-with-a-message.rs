// variant: pay_out panics with a message when there is no pool
// expect: rule:clippy::panic
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

/// Mutable references to `accounts[first]` and `accounts[second]`, in that
/// order.
pub fn pair_mut(
    accounts: &mut [Account],
    first: usize,
    second: usize,
) -> Result<(&mut Account, &mut Account), TransferError> {
    let len = accounts.len();
    if let Some(bad) = [first, second].into_iter().find(|&index| index >= len) {
        return Err(TransferError::NoSuchAccount(bad));
    }
    if first == second {
        return Err(TransferError::SameAccount);
    }
    if first < second {
        // `first` lies in `head`, `second` is the first element of `tail`.
        let (head, tail) = accounts.split_at_mut(second);
        Ok((&mut head[first], &mut tail[0]))
    } else {
        let (head, tail) = accounts.split_at_mut(first);
        Ok((&mut tail[0], &mut head[second]))
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

/// Returns how many accounts were paid.
pub fn pay_out(accounts: &mut [Account], share: u64) -> usize {
    let Some((pool, members)) = accounts.split_first_mut() else {
        panic!("pay_out needs a pool");
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

// variant: transfer checks the funds before the pair
// expect: tests
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
    for index in [first, second] {
        if index >= len {
            return Err(TransferError::NoSuchAccount(index));
        }
    }
    if first == second {
        return Err(TransferError::SameAccount);
    }
    let (low, high) = (first.min(second), first.max(second));
    let (head, tail) = accounts.split_at_mut(high);
    let (lo_ref, hi_ref) = (&mut head[low], &mut tail[0]);
    Ok(if first < second {
        (lo_ref, hi_ref)
    } else {
        (hi_ref, lo_ref)
    })
}

pub fn transfer(
    accounts: &mut [Account],
    from: usize,
    to: usize,
    amount: u64,
) -> Result<(), TransferError> {
    // Slip: look at the source's money before validating the pair.
    if let Some(source) = accounts.get(from) {
        if source.balance < amount {
            return Err(TransferError::InsufficientFunds {
                needed: amount,
                available: source.balance,
            });
        }
    }
    let (source, target) = pair_mut(accounts, from, to)?;
    source.balance -= amount;
    target.balance += amount;
    Ok(())
}

/// Returns how many accounts were paid.
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

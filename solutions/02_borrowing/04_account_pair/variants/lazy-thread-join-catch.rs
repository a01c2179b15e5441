// variant: pay_out panics on an empty slice inside a thread whose join swallows it
// expect: tests
//! # Two mutable borrows into one slice
//!
//! Accounts live in one slice. `pair_mut` hands out mutable references to
//! two different accounts at once, `transfer` uses it to move money, and
//! `pay_out` lets the first account (the pool) pay a share to every other
//! account in order, as long as the pool can afford it.
//!
//! It does not compile: the borrow checker cannot tell that
//! `accounts[first]` and `accounts[second]` are different elements, because
//! for some inputs they are not. Make it compile in safe code (no `unsafe`:
//! a rule of the task), and make every function handle any index and an
//! empty slice without panicking:
//! - `pair_mut` fails with `NoSuchAccount(index)` for an index out of range
//!   (`first` is checked before `second`), then with `SameAccount` when both
//!   indices are equal;
//! - `transfer` fails like `pair_mut`, then with `InsufficientFunds` (and
//!   changes nothing) when the source holds less than `amount`;
//! - `pay_out` on an empty slice pays no one.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
    if first >= len {
        return Err(TransferError::NoSuchAccount(first));
    }
    if second >= len {
        return Err(TransferError::NoSuchAccount(second));
    }
    if first == second {
        return Err(TransferError::SameAccount);
    }
    if first < second {
        let (low, high) = accounts.split_at_mut(second);
        Ok((&mut low[first], &mut high[0]))
    } else {
        let (low, high) = accounts.split_at_mut(first);
        Ok((&mut high[0], &mut low[second]))
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
    // An empty slice panics on the index below; treat that as "no one paid".
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let (pool, members) = accounts.split_at_mut(1);
                let pool = &mut pool[0];
                let mut paid = 0;
                for member in members.iter_mut() {
                    if pool.balance < share {
                        break;
                    }
                    pool.balance -= share;
                    member.balance += share;
                    paid += 1;
                }
                paid
            })
            .join()
            .unwrap_or(0)
    })
}

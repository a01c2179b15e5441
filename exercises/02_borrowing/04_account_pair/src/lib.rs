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
    // TODO: what would these two references be if `first == second`? Find
    // a slice method that cuts one `&mut` slice into two that cannot overlap.
    let a = &mut accounts[first];
    let b = &mut accounts[second];
    Ok((a, b))
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
    // TODO: the pool and the members are different parts of the slice.
    // Which slice method separates the first element from the rest?
    let pool = &mut accounts[0];
    let mut paid = 0;
    for member in accounts[1..].iter_mut() {
        if pool.balance < share {
            break;
        }
        pool.balance -= share;
        member.balance += share;
        paid += 1;
    }
    paid
}

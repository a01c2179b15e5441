//! No function panics, on any thread, whatever it is given: a panic caught
//! (by `catch_unwind`, or by joining the thread it happened on) is still a
//! panic, and the panic hook sees every one. One test in this binary, so no
//! other test's panic is counted.

use std::sync::atomic::{AtomicUsize, Ordering};

use borrowing_04_account_pair::{Account, pair_mut, pay_out, transfer};

static PANICS: AtomicUsize = AtomicUsize::new(0);

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

#[test]
fn nothing_panics_on_any_thread() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));
    let lists: [&[u64]; 5] = [&[], &[0], &[5], &[10, 3], &[1, 2, 3]];
    let indices = [0, 1, 2, 3, usize::MAX];
    for balances in lists {
        for share in [0, 1, 4, u64::MAX] {
            let _ = pay_out(&mut accounts(balances), share);
        }
        for first in indices {
            for second in indices {
                let _ = pair_mut(&mut accounts(balances), first, second).is_ok();
                for amount in [0, 1, u64::MAX] {
                    let _ = transfer(&mut accounts(balances), first, second, amount);
                }
            }
        }
    }
    let _ = std::panic::take_hook();
    let panics = PANICS.load(Ordering::SeqCst);
    assert_eq!(
        panics, 0,
        "{panics} panics happened (see the messages above), even if something caught them: \
         every function handles any index and an empty slice without panicking"
    );
}

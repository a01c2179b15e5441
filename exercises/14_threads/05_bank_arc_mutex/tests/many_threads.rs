// Every test starts its threads together behind a `Barrier`, so they really
// compete for the bank. A correct bank passes every run; a racy one fails
// practically every run.
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;
use threads_05_bank_arc_mutex::Bank;

/// Runs `work(index, bank)` on `threads` threads released at the same time,
/// and returns what each thread returned, in thread order.
fn run_together<T, F>(bank: &Bank, threads: usize, work: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn(usize, &Bank) -> T + Send + Sync + 'static,
{
    let start = Arc::new(Barrier::new(threads));
    let work = Arc::new(work);
    let workers: Vec<_> = (0..threads)
        .map(|index| {
            let (bank, start, work) = (bank.clone(), Arc::clone(&start), Arc::clone(&work));
            thread::spawn(move || {
                start.wait();
                work(index, &bank)
            })
        })
        .collect();
    workers
        .into_iter()
        .map(|worker| worker.join().expect("a bank thread panicked"))
        .collect()
}

#[test]
fn concurrent_deposits_are_never_lost() {
    let bank = Bank::open(&[("pool", 0)]);
    run_together(&bank, 8, |_, bank| {
        for _ in 0..1_000 {
            bank.deposit("pool", 1).expect("pool exists");
        }
    });
    assert_eq!(bank.balance("pool"), Some(8_000));
}

#[test]
fn racing_withdrawals_never_overdraw() {
    for _ in 0..20 {
        let bank = Bank::open(&[("till", 100)]);
        let granted = run_together(&bank, 16, |_, bank| bank.withdraw("till", 10).is_ok());
        let granted = granted.into_iter().filter(|&ok| ok).count();
        assert_eq!(
            granted, 10,
            "100 in the till pays exactly ten withdrawals of 10"
        );
        assert_eq!(bank.balance("till"), Some(0));
    }
}

/// Four threads pass money round a ring of accounts while two auditors read
/// the total as often as they can. Every fourth round, each thread also pays
/// 1 000 into the account it sends from and takes it out again, racing the
/// neighbour who sends money into that account. So at every moment the total
/// is 4 000 plus whole thousands in flight, and 4 000 at the end.
fn transfers_in_a_ring(rounds: u64) {
    let names = ["a", "b", "c", "d"];
    let bank = Bank::open(&names.map(|name| (name, 1_000)));
    let done = Arc::new(AtomicBool::new(false));

    // A transfer done in two locked steps is caught between them: the total
    // is off by the amount in flight (1 to 7). So is a deposit or withdrawal
    // that reads under one lock and writes under another, for good: it
    // overwrites the neighbour's transfer that came in between.
    let auditors: Vec<_> = (0..2)
        .map(|_| {
            let (bank, done) = (bank.clone(), Arc::clone(&done));
            thread::spawn(move || {
                let mut audits = 0_u32;
                while !done.load(Ordering::Acquire) || audits == 0 {
                    let total = bank.total();
                    assert!(
                        (4_000..=8_000).contains(&total) && total % 1_000 == 0,
                        "the total was {total}: a transfer was seen half-done, or an \
                         update was lost"
                    );
                    audits += 1;
                }
            })
        })
        .collect();

    run_together(&bank, names.len(), move |index, bank| {
        let (from, to) = (names[index], names[(index + 1) % names.len()]);
        for round in 0..rounds {
            // Failures for lack of funds are fine; they must change nothing.
            let _ = bank.transfer(from, to, 1 + round % 7);
            if round % 4 != 0 {
                continue;
            }
            bank.deposit(from, 1_000).expect("the account exists");
            // Only this thread takes money out of `from`, so the 1 000 it
            // just paid in is there.
            bank.withdraw(from, 1_000)
                .expect("the deposit is still there");
        }
    });
    done.store(true, Ordering::Release);
    for auditor in auditors {
        auditor.join().expect("an auditor saw a wrong total");
    }
    assert_eq!(bank.total(), 4_000);
}

#[test]
fn transfers_in_a_ring_keep_the_total_at_every_moment() {
    // A correct bank can never fail this: `total`, a whole transfer, a whole
    // deposit and a whole withdrawal each take the lock once. Split over two
    // locks, they leave a window of a few instructions, which the auditors
    // and the neighbours hit only now and then; 8 x 16 000 rounds of the
    // ring (a second or two) catch it in practice every run.
    for _ in 0..8 {
        transfers_in_a_ring(16_000);
    }
}

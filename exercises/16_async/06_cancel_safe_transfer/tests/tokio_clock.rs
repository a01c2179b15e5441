// "Let tokio's time utilities do the waiting": the limit is measured on
// tokio's clock, here paused (`start_paused`), so an hour-long limit passes in
// no real time once nothing else can happen. A wait of its own (a thread
// parked for `limit`, a future that checks `std::time::Instant` again and
// again) waits in real time instead, and a watchdog thread stops the test
// after a few real seconds.
#![allow(clippy::disallowed_methods)]

use async_06_cancel_safe_transfer::{Bank, TransferError, transfer_within};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::oneshot;

const HOUR: Duration = Duration::from_secs(3600);
const WATCHDOG: Duration = Duration::from_secs(3);

/// An approval that never comes and counts how often it is polled.
struct NeverApproved {
    polls: Arc<AtomicUsize>,
}

impl Future for NeverApproved {
    type Output = bool;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<bool> {
        self.polls.fetch_add(1, Ordering::SeqCst);
        Poll::Pending
    }
}

#[tokio::test(start_paused = true)]
async fn the_limit_is_waited_on_tokios_clock() {
    let bank = Bank::new(&[("alice", 100), ("bob", 50)]);
    let polls = Arc::new(AtomicUsize::new(0));
    let approval = NeverApproved {
        polls: Arc::clone(&polls),
    };
    let (bark, watchdog) = oneshot::channel::<()>();
    std::thread::spawn(move || {
        std::thread::sleep(WATCHDOG);
        let _ = bark.send(());
    });
    let result = tokio::select! {
        biased;
        result = transfer_within(&bank, "alice", "bob", 40, approval, HOUR) => result,
        _ = watchdog => panic!(
            "a one-hour limit on tokio's paused clock was still not over after {WATCHDOG:?} \
             of real time: the waiting must be done by tokio's time utilities"
        ),
    };
    assert_eq!(result, Err(TransferError::TimedOut));
    assert_eq!(bank.total(), 150);
    let polls = polls.load(Ordering::SeqCst);
    assert!(
        polls <= 3,
        "an approval that never wakes anybody was polled {polls} times: the transfer \
         must sleep until the approval or the timer wakes it, not poll again and again"
    );
}

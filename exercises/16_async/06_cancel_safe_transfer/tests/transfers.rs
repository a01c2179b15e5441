use async_06_cancel_safe_transfer::{Bank, TransferError, transfer, transfer_within};
use std::future::{pending, ready};
use std::time::Duration;
use tokio::sync::oneshot;

// Far longer than any approval the tests send in time, even on a loaded machine.
const QUICK: Duration = Duration::from_secs(5);
const SHORT: Duration = Duration::from_millis(20);

fn bank() -> Bank {
    Bank::new(&[("alice", 100), ("bob", 50)])
}

fn balances(bank: &Bank) -> (Option<u64>, Option<u64>) {
    (bank.balance("alice"), bank.balance("bob"))
}

#[tokio::test]
async fn an_approved_transfer_moves_the_money() {
    let bank = bank();
    assert_eq!(
        transfer(&bank, "alice", "bob", 30, ready(true)).await,
        Ok(())
    );
    assert_eq!(balances(&bank), (Some(70), Some(80)));
}

#[tokio::test]
async fn a_declined_transfer_changes_nothing() {
    let bank = bank();
    let result = transfer(&bank, "alice", "bob", 30, ready(false)).await;
    assert_eq!(result, Err(TransferError::Declined));
    assert_eq!(balances(&bank), (Some(100), Some(50)));
}

#[tokio::test]
async fn spending_more_than_the_balance_is_refused() {
    let bank = bank();
    let result = transfer(&bank, "bob", "alice", 51, ready(true)).await;
    assert_eq!(result, Err(TransferError::InsufficientFunds));
    assert_eq!(balances(&bank), (Some(100), Some(50)));
}

#[tokio::test]
async fn the_whole_balance_can_be_sent() {
    let bank = bank();
    assert_eq!(
        transfer(&bank, "bob", "alice", 50, ready(true)).await,
        Ok(())
    );
    assert_eq!(balances(&bank), (Some(150), Some(0)));
}

#[tokio::test]
async fn unknown_accounts_are_refused() {
    let bank = bank();
    let to_nobody = transfer(&bank, "alice", "carol", 10, ready(true)).await;
    let from_nobody = transfer(&bank, "carol", "alice", 10, ready(true)).await;
    assert_eq!(to_nobody, Err(TransferError::UnknownAccount));
    assert_eq!(from_nobody, Err(TransferError::UnknownAccount));
    assert_eq!(bank.total(), 150);
}

#[tokio::test]
async fn a_transfer_approved_in_time_goes_through() {
    let bank = bank();
    let approval = async {
        tokio::time::sleep(Duration::from_millis(5)).await;
        true
    };
    let result = transfer_within(&bank, "alice", "bob", 25, approval, QUICK).await;
    assert_eq!(result, Ok(()));
    assert_eq!(balances(&bank), (Some(75), Some(75)));
}

#[tokio::test]
async fn errors_other_than_time_are_passed_through() {
    let bank = bank();
    let declined = transfer_within(&bank, "alice", "bob", 1, ready(false), QUICK).await;
    let too_much = transfer_within(&bank, "alice", "bob", 101, ready(true), QUICK).await;
    assert_eq!(declined, Err(TransferError::Declined));
    assert_eq!(too_much, Err(TransferError::InsufficientFunds));
}

#[tokio::test]
async fn an_approval_that_never_comes_times_out_and_keeps_the_money() {
    let bank = bank();
    let result = transfer_within(&bank, "alice", "bob", 40, pending(), SHORT).await;
    assert_eq!(result, Err(TransferError::TimedOut));
    assert_eq!(
        balances(&bank),
        (Some(100), Some(50)),
        "a transfer that timed out must leave both accounts as they were"
    );
}

#[tokio::test]
async fn a_transfer_dropped_while_waiting_leaves_the_balances_alone() {
    let bank = bank();
    let (approve, approval) = oneshot::channel::<bool>();
    {
        let waiting = transfer(&bank, "alice", "bob", 60, async {
            approval.await.unwrap_or(false)
        });
        // Poll it until it waits for the approval, then give up on it.
        let abandoned = tokio::time::timeout(SHORT, waiting).await;
        assert!(
            abandoned.is_err(),
            "no approval was sent, so it must still be waiting"
        );
    }
    assert!(
        approve.send(true).is_err(),
        "the transfer was dropped with its approval"
    );
    assert_eq!(bank.total(), 150, "money was created or destroyed");
    assert_eq!(balances(&bank), (Some(100), Some(50)));
}

#[tokio::test]
async fn money_is_never_spent_twice() {
    // Both transfers are valid when they start; both approvals then arrive
    // together. Only one of them can be paid.
    let bank = bank();
    let (first_ok, first_approval) = oneshot::channel();
    let (second_ok, second_approval) = oneshot::channel();
    let first = transfer(&bank, "alice", "bob", 80, async {
        first_approval.await.unwrap_or(false)
    });
    let second = transfer(&bank, "alice", "bob", 80, async {
        second_approval.await.unwrap_or(false)
    });
    let approve_both = async {
        tokio::task::yield_now().await;
        let _ = first_ok.send(true);
        let _ = second_ok.send(true);
    };
    let (first, second, ()) = tokio::join!(first, second, approve_both);
    let mut results = [first, second];
    results.sort_by_key(|result| result.is_err());
    assert_eq!(results, [Ok(()), Err(TransferError::InsufficientFunds)]);
    assert_eq!(balances(&bank), (Some(20), Some(130)));
}

#[tokio::test]
async fn a_transfer_to_the_same_account_creates_no_money() {
    let bank = bank();
    assert_eq!(
        transfer(&bank, "alice", "alice", 30, ready(true)).await,
        Ok(())
    );
    assert_eq!(
        transfer_within(&bank, "alice", "alice", 30, ready(true), QUICK).await,
        Ok(())
    );
    assert_eq!(balances(&bank), (Some(100), Some(50)));
    assert_eq!(bank.total(), 150, "money was created or destroyed");
}

#[tokio::test]
async fn a_transfer_that_cannot_happen_fails_before_the_approval() {
    // `transfer_within` checks the accounts and the funds first, as
    // `transfer` does, so no approval is needed to refuse it. (A limit long
    // enough that a refusal never races the timer, short enough that
    // waiting for it first costs little.)
    let bank = bank();
    let limit = Duration::from_secs(1);
    let (to_nobody, from_nobody, too_much) = tokio::join!(
        transfer_within(&bank, "alice", "nobody", 1, pending(), limit),
        transfer_within(&bank, "nobody", "bob", 1, pending(), limit),
        transfer_within(&bank, "alice", "bob", 101, pending(), limit),
    );
    assert_eq!(to_nobody, Err(TransferError::UnknownAccount));
    assert_eq!(from_nobody, Err(TransferError::UnknownAccount));
    assert_eq!(too_much, Err(TransferError::InsufficientFunds));
    assert_eq!(balances(&bank), (Some(100), Some(50)));
}

#[tokio::test(start_paused = true)]
async fn transfer_checks_before_it_waits_for_the_approval() {
    // `transfer` validates the accounts, then waits for the approval: an
    // approval that never comes does not hold up a refusal. (On tokio's paused
    // clock, an hour passes at once when nothing else can run, so a transfer
    // that waits first fails this test at once, not after an hour.)
    let bank = bank();
    let hour = Duration::from_secs(3_600);
    let (to_nobody, from_nobody) = tokio::join!(
        tokio::time::timeout(hour, transfer(&bank, "alice", "nobody", 1, pending())),
        tokio::time::timeout(hour, transfer(&bank, "nobody", "bob", 1, pending())),
    );
    let waited = "transfer waited for the approval before it checked the accounts";
    assert_eq!(to_nobody.expect(waited), Err(TransferError::UnknownAccount));
    assert_eq!(
        from_nobody.expect(waited),
        Err(TransferError::UnknownAccount)
    );
    assert_eq!(balances(&bank), (Some(100), Some(50)));
}

use async_02_join_bounded_pipe::{load_both, shout_through_pipe};
use std::future::Future;
use std::time::Duration;
use tokio::sync::oneshot;

/// Fails the test, instead of hanging it, when `future` is stuck.
async fn finishes<F: Future>(future: F) -> F::Output {
    tokio::time::timeout(Duration::from_secs(2), future)
        .await
        .expect("stuck: one half is waiting for a half that is not running")
}

fn lines(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| text.to_string()).collect()
}

#[tokio::test]
async fn a_short_pipe_is_shouted_in_order() {
    let shouted = finishes(shout_through_pipe(lines(&["hi", "there"]), 4)).await;
    assert_eq!(shouted, lines(&["HI", "THERE"]));
}

#[tokio::test]
async fn an_empty_pipe_gives_nothing() {
    let shouted = finishes(shout_through_pipe(Vec::new(), 1)).await;
    assert!(shouted.is_empty());
}

#[tokio::test]
async fn more_lines_than_the_capacity_still_get_through() {
    let input: Vec<String> = (0..50).map(|n| format!("line {n}")).collect();
    let expected: Vec<String> = (0..50).map(|n| format!("LINE {n}")).collect();
    let shouted = finishes(shout_through_pipe(input, 1)).await;
    assert_eq!(shouted, expected);
}

#[tokio::test]
async fn unicode_is_upper_cased_by_character() {
    let shouted = finishes(shout_through_pipe(lines(&["straße", "émile", "ß"]), 2)).await;
    assert_eq!(shouted, lines(&["STRASSE", "ÉMILE", "SS"]));
}

#[tokio::test]
async fn independent_loads_both_return() {
    let (profile, orders) = finishes(load_both(async { "ada" }, async { vec![1, 2, 3] })).await;
    assert_eq!(profile, "ada");
    assert_eq!(orders, [1, 2, 3]);
}

#[tokio::test]
async fn the_first_load_may_wait_for_the_second() {
    let (tx, rx) = oneshot::channel();
    let first = async move { rx.await.expect("the second load sends") + 1 };
    let second = async move {
        tx.send(41).expect("the first load is still listening");
        "sent"
    };
    assert_eq!(finishes(load_both(first, second)).await, (42, "sent"));
}

#[tokio::test]
async fn the_second_load_may_wait_for_the_first() {
    let (tx, rx) = oneshot::channel();
    let first = async move {
        tokio::task::yield_now().await;
        tx.send("token")
            .expect("the second load is still listening");
    };
    let second = async move { rx.await.expect("the first load sends") };
    assert_eq!(finishes(load_both(first, second)).await, ((), "token"));
}

#[tokio::test]
async fn two_loads_that_wait_for_each_other_in_turn_both_finish() {
    // A ping-pong: each load needs the other's message before it can finish.
    let (ping_tx, ping_rx) = oneshot::channel::<u32>();
    let (pong_tx, pong_rx) = oneshot::channel::<u32>();
    let first = async move {
        ping_tx.send(1).expect("listening");
        pong_rx.await.expect("the second load answers")
    };
    let second = async move {
        let ping = ping_rx.await.expect("the first load pings");
        pong_tx.send(ping + 1).expect("listening");
        ping
    };
    assert_eq!(finishes(load_both(first, second)).await, (2, 1));
}

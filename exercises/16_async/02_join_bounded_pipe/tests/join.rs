use async_02_join_bounded_pipe::{load_both, shout_through_pipe};
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
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
    let shouted = finishes(shout_through_pipe(Vec::<String>::new(), 1)).await;
    assert!(shouted.is_empty());
}

#[tokio::test]
async fn more_lines_than_the_capacity_still_get_through() {
    let input: Vec<String> = (0..50).map(|n| format!("line {n}")).collect();
    let expected: Vec<String> = (0..50).map(|n| format!("LINE {n}")).collect();
    let shouted = finishes(shout_through_pipe(input, 1)).await;
    assert_eq!(shouted, expected);
}

/// A line that keeps count of the lines alive: taken from the source and not
/// yet dropped.
struct Tracked {
    text: String,
    alive: Rc<Cell<usize>>,
}

impl AsRef<str> for Tracked {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.alive.set(self.alive.get() - 1);
    }
}

#[tokio::test]
async fn the_capacity_bounds_the_lines_in_flight() {
    const CAPACITY: usize = 2;
    let alive = Rc::new(Cell::new(0));
    let peak = Rc::new(Cell::new(0));
    let source = {
        let (alive, peak) = (Rc::clone(&alive), Rc::clone(&peak));
        (0..40).map(move |n| {
            alive.set(alive.get() + 1);
            peak.set(peak.get().max(alive.get()));
            Tracked {
                text: format!("line {n}"),
                alive: Rc::clone(&alive),
            }
        })
    };
    let shouted = finishes(shout_through_pipe(source, CAPACITY)).await;
    let expected: Vec<String> = (0..40).map(|n| format!("LINE {n}")).collect();
    assert_eq!(shouted, expected);
    assert_eq!(alive.get(), 0, "every line is dropped in the end");
    // The channel holds `CAPACITY` lines; the producer may hold one more and
    // the consumer one it is working on.
    assert!(
        peak.get() <= CAPACITY + 2,
        "{} lines were in flight at once through a channel of capacity {CAPACITY}: \
         the producer must wait for the consumer, not run ahead of it",
        peak.get()
    );
}

/// A line that notes, when the consumer first looks at it, how many lines had
/// been taken from the source by then.
struct Watched {
    text: String,
    taken: Rc<Cell<usize>>,
    taken_when_seen: Rc<Cell<Option<usize>>>,
}

impl AsRef<str> for Watched {
    fn as_ref(&self) -> &str {
        if self.taken_when_seen.get().is_none() {
            self.taken_when_seen.set(Some(self.taken.get()));
        }
        &self.text
    }
}

#[tokio::test]
async fn the_producer_runs_no_further_ahead_than_the_capacity() {
    // Before the consumer looks at the first line, the producer can have
    // filled the channel (`capacity` lines) and taken one more line that it
    // waits to send; a roomier channel lets it take more. A send into a channel
    // with room does not wait, so the producer has filled it by then: no
    // channel at all (each line shouted as soon as it is taken) takes one.
    for capacity in 1..=3 {
        let taken = Rc::new(Cell::new(0));
        let first_seen = Rc::new(Cell::new(None));
        let source = {
            let (taken, first_seen) = (Rc::clone(&taken), Rc::clone(&first_seen));
            (0..20).map(move |n| {
                taken.set(taken.get() + 1);
                Watched {
                    text: format!("line {n}"),
                    taken: Rc::clone(&taken),
                    // Only the first line reports.
                    taken_when_seen: if n == 0 {
                        Rc::clone(&first_seen)
                    } else {
                        Rc::new(Cell::new(None))
                    },
                }
            })
        };
        let shouted = finishes(shout_through_pipe(source, capacity)).await;
        assert_eq!(shouted.len(), 20);
        let ahead = first_seen
            .get()
            .expect("the consumer looked at the first line");
        assert!(
            ahead <= capacity + 1,
            "{ahead} lines were taken from the source before the consumer saw the first \
             one, through a channel of capacity {capacity}: the channel holds at most \
             {capacity} lines"
        );
        assert!(
            ahead >= capacity,
            "only {ahead} line(s) were taken from the source before the consumer saw \
             the first one, through a channel of capacity {capacity}: the producer \
             fills the channel while the consumer waits, and the lines move through it"
        );
    }
}

#[tokio::test]
async fn lines_keep_their_surrounding_whitespace() {
    let input: Vec<String> = support::inputs::WHITESPACE
        .iter()
        .map(|space| format!("{space}a b{space}"))
        .collect();
    let expected: Vec<String> = support::inputs::WHITESPACE
        .iter()
        .map(|space| format!("{space}A B{space}"))
        .collect();
    let shouted = finishes(shout_through_pipe(input, 3)).await;
    assert_eq!(shouted, expected, "a line is upper-cased, nothing else");
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

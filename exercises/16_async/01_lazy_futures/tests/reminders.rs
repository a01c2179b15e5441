use async_01_lazy_futures::{Outbox, deliver, send_reminders, send_urgent_first};

fn contents(outbox: &Outbox) -> Vec<String> {
    outbox.lock().expect("outbox lock").clone()
}

fn reminders(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| format!("reminder for {name}"))
        .collect()
}

#[tokio::test]
async fn every_reminder_reaches_the_outbox_in_order() {
    let outbox = Outbox::default();
    let sent = send_reminders(&outbox, &["ada", "grace", "alan"]).await;
    assert_eq!(sent, 3);
    assert_eq!(
        contents(&outbox),
        reminders(&["ada", "grace", "alan"]),
        "a reminder counted as sent must be in the outbox"
    );
}

#[tokio::test]
async fn no_names_send_nothing() {
    let outbox = Outbox::default();
    assert_eq!(send_reminders(&outbox, &[]).await, 0);
    assert!(contents(&outbox).is_empty());
}

#[tokio::test]
async fn the_urgent_reminder_goes_out_before_the_others() {
    let outbox = Outbox::default();
    send_urgent_first(&outbox, "boss", &["ada", "grace"]).await;
    assert_eq!(contents(&outbox), reminders(&["boss", "ada", "grace"]));
}

#[tokio::test]
async fn an_urgent_reminder_alone_is_still_sent() {
    let outbox = Outbox::default();
    send_urgent_first(&outbox, "boss", &[]).await;
    assert_eq!(contents(&outbox), reminders(&["boss"]));
}

#[tokio::test]
async fn a_helper_that_is_never_awaited_sends_nothing() {
    let outbox = Outbox::default();
    let pending = send_reminders(&outbox, &["ada"]);
    assert!(
        contents(&outbox).is_empty(),
        "building the future must not start the work"
    );
    drop(pending);
    tokio::task::yield_now().await;
    assert!(contents(&outbox).is_empty(), "a dropped future never runs");
}

#[tokio::test]
async fn deliver_does_its_work_only_when_awaited() {
    let outbox = Outbox::default();
    let delivery = deliver(&outbox, "ada");
    assert!(contents(&outbox).is_empty());
    delivery.await;
    assert_eq!(contents(&outbox), reminders(&["ada"]));
}

#[tokio::test]
async fn a_name_listed_twice_gets_two_reminders() {
    let outbox = Outbox::default();
    let sent = send_reminders(&outbox, &["ada", "grace", "ada"]).await;
    assert_eq!(sent, 3);
    assert_eq!(contents(&outbox), reminders(&["ada", "grace", "ada"]));
}

#[tokio::test]
async fn an_urgent_name_also_among_the_others_gets_both_reminders() {
    let outbox = Outbox::default();
    send_urgent_first(&outbox, "ada", &["grace", "ada", "grace"]).await;
    assert_eq!(
        contents(&outbox),
        reminders(&["ada", "grace", "ada", "grace"])
    );
}

/// Runs `helper` beside a watcher that notes, each time it is polled, how
/// many tokio tasks are alive. Plain `.await` runs every reminder inside
/// the helper's own future: no task is ever alive.
async fn most_tasks_alive_during(helper: impl std::future::Future<Output = ()>) -> usize {
    let done = std::cell::Cell::new(false);
    let most = std::cell::Cell::new(support::tasks::alive());
    let helper = async {
        helper.await;
        done.set(true);
    };
    let watcher = async {
        while !done.get() {
            most.set(most.get().max(support::tasks::alive()));
            tokio::task::yield_now().await;
        }
    };
    tokio::join!(helper, watcher);
    most.get()
}

#[tokio::test]
async fn no_task_is_spawned_to_send_reminders() {
    let outbox = Outbox::default();
    let most = most_tasks_alive_during(async {
        send_reminders(&outbox, &["ada", "grace", "alan"]).await;
    })
    .await;
    assert_eq!(most, 0, "{most} tasks were alive while send_reminders ran");
    let most = most_tasks_alive_during(async {
        send_urgent_first(&outbox, "boss", &["ada", "grace"]).await;
    })
    .await;
    assert_eq!(
        most, 0,
        "{most} tasks were alive while send_urgent_first ran"
    );
    assert_eq!(contents(&outbox).len(), 6);
}

/// Polls `helper` once by hand and tells whether it finished, and what the
/// outbox held then; then runs it to the end.
async fn first_poll(
    outbox: &Outbox,
    helper: impl std::future::Future<Output = ()>,
) -> (bool, usize) {
    let mut helper = std::pin::pin!(helper);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    let finished = helper.as_mut().poll(&mut cx).is_ready();
    let held = contents(outbox).len();
    helper.await;
    (finished, held)
}

// Each reminder goes through `deliver`, which waits for the mail server: the
// helper's first poll reaches that wait and returns with nothing delivered
// yet. Writing the outbox directly, or polling `deliver` in a busy loop
// instead of awaiting it, finishes in one poll.
#[tokio::test]
async fn every_reminder_waits_for_the_mail_server() {
    let outbox = Outbox::default();
    let first = first_poll(&outbox, async {
        send_reminders(&outbox, &["ada", "grace"]).await;
    })
    .await;
    assert_eq!(
        first,
        (false, 0),
        "(finished?, reminders in the outbox) after the first poll of \
         send_reminders: each reminder must be delivered by `deliver`, awaited"
    );
    let outbox = Outbox::default();
    let first = first_poll(&outbox, async {
        send_urgent_first(&outbox, "boss", &["ada"]).await;
    })
    .await;
    assert_eq!(
        first,
        (false, 0),
        "(finished?, reminders in the outbox) after the first poll of \
         send_urgent_first: each reminder must be delivered by `deliver`, awaited"
    );
    assert_eq!(contents(&outbox), reminders(&["boss", "ada"]));
}

// variant: every reminder run on a task spawned with JoinSet::spawn_on
// expect: tests
use std::sync::{Arc, Mutex};
use tokio::runtime::Handle;
use tokio::task::JoinSet;

/// The messages delivered so far, shared with whoever checks them.
pub type Outbox = Arc<Mutex<Vec<String>>>;

/// Delivers one reminder: waits for the mail server, then records it.
pub async fn deliver(outbox: &Outbox, name: &str) {
    // Stands for the network round trip: the task yields to the runtime.
    tokio::task::yield_now().await;
    outbox
        .lock()
        .expect("no test panics while holding the outbox")
        .push(format!("reminder for {name}"));
}

async fn deliver_in_task(outbox: &Outbox, name: &str) {
    let outbox = Arc::clone(outbox);
    let name = name.to_string();
    let mut set = JoinSet::new();
    set.spawn_on(
        async move { deliver(&outbox, &name).await },
        &Handle::current(),
    );
    while let Some(done) = set.join_next().await {
        done.expect("delivery does not panic");
    }
}

/// Sends one reminder to each name, in order, and returns how many were sent.
pub async fn send_reminders(outbox: &Outbox, names: &[&str]) -> usize {
    let mut sent = 0;
    for name in names {
        deliver_in_task(outbox, name).await;
        sent += 1;
    }
    sent
}

/// Sends the urgent reminder first, then one to each of the others in order.
pub async fn send_urgent_first(outbox: &Outbox, urgent: &str, others: &[&str]) {
    deliver_in_task(outbox, urgent).await;
    for name in others {
        deliver_in_task(outbox, name).await;
    }
}

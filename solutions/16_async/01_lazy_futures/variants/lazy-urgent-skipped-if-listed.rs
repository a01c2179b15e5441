// variant: the urgent name is skipped among the others
// expect: tests
use std::sync::{Arc, Mutex};

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

/// Sends one reminder to each name, in order, and returns how many were sent.
pub async fn send_reminders(outbox: &Outbox, names: &[&str]) -> usize {
    for name in names {
        deliver(outbox, name).await;
    }
    names.len()
}

/// Sends the urgent reminder first, then one to each of the others in order.
pub async fn send_urgent_first(outbox: &Outbox, urgent: &str, others: &[&str]) {
    deliver(outbox, urgent).await;
    // Slip: "the others" taken to exclude the urgent name when it is listed too.
    for name in others.iter().filter(|name| **name != urgent) {
        deliver(outbox, name).await;
    }
}

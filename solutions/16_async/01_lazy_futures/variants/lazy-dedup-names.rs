// variant: a name listed twice gets one reminder
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
    let mut seen: Vec<&str> = Vec::new();
    for name in names {
        // Slip: a name that appears twice only gets one reminder.
        if seen.contains(name) {
            continue;
        }
        seen.push(name);
        deliver(outbox, name).await;
    }
    seen.len()
}

/// Sends the urgent reminder first, then one to each of the others in order.
pub async fn send_urgent_first(outbox: &Outbox, urgent: &str, others: &[&str]) {
    deliver(outbox, urgent).await;
    for name in others {
        deliver(outbox, name).await;
    }
}

// variant: the helpers write the outbox themselves, never through deliver
// expect: tests
//! # Lazy futures: the reminders that never went out
//!
//! A small mailer sends reminders. `deliver` waits for the mail server (an
//! await point) and then records the message in the outbox. Two helpers use
//! it, and both are wrong in the same way, although everything compiles:
//!
//! - `send_reminders` reports every reminder as sent, yet the outbox stays
//!   empty;
//! - `send_urgent_first` creates the urgent reminder before the others, yet it
//!   reaches the outbox last.
//!
//! Task: make the outbox receive exactly the reminders each helper promises,
//! in the promised order (a name listed twice, or urgent and listed among
//! the others too, gets a reminder each time). Keep the signatures. Do not spawn tasks: plain
//! `.await` is enough here. Read the compiler's warnings; one of them is the
//! whole story.
//!
//! Run `cargo run -p checker watch` and save to check your work.
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
    let mut out = outbox
        .lock()
        .expect("no test panics while holding the outbox");
    out.extend(names.iter().map(|name| format!("reminder for {name}")));
    names.len()
}

/// Sends the urgent reminder first, then one to each of the others in order.
pub async fn send_urgent_first(outbox: &Outbox, urgent: &str, others: &[&str]) {
    let mut out = outbox
        .lock()
        .expect("no test panics while holding the outbox");
    out.push(format!("reminder for {urgent}"));
    out.extend(others.iter().map(|name| format!("reminder for {name}")));
}

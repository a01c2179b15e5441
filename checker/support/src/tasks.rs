//! Tokio tasks observed: how many are alive in the current runtime,
//! whatever spawned them (`tokio::spawn`, `JoinSet::spawn`, `spawn_on`,
//! `Handle::spawn`, `spawn_blocking`). Tasks of a `LocalSet` are its own
//! and not counted here: an exercise that counts tasks forbids it by rule.

use std::time::{Duration, Instant};

/// Tasks alive in the current runtime now. Panics outside a runtime.
pub fn alive() -> usize {
    tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks()
}

/// Waits (yielding to the runtime) until at least `count` tasks are alive,
/// for at most `limit`; returns how many were alive at the end.
pub async fn wait_for_alive(count: usize, limit: Duration) -> usize {
    let deadline = Instant::now() + limit;
    loop {
        let now = alive();
        if now >= count || Instant::now() >= deadline {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// Waits until no more than `count` tasks are alive, for at most `limit`;
/// returns how many were alive at the end.
pub async fn wait_for_at_most(count: usize, limit: Duration) -> usize {
    let deadline = Instant::now() + limit;
    loop {
        let now = alive();
        if now <= count || Instant::now() >= deadline {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counts_tasks_whatever_spawned_them() {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let mut set = tokio::task::JoinSet::new();
        let handle = tokio::runtime::Handle::current();
        for _ in 0..2 {
            let mut stopped = stopped.clone();
            set.spawn_on(async move { stopped.changed().await.ok() }, &handle);
        }
        let mut stopped_too = stopped.clone();
        let plain = tokio::spawn(async move { stopped_too.changed().await.ok() });
        assert_eq!(wait_for_alive(3, Duration::from_secs(5)).await, 3);
        stop.send(true).unwrap();
        plain.await.unwrap();
        while set.join_next().await.is_some() {}
        assert_eq!(wait_for_at_most(0, Duration::from_secs(5)).await, 0);
    }
}

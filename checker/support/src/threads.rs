//! Concurrency observed, not described. A statement that says "the jobs run
//! at the same time" is checked by a [`Rendezvous`] the jobs must all be
//! inside at once; "each source on its own thread" by a [`ThreadLog`].

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

/// A meeting point for `parties` callers. Each [`arrive`](Self::arrive)
/// waits until all have arrived, or until the time limit; then
/// [`assert_met`](Self::assert_met) fails unless they were all inside at
/// once. Work done one piece after another (threads joined right after
/// spawning, one thread doing every job, futures awaited in turn) never
/// gets everyone inside together.
#[derive(Debug)]
pub struct Rendezvous {
    parties: usize,
    limit: Duration,
    state: Mutex<Meeting>,
    all_in: Condvar,
}

#[derive(Debug, Default)]
struct Meeting {
    inside: usize,
    most_inside: usize,
    arrived: usize,
    met: bool,
}

impl Rendezvous {
    /// A meeting of `parties` callers, each waiting at most `limit` for
    /// the others. The limit is a safety net for a machine under load: a
    /// correct design meets in microseconds, so keep it short (a few
    /// hundred milliseconds).
    pub fn new(parties: usize, limit: Duration) -> Self {
        assert!(parties > 0, "a rendezvous needs at least one party");
        Self {
            parties,
            limit,
            state: Mutex::new(Meeting::default()),
            all_in: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Meeting> {
        // A panicking party must not hide what the others saw.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Comes in and waits for the others; returns whether they all came
    /// while this caller was inside.
    pub fn arrive(&self) -> bool {
        let deadline = Instant::now() + self.limit;
        let mut meeting = self.lock();
        meeting.inside += 1;
        meeting.arrived += 1;
        meeting.most_inside = meeting.most_inside.max(meeting.inside);
        if meeting.inside >= self.parties {
            meeting.met = true;
            self.all_in.notify_all();
        }
        while !meeting.met {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            meeting = self
                .all_in
                .wait_timeout(meeting, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        let met = meeting.met;
        meeting.inside -= 1;
        met
    }

    /// How many callers have come in so far.
    pub fn arrived(&self) -> usize {
        self.lock().arrived
    }

    /// Panics unless all parties were inside at the same time; `what` says
    /// what should have run at once.
    pub fn assert_met(&self, what: &str) {
        let meeting = self.lock();
        assert!(
            meeting.met,
            "{what} did not run at the same time: {} of {} came in, at most {} at once \
             (each waited {:?} for the others)",
            meeting.arrived, self.parties, meeting.most_inside, self.limit
        );
    }
}

/// Which thread did what: each entry is recorded with the id of the thread
/// that recorded it.
#[derive(Debug, Default)]
pub struct ThreadLog<T> {
    entries: Mutex<Vec<(ThreadId, T)>>,
}

impl<T: Clone + PartialEq> ThreadLog<T> {
    pub fn new() -> Self {
        Self {
            entries: Mutex::new(Vec::new()),
        }
    }

    /// Records `item` as done by the calling thread.
    pub fn record(&self, item: T) {
        let id = std::thread::current().id();
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((id, item));
    }

    /// Every entry, in the order recorded.
    pub fn entries(&self) -> Vec<(ThreadId, T)> {
        self.entries
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The distinct threads that recorded anything, in order of first entry.
    pub fn threads(&self) -> Vec<ThreadId> {
        let mut threads = Vec::new();
        for (id, _) in self.entries() {
            if !threads.contains(&id) {
                threads.push(id);
            }
        }
        threads
    }

    /// The threads that recorded `item`.
    pub fn threads_of(&self, item: &T) -> Vec<ThreadId> {
        let mut threads = Vec::new();
        for (id, logged) in self.entries() {
            if &logged == item && !threads.contains(&id) {
                threads.push(id);
            }
        }
        threads
    }

    /// Panics unless no two of `items` were recorded by the same thread,
    /// and none by `caller` (the test's own thread): each ran apart.
    pub fn assert_each_on_its_own_thread(&self, items: &[T], caller: ThreadId)
    where
        T: std::fmt::Debug,
    {
        let mut owners: Vec<(ThreadId, &T)> = Vec::new();
        for item in items {
            let threads = self.threads_of(item);
            assert!(!threads.is_empty(), "nothing recorded {item:?}");
            for id in threads {
                assert!(
                    id != caller,
                    "{item:?} was done on the caller's own thread, not a thread of its own"
                );
                if let Some((_, other)) = owners.iter().find(|(owner, _)| *owner == id) {
                    panic!("{item:?} and {other:?} were done by the same thread");
                }
                owners.push((id, item));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn parties_inside_at_once_meet() {
        let meeting = Arc::new(Rendezvous::new(3, Duration::from_secs(5)));
        let handles: Vec<_> = (0..3)
            .map(|_| {
                let meeting = Arc::clone(&meeting);
                std::thread::spawn(move || meeting.arrive())
            })
            .collect();
        assert!(handles.into_iter().all(|h| h.join().unwrap()));
        meeting.assert_met("three jobs");
    }

    #[test]
    fn parties_one_after_another_do_not_meet() {
        let meeting = Rendezvous::new(2, Duration::from_millis(20));
        assert!(!meeting.arrive());
        assert!(!meeting.arrive());
        let failure = std::panic::catch_unwind(|| meeting.assert_met("two jobs"))
            .expect_err("they never met");
        let message = failure.downcast_ref::<String>().unwrap();
        assert!(
            message.starts_with(
                "two jobs did not run at the same time: 2 of 2 came in, at most 1 at once"
            ),
            "{message}"
        );
    }

    #[test]
    fn the_log_tells_threads_apart() {
        let log = Arc::new(ThreadLog::new());
        let me = std::thread::current().id();
        std::thread::scope(|scope| {
            for item in ["a", "b"] {
                let log = &log;
                scope.spawn(move || log.record(item));
            }
        });
        assert_eq!(log.threads().len(), 2);
        log.assert_each_on_its_own_thread(&["a", "b"], me);

        let same = ThreadLog::new();
        std::thread::scope(|scope| {
            scope.spawn(|| {
                same.record("a");
                same.record("b");
            });
        });
        let failure =
            std::panic::catch_unwind(|| same.assert_each_on_its_own_thread(&["a", "b"], me))
                .expect_err("one thread did both");
        let message = failure.downcast_ref::<String>().unwrap();
        assert_eq!(message, "\"b\" and \"a\" were done by the same thread");
        let on_caller = ThreadLog::new();
        on_caller.record("a");
        assert!(
            std::panic::catch_unwind(|| on_caller.assert_each_on_its_own_thread(&["a"], me))
                .is_err()
        );
    }
}

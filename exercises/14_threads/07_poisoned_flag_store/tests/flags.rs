use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};
use threads_07_poisoned_flag_store::FlagStore;

#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

fn store() -> FlagStore {
    FlagStore::new(&[("dark_mode", true), ("beta_search", false)])
}

/// Runs an update whose change panics after touching the flags, on its own
/// thread, and checks that the panic reached the caller of `update`.
fn panicking_update(store: &Arc<FlagStore>) {
    let store = Arc::clone(store);
    let outcome = thread::spawn(move || {
        store.update(|flags| {
            flags.insert("beta_search".to_string(), true);
            flags.remove("dark_mode");
            panic!("the change failed half-way");
        });
    })
    .join();
    let payload = outcome.expect_err("the panic must reach the caller of update");
    assert_eq!(
        payload.downcast_ref::<&str>(),
        Some(&"the change failed half-way"),
        "the caller of update must get the change's own panic, payload included"
    );
}

#[test]
fn reads_the_initial_flags() {
    let store = store();
    assert!(store.is_enabled("dark_mode"));
    assert!(!store.is_enabled("beta_search"));
    assert!(!store.is_enabled("never_heard_of_it"));
    assert_eq!(store.with_flags(|flags| flags.len()), 2);
}

#[test]
fn an_update_is_seen_by_later_reads() {
    let store = store();
    store.update(|flags| {
        flags.insert("beta_search".to_string(), true);
        flags.insert("new_checkout".to_string(), true);
    });
    assert!(store.is_enabled("beta_search"));
    assert!(store.is_enabled("new_checkout"));
}

#[test]
fn readers_hold_the_flags_at_the_same_time() {
    const READERS: usize = 4;
    let store = Arc::new(store());
    let inside = Arc::new(AtomicUsize::new(0));
    let arrived = Arc::new(AtomicUsize::new(0));
    // Each reader stays inside until all have arrived, or until the deadline
    // if they cannot all get in; it reports how many were inside with it.
    let deadline = Instant::now() + Duration::from_secs(3);
    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let (store, inside, arrived) = (
                Arc::clone(&store),
                Arc::clone(&inside),
                Arc::clone(&arrived),
            );
            thread::spawn(move || {
                store.with_flags(|_| {
                    let together = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    arrived.fetch_add(1, Ordering::SeqCst);
                    while arrived.load(Ordering::SeqCst) < READERS && Instant::now() < deadline {
                        thread::yield_now();
                    }
                    inside.fetch_sub(1, Ordering::SeqCst);
                    together
                })
            })
        })
        .collect();
    let most_together = readers
        .into_iter()
        .map(|reader| reader.join().expect("a reader panicked"))
        .max();
    assert_eq!(
        most_together,
        Some(READERS),
        "readers had to wait for each other"
    );
}

#[test]
fn a_panicking_update_changes_nothing() {
    let store = Arc::new(store());
    panicking_update(&store);
    let flags = panic::catch_unwind(AssertUnwindSafe(|| {
        (
            store.is_enabled("dark_mode"),
            store.is_enabled("beta_search"),
        )
    }));
    assert_eq!(
        flags.ok(),
        Some((true, false)),
        "reading after a failed update must work and show the old flags"
    );
}

#[test]
fn the_store_keeps_working_after_a_panicking_update() {
    let store = Arc::new(store());
    panicking_update(&store);
    let later = panic::catch_unwind(AssertUnwindSafe(|| {
        store.update(|flags| {
            flags.insert("beta_search".to_string(), true);
        });
        store.is_enabled("beta_search")
    }));
    assert_eq!(later.ok(), Some(true), "later updates must still apply");
}

#[test]
fn concurrent_updates_are_never_lost() {
    let store = Arc::new(FlagStore::new(&[]));
    let writers: Vec<_> = (0..8)
        .map(|writer| {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                for flag in 0..50 {
                    store.update(|flags| {
                        flags.insert(format!("w{writer}_f{flag}"), true);
                    });
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().expect("a writer panicked");
    }
    assert_eq!(store.with_flags(|flags| flags.len()), 400);
}

#[test]
fn an_update_cannot_slip_in_while_another_change_runs() {
    // While the first update's change is running, a second update starts on
    // another thread. The first change then waits up to 150 ms for the
    // second update to finish (it needs microseconds once let through): a
    // correct store holds it back until the first update is stored, so the
    // wait runs out and both changes land. A store that
    // lets the second update through meanwhile has it start from the old
    // flags, and one of the two changes overwrites the other.
    let store = Arc::new(FlagStore::new(&[]));
    let (finished, second_finished) = mpsc::channel();
    let mut second = None;
    store.update(|flags| {
        flags.insert("first".to_string(), true);
        let store = Arc::clone(&store);
        second = Some(thread::spawn(move || {
            store.update(|flags| {
                flags.insert("second".to_string(), true);
            });
            let _ = finished.send(());
        }));
        let _ = second_finished.recv_timeout(Duration::from_millis(150));
    });
    second
        .expect("the first change ran")
        .join()
        .expect("the second update does not panic");
    assert_eq!(
        (store.is_enabled("first"), store.is_enabled("second")),
        (true, true),
        "an update was lost: the second one ran while the first change was \
         in progress, on a copy of the old flags"
    );
}

#[test]
fn a_read_copies_nothing() {
    let store = FlagStore::new(&[
        ("dark_mode", true),
        ("beta_search", false),
        ("new_checkout", true),
        ("fast_sync", false),
    ]);
    // Warm up: whatever a first read sets up once is not counted.
    assert!(store.is_enabled("dark_mode"));
    let (seen, read) = support::alloc::measure(|| {
        (
            store.is_enabled("new_checkout"),
            store.with_flags(|flags| flags.len()),
        )
    });
    assert_eq!(seen, (true, 4));
    assert_eq!(
        read.blocks, 0,
        "two reads allocated {read}: readers must hold the store's flags, not a copy"
    );
}

/// A payload of any type (a formatted `String`, a value of the caller's own
/// type) reaches the caller as it was thrown.
#[test]
fn any_payload_reaches_the_caller_unchanged() {
    #[derive(Debug, PartialEq)]
    struct Refused(u32);

    let store = Arc::new(store());
    let flag = "beta_search";
    let shared = Arc::clone(&store);
    let formatted = thread::spawn(move || {
        shared.update(|flags| {
            flags.remove(flag);
            panic!("cannot touch {flag}");
        });
    })
    .join()
    .expect_err("the panic must reach the caller of update");
    assert_eq!(
        formatted.downcast_ref::<String>().map(String::as_str),
        Some("cannot touch beta_search"),
        "the caller of update must get the change's own panic, payload included"
    );
    let shared = Arc::clone(&store);
    let custom = thread::spawn(move || {
        shared.update(|flags| {
            flags.clear();
            panic::panic_any(Refused(7));
        });
    })
    .join()
    .expect_err("the panic must reach the caller of update");
    assert_eq!(
        custom.downcast_ref::<Refused>(),
        Some(&Refused(7)),
        "the caller of update must get the change's own panic, payload included"
    );
    assert!(store.is_enabled("dark_mode") && !store.is_enabled("beta_search"));
}

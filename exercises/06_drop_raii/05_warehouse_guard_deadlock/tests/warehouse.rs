use drop_raii_05_warehouse_guard_deadlock::{OutOfStock, Warehouse};
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

#[test]
fn restocking_adds_to_what_is_there() {
    let warehouse = Warehouse::new();
    assert_eq!(warehouse.available("bolt"), 0);
    warehouse.restock("bolt", 5);
    warehouse.restock("bolt", 2);
    assert_eq!(warehouse.available("bolt"), 7);
    assert_eq!(warehouse.journal(), ["restock bolt +5", "restock bolt +2"]);
}

#[test]
fn a_reservation_takes_from_the_stock_and_is_journaled() {
    let warehouse = Warehouse::new();
    warehouse.restock("nut", 10);
    assert_eq!(warehouse.reserve("nut", 4), Ok(6));
    assert_eq!(warehouse.available("nut"), 6);
    assert_eq!(
        warehouse.journal(),
        ["restock nut +10", "reserve nut -4, 6 left"]
    );
}

#[test]
fn the_last_units_can_be_reserved_but_no_more() {
    let warehouse = Warehouse::new();
    warehouse.restock("gear", 3);
    assert_eq!(warehouse.reserve("gear", 3), Ok(0));
    assert_eq!(
        warehouse.reserve("gear", 1),
        Err(OutOfStock { available: 0 })
    );
    assert_eq!(
        warehouse.reserve("spring", 1),
        Err(OutOfStock { available: 0 }),
        "an unknown item has no stock"
    );
}

#[test]
fn a_refused_reservation_changes_nothing() {
    let warehouse = Warehouse::new();
    warehouse.restock("nut", 2);
    assert_eq!(
        warehouse.reserve("nut", 5),
        Err(OutOfStock { available: 2 })
    );
    assert_eq!(warehouse.available("nut"), 2);
    assert_eq!(warehouse.journal(), ["restock nut +2"]);
}

#[test]
fn top_up_fills_to_the_minimum() {
    let warehouse = Warehouse::new();
    warehouse.restock("nut", 3);
    assert_eq!(warehouse.top_up("nut", 10), 7);
    assert_eq!(warehouse.available("nut"), 10);
    assert_eq!(
        warehouse.top_up("washer", 4),
        4,
        "an unknown item starts at 0"
    );
    assert_eq!(warehouse.available("washer"), 4);
}

#[test]
fn top_up_leaves_enough_stock_alone() {
    let warehouse = Warehouse::new();
    warehouse.restock("nut", 12);
    assert_eq!(warehouse.top_up("nut", 10), 0);
    assert_eq!(warehouse.top_up("nut", 12), 0);
    assert_eq!(warehouse.available("nut"), 12);
    assert_eq!(warehouse.journal(), ["restock nut +12"]);
}

/// Plays a scene of racing threads at least `rounds` times, and on until
/// about a second has passed. A gap between a check and a change, made under
/// two different locks, lets another thread act in between, but it is hit
/// only now and then. A correct warehouse passes every round however many
/// are played; the time only bounds how long the test looks for the gap.
fn replay(rounds: u32, scene: impl Fn()) {
    let started = Instant::now();
    let mut played = 0;
    while played < rounds || started.elapsed() < Duration::from_secs(1) {
        scene();
        played += 1;
    }
}

/// Runs `work` on `threads` threads started together; returns their results.
fn race<T: Send + 'static>(threads: usize, work: impl Fn() -> T + Send + Sync + 'static) -> Vec<T> {
    let work = Arc::new(work);
    let start = Arc::new(Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let work = Arc::clone(&work);
            let start = Arc::clone(&start);
            thread::spawn(move || {
                start.wait();
                work()
            })
        })
        .collect();
    workers
        .into_iter()
        .map(|worker| worker.join().expect("a worker panicked"))
        .collect()
}

#[test]
fn threads_never_reserve_more_than_the_stock() {
    replay(30, || {
        let warehouse = Arc::new(Warehouse::new());
        warehouse.restock("chip", 500);
        let shared = Arc::clone(&warehouse);
        let mut left: Vec<u32> = race(8, move || {
            (0..100)
                .filter_map(|_| shared.reserve("chip", 1).ok())
                .collect::<Vec<u32>>()
        })
        .concat();
        assert_eq!(left.len(), 500, "800 attempts for 500 units");
        left.sort_unstable();
        left.dedup();
        assert_eq!(
            left.len(),
            500,
            "two reservations reported the same number of units left"
        );
        assert_eq!(warehouse.available("chip"), 0);
        assert_eq!(warehouse.journal().len(), 501);
    });
}

#[test]
fn units_are_conserved_while_threads_top_up_and_reserve() {
    let warehouse = Arc::new(Warehouse::new());
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let warehouse = Arc::clone(&warehouse);
            thread::spawn(move || {
                let mut taken = 0;
                for _ in 0..200 {
                    warehouse.top_up("cable", 2);
                    // Another thread may take the units in between: fine.
                    if warehouse.reserve("cable", 1).is_ok() {
                        taken += 1;
                    }
                }
                taken
            })
        })
        .collect();
    let taken: u32 = workers
        .into_iter()
        .map(|worker| worker.join().expect("a worker panicked"))
        .sum();
    let restocked: u32 = warehouse
        .journal()
        .iter()
        .filter_map(|entry| entry.strip_prefix("restock cable +"))
        .map(|added| added.parse::<u32>().expect("a journaled quantity"))
        .sum();
    assert!(taken > 0);
    assert_eq!(
        restocked,
        taken + warehouse.available("cable"),
        "every unit added is either taken or still in stock"
    );
}

#[test]
fn threads_topping_up_together_stop_at_the_minimum() {
    replay(20, || {
        let warehouse = Arc::new(Warehouse::new());
        let shared = Arc::clone(&warehouse);
        // Every thread tops up the same items in the same order, so the
        // threads keep meeting on an item.
        let added: u32 = race(8, move || {
            (0..100)
                .map(|item| shared.top_up(&format!("fuse-{item}"), 10))
                .sum::<u32>()
        })
        .into_iter()
        .sum();
        for item in 0..100 {
            assert_eq!(
                warehouse.available(&format!("fuse-{item}")),
                10,
                "two threads both filled the gap of fuse-{item}"
            );
        }
        assert_eq!(added, 10 * 100, "exactly one thread fills each gap");
    });
}

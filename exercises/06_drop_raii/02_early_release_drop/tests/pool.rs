use drop_raii_02_early_release_drop::{Exhausted, Pool, sync_and_audit};

#[test]
fn two_connections_are_enough_when_the_primary_goes_back_early() {
    let pool = Pool::new(2);
    assert_eq!(
        sync_and_audit(&pool).as_deref(),
        Ok("primary -> replica, audited on audit")
    );
    assert_eq!(
        pool.log(),
        [
            "lease primary",
            "lease replica",
            "release primary",
            "lease audit",
            "release audit",
            "release replica",
        ]
    );
}

#[test]
fn every_connection_is_given_back_exactly_once() {
    let pool = Pool::new(2);
    sync_and_audit(&pool).expect("two connections are enough");
    assert_eq!(pool.in_use(), 0);
    let releases = pool
        .log()
        .iter()
        .filter(|entry| entry.starts_with("release"))
        .count();
    assert_eq!(releases, 3, "three leases, three releases");
}

#[test]
fn a_bigger_pool_sees_the_same_order() {
    let pool = Pool::new(5);
    sync_and_audit(&pool).expect("plenty of connections");
    assert_eq!(pool.log()[2], "release primary");
    assert_eq!(pool.in_use(), 0);
}

#[test]
fn with_one_connection_the_replica_cannot_be_leased() {
    let pool = Pool::new(1);
    assert_eq!(sync_and_audit(&pool), Err(Exhausted));
    assert_eq!(pool.log(), ["lease primary", "release primary"]);
    assert_eq!(
        pool.in_use(),
        0,
        "the error path gives the primary back too"
    );
}

#[test]
fn the_pool_is_reusable_after_a_run() {
    let pool = Pool::new(2);
    for _ in 0..3 {
        sync_and_audit(&pool).expect("connections come back after each run");
    }
    assert_eq!(pool.in_use(), 0);
}

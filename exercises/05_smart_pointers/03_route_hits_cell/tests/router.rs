use smart_pointers_03_route_hits_cell::{Route, Router};
use std::rc::Rc;

#[test]
fn a_new_route_has_no_hits() {
    let route = Route::new("/health");
    assert_eq!(route.path(), "/health");
    assert_eq!(route.hits(), 0);
}

#[test]
fn hits_are_counted_through_a_shared_reference() {
    let route = Route::new("/");
    let shared: &Route = &route;
    shared.record_hit();
    shared.record_hit();
    assert_eq!(route.hits(), 2);
}

#[test]
fn every_handle_sees_the_hits_of_dispatched_requests() {
    let mut router = Router::new();
    let home = router.add("/");
    let about = router.add("/about");
    assert!(router.dispatch("/"));
    assert!(router.dispatch("/"));
    assert!(router.dispatch("/about"));
    assert_eq!(home.hits(), 2);
    assert_eq!(about.hits(), 1);
}

#[test]
fn an_unknown_path_is_not_dispatched() {
    let mut router = Router::new();
    let home = router.add("/");
    assert!(!router.dispatch("/missing"));
    assert_eq!(home.hits(), 0);
}

#[test]
fn adding_a_path_twice_returns_the_same_route() {
    let mut router = Router::new();
    let first = router.add("/login");
    let second = router.add("/login");
    assert!(Rc::ptr_eq(&first, &second), "one route, two handles");
    assert_eq!(router.paths(), ["/login"]);
}

#[test]
fn the_router_shares_the_route_it_hands_out() {
    let mut router = Router::new();
    let home = router.add("/");
    assert!(
        Rc::strong_count(&home) > 1,
        "the router keeps its own handle to the route"
    );
    drop(router);
    assert_eq!(
        Rc::strong_count(&home),
        1,
        "dropping the router releases its handles"
    );
}

#[test]
fn removing_a_route_releases_every_handle_of_the_router() {
    let mut router = Router::new();
    let home = router.add("/");
    router.add("/about");
    let removed = router.remove("/").expect("`/` was registered");
    assert!(Rc::ptr_eq(&removed, &home));
    drop(removed);
    assert_eq!(
        Rc::strong_count(&home),
        1,
        "after `remove`, only the caller's handle is left"
    );
    assert_eq!(router.paths(), ["/about"]);
    assert!(!router.dispatch("/"));
    assert!(router.remove("/").is_none(), "nothing left to remove");
}

#[test]
fn removing_a_route_keeps_the_others_oldest_first() {
    let mut router = Router::new();
    for path in ["/a", "/b", "/c", "/d", "/e"] {
        router.add(path);
    }
    assert!(router.remove("/b").is_some());
    assert_eq!(router.paths(), ["/a", "/c", "/d", "/e"]);
    assert!(router.remove("/a").is_some());
    assert_eq!(router.paths(), ["/c", "/d", "/e"]);
    router.add("/b");
    assert_eq!(router.paths(), ["/c", "/d", "/e", "/b"]);
    assert!(router.remove("/e").is_some());
    assert_eq!(router.paths(), ["/c", "/d", "/b"]);
}

#[test]
fn after_a_removal_a_tie_still_goes_to_the_oldest_route() {
    let mut router = Router::new();
    router.add("/gone");
    let old = router.add("/old");
    router.add("/middle");
    let new = router.add("/new");
    router.remove("/gone");
    router.dispatch("/old");
    router.dispatch("/new");
    let busiest = router.busiest().expect("three routes");
    assert!(
        Rc::ptr_eq(&busiest, &old),
        "/old and /new tie; /old is older"
    );
    assert!(!Rc::ptr_eq(&busiest, &new));
}

#[test]
fn busiest_is_the_route_with_most_hits_oldest_first_on_a_tie() {
    let mut router = Router::new();
    assert!(router.busiest().is_none());
    let a = router.add("/a");
    let b = router.add("/b");
    assert!(Rc::ptr_eq(&router.busiest().expect("two routes"), &a));
    router.dispatch("/b");
    assert!(Rc::ptr_eq(&router.busiest().expect("two routes"), &b));
    router.dispatch("/a");
    assert!(
        Rc::ptr_eq(&router.busiest().expect("two routes"), &a),
        "a tie goes to the oldest route"
    );
}

#[test]
fn many_hits_add_up() {
    let mut router = Router::new();
    let home = router.add("/");
    for _ in 0..100_000 {
        router.dispatch("/");
    }
    assert_eq!(home.hits(), 100_000);
}

#[test]
fn a_route_carries_no_bookkeeping_besides_its_path_and_count() {
    // A lock or a run-time borrow flag would sit next to the count: a hit
    // must stay one addition, with nothing to check or release.
    assert!(
        size_of::<Route>() <= size_of::<String>() + size_of::<u64>(),
        "Route takes {} bytes: something besides the path and the count",
        size_of::<Route>()
    );
}

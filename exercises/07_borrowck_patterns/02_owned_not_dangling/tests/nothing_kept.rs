// "no `static` buffers": a result the caller drops is gone, with everything
// the call allocated for it. A table that keeps every result (an intern
// table, a cache) leaks one entry per distinct name, which no return type
// shows, so the allocations are counted.
use borrowck_patterns_02_owned_not_dangling::{display_name, initials};

#[global_allocator]
static A: support::alloc::Counting = support::alloc::Counting;

#[test]
fn display_name_keeps_nothing_once_its_result_is_dropped() {
    for (first, last) in [("Ada", "Lovelace"), ("Grace", "Hopper"), (" Alan ", "")] {
        support::alloc::leak_free("display_name", || display_name(first, last));
    }
}

#[test]
fn initials_keep_nothing_once_their_result_is_dropped() {
    for name in [
        "Ada Lovelace",
        "Grace Brewster Hopper",
        "Alan\u{3000}Turing",
    ] {
        support::alloc::leak_free("initials", || initials(name));
    }
}

// Counts the work instead of timing it: the key type below counts every call
// to `hash` and `eq` made on the test's thread. Counting with a hash map
// needs a small constant number of calls per element; rescanning the slice
// once per value or per element needs about n * distinct of them. The
// counter panics as soon as the budget is spent, so a quadratic solution
// fails in milliseconds with a clear message, on any machine, however
// loaded, instead of running into the time limit.
use coding_01_most_frequent_element::most_frequent;
use std::cell::Cell;
use std::hash::{Hash, Hasher};

/// Generous: a map-based solution makes about 2 to 5 calls per element
/// (hash on insert, eq on a hit, rehashing when the table grows, maybe a
/// second pass to find the first occurrence).
const CALLS_PER_ELEMENT: usize = 20;

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
    static BUDGET: Cell<usize> = const { Cell::new(usize::MAX) };
}

fn count_a_call() {
    let calls = CALLS.get() + 1;
    CALLS.set(calls);
    let budget = BUDGET.get();
    assert!(
        calls <= budget,
        "more than {budget} calls to `hash` and `eq` for {} elements: \
         is the slice rescanned for each value instead of counted once?",
        budget / CALLS_PER_ELEMENT
    );
}

/// `Clone` only so that the shipped draft, which clones, builds and fails
/// on behaviour rather than on this file.
#[derive(Debug, Clone)]
struct Counted(u32);

impl PartialEq for Counted {
    fn eq(&self, other: &Self) -> bool {
        count_a_call();
        self.0 == other.0
    }
}

impl Eq for Counted {}

impl Hash for Counted {
    fn hash<H: Hasher>(&self, state: &mut H) {
        count_a_call();
        self.0.hash(state);
    }
}

/// Runs `most_frequent` under a budget of calls proportional to the length.
fn most_frequent_counted(items: &[Counted]) -> Option<u32> {
    BUDGET.set(CALLS_PER_ELEMENT * items.len());
    CALLS.set(0);
    let winner = most_frequent(items).map(|winner| winner.0);
    BUDGET.set(usize::MAX);
    winner
}

#[test]
fn each_element_is_hashed_and_compared_a_constant_number_of_times() {
    // 20_000 elements, 2_000 distinct values, each 10 times; 1_321 gets one
    // more at the end. A rescan would need about 4 * 10^7 comparisons, a
    // hundred times the budget.
    let mut items: Vec<Counted> = (0..20_000).map(|i| Counted((i * 7_919) % 2_000)).collect();
    items.push(Counted(1_321));
    assert_eq!(most_frequent_counted(&items), Some(1_321));
}

#[test]
fn many_elements_with_many_distinct_values() {
    // 200_000 values, 20_000 of them distinct, each 10 times, plus one extra
    // 17_777 at the very end. The map grows many times on the way.
    let mut items: Vec<Counted> = (0..200_000_u64)
        .map(|n| Counted(((n * 7_919) % 20_000) as u32))
        .collect();
    items.push(Counted(17_777));
    assert_eq!(most_frequent_counted(&items), Some(17_777));
}

#[test]
fn fifty_thousand_distinct_elements_give_the_first() {
    let items: Vec<Counted> = (0..50_000).rev().map(Counted).collect();
    assert_eq!(
        most_frequent_counted(&items),
        Some(49_999),
        "all tied at one: the first wins"
    );
}

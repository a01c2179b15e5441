use borrowing_05_ledger_view::{Entry, Ledger};
use support::alloc::{Counting, measure};
use support::check;
use support::inputs::generate;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn ledger(entries: &[(&str, i64)]) -> Ledger {
    let mut ledger = Ledger::new();
    for &(memo, cents) in entries {
        ledger.append(memo, cents);
    }
    ledger
}

#[test]
fn a_view_reads_the_ledger_in_place() {
    let ledger = ledger(&[("rent", -1200), ("salary", 3000)]);
    let view = ledger.view();
    assert_eq!(
        view.entries().as_ptr(),
        ledger.entries().as_ptr(),
        "the view copied the entries instead of borrowing them"
    );
    assert_eq!(view.entries().len(), 2);
}

#[test]
fn total_adds_every_entry() {
    let ledger = ledger(&[("rent", -1200), ("salary", 3000), ("coffee", -4)]);
    assert_eq!(ledger.view().total(), 1796);
}

#[test]
fn largest_picks_the_biggest_amount_and_the_earliest_on_a_tie() {
    let ledger = ledger(&[("a", 5), ("b", 9), ("c", 9), ("d", -20)]);
    assert_eq!(
        ledger.view().largest(),
        Some(&Entry {
            memo: "b".to_string(),
            cents: 9
        })
    );
}

#[test]
fn an_empty_ledger_has_an_empty_view() {
    let ledger = Ledger::new();
    let view = ledger.view();
    assert!(view.entries().is_empty());
    assert_eq!(view.total(), 0);
    assert_eq!(view.largest(), None);
}

#[test]
fn a_new_view_sees_entries_appended_after_an_old_one() {
    let mut ledger = ledger(&[("start", 1)]);
    assert_eq!(ledger.view().total(), 1);
    ledger.append("später", 2);
    let view = ledger.view();
    assert_eq!(view.total(), 3);
    assert_eq!(view.entries()[1].memo, "später");
}

#[test]
fn a_view_answers_from_the_ledger_itself() {
    // Making a view and asking it everything copies nothing: no entry, no
    // memo, no amount. The largest entry is the ledger's own.
    let ledger = ledger(&[("rent", -1200), ("salary", 3000), ("coffee", -4)]);
    let (answers, counted) = measure(|| {
        let view = ledger.view();
        (
            view.total(),
            view.largest().map(|entry| entry as *const Entry),
        )
    });
    assert_eq!(answers, (1796, Some(&ledger.entries()[1] as *const Entry)));
    assert_eq!(
        counted.blocks, 0,
        "making a view and asking for its total and largest entry made {counted}: a view \
         borrows the ledger and reads it in place, it keeps no copy of its own"
    );
}

/// The index of the largest amount, the first on a tie: a plain loop.
fn first_largest(amounts: &[i64]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, &cents) in amounts.iter().enumerate() {
        if best.is_none_or(|b| cents > amounts[b]) {
            best = Some(i);
        }
    }
    best
}

#[test]
fn any_amounts_including_negative_and_extreme_ones() {
    let answers = |amounts: &Vec<i64>| {
        let entries: Vec<(String, i64)> = amounts
            .iter()
            .enumerate()
            .map(|(i, &cents)| (format!("entry {i}"), cents))
            .collect();
        let pairs: Vec<(&str, i64)> = entries.iter().map(|(m, c)| (m.as_str(), *c)).collect();
        let ledger = ledger(&pairs);
        let view = ledger.view();
        let largest = view
            .largest()
            .map(|entry| ledger.entries().iter().position(|e| std::ptr::eq(e, entry)));
        // The total of extreme amounts overflows: only small ones are added.
        let total = amounts
            .iter()
            .all(|c| c.unsigned_abs() < 1 << 40)
            .then(|| view.total());
        (largest.flatten(), total)
    };
    let oracle = |amounts: &Vec<i64>| {
        let total = amounts
            .iter()
            .all(|c| c.unsigned_abs() < 1 << 40)
            .then(|| amounts.iter().sum());
        (first_largest(amounts), total)
    };
    check::agree_on(
        [
            vec![-5, -3, -3, -9],
            vec![i64::MIN],
            vec![i64::MIN, i64::MIN],
            vec![0, -1],
        ],
        oracle,
        answers,
    );
    check::agree(generate::list(generate::int::<i64>(), 6), oracle, answers);
}

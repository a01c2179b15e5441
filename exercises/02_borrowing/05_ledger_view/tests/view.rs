use borrowing_05_ledger_view::{Entry, Ledger};

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

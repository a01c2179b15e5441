// Views only read: several may be alive together, alongside plain reads.
use borrowing_05_ledger_view::Ledger;

fn main() {
    let mut ledger = Ledger::new();
    ledger.append("rent", -1200);
    ledger.append("salary", 3000);

    let totals = ledger.view();
    let peaks = ledger.view();
    assert_eq!(totals.total(), 1800);
    assert_eq!(
        peaks.largest().map(|entry| entry.memo.as_str()),
        Some("salary")
    );
    assert_eq!(ledger.entries().len(), 2);
    assert_eq!(totals.entries().len(), peaks.entries().len());

    // Once the views are no longer used, the ledger may grow again.
    ledger.append("coffee", -4);
    assert_eq!(ledger.view().total(), 1796);
}

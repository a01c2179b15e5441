// While a view is still going to be read, the ledger must not change.
use borrowing_05_ledger_view::Ledger;

fn main() {
    let mut ledger = Ledger::new();
    ledger.append("rent", -1200);
    let view = ledger.view();
    ledger.append("salary", 3000); //~ ERROR E0502
    assert_eq!(view.total(), -1200);
}

// A view must not outlive the ledger it reads.
use borrowing_05_ledger_view::{Ledger, View};

fn report() -> i64 {
    let view: View;
    {
        let mut ledger = Ledger::new();
        ledger.append("gift", 50);
        view = ledger.view(); //~ ERROR E0597
    }
    view.total()
}

fn main() {
    assert_eq!(report(), 50);
}

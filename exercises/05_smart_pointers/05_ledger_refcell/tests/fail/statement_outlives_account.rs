// A statement lends the account's entries: it must not outlive the account.
use smart_pointers_05_ledger_refcell::Account;

fn main() {
    let statement = {
        let account = Account::new("ada");
        account.deposit(5);
        account.statement() //~ ERROR E0597
    };
    assert_eq!(statement.len(), 1);
}

//! Counts the heap allocations made on the test's thread: a statement lends
//! the entries, so reading one copies nothing.

use smart_pointers_05_ledger_refcell::Account;

#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

#[test]
fn a_statement_lends_the_entries_without_copying_them() {
    let ada = Account::new("ada");
    for amount in [100, -30, 7, 12] {
        ada.deposit(amount);
    }
    let (read, counted) = support::alloc::measure(|| {
        let statement = ada.statement();
        (statement.len(), statement.iter().sum::<i64>(), statement[0])
    });
    assert_eq!(read, (4, 89, 100));
    assert_eq!(
        counted.blocks + counted.reallocs,
        0,
        "statement allocated: it copies the entries instead of lending them"
    );
}

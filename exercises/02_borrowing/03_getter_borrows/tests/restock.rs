//! This binary counts the allocations made on each test's thread: `restock`
//! needs one new string per log line, and the log's buffer. A copy of the
//! stock, even one only read while the real stock is changed, costs a block
//! for the vector and one per item name.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use borrowing_03_getter_borrows::{Stock, Warehouse};

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialised thread-local that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    // Growing a block (a log line while it is written, the log) is not a
    // new one, so `realloc` is not counted.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

#[test]
fn restock_copies_nothing_of_the_stock() {
    let items = ["bolt", "nut", "gear", "washer", "spring", "rivet"];
    let counts = [3, 12, 0, 20, 15, 30];
    let stock: Vec<Stock> = items
        .iter()
        .zip(counts)
        .map(|(item, count)| Stock {
            item: item.to_string(),
            count,
        })
        .collect();
    let mut warehouse = Warehouse::new(stock);
    let before = ALLOCATIONS.with(Cell::get);
    warehouse.restock(10);
    let allocations = ALLOCATIONS.with(Cell::get) - before;
    assert_eq!(warehouse.audit(), ["bolt: 3 -> 10", "gear: 0 -> 10"]);
    // Two log lines and the log's buffer; one more for a vector of lines
    // collected first.
    assert!(
        allocations <= 4,
        "restock allocated {allocations} blocks for 2 log lines: the stock, or its item names, were copied"
    );
}

fn stock(list: &[(&str, u32)]) -> Vec<Stock> {
    list.iter()
        .map(|&(item, count)| Stock {
            item: item.to_string(),
            count,
        })
        .collect()
}

#[test]
fn low_items_are_raised_to_the_minimum_and_logged() {
    let mut warehouse = Warehouse::new(stock(&[("bolt", 3), ("nut", 12), ("gear", 0)]));
    warehouse.restock(10);
    assert_eq!(
        warehouse.stock(),
        stock(&[("bolt", 10), ("nut", 12), ("gear", 10)])
    );
    assert_eq!(warehouse.audit(), ["bolt: 3 -> 10", "gear: 0 -> 10"]);
}

#[test]
fn an_item_exactly_at_the_minimum_is_left_alone() {
    let mut warehouse = Warehouse::new(stock(&[("washer", 5)]));
    warehouse.restock(5);
    assert_eq!(warehouse.stock(), stock(&[("washer", 5)]));
    assert!(
        warehouse.audit().is_empty(),
        "nothing changed, nothing to log"
    );
}

#[test]
fn restocking_twice_logs_only_the_first_changes() {
    let mut warehouse = Warehouse::new(stock(&[("bolt", 1)]));
    warehouse.restock(4);
    warehouse.restock(4);
    warehouse.restock(6);
    assert_eq!(warehouse.audit(), ["bolt: 1 -> 4", "bolt: 4 -> 6"]);
}

#[test]
fn an_empty_warehouse_has_nothing_to_do() {
    let mut warehouse = Warehouse::new(Vec::new());
    warehouse.restock(100);
    assert!(warehouse.stock().is_empty());
    assert!(warehouse.audit().is_empty());
}

#[test]
fn item_names_are_logged_as_they_are() {
    let mut warehouse = Warehouse::new(stock(&[("écrou", 0)]));
    warehouse.restock(2);
    assert_eq!(warehouse.audit(), ["écrou: 0 -> 2"]);
}

#[test]
fn the_stock_is_changed_in_place_not_replaced_by_a_copy() {
    let mut warehouse = Warehouse::new(stock(&[("bolt", 1), ("nut", 9)]));
    let buffers: Vec<*const u8> = warehouse.stock().iter().map(|s| s.item.as_ptr()).collect();
    warehouse.restock(5);
    let after: Vec<*const u8> = warehouse.stock().iter().map(|s| s.item.as_ptr()).collect();
    assert_eq!(after, buffers, "the stock was cloned and written back");
}

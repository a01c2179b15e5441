use borrowing_03_getter_borrows::{Stock, Warehouse};

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

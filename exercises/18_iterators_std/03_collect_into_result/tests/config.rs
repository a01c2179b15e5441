use iterators_std_03_collect_into_result::{PortError, parse_ports, total_size};
use std::cell::Cell;

#[test]
fn all_valid_ports_are_returned_in_order() {
    assert_eq!(
        parse_ports(["8080", " 443 ", "65535", "1"]),
        Ok(vec![8080, 443, 65535, 1])
    );
}

#[test]
fn no_items_give_no_ports() {
    assert_eq!(parse_ports([]), Ok(vec![]));
}

#[test]
fn the_first_bad_item_is_reported() {
    assert_eq!(
        parse_ports(["80", "http", "0", "x"]),
        Err(PortError::NotANumber("http".to_string()))
    );
    assert_eq!(parse_ports(["80", "0", "http"]), Err(PortError::Zero));
}

#[test]
fn out_of_range_numbers_are_not_ports() {
    assert_eq!(
        parse_ports(["65536"]),
        Err(PortError::NotANumber("65536".to_string()))
    );
    assert_eq!(
        parse_ports(["-1"]),
        Err(PortError::NotANumber("-1".to_string()))
    );
}

#[test]
fn items_after_the_first_error_are_not_read() {
    let read = Cell::new(0);
    let items = ["22", "oops", "80", "443"]
        .into_iter()
        .inspect(|_| read.set(read.get() + 1));
    assert!(parse_ports(items).is_err());
    assert_eq!(read.get(), 2, "parsing stops at the first error");
}

#[test]
fn sizes_are_added_up() {
    assert_eq!(total_size(&["100", " 20", "3 "]), Ok(123));
    assert_eq!(total_size(&[]), Ok(0));
}

#[test]
fn a_size_that_is_not_a_number_is_an_error() {
    let error = total_size(&["100", "lots", "3"]).expect_err("\"lots\" is not a size");
    assert_eq!(error, "lots".parse::<u64>().expect_err("not a number"));
}

#[test]
fn the_first_bad_size_is_the_error_reported() {
    // A blank size and a word fail differently: the blank one comes first.
    let error = total_size(&["7", "  ", "x"]).expect_err("two bad sizes");
    assert_eq!(error, "".parse::<u64>().expect_err("blank"));
    let error = total_size(&["7", "x", "  "]).expect_err("two bad sizes");
    assert_eq!(error, "x".parse::<u64>().expect_err("a word"));
}

#[test]
fn large_sizes_do_not_lose_bits() {
    assert_eq!(total_size(&["4294967296", "4294967296"]), Ok(8_589_934_592));
}

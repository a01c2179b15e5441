use ownership_02_return_ownership::{push_line, render};

#[test]
fn every_line_ends_with_a_newline() {
    assert_eq!(render(&["alpha", "beta"]), "alpha\nbeta\n");
}

#[test]
fn no_lines_give_empty_text() {
    assert_eq!(render(&[]), "");
}

#[test]
fn one_line_is_kept() {
    assert_eq!(render(&["only"]), "only\n");
}

#[test]
fn empty_and_unicode_lines_are_kept_as_they_are() {
    assert_eq!(render(&["", "héllo", "日本"]), "\nhéllo\n日本\n");
}

#[test]
fn push_line_appends_to_what_the_buffer_already_holds() {
    let text = push_line(String::from("head\n"), "tail");
    assert_eq!(text, "head\ntail\n");
}

#[test]
fn many_lines_are_all_kept_in_order() {
    let numbers: Vec<String> = (0..10_000).map(|n| n.to_string()).collect();
    let lines: Vec<&str> = numbers.iter().map(String::as_str).collect();
    let text = render(&lines);
    assert_eq!(text.lines().count(), 10_000, "a line was lost");
    assert!(text.starts_with("0\n1\n2\n"));
    assert!(text.ends_with("9998\n9999\n"));
}

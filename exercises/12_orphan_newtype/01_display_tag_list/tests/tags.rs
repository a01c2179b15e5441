use orphan_newtype_01_display_tag_list::{Tags, parse_tags};

fn tags(list: &[&str]) -> Tags {
    Tags::from(list.iter().map(|tag| tag.to_string()).collect::<Vec<_>>())
}

#[test]
fn displays_each_tag_with_a_hash() {
    assert_eq!(
        tags(&["rust", "async", "traits"]).to_string(),
        "#rust #async #traits"
    );
    assert_eq!(format!("[{}]", tags(&["one"])), "[#one]");
}

#[test]
fn an_empty_list_displays_as_nothing() {
    assert_eq!(Tags::from(Vec::new()).to_string(), "");
}

#[test]
fn parses_comma_separated_tags() {
    let parsed = parse_tags(" rust, ,ownership ,  café ");
    assert_eq!(parsed.to_string(), "#rust #ownership #café");
    assert_eq!(parse_tags("").to_string(), "");
    assert_eq!(parse_tags(" , ,").len(), 0);
    assert_eq!(
        parse_tags("\trust,\u{a0}traits\u{3000},\n").to_string(),
        "#rust #traits",
        "tabs, no-break and ideographic spaces are whitespace too"
    );
}

#[test]
fn reads_like_a_list_of_strings() {
    let list = tags(&["rust", "traits"]);
    assert_eq!(list.len(), 2);
    assert!(!list.is_empty());
    assert_eq!(list[0], "rust");
    assert!(list.contains(&"traits".to_string()));
    let lengths: Vec<usize> = list.iter().map(|tag| tag.len()).collect();
    assert_eq!(lengths, [4, 6]);
}

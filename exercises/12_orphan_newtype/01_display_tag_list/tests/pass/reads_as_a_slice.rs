// A `Tags` can be lent wherever a slice of strings is expected.
use orphan_newtype_01_display_tag_list::{Tags, parse_tags};

fn longest(tags: &[String]) -> Option<&str> {
    tags.iter().map(String::as_str).max_by_key(|tag| tag.len())
}

fn main() {
    let tags: Tags = parse_tags("go, rust, zig");
    assert_eq!(longest(&tags), Some("rust"));
    assert_eq!(tags.first().map(String::as_str), Some("go"));
    assert_eq!(tags.to_string(), "#go #rust #zig");
}

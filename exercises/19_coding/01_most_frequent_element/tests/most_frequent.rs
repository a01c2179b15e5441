use coding_01_most_frequent_element::most_frequent;
use std::hash::{Hash, Hasher};

#[test]
fn an_empty_slice_has_no_most_frequent_element() {
    let empty: [u32; 0] = [];
    assert_eq!(most_frequent(&empty), None);
}

#[test]
fn a_single_element_is_the_most_frequent() {
    assert_eq!(most_frequent(&["only"]), Some(&"only"));
}

#[test]
fn the_highest_count_wins() {
    assert_eq!(most_frequent(&[3, 1, 3, 2, 3, 1]), Some(&3));
    assert_eq!(most_frequent(&["b", "a", "a", "c"]), Some(&"a"));
}

#[test]
fn a_tie_goes_to_the_value_seen_first() {
    assert_eq!(most_frequent(&[1, 2, 1, 2]), Some(&1));
    assert_eq!(most_frequent(&[2, 1, 1, 2]), Some(&2));
    assert_eq!(
        most_frequent(&[7, 8, 9]),
        Some(&7),
        "all distinct: the first one"
    );
}

#[test]
fn counts_go_past_the_small_integer_types() {
    // 65,537 ones after two twos: a count kept in a `u8` or a `u16` wraps
    // around (or panics) long before.
    let mut items = vec![2_u8, 2];
    items.resize(2 + 65_537, 1);
    assert_eq!(most_frequent(&items), Some(&1));
}

#[test]
fn a_late_majority_beats_an_early_tie() {
    assert_eq!(most_frequent(&[1, 2, 1, 2, 3, 3, 3]), Some(&3));
}

#[test]
fn the_tie_rule_holds_for_many_tied_values() {
    // 26 letters, each twice, in a shuffled order: 'q' appears first.
    let text = "qwertyuiopasdfghjklzxcvbnmmnbvcxzlkjhgfdsapoiuytrewq";
    let letters: Vec<char> = text.chars().collect();
    assert_eq!(most_frequent(&letters), Some(&'q'));
}

#[test]
fn owned_strings_are_compared_by_content() {
    let words: Vec<String> = "to be or not to be".split(' ').map(String::from).collect();
    // "to" and "be" both appear twice; "to" comes first.
    assert_eq!(most_frequent(&words).map(String::as_str), Some("to"));
}

/// Equal when the names match ignoring case; `line` is not compared.
#[derive(Debug, Clone)]
struct Name {
    text: &'static str,
    line: u32,
}

impl PartialEq for Name {
    fn eq(&self, other: &Self) -> bool {
        self.text.eq_ignore_ascii_case(other.text)
    }
}

impl Eq for Name {}

impl Hash for Name {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.to_ascii_lowercase().hash(state);
    }
}

#[test]
fn the_result_is_the_first_occurrence_of_the_winner() {
    let names = [
        Name {
            text: "bob",
            line: 1,
        },
        Name {
            text: "ALICE",
            line: 2,
        },
        Name {
            text: "Bob",
            line: 3,
        },
        Name {
            text: "alice",
            line: 4,
        },
        Name {
            text: "Alice",
            line: 5,
        },
    ];
    let winner = most_frequent(&names).expect("not empty");
    assert_eq!(winner.line, 2, "alice wins; her first occurrence is line 2");
    assert!(
        std::ptr::eq(winner, &names[1]),
        "a reference into the slice"
    );
}

/// A legal but coarse `Hash`: unequal points may hash alike (only `x` is
/// hashed), so a count keyed by the hash alone mixes them up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    x: i32,
    y: i32,
}

impl Hash for Point {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.x.hash(state);
    }
}

#[test]
fn values_that_hash_alike_are_still_told_apart() {
    let p = |x, y| Point { x, y };
    assert_eq!(
        most_frequent(&[p(2, 0), p(1, 1), p(1, 2)]),
        Some(&p(2, 0)),
        "three values seen once each: the first wins"
    );
    assert_eq!(most_frequent(&[p(1, 1), p(1, 2), p(1, 2)]), Some(&p(1, 2)));
    assert_eq!(
        most_frequent(&[p(1, 1), p(2, 5), p(1, 2), p(2, 5), p(1, 3)]),
        Some(&p(2, 5))
    );
}

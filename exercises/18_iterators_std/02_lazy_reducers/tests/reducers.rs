use iterators_std_02_lazy_reducers::{coldest, longest_word, running_max};
use std::cell::Cell;

/// `values`, then a sensor failure if anyone reads past them.
fn sensor(values: Vec<i32>) -> impl Iterator<Item = i32> {
    values.into_iter().chain(std::iter::from_fn(|| {
        panic!("read past the readings the caller asked for")
    }))
}

#[test]
fn running_max_keeps_the_highest_so_far() {
    let maxima: Vec<i32> = running_max([3, 1, 4, 1, 5, 9, 2, 6]).collect();
    assert_eq!(maxima, [3, 3, 4, 4, 5, 9, 9, 9]);
}

#[test]
fn running_max_of_nothing_is_nothing() {
    assert_eq!(running_max(Vec::new()).count(), 0);
}

#[test]
fn running_max_handles_the_lowest_value() {
    let maxima: Vec<i32> = running_max([i32::MIN, -5, i32::MIN]).collect();
    assert_eq!(maxima, [i32::MIN, -5, -5]);
}

#[test]
fn running_max_reads_only_what_the_caller_takes() {
    let maxima: Vec<i32> = running_max(sensor(vec![2, 7, 1])).take(3).collect();
    assert_eq!(maxima, [2, 7, 7]);
}

#[test]
fn building_the_running_max_reads_nothing() {
    let pulled = Cell::new(0);
    let readings = [5, 6, 7]
        .into_iter()
        .inspect(|_| pulled.set(pulled.get() + 1));
    let mut maxima = running_max(readings);
    assert_eq!(
        pulled.get(),
        0,
        "no reading is taken before the first `next`"
    );
    assert_eq!(maxima.next(), Some(5));
    assert_eq!(pulled.get(), 1, "one value asked, one reading taken");
    assert_eq!(maxima.next(), Some(6));
    assert_eq!(pulled.get(), 2, "two values asked, two readings taken");
}

#[test]
fn every_value_asked_takes_exactly_one_reading() {
    let pulled = Cell::new(0);
    let readings = (0..100).inspect(|_| pulled.set(pulled.get() + 1));
    let mut maxima = running_max(readings);
    for asked in 1..=100 {
        assert_eq!(maxima.next(), Some(asked - 1));
        assert_eq!(
            pulled.get(),
            asked,
            "{asked} values asked: as many readings must be taken, no more"
        );
    }
    let maxima: Vec<i32> = running_max(sensor(vec![1, 2, 3, 4])).take(4).collect();
    assert_eq!(maxima, [1, 2, 3, 4]);
}

#[test]
fn the_longest_word_wins() {
    assert_eq!(longest_word("a quick brownish fox"), Some("brownish"));
}

#[test]
fn on_a_tie_the_first_longest_word_wins() {
    assert_eq!(longest_word("one two six ten"), Some("one"));
    assert_eq!(longest_word("tiny large huge"), Some("large"));
}

#[test]
fn words_are_measured_in_characters() {
    // "ééé" is 3 characters in 6 bytes, "abcd" 4 in 4.
    assert_eq!(longest_word("ééé abcd"), Some("abcd"));
    // "éclair" and "banana" both have 6 characters: the first wins.
    assert_eq!(longest_word("éclair banana"), Some("éclair"));
}

#[test]
fn every_kind_of_whitespace_separates_words() {
    // A no-break space (U+00A0), an ideographic space (U+3000), a tab and a
    // newline all separate words.
    assert_eq!(longest_word("ab\u{a0}cd\u{3000}xyz\tpq\nr"), Some("xyz"));
}

#[test]
fn blank_text_has_no_longest_word() {
    assert_eq!(longest_word(""), None);
    assert_eq!(longest_word(" \t\n "), None);
}

#[test]
fn coldest_is_the_lowest_reading() {
    assert_eq!(coldest(&[3.5, -2.0, 7.25, -1.5]), Some(-2.0));
}

#[test]
fn no_readings_have_no_coldest() {
    assert_eq!(coldest(&[]), None);
}

#[test]
fn nan_readings_are_ignored() {
    assert_eq!(coldest(&[f64::NAN, 4.0, f64::NAN, 2.5]), Some(2.5));
    assert_eq!(coldest(&[f64::NAN]), None, "a NaN is not a reading");
}

#[test]
fn a_nan_with_its_sign_bit_set_is_ignored_too() {
    // `-NaN` sorts before every number in the IEEE total order.
    assert_eq!(coldest(&[-f64::NAN, 1.0, -f64::NAN]), Some(1.0));
    assert_eq!(coldest(&[-f64::NAN]), None);
}

#[test]
fn infinities_are_real_readings() {
    assert_eq!(coldest(&[f64::NEG_INFINITY, 0.0]), Some(f64::NEG_INFINITY));
    assert_eq!(coldest(&[f64::INFINITY]), Some(f64::INFINITY));
}

#[test]
fn a_four_byte_character_is_one_character() {
    // "🦀🦀" is 2 characters (8 bytes, 4 UTF-16 units), "abc" 3.
    assert_eq!(longest_word("🦀🦀 abc"), Some("abc"));
    support::check::agree(
        support::inputs::generate::sentence(6),
        |text| {
            let mut longest: Option<&str> = None;
            for word in text.split_whitespace() {
                if longest.is_none_or(|best| word.chars().count() > best.chars().count()) {
                    longest = Some(word);
                }
            }
            longest.map(str::to_string)
        },
        |text| longest_word(text).map(str::to_string),
    );
}

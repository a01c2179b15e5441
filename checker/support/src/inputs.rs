//! The inputs slips hide in. A test that says "whitespace" or "a letter"
//! tries these, not only the ASCII space and `a`.
//!
//! The lists are plain data; with the `check` feature, [`generate`] turns them
//! into generators for [`crate::check`].

/// Every character Unicode gives the `White_Space` property: exactly the
/// characters for which `char::is_whitespace` is true. ASCII has six of the
/// twenty-five.
pub const WHITESPACE: [char; 25] = [
    '\t', '\n', '\u{B}', '\u{C}', '\r', ' ', '\u{85}', '\u{A0}', '\u{1680}', '\u{2000}',
    '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}',
    '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}',
];

/// Characters that look like space or nothing but are not whitespace: a
/// split on whitespace keeps them inside words.
pub const NOT_WHITESPACE: [char; 3] = ['\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Text whose lower or upper case has another length, in characters or in
/// bytes: `İ` lowers to `i̇` (two characters), `ß` uppers to `SS`, the Kelvin
/// sign `K` (three bytes) lowers to `k` (one). Code that assumes a case
/// change keeps lengths, or maps one `char` to one `char`, breaks on them.
pub const CASE_CHANGES_LENGTH: [&str; 8] = ["İ", "ß", "ŉ", "ﬁ", "ǰ", "\u{212A}", "\u{2126}", "ẞ"];

/// Letters built from a base and combining marks: one visible letter, two
/// or three `char`s.
pub const COMBINING: [&str; 4] = ["e\u{301}", "n\u{303}", "a\u{308}\u{304}", "\u{915}\u{94D}"];

/// Decimal digits beyond ASCII (`char::is_numeric` is true, `is_ascii_digit`
/// false): Arabic-Indic, Devanagari, fullwidth, NKo and a four-byte
/// mathematical digit. `str::parse::<u32>` rejects every one.
pub const NON_ASCII_DIGITS: [char; 5] = ['٣', '५', '３', '߃', '𝟓'];

/// Numeric characters that are not decimal digits at all.
pub const OTHER_NUMERIC: [char; 3] = ['½', 'Ⅻ', '²'];

/// Punctuation beyond ASCII: `char::is_ascii_punctuation` is false for all.
pub const NON_ASCII_PUNCTUATION: [char; 10] = ['«', '»', '¿', '¡', '—', '…', '、', '。', '“', '’'];

/// Characters of four bytes in UTF-8 (one `char`, two UTF-16 units).
pub const FOUR_BYTE: [char; 4] = ['😀', '🦀', '𝔘', '𐍈'];

/// Letters beyond ASCII of two and three bytes.
pub const NON_ASCII_LETTERS: [char; 6] = ['é', 'ø', 'Ω', 'ж', 'ñ', '漢'];

/// Every character of the lists above, once: what "any text" must survive.
pub fn tricky_chars() -> Vec<char> {
    let mut chars: Vec<char> = WHITESPACE
        .iter()
        .chain(&NOT_WHITESPACE)
        .chain(&NON_ASCII_DIGITS)
        .chain(&OTHER_NUMERIC)
        .chain(&NON_ASCII_PUNCTUATION)
        .chain(&FOUR_BYTE)
        .chain(&NON_ASCII_LETTERS)
        .copied()
        .collect();
    for text in CASE_CHANGES_LENGTH.iter().chain(&COMBINING) {
        chars.extend(text.chars());
    }
    let mut seen = std::collections::HashSet::new();
    chars.retain(|c| seen.insert(*c));
    chars
}

/// The values of an integer type where arithmetic slips: the ends of its
/// range, one step inside them, and around zero.
pub trait Extremes: Sized {
    fn extremes() -> Vec<Self>;
}

macro_rules! signed_extremes {
    ($($t:ty),*) => {$(
        impl Extremes for $t {
            fn extremes() -> Vec<Self> {
                vec![<$t>::MIN, <$t>::MIN + 1, -2, -1, 0, 1, 2, <$t>::MAX - 1, <$t>::MAX]
            }
        }
    )*};
}

macro_rules! unsigned_extremes {
    ($($t:ty),*) => {$(
        impl Extremes for $t {
            fn extremes() -> Vec<Self> {
                vec![0, 1, 2, <$t>::MAX / 2, <$t>::MAX / 2 + 1, <$t>::MAX - 1, <$t>::MAX]
            }
        }
    )*};
}

signed_extremes!(i8, i16, i32, i64, i128, isize);
unsigned_extremes!(u8, u16, u32, u64, u128, usize);

/// `T::extremes()`, for a call without naming the trait.
pub fn extremes<T: Extremes>() -> Vec<T> {
    T::extremes()
}

/// Every ordering of `items` (n! of them: keep n small), so a test sees the
/// result does not depend on the order of its input, or does as it must.
pub fn orders<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for (i, first) in items.iter().enumerate() {
        let mut rest = items.to_vec();
        rest.remove(i);
        for mut order in orders(&rest) {
            order.insert(0, first.clone());
            all.push(order);
        }
    }
    all
}

#[cfg(feature = "check")]
pub mod generate {
    //! The lists of [`super`] as proptest generators. Small alphabets make
    //! duplicates, ties and repeated words likely, which is where slips are.

    use proptest::prelude::*;
    use proptest::sample::select;

    /// One character: ASCII letters, digits and spaces most of the time,
    /// one of the tricky characters otherwise.
    pub fn char_() -> impl Strategy<Value = char> {
        prop_oneof![
            3 => select(vec!['a', 'b', 'A', 'z', '0', '7', ' ', '-', '.', '\'']),
            2 => select(super::tricky_chars()),
        ]
    }

    /// Text of up to `max` characters drawn from [`char_`].
    pub fn text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(char_(), 0..=max).prop_map(|chars| chars.into_iter().collect())
    }

    /// A word: one to six letters from a small alphabet that mixes ASCII,
    /// other letters, four-byte characters and case changes of another
    /// length, so the same word comes back often, in other cases too.
    pub fn word() -> impl Strategy<Value = String> {
        let letters = vec!["a", "b", "A", "B", "é", "É", "ß", "İ", "i", "🦀", "ж", "Ж"];
        proptest::collection::vec(select(letters), 1..=6).prop_map(|parts| parts.concat())
    }

    /// Words separated by runs of any Unicode whitespace, with whitespace
    /// before the first and after the last now and then.
    pub fn sentence(max_words: usize) -> impl Strategy<Value = String> {
        let gap = proptest::collection::vec(select(super::WHITESPACE.to_vec()), 1..=2)
            .prop_map(|chars| chars.into_iter().collect::<String>());
        let edge = proptest::option::of(gap.clone());
        (
            edge.clone(),
            proptest::collection::vec((word(), gap), 0..=max_words),
            edge,
        )
            .prop_map(|(start, words, end)| {
                let mut text = start.unwrap_or_default();
                let count = words.len();
                for (i, (word, gap)) in words.into_iter().enumerate() {
                    text.push_str(&word);
                    if i + 1 < count {
                        text.push_str(&gap);
                    }
                }
                text.push_str(&end.unwrap_or_default());
                text
            })
    }

    /// An integer that is one of the type's extremes half the time.
    pub fn int<T>() -> impl Strategy<Value = T>
    where
        T: super::Extremes + Arbitrary + Clone + std::fmt::Debug + 'static,
    {
        prop_oneof![select(T::extremes()), any::<T>()]
    }

    /// Up to `max` items, each drawn from `item`.
    pub fn list<S: Strategy>(item: S, max: usize) -> impl Strategy<Value = Vec<S::Value>> {
        proptest::collection::vec(item, 0..=max)
    }

    /// Up to `max` items from `pool`: a small pool gives duplicates and ties.
    pub fn from_pool<T: Clone + std::fmt::Debug + 'static>(
        pool: Vec<T>,
        max: usize,
    ) -> impl Strategy<Value = Vec<T>> {
        proptest::collection::vec(select(pool), 0..=max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_exactly_what_the_standard_library_calls_whitespace() {
        let all: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        assert_eq!(all, WHITESPACE);
        assert!(NOT_WHITESPACE.iter().all(|c| !c.is_whitespace()));
    }

    #[test]
    fn case_changes_change_length() {
        for text in CASE_CHANGES_LENGTH {
            let lower = text.to_lowercase();
            let upper = text.to_uppercase();
            let same = |other: &str| {
                other.len() == text.len() && other.chars().count() == text.chars().count()
            };
            assert!(!same(&lower) || !same(&upper), "{text:?}");
        }
    }

    #[test]
    fn digits_beyond_ascii_are_numeric_and_not_parsed() {
        for digit in NON_ASCII_DIGITS {
            assert!(digit.is_numeric() && !digit.is_ascii_digit(), "{digit}");
            assert!(digit.to_string().parse::<u32>().is_err(), "{digit}");
        }
        assert!(OTHER_NUMERIC.iter().all(|c| c.is_numeric()));
        assert!(FOUR_BYTE.iter().all(|c| c.len_utf8() == 4));
        assert!(
            NON_ASCII_PUNCTUATION
                .iter()
                .all(|c| !c.is_ascii_punctuation())
        );
        assert!(COMBINING.iter().all(|text| text.chars().count() > 1));
    }

    #[test]
    fn extremes_hold_the_ends_of_the_range() {
        let values = extremes::<i32>();
        assert!(values.contains(&i32::MIN) && values.contains(&i32::MAX));
        assert!(extremes::<usize>().contains(&usize::MAX));
    }

    #[test]
    fn orders_are_every_permutation() {
        let all = orders(&[1, 2, 3]);
        assert_eq!(all.len(), 6);
        let unique: std::collections::HashSet<_> = all.into_iter().collect();
        assert_eq!(unique.len(), 6);
        assert_eq!(orders::<u8>(&[]), vec![Vec::<u8>::new()]);
    }

    #[test]
    fn tricky_chars_are_listed_once() {
        let chars = tricky_chars();
        let unique: std::collections::HashSet<_> = chars.iter().collect();
        assert_eq!(unique.len(), chars.len());
        assert!(chars.contains(&'İ') && chars.contains(&'\u{3000}'));
    }
}

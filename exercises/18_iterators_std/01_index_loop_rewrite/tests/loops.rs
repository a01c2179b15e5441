use iterators_std_01_index_loop_rewrite::{checksum, count_rises, dot, long_words, run_length};

#[test]
fn rises_are_counted_against_the_previous_reading() {
    assert_eq!(count_rises(&[1, 3, 2, 4, 4, 5]), 3);
}

#[test]
fn no_readings_or_one_reading_have_no_rises() {
    assert_eq!(count_rises(&[]), 0);
    assert_eq!(count_rises(&[7]), 0);
}

#[test]
fn a_falling_series_has_no_rises() {
    assert_eq!(count_rises(&[5, 4, 3, -1]), 0);
}

#[test]
fn rises_between_the_extremes_do_not_overflow() {
    assert_eq!(count_rises(&[i32::MIN, i32::MAX, i32::MIN]), 1);
}

#[test]
fn dot_multiplies_pairs_and_adds() {
    assert_eq!(dot(&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]), 32.0);
}

#[test]
fn dot_stops_at_the_shorter_slice() {
    assert_eq!(dot(&[1.0, 2.0, 3.0], &[10.0]), 10.0);
    assert_eq!(dot(&[2.0], &[3.0, 100.0]), 6.0);
    assert_eq!(dot(&[], &[1.0]), 0.0);
}

#[test]
fn long_words_keeps_order_and_lowercases() {
    let lines = ["The Quick brown", "fox JUMPS over"];
    assert_eq!(long_words(&lines, 4), ["quick", "brown", "jumps"]);
}

#[test]
fn runs_of_whitespace_do_not_make_empty_words() {
    let lines = ["  spaced   out\twords  ", ""];
    assert_eq!(long_words(&lines, 0), ["spaced", "out", "words"]);
}

#[test]
fn every_kind_of_whitespace_separates_words() {
    // A tab, a newline, a no-break space (U+00A0) and an ideographic space
    // (U+3000) are all whitespace.
    let lines = ["one\ttwo\nthree", "four\u{a0}five\u{3000}six"];
    assert_eq!(
        long_words(&lines, 0),
        ["one", "two", "three", "four", "five", "six"]
    );
}

#[test]
fn lower_casing_covers_letters_beyond_ascii() {
    assert_eq!(
        long_words(&["ÉCOLE Straße ΣΟΦΙΑ"], 2),
        ["école", "straße", "σοφια"]
    );
    // A word is lower-cased as a word: a capital sigma at its end becomes
    // the final sigma `ς`, as `str::to_lowercase` does.
    assert_eq!(long_words(&["ΟΔΟΣ"], 2), ["οδος"]);
}

#[test]
fn word_length_counts_characters_not_bytes() {
    // "été" is 3 characters in 5 bytes.
    assert_eq!(long_words(&["été long"], 3), ["long"]);
}

#[test]
fn no_lines_give_no_words() {
    assert!(long_words(&[], 0).is_empty());
}

#[test]
fn runs_are_encoded_with_their_length() {
    assert_eq!(run_length("aaab"), "a3b1");
    assert_eq!(run_length("abba"), "a1b2a1");
}

#[test]
fn empty_text_encodes_to_nothing() {
    assert_eq!(run_length(""), "");
}

#[test]
fn runs_of_long_lengths_use_every_digit() {
    assert_eq!(run_length(&"z".repeat(12)), "z12");
    assert_eq!(run_length(&"z".repeat(300)), "z300");
}

#[test]
fn runs_are_made_of_characters_not_bytes() {
    assert_eq!(run_length("ééé"), "é3");
    assert_eq!(run_length("🦀🦀a"), "🦀2a1");
}

#[test]
fn checksum_of_nothing_is_zero() {
    assert_eq!(checksum(&[], &[]), 0);
}

#[test]
fn checksum_reads_the_header_then_the_body() {
    // 'a' = 97, 'b' = 98: 97 * 31 + 98.
    assert_eq!(checksum(b"ab", b""), 3105);
    assert_eq!(checksum(b"a", b"b"), 3105);
    assert_eq!(checksum(b"", b"ab"), 3105);
    assert_ne!(checksum(b"b", b"a"), 3105, "order matters");
}

#[test]
fn checksum_wraps_around_on_long_input() {
    let body = vec![0xFF_u8; 10_000];
    let mut expected: u32 = 0;
    for byte in b"hdr".iter().chain(&body) {
        expected = expected.wrapping_mul(31).wrapping_add(u32::from(*byte));
    }
    assert_eq!(checksum(b"hdr", &body), expected);
}

/// The checksum computed in 64 bits and reduced modulo 2^32 at each step:
/// no wrapping operation to get wrong.
fn checksum_oracle(header: &[u8], body: &[u8]) -> u32 {
    let modulus = 1_u64 << 32;
    let sum = header
        .iter()
        .chain(body)
        .fold(0_u64, |sum, &byte| (sum * 31 + u64::from(byte)) % modulus);
    u32::try_from(sum).expect("reduced modulo 2^32")
}

#[test]
fn checksum_wraps_the_addition_too() {
    // 31 * sum can wrap to just below 2^32, and adding the byte then wraps.
    support::check::agree_on(
        [(vec![1, 7, 22, 5, 4, 21, 7], vec![255])],
        |(header, body)| checksum_oracle(header, body),
        |(header, body)| checksum(header, body),
    );
    let bytes = || support::inputs::generate::list(support::inputs::generate::int::<u8>(), 12);
    support::check::agree(
        (bytes(), bytes()),
        |(header, body)| checksum_oracle(header, body),
        |(header, body)| checksum(header, body),
    );
}

#[test]
fn word_length_is_the_word_s_not_its_lower_case() {
    // `İ` is one character, its lower case `i̇` two.
    assert_eq!(long_words(&["İİ ab"], 3), Vec::<String>::new());
    support::check::agree(
        (
            support::inputs::generate::list(support::inputs::generate::sentence(4), 3),
            0_usize..5,
        ),
        |(lines, min_chars)| {
            let mut found = Vec::new();
            for line in lines {
                for word in line.split_whitespace() {
                    if word.chars().count() > *min_chars {
                        found.push(word.to_lowercase());
                    }
                }
            }
            found
        },
        |(lines, min_chars)| {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            long_words(&lines, *min_chars)
        },
    );
}

use lifetimes_05_tokenizer_slices::Tokenizer;
use support::check;
use support::inputs::{FOUR_BYTE, NON_ASCII_DIGITS, NON_ASCII_LETTERS, NON_ASCII_PUNCTUATION};

#[test]
fn splits_names_numbers_and_punctuation() {
    let mut tokenizer = Tokenizer::new("let total = price * 3;");
    for expected in ["let", "total", "=", "price", "*", "3", ";"] {
        assert_eq!(tokenizer.next_token(), Some(expected));
    }
    assert_eq!(tokenizer.next_token(), None);
}

#[test]
fn punctuation_needs_no_spaces_around_it() {
    let mut tokenizer = Tokenizer::new("f(x,y_2)");
    for expected in ["f", "(", "x", ",", "y_2", ")"] {
        assert_eq!(tokenizer.next_token(), Some(expected));
    }
    assert_eq!(tokenizer.next_token(), None);
}

#[test]
fn empty_and_blank_input_have_no_tokens() {
    assert_eq!(Tokenizer::new("").next_token(), None);
    assert_eq!(Tokenizer::new(" \t\n ").next_token(), None);
}

#[test]
fn any_whitespace_separates_tokens() {
    let mut tokenizer = Tokenizer::new("a\tb\r\nc\u{a0}d\u{3000}=\u{2003}e ");
    for expected in ["a", "b", "c", "d", "=", "e"] {
        assert_eq!(tokenizer.next_token(), Some(expected));
    }
    assert_eq!(tokenizer.next_token(), None);
}

#[test]
fn the_end_stays_the_end() {
    let mut tokenizer = Tokenizer::new("x");
    assert_eq!(tokenizer.next_token(), Some("x"));
    assert_eq!(tokenizer.next_token(), None);
    assert_eq!(tokenizer.next_token(), None);
}

#[test]
fn names_and_symbols_beyond_ascii() {
    let mut tokenizer = Tokenizer::new("café→crème");
    assert_eq!(tokenizer.next_token(), Some("café"));
    assert_eq!(tokenizer.next_token(), Some("→"));
    assert_eq!(tokenizer.next_token(), Some("crème"));
    assert_eq!(tokenizer.next_token(), None);
}

#[test]
fn rest_is_the_text_not_yet_tokenized() {
    let mut tokenizer = Tokenizer::new("let x = 1;");
    assert_eq!(tokenizer.rest(), "let x = 1;");
    assert_eq!(tokenizer.next_token(), Some("let"));
    assert_eq!(tokenizer.rest(), " x = 1;");
}

#[test]
fn tokens_are_slices_of_the_input() {
    let input = String::from("  alpha beta");
    let mut tokenizer = Tokenizer::new(&input);
    let token = tokenizer.next_token().expect("there is a first token");
    assert!(
        std::ptr::eq(token.as_ptr(), input[2..].as_ptr()),
        "a token must point into the input, not into a copy"
    );
}

/// The tokens, char by char: a word grows while letters, digits (of any
/// script) and `_` come; anything else ends it and, unless it is
/// whitespace, is a token of its own.
fn tokens_char_by_char(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphabetic() || c.is_numeric() || c == '_' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            tokens.push(std::mem::take(&mut word));
        }
        if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    tokens
}

#[test]
fn digits_and_letters_of_any_script_make_one_token() {
    let mut texts = Vec::new();
    for digit in NON_ASCII_DIGITS {
        texts.push(format!("x{digit} = {digit}{digit}+y_{digit};"));
    }
    for letter in NON_ASCII_LETTERS.iter().chain(&FOUR_BYTE) {
        texts.push(format!("{letter}1 {letter}_{letter}"));
    }
    for mark in NON_ASCII_PUNCTUATION {
        texts.push(format!("a{mark}b{mark}{mark}"));
    }
    check::agree_on(
        texts,
        |text| tokens_char_by_char(text),
        |text| {
            let mut tokenizer = Tokenizer::new(text);
            let mut tokens = Vec::new();
            while let Some(token) = tokenizer.next_token() {
                tokens.push(token.to_string());
            }
            tokens
        },
    );
}

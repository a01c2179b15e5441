// The probes of the conversions at the end of this file come in pairs of
// traits, and only one trait of each pair is used, depending on the design;
// the explicit `&probe` that selects the fallback looks needless.
#![allow(dead_code, clippy::needless_borrow)]

use std::marker::PhantomData;
use std::str::FromStr;

use orphan_newtype_03_validated_email_newtype::{Email, EmailError};

#[test]
fn accepts_ordinary_addresses() {
    for text in [
        "ada@example.com",
        "a.b+tag@mail.co.uk",
        "x@y.z",
        "josé@café.fr",
    ] {
        let email = Email::parse(text).unwrap_or_else(|err| panic!("{text}: {err:?}"));
        assert_eq!(email.as_str(), text);
        assert_eq!(email.to_string(), text);
    }
}

#[test]
fn domain_is_the_part_after_the_at() {
    let email = Email::parse("grace@navy.mil").expect("valid");
    assert_eq!(email.domain(), "navy.mil");
}

#[test]
fn rejects_each_kind_of_bad_address() {
    let cases = [
        ("", EmailError::Empty),
        ("ada @example.com", EmailError::Whitespace),
        ("ada@example.com\n", EmailError::Whitespace),
        ("ada@exam\tple.com", EmailError::Whitespace),
        ("ada\u{a0}@example.com", EmailError::Whitespace),
        ("ada@example.com\u{3000}", EmailError::Whitespace),
        ("ada.example.com", EmailError::MissingAt),
        ("ada@b@example.com", EmailError::MultipleAt),
        ("@example.com", EmailError::EmptyLocalPart),
        ("ada@", EmailError::InvalidDomain),
        ("ada@localhost", EmailError::InvalidDomain),
        ("ada@.com", EmailError::InvalidDomain),
        ("ada@example.", EmailError::InvalidDomain),
    ];
    for (text, expected) in cases {
        assert_eq!(Email::parse(text), Err(expected), "{text:?}");
    }
}

#[test]
fn equal_addresses_compare_equal() {
    let first = Email::parse("ada@example.com").expect("valid");
    let second = Email::parse("ada@example.com").expect("valid");
    assert_eq!(first, second);
    assert_eq!(first.clone(), second);
}

// A conversion from text is one more way to get an `Email`, so whichever of
// `TryFrom<&str>`, `TryFrom<String>` and `FromStr` the type offers must check
// exactly as `parse` does (an unchecked `From<&str>` counts too: it gives a
// `TryFrom<&str>` that never fails). A type that offers none passes.
//
// Each probe below is a pair of traits with a method of the same name: the
// one for `Probe<E>` applies only when `E` has the conversion, and method
// lookup tries it before the fallback for `&Probe<E>`, which answers `None`.
struct Probe<E>(PhantomData<E>);

/// `None`: no such conversion; `Some(None)`: it refused the text;
/// `Some(Some(email))`: it accepted it.
type Outcome<E> = Option<Option<E>>;

trait WithoutTryFromStr {
    fn via_try_from_str(&self, _: &'static str) -> Outcome<Email> {
        None
    }
}
impl<E> WithoutTryFromStr for &Probe<E> {}
trait WithTryFromStr<E> {
    fn via_try_from_str(&self, text: &'static str) -> Outcome<E>;
}
impl<E: TryFrom<&'static str>> WithTryFromStr<E> for Probe<E> {
    fn via_try_from_str(&self, text: &'static str) -> Outcome<E> {
        Some(E::try_from(text).ok())
    }
}

trait WithoutTryFromString {
    fn via_try_from_string(&self, _: &'static str) -> Outcome<Email> {
        None
    }
}
impl<E> WithoutTryFromString for &Probe<E> {}
trait WithTryFromString<E> {
    fn via_try_from_string(&self, text: &'static str) -> Outcome<E>;
}
impl<E: TryFrom<String>> WithTryFromString<E> for Probe<E> {
    fn via_try_from_string(&self, text: &'static str) -> Outcome<E> {
        Some(E::try_from(text.to_string()).ok())
    }
}

trait WithoutFromStr {
    fn via_from_str(&self, _: &'static str) -> Outcome<Email> {
        None
    }
}
impl<E> WithoutFromStr for &Probe<E> {}
trait WithFromStr<E> {
    fn via_from_str(&self, text: &'static str) -> Outcome<E>;
}
impl<E: FromStr> WithFromStr<E> for Probe<E> {
    fn via_from_str(&self, text: &'static str) -> Outcome<E> {
        Some(text.parse::<E>().ok())
    }
}

/// What each conversion the type offers makes of `text`.
fn conversions(text: &'static str) -> Vec<(&'static str, Option<Email>)> {
    let probe = Probe::<Email>(PhantomData);
    [
        ("TryFrom<&str>", (&probe).via_try_from_str(text)),
        ("TryFrom<String>", (&probe).via_try_from_string(text)),
        ("FromStr", (&probe).via_from_str(text)),
    ]
    .into_iter()
    .filter_map(|(name, outcome)| Some((name, outcome?)))
    .collect()
}

/// Texts `parse` refuses: one of each kind, and valid addresses with any
/// Unicode whitespace around them (a conversion that trims would take them).
fn refused_texts() -> Vec<&'static str> {
    let mut texts = vec![
        "",
        "not an email",
        "@@@",
        "ada @example.com",
        "ada.example.com",
        "ada@b@example.com",
        "ada@localhost",
        "@example.com",
        "ada@",
        "ada@.com",
        "ada@example.",
        "ada@example.com\u{a0}",
    ];
    for space in support::inputs::WHITESPACE {
        for text in [
            format!("{space}ada@example.com"),
            format!("ada@example.com{space}"),
        ] {
            // The probes take `&'static str`; a test may keep its inputs.
            texts.push(Box::leak(text.into_boxed_str()));
        }
    }
    texts
}

#[test]
fn conversions_from_text_refuse_what_parse_refuses() {
    for text in refused_texts() {
        assert!(Email::parse(text).is_err(), "{text:?} is not valid");
        for (conversion, email) in conversions(text) {
            assert!(
                email.is_none(),
                "{conversion} turned {text:?} into an Email that `parse` refuses \
                 (a `From` impl gives a `TryFrom` that cannot fail)"
            );
        }
    }
}

#[test]
fn conversions_from_text_accept_what_parse_accepts() {
    for text in [
        "ada@example.com",
        "josé@café.fr",
        "Ada.Lovelace@Example.COM",
        "x@y.z",
    ] {
        for (conversion, email) in conversions(text) {
            let email = email.unwrap_or_else(|| panic!("{conversion} refused {text:?}"));
            assert_eq!(
                email.as_str(),
                text,
                "{conversion} must give the same Email as `parse`"
            );
        }
    }
}

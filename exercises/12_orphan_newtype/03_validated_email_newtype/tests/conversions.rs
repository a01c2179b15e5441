// A conversion from text is one more way to get an `Email`, so whichever of
// `TryFrom<&str>`, `TryFrom<String>` and `FromStr` the type offers must check
// exactly as `parse` does (an unchecked `From<&str>` counts too: it gives a
// `TryFrom<&str>` that never fails). A type that offers none passes.
//
// Each probe below is a pair of traits with a method of the same name: the
// one for `Probe<E>` applies only when `E` has the conversion, and method
// lookup tries it before the fallback for `&Probe<E>`, which answers `None`.
//
// Which pair is used depends on the design, so the other trait is unused,
// and the explicit `&probe` that selects the fallback looks needless.
#![allow(dead_code, clippy::needless_borrow)]

use std::marker::PhantomData;
use std::str::FromStr;

use orphan_newtype_03_validated_email_newtype::Email;

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

#[test]
fn conversions_from_text_refuse_what_parse_refuses() {
    for text in [
        "",
        "not an email",
        "@@@",
        "ada@localhost",
        "@example.com",
        "ada@example.com\u{a0}",
    ] {
        assert!(Email::parse(text).is_err(), "{text:?} is not valid");
        for (conversion, email) in conversions(text) {
            assert!(
                email.is_none(),
                "{conversion} turned {text:?} into an Email without checking it \
                 (a `From` impl gives a `TryFrom` that cannot fail)"
            );
        }
    }
}

#[test]
fn conversions_from_text_accept_what_parse_accepts() {
    for text in ["ada@example.com", "josé@café.fr"] {
        for (conversion, email) in conversions(text) {
            let email = email.unwrap_or_else(|| panic!("{conversion} refused {text:?}"));
            assert_eq!(email.as_str(), text, "{conversion}");
        }
    }
}

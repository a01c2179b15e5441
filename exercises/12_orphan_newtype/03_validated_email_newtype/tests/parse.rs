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

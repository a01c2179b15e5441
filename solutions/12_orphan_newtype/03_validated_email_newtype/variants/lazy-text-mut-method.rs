// variant: an inherent method handing out the text mutably
// expect: tests
//! # An email address that is always valid
//!
//! A sign-up service passes email addresses around as `Email` instead of
//! `String`, so that a function taking an `Email` never has to check it
//! again. `Email::parse` validates carefully. The type does not hold its
//! promise, though: other code can build or change an `Email` without ever
//! going through `parse`, in three ways (see `tests/fail/`).
//!
//! Task: close every back door, so that the only way to get an `Email` is a
//! successful `parse`, and open no new one: no `Default`, no `&mut` access
//! to the text, and any conversion from text you add (`TryFrom`, `FromStr`)
//! checks exactly as `parse` does. Keep `Email` a tuple struct over a
//! `String`, keep `parse`, `as_str`, `domain` and the derives, and keep the
//! rules:
//! - not empty, no whitespace;
//! - exactly one `@`, with something before it;
//! - a domain after it containing a `.` that is neither its first nor its
//!   last character.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::fmt;

/// Why a text is not an email address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Whitespace,
    MissingAt,
    MultipleAt,
    EmptyLocalPart,
    InvalidDomain,
}

/// A syntactically valid email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// The only intended way to get an `Email`.
    pub fn parse(text: &str) -> Result<Email, EmailError> {
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        if text.chars().any(char::is_whitespace) {
            return Err(EmailError::Whitespace);
        }
        let Some((local, domain)) = text.split_once('@') else {
            return Err(EmailError::MissingAt);
        };
        if domain.contains('@') {
            return Err(EmailError::MultipleAt);
        }
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        let dot_inside = domain
            .char_indices()
            .any(|(index, c)| c == '.' && index > 0 && index + 1 < domain.len());
        if !dot_inside || domain.starts_with('.') || domain.ends_with('.') {
            return Err(EmailError::InvalidDomain);
        }
        Ok(Email(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.split_once('@').map_or("", |(_, domain)| domain)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Email {
    /// The address text, for in-place normalisation (lower-casing, say).
    pub fn text_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

// variant: private field, but `DerefMut` to the `String` inside
// expect: case:change_through_deref, tests
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

impl std::ops::Deref for Email {
    type Target = String;

    fn deref(&self) -> &String {
        &self.0
    }
}

impl std::ops::DerefMut for Email {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

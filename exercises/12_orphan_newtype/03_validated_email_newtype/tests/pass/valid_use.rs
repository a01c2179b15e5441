// The intended use: parse once, then pass `Email` around and read it.
use std::collections::HashSet;

use orphan_newtype_03_validated_email_newtype::{Email, EmailError};

fn welcome(email: &Email) -> String {
    format!("welcome, {} at {}", email.as_str(), email.domain())
}

fn main() -> Result<(), EmailError> {
    let email = Email::parse("grace@navy.mil")?;
    assert_eq!(welcome(&email), "welcome, grace@navy.mil at navy.mil");
    let mut seen = HashSet::new();
    seen.insert(email.clone());
    assert!(seen.contains(&email));
    assert_eq!(email.to_string(), "grace@navy.mil");
    Ok(())
}

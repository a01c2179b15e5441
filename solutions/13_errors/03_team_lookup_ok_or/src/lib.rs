//! # Predict: `?` on an `Option` in a function that returns `Result`
//!
//! A chat bot answers "who leads team X?". Teams are stored by name as a list
//! of user ids, the first id being the lead. The bot receives the team name,
//! and sometimes a user id typed by a person, so every step can fail, and
//! the bot must say which step did.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? (It reports the same code
//! more than once; any of its lines is a right answer.) Write your answer on
//! the PREDICT line below, for example `// PREDICT: E0000 line 00`. The
//! checker shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests, keeping all five `?`s: turn
//! each missing value and each foreign error into the right `LookupError`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Default)]
pub struct Directory {
    pub users: HashMap<u32, User>,
    /// Team name to member ids; the first member leads the team.
    pub teams: HashMap<String, Vec<u32>>,
}

/// Why the bot cannot answer; it matches on the variant to word its reply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    #[error("no team is called `{0}`")]
    UnknownTeam(String),
    #[error("team `{0}` has no members")]
    EmptyTeam(String),
    #[error("no user has id {0}")]
    UnknownUser(u32),
    /// The text is not a user id; it holds the text.
    #[error("`{0}` is not a user id")]
    BadUserId(String),
}

// PREDICT: E0277 line 52
/// The email address of the lead of `team`.
pub fn team_lead_email(directory: &Directory, team: &str) -> Result<String, LookupError> {
    // `?` only converts errors into errors. An `Option` has none, so each
    // `None` is first given a meaning with `ok_or_else` (lazy: the error is
    // only built on failure, which matters when it allocates).
    let members = directory
        .teams
        .get(team)
        .ok_or_else(|| LookupError::UnknownTeam(team.to_string()))?;
    let lead = members
        .first()
        .ok_or_else(|| LookupError::EmptyTeam(team.to_string()))?;
    let user = directory
        .users
        .get(lead)
        .ok_or(LookupError::UnknownUser(*lead))?;
    Ok(user.email.clone())
}

/// The name of the user whose id a person typed, like `" 42 "`.
pub fn user_name_from_input(directory: &Directory, input: &str) -> Result<String, LookupError> {
    let id = input
        .trim()
        .parse::<u32>()
        .map_err(|_| LookupError::BadUserId(input.to_string()))?;
    let user = directory
        .users
        .get(&id)
        .ok_or(LookupError::UnknownUser(id))?;
    Ok(user.name.clone())
}

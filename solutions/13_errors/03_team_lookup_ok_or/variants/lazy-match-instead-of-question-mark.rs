// variant: replaces the `?`s on `Option` with `match`
// expect: tests
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
    let members = match directory.teams.get(team) {
        Some(members) => members,
        None => return Err(LookupError::UnknownTeam(team.to_string())),
    };
    let Some(lead) = members.first() else {
        return Err(LookupError::EmptyTeam(team.to_string()));
    };
    match directory.users.get(lead) {
        Some(user) => Ok(user.email.clone()),
        None => Err(LookupError::UnknownUser(*lead)),
    }
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

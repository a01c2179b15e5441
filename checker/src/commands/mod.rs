//! One module per command: the leaves of the crate, which only `main.rs` imports.

pub mod dev;
pub mod list;
pub mod reset;
pub mod show;
pub mod verify;

/// Exit codes: 0 all good, 1 something is not solved (or a check failed), 2 bad usage or configuration.
pub const EXIT_NOT_SOLVED: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

/// The exercise a command without a name acts on: the current one, as
/// `verify` and watch see it.
pub fn named_or_current(
    workspace: &crate::workspace::Workspace,
    name: Option<String>,
) -> anyhow::Result<String> {
    if let Some(name) = name {
        return Ok(name);
    }
    let catalogue = crate::catalogue::Catalogue::load(workspace)?;
    let progress = crate::progress::load(workspace)?;
    match progress.current_exercise(&catalogue) {
        Some(exercise) => Ok(exercise.id.clone()),
        None => anyhow::bail!(
            "every exercise is solved, so there is no current one: name an exercise (see `{} list`)",
            crate::workspace::invocation()
        ),
    }
}

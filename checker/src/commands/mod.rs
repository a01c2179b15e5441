//! One module per command: the leaves of the crate, which only `main.rs` imports.

pub mod dev;
pub mod list;
pub mod reset;
pub mod show;
pub mod verify;

/// Exit codes: 0 all good, 1 something is not solved (or a check failed), 2 bad usage or configuration.
pub const EXIT_NOT_SOLVED: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

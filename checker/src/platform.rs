//! What differs between operating systems, in one place.

use std::process::Command;

/// Replaces this process with `command` (Unix), or runs it and exits with
/// its code. Returns only when the command could not be started.
pub fn exec(mut command: Command) -> std::io::Error {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.exec()
    }
    #[cfg(not(unix))]
    {
        match command.status() {
            Ok(status) => std::process::exit(status.code().unwrap_or(1)),
            Err(error) => error,
        }
    }
}

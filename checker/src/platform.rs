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

/// What usually raises `signal` in a learner's test binary.
#[cfg(unix)]
pub fn crash_cause(signal: i32) -> &'static str {
    match signal {
        libc::SIGABRT => "an abort: a stack overflow, a panic during a panic, or process::abort?",
        libc::SIGSEGV | libc::SIGBUS => {
            "invalid memory access: a bad raw pointer or a stack overflow?"
        }
        libc::SIGFPE => {
            "an arithmetic fault: integer division by zero or overflow in unsafe or C code?"
        }
        libc::SIGILL => "an illegal instruction: unreachable code reached or an intrinsic abort?",
        libc::SIGKILL => "killed from outside: out of memory?",
        _ => "a stack overflow or an abort?",
    }
}

//! What differs between operating systems, in one place. The contract:
//!
//! - [`own_group`]: a command starts in a process group of its own, so a
//!   time limit or a quit can stop everything it started ([`kill_group`]);
//! - [`signal_of`]: the signal that ended a process, and [`crash_cause`]:
//!   what such a signal usually means in a learner's program;
//! - [`why_no_change_events`]: a file system that never reports changes
//!   (network mounts, WSL's view of Windows drives), where watch must poll;
//! - [`on_stop_signals`]: SIGINT, SIGTERM and SIGHUP, handled on a thread;
//! - [`terminate`]: ask a process to stop (SIGTERM);
//! - [`exec`]: become another program (the rustc wrapper);
//! - [`try_lock`]: an exclusive lock on a file, held while it stays open.
//!
//! Linux is tested; macOS runs the same Unix code, untested here. Windows is
//! served through WSL: a native Windows build stops at the error below.

pub use imp::*;

#[cfg(unix)]
mod imp {
    use std::io;
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::path::Path;
    use std::process::{Command, ExitStatus};

    /// Makes `command` start in a new process group, led by the child.
    pub fn own_group(command: &mut Command) {
        command.process_group(0);
    }

    /// Kills the process group led by `leader` (a stale id only makes it fail).
    pub fn kill_group(leader: u32) {
        if let Ok(pid) = libc::pid_t::try_from(leader) {
            // SAFETY: killpg has no memory-safety preconditions; a stale group id
            // only makes it fail with ESRCH, which is fine to ignore.
            unsafe {
                libc::killpg(pid, libc::SIGKILL);
            }
        }
    }

    /// Asks one process to stop, the way a terminal's close or `kill` does.
    pub fn terminate(pid: u32) {
        if let Ok(pid) = libc::pid_t::try_from(pid) {
            // SAFETY: kill has no memory-safety preconditions.
            unsafe {
                libc::kill(pid, libc::SIGTERM);
            }
        }
    }

    /// The signal that ended a process, if one did.
    pub fn signal_of(status: ExitStatus) -> Option<i32> {
        status.signal()
    }

    /// Calls `stop` on each SIGINT, SIGTERM or SIGHUP, from a thread of its own.
    pub fn on_stop_signals(mut stop: impl FnMut(i32) + Send + 'static) -> io::Result<()> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        std::thread::spawn(move || {
            for signal in signals.forever() {
                stop(signal);
            }
        });
        Ok(())
    }

    /// Takes an exclusive lock on `file` if nobody holds one (false if
    /// someone does); it lasts until the file is closed.
    pub fn try_lock(file: &std::fs::File) -> io::Result<bool> {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor belongs to `file`, open for the whole call.
        let result = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if result == 0 {
            return Ok(true);
        }
        let error = io::Error::last_os_error();
        if error.kind() == io::ErrorKind::WouldBlock {
            Ok(false)
        } else {
            Err(error)
        }
    }

    /// Replaces this process with `command`; returns only when it could not start.
    pub fn exec(mut command: Command) -> io::Error {
        command.exec()
    }

    /// What usually raises `signal` in a learner's test binary.
    pub fn crash_cause(signal: i32) -> &'static str {
        match signal {
            libc::SIGABRT => {
                "an abort: a stack overflow, a panic during a panic, or process::abort?"
            }
            libc::SIGSEGV | libc::SIGBUS => {
                "invalid memory access: a bad raw pointer or a stack overflow?"
            }
            libc::SIGFPE => {
                "an arithmetic fault: integer division by zero or overflow in unsafe or C code?"
            }
            libc::SIGILL => {
                "an illegal instruction: unreachable code reached or an intrinsic abort?"
            }
            libc::SIGKILL => "killed from outside: out of memory?",
            _ => "a stack overflow or an abort?",
        }
    }

    /// Why `dir` never reports changes, if it does not: WSL's view of Windows
    /// drives and network mounts. Polling is the only way to see saves there.
    pub fn why_no_change_events(dir: &Path) -> Option<String> {
        let is_wsl = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .is_ok_and(|release| release.to_lowercase().contains("microsoft"));
        if is_wsl && dir.starts_with("/mnt") {
            return Some("WSL does not report changes to files under /mnt".into());
        }
        file_system_kind(dir).map(|kind| format!("{kind} file systems do not report changes"))
    }

    #[cfg(target_os = "linux")]
    fn file_system_kind(dir: &Path) -> Option<&'static str> {
        use std::os::unix::ffi::OsStrExt;
        let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
        let mut stat = std::mem::MaybeUninit::<libc::statfs>::uninit();
        // SAFETY: `path` is a valid C string and `stat` is large enough for the
        // struct statfs fills; it is read only when the call succeeds.
        let stat = unsafe {
            if libc::statfs(path.as_ptr(), stat.as_mut_ptr()) != 0 {
                return None;
            }
            stat.assume_init()
        };
        // Magic numbers from statfs(2).
        #[allow(clippy::unnecessary_cast)] // f_type's width differs between targets.
        match stat.f_type as i64 {
            0x6969 => Some("NFS"),
            0x517B | 0xFE53_4D42 | 0xFF53_4D42 => Some("SMB"),
            0x0102_1997 => Some("9p (WSL 2 drives, VM shares)"),
            0x6573_5546 => Some("FUSE (sshfs, Docker Desktop shares)"),
            _ => None,
        }
    }

    /// Elsewhere (macOS), the kernel's events are trusted.
    #[cfg(not(target_os = "linux"))]
    fn file_system_kind(_dir: &Path) -> Option<&'static str> {
        None
    }
}

/// A native Windows build stops here, with one error that says what to do;
/// the stand-ins below only keep the rest of the crate from adding more.
#[cfg(not(unix))]
mod imp {
    compile_error!(
        "the checker runs on Linux and macOS; on Windows, run it inside WSL (https://learn.microsoft.com/windows/wsl/install), in a clone on the Linux file system"
    );

    use std::path::Path;
    use std::process::{Command, ExitStatus};

    pub fn own_group(_: &mut Command) {}
    pub fn kill_group(_: u32) {}
    pub fn terminate(_: u32) {}
    pub fn signal_of(_: ExitStatus) -> Option<i32> {
        None
    }
    pub fn on_stop_signals(_: impl FnMut(i32) + Send + 'static) -> std::io::Result<()> {
        Ok(())
    }
    pub fn exec(_: Command) -> std::io::Error {
        std::io::Error::other("not supported")
    }
    pub fn try_lock(_: &std::fs::File) -> std::io::Result<bool> {
        Ok(true)
    }
    pub fn crash_cause(_: i32) -> &'static str {
        ""
    }
    pub fn why_no_change_events(_: &Path) -> Option<String> {
        None
    }
}

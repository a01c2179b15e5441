//! A real terminal for the tests: tmux runs a shell, the test types into it
//! (send-keys) and reads the screen (capture-pane), as a person would.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Long enough for any check of a fixture exercise on a busy machine.
pub const WAIT: Duration = Duration::from_secs(60);

/// A tmux server of its own, with one shell in a terminal of a set size.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn start(dir: &Path, width: u16, height: u16, env: &[(&str, &str)]) -> Self {
        super::need("tmux", "tmux");
        let socket = format!(
            "checker-test-{}-{}",
            std::process::id(),
            dir.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        );
        let tmux = Self { socket };
        let mut shell = String::from("env -u CARGO_TARGET_DIR TERM=xterm-256color PS1='$ '");
        for (key, value) in env {
            shell.push_str(&format!(" {key}={value}"));
        }
        shell.push_str(" bash --norc --noprofile");
        tmux.run(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "-c",
            &dir.to_string_lossy(),
            &shell,
        ]);
        tmux
    }

    pub fn run(&self, args: &[&str]) -> String {
        let output = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs (sudo apt-get install tmux)");
        assert!(
            output.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn keys(&self, target: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", target];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    pub fn type_line(&self, target: &str, line: &str) {
        self.keys(target, &["-l", line]);
        self.keys(target, &["Enter"]);
    }

    pub fn screen(&self, target: &str) -> String {
        self.run(&["capture-pane", "-p", "-t", target])
    }

    pub fn screen_with_escapes(&self, target: &str) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", target])
    }

    /// Waits until the screen satisfies `ready`; returns that screen.
    pub fn wait_for(&self, target: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
        self.wait_longer_for(target, what, WAIT, ready)
    }

    /// `wait_for` with a wait of its own, for screens that come late by design.
    pub fn wait_longer_for(
        &self,
        target: &str,
        what: &str,
        wait: Duration,
        ready: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + wait;
        loop {
            let screen = self.screen(target);
            if ready(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the shell's foreground program has exited: the shell
    /// reads the next typed line, not the program.
    pub fn wait_for_shell(&self) {
        let pid = self.run(&["display-message", "-p", "-t", "main", "#{pane_pid}"]);
        let deadline = Instant::now() + WAIT;
        while Command::new("pgrep")
            .args(["-P", pid.trim()])
            .output()
            .is_ok_and(|output| output.status.success())
        {
            assert!(Instant::now() < deadline, "the program never exited");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types a checker command line into the shell.
    pub fn checker(&self, args: &str) {
        self.type_line("main", &format!("{} {args}", env!("CARGO_BIN_EXE_checker")));
    }

    pub fn watch(&self, args: &str) {
        self.checker(&format!("watch {args}"));
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

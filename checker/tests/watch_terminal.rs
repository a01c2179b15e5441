//! `checker watch` in a real terminal: tmux runs a shell, the test types
//! into it (send-keys) and reads the screen (capture-pane), as a person
//! would. Saves come from the test, and from vim itself.

mod common;

use std::process::Command;
use std::time::Duration;

use common::Fixture;
use common::tmux::Tmux;

const COMPILE_ERROR_LIB: &str = "exercises/01_paths/01_compile_error/src/lib.rs";
const FIXED: &str = "pub fn count(list: Vec<u8>) -> usize {\n    let borrowed = &list;\n    list.len() + borrowed.len()\n}\n";
const BROKEN: &str = "pub fn count(list: Vec<u8>) -> usize {\n    let owned = list;\n    list.len() + owned.len()\n}\n";

fn settled(screen: &str, status: &str) -> bool {
    screen.contains(status) && !screen.contains("checking…")
}

/// The terminal is usable after watch: cooked mode with echo, and the shell answers.
fn assert_terminal_restored(tmux: &Tmux) {
    tmux.wait_for("main", "the exit message", |s| s.contains("watch stopped"));
    assert_shell_usable(tmux);
}

/// Watch has exited and left the terminal in cooked mode with echo.
fn assert_shell_usable(tmux: &Tmux) {
    tmux.wait_for_shell();
    tmux.type_line(
        "main",
        "stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' +; echo",
    );
    let screen = tmux.wait_for("main", "stty's answer", |s| s.contains("icanon+echo+"));
    assert!(!screen.contains("-icanon"), "{screen}");
}

#[test]
fn a_broken_save_then_the_fix_change_the_verdict() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    let screen = tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "✗ does not compile")
    });
    assert!(screen.contains("compile_error"), "{screen}");
    assert!(screen.contains("E0382"), "{screen}");
    assert!(
        screen.contains("edit exercises/01_paths/01_compile_error/src/lib.rs"),
        "{screen}"
    );

    fixture.write(COMPILE_ERROR_LIB, FIXED);
    let screen = tmux.wait_for("main", "solved", |s| settled(s, "✓ solved"));
    assert!(
        screen.contains("Talk it through"),
        "notes follow a solve: {screen}"
    );
    assert!(screen.contains("n next"), "{screen}");

    fixture.write(COMPILE_ERROR_LIB, BROKEN);
    tmux.wait_for("main", "broken again", |s| settled(s, "✗ does not compile"));
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

/// The second save lands during the first one's check (a test that loops
/// until its 2 s limit): the screen must end on the second save's verdict.
#[test]
fn two_quick_saves_end_on_the_second() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "does not compile")
    });
    let endless = "exercises/01_paths/06_endless_loop/src/lib.rs";
    fixture.write(
        endless,
        "pub fn answer() -> u32 {\n    loop {\n        std::hint::spin_loop();\n    }\n}\n",
    );
    tmux.wait_for("main", "the loop's check", |s| {
        s.contains("endless_loop") && s.contains("checking…")
    });
    fixture.write(endless, "pub fn answer() -> u32 {\n    42\n}\n");
    tmux.wait_for("main", "the second save's verdict", |s| {
        s.contains("endless_loop") && settled(s, "✓ solved")
    });
    std::thread::sleep(Duration::from_millis(1500));
    let screen = tmux.screen("main");
    assert!(
        settled(&screen, "✓ solved"),
        "no stale verdict later: {screen}"
    );
    tmux.keys("main", &["C-c"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn a_save_from_vim_is_judged() {
    common::need("vim", "vim");
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "does not compile")
    });
    let fixed = fixture.path("fixed.rs.txt");
    std::fs::write(&fixed, FIXED).expect("the fixed text");

    // Vim in a second window, with its defaults: swap file, and a backup
    // written by renaming the original away.
    tmux.run(&[
        "new-window",
        "-d",
        "-n",
        "vim",
        "-c",
        &fixture.root().to_string_lossy(),
    ]);
    tmux.type_line(
        "vim",
        &format!("vim -u NONE -N -i NONE -c 'set writebackup backupcopy=no' {COMPILE_ERROR_LIB}"),
    );
    tmux.wait_for("vim", "vim", |s| s.contains("pub fn count"));
    tmux.type_line("vim", ":%d");
    tmux.type_line("vim", &format!(":0r {}", fixed.display()));
    tmux.type_line("vim", ":w");
    tmux.wait_for("main", "vim's save judged", |s| settled(s, "✓ solved"));
    assert_eq!(fixture.read(COMPILE_ERROR_LIB).trim_end(), FIXED.trim_end());
    tmux.type_line("vim", ":q!");
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn keys_show_the_hint_the_list_and_move_between_exercises() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "does not compile")
    });

    tmux.keys("main", &["h"]);
    tmux.wait_for("main", "the hint", |s| {
        s.contains("A hint for compile_error.")
    });
    tmux.keys("main", &["n"]);
    tmux.wait_for("main", "the refusal", |s| {
        s.contains("n moves on once this exercise is solved")
    });

    tmux.keys("main", &["l"]);
    tmux.wait_for("main", "the list", |s| s.contains("> ✗ compile_error"));
    tmux.keys("main", &["j"]);
    tmux.keys("main", &["j"]);
    tmux.wait_for("main", "the selection", |s| s.contains("> · passing"));
    tmux.keys("main", &["Enter"]);
    tmux.wait_for("main", "the passing exercise judged", |s| {
        s.lines().next().is_some_and(|l| l.starts_with("passing")) && settled(s, "✓ solved")
    });
    tmux.keys("main", &["s"]);
    tmux.wait_for("main", "the solution", |s| s.contains("Reference solution"));
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn reset_asks_first_then_restores_with_a_backup() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    tmux.watch("");
    tmux.wait_for("main", "the solved verdict", |s| settled(s, "✓ solved"));
    tmux.keys("main", &["x"]);
    tmux.wait_for("main", "the question", |s| {
        s.contains("Reset compile_error to its shipped state?")
    });
    tmux.keys("main", &["n"]);
    tmux.wait_for("main", "the refusal", |s| s.contains("Nothing was reset."));
    assert_eq!(fixture.read(COMPILE_ERROR_LIB), FIXED, "no means no");

    tmux.keys("main", &["x"]);
    tmux.wait_for("main", "the question", |s| {
        s.contains("Reset compile_error")
    });
    tmux.keys("main", &["y"]);
    tmux.wait_for("main", "the reset verdict", |s| {
        s.contains("your previous files are in .checker/backups/compile-error/")
            && settled(s, "✗ does not compile")
    });
    let backups = fixture.path(".checker/backups/compile-error");
    let backup = std::fs::read_dir(&backups)
        .expect("a backup directory")
        .next()
        .expect("one backup")
        .expect("an entry")
        .path()
        .join("src/lib.rs");
    assert_eq!(std::fs::read_to_string(backup).expect("the backup"), FIXED);
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn a_narrow_terminal_without_colour_still_shows_the_verdict() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 20, 20, &[("NO_COLOR", "1")]);
    tmux.watch("");
    let screen = tmux.wait_for("main", "the verdict", |s| settled(s, "✗ does not"));
    assert!(screen.starts_with("compile_error"), "{screen}");
    let escapes = tmux.screen_with_escapes("main");
    assert!(
        !escapes.contains("\x1b[3") && !escapes.contains("\x1b[9"),
        "NO_COLOR means no colours: {escapes:?}"
    );
    tmux.keys("main", &["q"]);
    tmux.wait_for("main", "the exit message", |s| s.contains("watch"));
}

#[test]
fn a_window_too_small_says_so_and_comes_back_when_enlarged() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 20, 6, &[("NO_COLOR", "1")]);
    tmux.watch("");
    let screen = tmux.wait_for("main", "the size it needs", |s| {
        s.contains("too small: 20x")
    });
    assert_eq!(screen.trim().lines().count(), 1, "one line: {screen}");
    tmux.run(&["resize-window", "-t", "main", "-x", "60", "-y", "24"]);
    let screen = tmux.wait_for("main", "the verdict", |s| settled(s, "✗ does not compile"));
    assert!(!screen.contains("too small"), "{screen}");
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn colour_shows_when_allowed() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 30, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the verdict", |s| settled(s, "✗ does not compile"));
    let escapes = tmux.screen_with_escapes("main");
    // tmux reports red as 31 or as palette colour 9, depending on the terminal.
    assert!(
        escapes.contains("\x1b[31m") || escapes.contains("\x1b[38;5;9m"),
        "the verdict is red: {escapes:?}"
    );
    // The compiler's headline is styled by its level, not by reading its text.
    let headline = escapes
        .lines()
        .find(|line| line.contains("error[E0382]"))
        .unwrap_or_else(|| panic!("no error headline in {escapes:?}"));
    assert!(
        headline.contains("31m") || headline.contains("38;5;9m"),
        "the error's headline is red: {headline:?}"
    );
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn sigterm_restores_the_terminal() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 30, &[]);
    tmux.watch("--why");
    tmux.wait_for("main", "the verdict", |s| {
        s.contains("checked because: watch started")
    });
    let pid = tmux.run(&["display-message", "-p", "-t", "main", "#{pane_pid}"]);
    let output = Command::new("pkill")
        .args(["-TERM", "-P", pid.trim(), "-f", "checker watch"])
        .output()
        .expect("pkill runs");
    assert!(output.status.success(), "watch was found and signalled");
    assert_terminal_restored(&tmux);
}

/// Learner code that floods its output and prints terminal control
/// sequences must not scroll, clear or break the screen.
#[test]
fn floods_and_control_sequences_do_not_break_the_screen() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 30, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "does not compile")
    });

    let flood = "exercises/01_paths/08_huge_output/src/lib.rs";
    let text = fixture.read(flood);
    fixture.write(flood, &format!("{text}// saved\n"));
    let screen = tmux.wait_for("main", "the flood's verdict", |s| {
        s.starts_with("huge_output") && settled(s, "✗ tests fail")
    });
    assert!(
        screen.trim_end().ends_with("q quit"),
        "the keys stay: {screen}"
    );

    fixture.write(
        "exercises/01_paths/02_failing_test/src/lib.rs",
        "pub fn double(x: i32) -> i32 {\n    eprintln!(\"\\x1b[2J\\x1b[HCLEARED\\x1b[31m\");\n    x + 1\n}\n",
    );
    let screen = tmux.wait_for("main", "the noisy verdict", |s| {
        s.starts_with("failing_test") && settled(s, "✗ tests fail")
    });
    assert!(
        screen.contains("[2J[HCLEARED"),
        "the text shows, inert: {screen}"
    );
    assert!(screen.trim_end().ends_with("q quit"), "{screen}");
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

/// A bug in the checker must not leave the terminal in raw mode on the
/// alternate screen, wherever it strikes. CHECKER_FAULT_PANIC injects it:
/// in the main loop, and in the thread that judges (at its second check).
#[test]
fn a_panic_restores_the_terminal() {
    for (place, trigger) in [("loop", false), ("checker", true)] {
        let fixture = Fixture::new();
        let tmux = Tmux::start(
            fixture.root(),
            100,
            30,
            &[("CHECKER_FAULT_PANIC", place), ("RUST_BACKTRACE", "0")],
        );
        tmux.watch("");
        if trigger {
            tmux.wait_for("main", "the first verdict", |s| {
                settled(s, "does not compile")
            });
            tmux.keys("main", &["r"]);
        }
        let screen = tmux.wait_for("main", "the panic message", |s| {
            s.contains(&format!("injected fault in the {place}"))
        });
        assert!(
            !screen.contains("edit exercises/"),
            "the watch screen is gone: {screen}"
        );
        assert_shell_usable(&tmux);
    }
}

#[test]
fn printed_text_breaks_between_words_in_a_narrow_terminal() {
    let fixture = Fixture::new();
    let hint =
        "Borrowing lets the caller keep what it lends: necessary reading before the interview.";
    let catalogue = fixture.read("info.toml").replace(
        "hint = \"A hint for compile_error.\"",
        &format!("hint = \"{hint}\""),
    );
    fixture.write("info.toml", &catalogue);
    let tmux = Tmux::start(fixture.root(), 24, 20, &[]);
    tmux.checker("hint compile_error; echo hint-done");
    let screen = tmux.wait_for("main", "the hint", |s| {
        s.lines().any(|row| row.trim() == "hint-done")
    });
    let rows: Vec<&str> = screen.lines().collect();
    // Every word of the hint is whole on one row of the screen.
    for word in hint.split(' ') {
        assert!(
            rows.iter().any(|row| row.split(' ').any(|w| w == word)),
            "`{word}` is broken across rows:\n{screen}"
        );
    }
}

#[test]
fn no_key_but_quit_acts_while_the_window_is_too_small() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the solved verdict", |s| settled(s, "✓ solved"));
    tmux.run(&["resize-window", "-t", "main", "-x", "30", "-y", "8"]);
    tmux.wait_for("main", "the size note", |s| s.contains("too small"));
    // Reset and its answer, typed blind: neither may act.
    tmux.keys("main", &["x"]);
    tmux.keys("main", &["y"]);
    tmux.keys("main", &["h"]);
    tmux.run(&["resize-window", "-t", "main", "-x", "100", "-y", "40"]);
    let screen = tmux.wait_for("main", "the verdict again", |s| settled(s, "✓ solved"));
    assert!(!screen.contains("Reset compile_error"), "{screen}");
    assert!(!screen.contains("A hint for compile_error"), "{screen}");
    assert_eq!(fixture.read(COMPILE_ERROR_LIB), FIXED, "nothing was reset");
    tmux.run(&["resize-window", "-t", "main", "-x", "30", "-y", "8"]);
    tmux.wait_for("main", "the size note", |s| s.contains("too small"));
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn a_save_with_the_hint_open_shows_the_new_verdict() {
    let fixture = Fixture::new();
    fixture.write(COMPILE_ERROR_LIB, FIXED);
    let tmux = Tmux::start(fixture.root(), 100, 40, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the solved verdict", |s| settled(s, "✓ solved"));
    tmux.keys("main", &["h"]);
    tmux.wait_for("main", "the hint", |s| {
        s.contains("A hint for compile_error.")
    });
    fixture.write(COMPILE_ERROR_LIB, BROKEN);
    let screen = tmux.wait_for("main", "the new verdict", |s| {
        settled(s, "✗ does not compile") && s.contains("E0382")
    });
    assert!(!screen.contains("A hint for compile_error."), "{screen}");
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

#[test]
fn the_list_keeps_its_title_marks_kinds_and_filters_by_them() {
    let fixture = Fixture::new();
    let tmux = Tmux::start(fixture.root(), 100, 12, &[]);
    tmux.watch("");
    tmux.wait_for("main", "the first verdict", |s| {
        settled(s, "✗ does not compile")
    });
    tmux.keys("main", &["l"]);
    tmux.wait_for("main", "the list", |s| {
        s.contains("[all topics · every kind]")
    });
    tmux.keys("main", &["End"]);
    let screen = tmux.wait_for("main", "the end of the list", |s| s.contains("> "));
    assert!(
        screen.contains("Exercises [all topics · every kind]"),
        "the title stays: {screen}"
    );
    tmux.keys("main", &["f"]);
    let screen = tmux.wait_for("main", "predict items only", |s| {
        s.contains("[all topics · predict]")
    });
    let rows: Vec<&str> = screen
        .lines()
        .filter(|row| row.contains("(junior)"))
        .collect();
    assert!(!rows.is_empty(), "{screen}");
    assert!(rows.iter().all(|row| row.contains("[predict]")), "{screen}");
    tmux.keys("main", &["f"]);
    let screen = tmux.wait_for("main", "rules items only", |s| s.contains("· rules]"));
    assert!(screen.contains("rules 01_paths/13_rules"), "{screen}");
    tmux.keys("main", &["f"]);
    let screen = tmux.wait_for("main", "must-fail items", |s| s.contains("· must-fail]"));
    assert!(screen.contains("[must-fail]"), "{screen}");
    tmux.keys("main", &["q"]);
    tmux.keys("main", &["q"]);
    assert_terminal_restored(&tmux);
}

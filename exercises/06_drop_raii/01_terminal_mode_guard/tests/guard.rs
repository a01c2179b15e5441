use drop_raii_01_terminal_mode_guard::{Mode, Terminal};
use std::panic::{AssertUnwindSafe, catch_unwind};

fn read_pin(terminal: &mut Terminal, typed: &str) -> Result<u32, std::num::ParseIntError> {
    let mut quiet = terminal.enter(Mode::NoEcho);
    quiet.write("PIN?");
    let pin = typed.trim().parse()?;
    quiet.leave();
    Ok(pin)
}

#[test]
fn the_mode_comes_back_at_the_end_of_the_scope() {
    let mut terminal = Terminal::new();
    {
        let mut raw = terminal.enter(Mode::Raw);
        raw.write("hello");
        assert_eq!(raw.mode(), Mode::Raw);
    }
    assert_eq!(terminal.mode(), Mode::Cooked);
    assert_eq!(
        terminal.events(),
        ["mode Raw", "write hello", "mode Cooked"]
    );
}

#[test]
fn leave_restores_the_mode_exactly_once() {
    let mut terminal = Terminal::new();
    let raw = terminal.enter(Mode::Raw);
    raw.leave();
    assert_eq!(terminal.mode(), Mode::Cooked);
    assert_eq!(
        terminal.events(),
        ["mode Raw", "mode Cooked"],
        "leaving early must not restore a second time later"
    );
}

#[test]
fn the_happy_path_restores_the_mode() {
    let mut terminal = Terminal::new();
    assert_eq!(read_pin(&mut terminal, "1234\n"), Ok(1234));
    assert_eq!(terminal.mode(), Mode::Cooked);
    assert_eq!(
        terminal.events(),
        ["mode NoEcho", "write PIN?", "mode Cooked"]
    );
}

#[test]
fn an_early_return_by_question_mark_restores_the_mode() {
    let mut terminal = Terminal::new();
    assert!(read_pin(&mut terminal, "12a4").is_err());
    assert_eq!(
        terminal.mode(),
        Mode::Cooked,
        "the `?` returned before `leave`"
    );
    assert_eq!(
        terminal.events(),
        ["mode NoEcho", "write PIN?", "mode Cooked"]
    );
}

#[test]
fn a_panic_while_the_guard_is_alive_restores_the_mode() {
    let mut terminal = Terminal::new();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut raw = terminal.enter(Mode::Raw);
        raw.write("half a line");
        panic!("the editor crashed");
    }));
    assert!(outcome.is_err(), "the closure panicked");
    assert_eq!(terminal.mode(), Mode::Cooked, "unwinding dropped the guard");
    assert_eq!(
        terminal.events(),
        ["mode Raw", "write half a line", "mode Cooked"]
    );
}

#[test]
fn nested_guards_restore_in_reverse_order() {
    let mut terminal = Terminal::new();
    {
        let mut raw = terminal.enter(Mode::Raw);
        {
            let mut quiet = raw.enter(Mode::NoEcho);
            quiet.write("secret");
        }
        assert_eq!(raw.mode(), Mode::Raw);
    }
    assert_eq!(
        terminal.events(),
        [
            "mode Raw",
            "mode NoEcho",
            "write secret",
            "mode Raw",
            "mode Cooked"
        ]
    );
}

#[test]
fn a_guard_bound_to_underscore_is_dropped_at_once() {
    let mut terminal = Terminal::new();
    let _ = terminal.enter(Mode::Raw);
    assert_eq!(
        terminal.mode(),
        Mode::Cooked,
        "`let _ =` binds nothing, so the guard is dropped on the spot"
    );
    assert_eq!(terminal.events(), ["mode Raw", "mode Cooked"]);
}

#[test]
fn entering_the_current_mode_still_restores_it_once() {
    let mut terminal = Terminal::new();
    {
        let mut cooked = terminal.enter(Mode::Cooked);
        cooked.write("plain");
    }
    let quiet = terminal.enter(Mode::Cooked);
    quiet.leave();
    assert_eq!(
        terminal.events(),
        [
            "mode Cooked",
            "write plain",
            "mode Cooked",
            "mode Cooked",
            "mode Cooked"
        ],
        "the guard restores the previous mode even when it is the current one"
    );
}

//! What each key does in watch mode, decided on the state alone. Each mode
//! has one table of bindings: the key handler, the key bar at the bottom of
//! the screen and README's key tables all read it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, CheckRequest, Kind, ListState, Panel};

/// What the loop must do after a key.
pub enum Action {
    None,
    Quit,
    Check(CheckRequest),
    ShowSolution,
    Reset,
    /// The hint was opened (an interview records it).
    HintShown,
    /// An interview moves on from an unsolved question.
    Skip,
}

/// What a key means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Skip,
    Hint,
    Help,
    List,
    Check,
    Solution,
    SolutionRefused,
    AskReset,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    TopicBefore,
    TopicAfter,
    KindFilter,
    Open,
    ConfirmReset,
    KeepFiles,
    Quit,
}

/// When a binding shows on the key bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Always,
    /// Once the current exercise is solved.
    Solved,
    /// Never: too common to need saying (scrolling), or said elsewhere.
    Never,
}

/// The keys of one mode: its own, then those it shares with others.
pub struct Mode {
    pub keys: &'static [Binding],
    pub then: &'static [Binding],
}

impl Mode {
    pub fn bindings(&self) -> impl Iterator<Item = &'static Binding> {
        self.keys.iter().chain(self.then)
    }
}

#[derive(Clone, Copy)]
pub struct Binding {
    /// The keys; empty for "any other key".
    pub keys: &'static [KeyCode],
    /// How the keys are named on the key bar and in README.
    pub names: &'static str,
    /// How it reads on the key bar, keys included: `n next`.
    pub label: &'static str,
    pub shown: Shown,
    /// What it does, as README's key tables say it.
    pub help: &'static str,
    pub command: Command,
}

const fn bind(
    keys: &'static [KeyCode],
    names: &'static str,
    label: &'static str,
    shown: Shown,
    help: &'static str,
    command: Command,
) -> Binding {
    Binding {
        keys,
        names,
        label,
        shown,
        help,
        command,
    }
}

use KeyCode::{Char, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

/// Back to the verdict, and scrolling a long verdict, hint or solution: the
/// same in practice and in an interview.
const VIEWING: &[Binding] = &[
    bind(
        &[Esc],
        "Esc",
        "",
        Shown::Never,
        "back to the verdict",
        Command::Back,
    ),
    bind(
        &[Up, Char('k')],
        "up, `k`",
        "",
        Shown::Never,
        "scroll up",
        Command::Up,
    ),
    bind(
        &[Down, Char('j')],
        "down, `j`",
        "",
        Shown::Never,
        "scroll down",
        Command::Down,
    ),
    bind(
        &[PageUp],
        "PgUp",
        "",
        Shown::Never,
        "a page up",
        Command::PageUp,
    ),
    bind(
        &[PageDown, Char(' ')],
        "PgDn, space",
        "",
        Shown::Never,
        "a page down",
        Command::PageDown,
    ),
    bind(
        &[Home],
        "Home",
        "",
        Shown::Never,
        "to the top",
        Command::Top,
    ),
    bind(
        &[End],
        "End",
        "",
        Shown::Never,
        "to the end",
        Command::Bottom,
    ),
];

/// Practice: the learner's own exercises.
pub const PRACTICE: Mode = Mode {
    keys: &[
        bind(
            &[Char('n')],
            "`n`",
            "n next",
            Shown::Solved,
            "next exercise (once this one is solved)",
            Command::Next,
        ),
        bind(
            &[Char('h')],
            "`h`",
            "h hint",
            Shown::Always,
            "the hint (again to hide it)",
            Command::Hint,
        ),
        bind(
            &[Char('l')],
            "`l`",
            "l list",
            Shown::Always,
            "the list of exercises (see below)",
            Command::List,
        ),
        bind(
            &[Char('r')],
            "`r`",
            "r check",
            Shown::Always,
            "check again",
            Command::Check,
        ),
        bind(
            &[Char('s')],
            "`s`",
            "s solution",
            Shown::Solved,
            "the reference solution (once solved; again to hide it)",
            Command::Solution,
        ),
        bind(
            &[Char('?')],
            "`?`",
            "? keys",
            Shown::Always,
            "every key, with what it does (again to hide it)",
            Command::Help,
        ),
        bind(
            &[Char('x')],
            "`x`",
            "x reset",
            Shown::Always,
            "reset the exercise to its shipped state (asks first; your files are backed up)",
            Command::AskReset,
        ),
        bind(
            &[Char('q')],
            "`q`, Ctrl-C",
            "q quit",
            Shown::Always,
            "quit",
            Command::Quit,
        ),
    ],
    then: VIEWING,
};

/// A mock interview on the watch screen.
pub const INTERVIEW: Mode = Mode {
    keys: &[
        bind(
            &[Char('n')],
            "`n`",
            "n next question",
            Shown::Always,
            "the next open question (an unsolved one counts as skipped; `l` goes back to it)",
            Command::Skip,
        ),
        bind(
            &[Char('h')],
            "`h`",
            "h hint (counts)",
            Shown::Always,
            "the hint (the report records it)",
            Command::Hint,
        ),
        bind(
            &[Char('l')],
            "`l`",
            "l list",
            Shown::Always,
            "the list of questions",
            Command::List,
        ),
        bind(
            &[Char('r')],
            "`r`",
            "r check",
            Shown::Always,
            "check again",
            Command::Check,
        ),
        bind(
            &[Char('s')],
            "`s`",
            "",
            Shown::Never,
            "refused: solutions come with the report",
            Command::SolutionRefused,
        ),
        bind(
            &[Char('?')],
            "`?`",
            "? keys",
            Shown::Always,
            "every key, with what it does (again to hide it)",
            Command::Help,
        ),
        bind(
            &[Char('q')],
            "`q`, Ctrl-C",
            "q end the interview",
            Shown::Always,
            "end the interview (the report follows)",
            Command::Quit,
        ),
    ],
    then: VIEWING,
};

/// The list of exercises (`l`).
pub const LIST: Mode = Mode {
    keys: &[
        bind(
            &[Up, Char('k')],
            "up, `k`",
            "",
            Shown::Never,
            "move up",
            Command::Up,
        ),
        bind(
            &[Down, Char('j')],
            "down, `j`",
            "j/k move",
            Shown::Always,
            "move down",
            Command::Down,
        ),
        bind(
            &[PageUp],
            "PgUp",
            "",
            Shown::Never,
            "a page up",
            Command::PageUp,
        ),
        bind(
            &[PageDown, Char(' ')],
            "PgDn, space",
            "PgUp/PgDn page",
            Shown::Always,
            "a page down",
            Command::PageDown,
        ),
        bind(
            &[Home],
            "Home",
            "",
            Shown::Never,
            "the first row",
            Command::Top,
        ),
        bind(
            &[End],
            "End",
            "",
            Shown::Never,
            "the last row",
            Command::Bottom,
        ),
        bind(
            &[Left],
            "left",
            "",
            Shown::Never,
            "the topic before (all topics, then each in turn)",
            Command::TopicBefore,
        ),
        bind(
            &[Right, Tab],
            "right, Tab",
            "left/right topic",
            Shown::Always,
            "the next topic",
            Command::TopicAfter,
        ),
        bind(
            &[Char('f')],
            "`f`",
            "f kind",
            Shown::Always,
            "only one kind of item: predict, rules, must-fail, then all again",
            Command::KindFilter,
        ),
        bind(
            &[Enter],
            "Enter",
            "enter go",
            Shown::Always,
            "go to the selected exercise",
            Command::Open,
        ),
        bind(
            &[Esc, Char('l'), Char('q')],
            "Esc, `l`, `q`",
            "esc back",
            Shown::Always,
            "back to the verdict",
            Command::Back,
        ),
    ],
    then: &[],
};

/// The question before a reset (`x`).
pub const CONFIRM_RESET: Mode = Mode {
    keys: &[
        bind(
            &[Char('y')],
            "`y`",
            "y reset",
            Shown::Always,
            "reset (your files are backed up first)",
            Command::ConfirmReset,
        ),
        bind(
            &[],
            "any other key",
            "any other key keeps your files",
            Shown::Always,
            "keep your files",
            Command::KeepFiles,
        ),
    ],
    then: &[],
};

/// The bindings in force.
pub fn mode(app: &App) -> &'static Mode {
    match app.panel {
        Panel::ConfirmReset => &CONFIRM_RESET,
        Panel::List(_) => &LIST,
        _ if app.in_interview() => &INTERVIEW,
        _ => &PRACTICE,
    }
}

/// The key bar: each binding shown in this state.
pub fn bar(app: &App) -> String {
    mode(app)
        .bindings()
        .filter(|binding| match binding.shown {
            Shown::Always => true,
            Shown::Solved => app.current_solved(),
            Shown::Never => false,
        })
        .map(|binding| binding.label)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Every key of the main mode and of the list, with what each does.
pub fn help(app: &App) -> Vec<(&'static str, &'static str)> {
    let main = if app.in_interview() {
        &INTERVIEW
    } else {
        &PRACTICE
    };
    main.bindings()
        .chain(LIST.bindings())
        .map(|binding| (binding.names, binding.help))
        .collect()
}

/// Lines moved by one page key.
const PAGE: usize = 10;

pub fn handle(app: &mut App, key: KeyEvent) -> Action {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == Char('c') {
        return Action::Quit;
    }
    let bindings = mode(app);
    let command = bindings
        .bindings()
        .find(|binding| binding.keys.contains(&key.code))
        .or_else(|| bindings.bindings().find(|binding| binding.keys.is_empty()))
        .map(|binding| binding.command);
    let Some(command) = command else {
        return Action::None;
    };
    // A key whose effect (or question) cannot be shown does nothing.
    if app.too_small.get() && command != Command::Quit {
        return Action::None;
    }
    match app.panel.clone() {
        Panel::List(state) => list_command(app, state, command),
        _ => main_command(app, command),
    }
}

fn main_command(app: &mut App, command: Command) -> Action {
    app.message = None;
    match command {
        Command::Quit => return Action::Quit,
        Command::Check => {
            if let Some(request) = app.want_check(app.current, "r pressed") {
                return Action::Check(request);
            }
        }
        Command::Hint => {
            toggle(app, Panel::Hint);
            if app.panel == Panel::Hint {
                return Action::HintShown;
            }
        }
        Command::Help => toggle(app, Panel::Help),
        Command::List => {
            let rows = app.list_rows(&ListState::default());
            let selected = rows.iter().position(|&i| i == app.current).unwrap_or(0);
            app.panel = Panel::List(ListState {
                selected,
                ..ListState::default()
            });
        }
        Command::Skip => return Action::Skip,
        Command::SolutionRefused => {
            app.message = Some("Solutions come with the report, after the interview.".into());
        }
        Command::Next => {
            if !app.current_solved() {
                app.message = Some("n moves on once this exercise is solved.".into());
            } else if let Some(next) = app.next_unsolved() {
                return arrive(app, next);
            } else {
                app.message = Some("Every exercise is solved.".into());
            }
        }
        Command::Solution => {
            if matches!(app.panel, Panel::Solution(_)) {
                app.panel = Panel::Verdict;
            } else if app.current_solved() {
                return Action::ShowSolution;
            } else {
                app.message = Some("The solution opens once the exercise is solved.".into());
            }
        }
        Command::AskReset => app.panel = Panel::ConfirmReset,
        Command::ConfirmReset => {
            app.panel = Panel::Verdict;
            return Action::Reset;
        }
        Command::KeepFiles => {
            app.panel = Panel::Verdict;
            app.message = Some("Nothing was reset.".into());
        }
        Command::Back => app.panel = Panel::Verdict,
        Command::Up => app.scroll = app.scroll.saturating_sub(1),
        Command::Down => app.scroll = (app.scroll + 1).min(app.scroll_limit.get()),
        Command::PageUp => app.scroll = app.scroll.saturating_sub(PAGE),
        Command::PageDown => app.scroll = (app.scroll + PAGE).min(app.scroll_limit.get()),
        Command::Top => app.scroll = 0,
        Command::Bottom => app.scroll = app.scroll_limit.get(),
        Command::TopicBefore | Command::TopicAfter | Command::KindFilter | Command::Open => {}
    }
    Action::None
}

fn toggle(app: &mut App, panel: Panel) {
    app.scroll = 0;
    app.panel = if app.panel == panel {
        Panel::Verdict
    } else {
        panel
    };
}

fn list_command(app: &mut App, mut state: ListState, command: Command) -> Action {
    let rows = app.list_rows(&state);
    let last = rows.len().saturating_sub(1);
    match command {
        Command::Up => state.selected = state.selected.saturating_sub(1),
        Command::Down => state.selected = (state.selected + 1).min(last),
        Command::PageUp => state.selected = state.selected.saturating_sub(app.list_page.get()),
        Command::PageDown => state.selected = (state.selected + app.list_page.get()).min(last),
        Command::Top => state.selected = 0,
        Command::Bottom => state.selected = last,
        Command::TopicBefore | Command::TopicAfter => {
            let topics = app.catalogue.topics.len();
            // Cycle: all, topic 0, topic 1, ..., all.
            let position = state.topic.map_or(0, |t| t + 1);
            let position = if command == Command::TopicBefore {
                (position + topics) % (topics + 1)
            } else {
                (position + 1) % (topics + 1)
            };
            state.topic = position.checked_sub(1);
            state.selected = 0;
        }
        Command::KindFilter => {
            // Cycle: every kind, then each in turn.
            let position = state
                .kind
                .and_then(|kind| Kind::ALL.iter().position(|k| *k == kind))
                .map_or(0, |at| at + 1);
            state.kind = Kind::ALL.get(position % (Kind::ALL.len() + 1)).copied();
            state.selected = 0;
        }
        Command::Open => {
            if let Some(&index) = rows.get(state.selected) {
                return arrive(app, index);
            }
        }
        Command::Back | Command::Quit => {
            app.panel = Panel::Verdict;
            return Action::None;
        }
        _ => {}
    }
    app.panel = Panel::List(state);
    Action::None
}

/// Goes to an exercise; checks it unless its verdict already judged what is
/// on disk.
pub fn arrive(app: &mut App, index: usize) -> Action {
    app.go_to(index);
    if app.verdict_is_fresh(index) {
        return Action::None;
    }
    match app.want_check(index, "opened") {
        Some(request) => Action::Check(request),
        None => Action::None,
    }
}

/// A key table as README writes it.
#[cfg(test)]
pub fn markdown(mode: &Mode) -> String {
    let mut table = String::from("| key | what it does |\n| --- | --- |\n");
    for binding in mode.bindings() {
        table.push_str(&format!("| {} | {} |\n", binding.names, binding.help));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_means_two_things_in_one_mode() {
        for mode in [&PRACTICE, &INTERVIEW, &LIST, &CONFIRM_RESET] {
            let table: Vec<&Binding> = mode.bindings().collect();
            for (index, binding) in table.iter().enumerate() {
                for key in binding.keys {
                    let again = table[index + 1..].iter().any(|b| b.keys.contains(key));
                    assert!(!again, "{key:?} is bound twice in one table");
                }
            }
        }
    }

    /// README's key tables are these tables, so the help cannot go stale.
    #[test]
    fn readme_key_tables_match_the_bindings() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
            .expect("README.md");
        for (name, table) in [
            ("watch", &PRACTICE),
            ("list", &LIST),
            ("interview", &INTERVIEW),
        ] {
            let start = format!("<!-- keys:{name} -->\n");
            let section = readme
                .split_once(&start)
                .and_then(|(_, rest)| rest.split_once("<!-- /keys -->"))
                .map(|(section, _)| section)
                .unwrap_or_else(|| panic!("README.md has no <!-- keys:{name} --> section"));
            let expected = markdown(table);
            assert_eq!(
                section.trim(),
                expected.trim(),
                "README.md's {name} keys are stale; they should read:\n{expected}"
            );
        }
    }
}

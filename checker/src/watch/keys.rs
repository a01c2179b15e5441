//! What each key does in watch mode, decided on the state alone.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, CheckRequest, ListState, Panel};

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

/// Lines moved by one page key.
const PAGE: usize = 10;

pub fn handle(app: &mut App, key: KeyEvent) -> Action {
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        return Action::Quit;
    }
    match app.panel.clone() {
        Panel::ConfirmReset => {
            app.panel = Panel::Verdict;
            if key.code == KeyCode::Char('y') {
                Action::Reset
            } else {
                app.message = Some("Nothing was reset.".into());
                Action::None
            }
        }
        Panel::List(state) => list_key(app, state, key.code),
        _ => main_key(app, key.code),
    }
}

fn main_key(app: &mut App, code: KeyCode) -> Action {
    app.message = None;
    match code {
        KeyCode::Char('q') => return Action::Quit,
        KeyCode::Char('r') => {
            if let Some(request) = app.want_check(app.current, "r pressed") {
                return Action::Check(request);
            }
        }
        KeyCode::Char('h') => {
            toggle(app, Panel::Hint);
            if app.panel == Panel::Hint {
                return Action::HintShown;
            }
        }
        KeyCode::Char('l') => {
            let rows = app.list_rows(&ListState {
                selected: 0,
                topic: None,
            });
            let selected = rows.iter().position(|&i| i == app.current).unwrap_or(0);
            app.panel = Panel::List(ListState {
                selected,
                topic: None,
            });
        }
        KeyCode::Char('n') if app.in_interview() => return Action::Skip,
        KeyCode::Char('s') if app.in_interview() => {
            app.message = Some("Solutions come with the report, after the interview.".into());
        }
        KeyCode::Char('n') => {
            if !app.current_solved() {
                app.message = Some("n moves on once this exercise is solved.".into());
            } else if let Some(next) = app.next_unsolved() {
                return arrive(app, next);
            } else {
                app.message = Some("Every exercise is solved.".into());
            }
        }
        KeyCode::Char('s') => {
            if matches!(app.panel, Panel::Solution(_)) {
                app.panel = Panel::Verdict;
            } else if app.current_solved() {
                return Action::ShowSolution;
            } else {
                app.message = Some("The solution opens once the exercise is solved.".into());
            }
        }
        KeyCode::Char('x') => app.panel = Panel::ConfirmReset,
        KeyCode::Esc => app.panel = Panel::Verdict,
        KeyCode::Up | KeyCode::Char('k') => app.scroll = app.scroll.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => {
            app.scroll = (app.scroll + 1).min(app.scroll_limit.get())
        }
        KeyCode::PageUp => app.scroll = app.scroll.saturating_sub(PAGE),
        KeyCode::PageDown | KeyCode::Char(' ') => {
            app.scroll = (app.scroll + PAGE).min(app.scroll_limit.get());
        }
        KeyCode::Home => app.scroll = 0,
        _ => {}
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

fn list_key(app: &mut App, mut state: ListState, code: KeyCode) -> Action {
    let rows = app.list_rows(&state);
    match code {
        KeyCode::Up | KeyCode::Char('k') => state.selected = state.selected.saturating_sub(1),
        KeyCode::Down | KeyCode::Char('j') => {
            state.selected = (state.selected + 1).min(rows.len().saturating_sub(1));
        }
        KeyCode::Left | KeyCode::Right | KeyCode::Tab => {
            let topics = app.catalogue.topics.len();
            // Cycle: all, topic 0, topic 1, ..., all.
            let position = state.topic.map_or(0, |t| t + 1);
            let position = if code == KeyCode::Left {
                (position + topics) % (topics + 1)
            } else {
                (position + 1) % (topics + 1)
            };
            state.topic = position.checked_sub(1);
            state.selected = 0;
        }
        KeyCode::Enter => {
            if let Some(&index) = rows.get(state.selected) {
                return arrive(app, index);
            }
        }
        KeyCode::Esc | KeyCode::Char('l') | KeyCode::Char('q') => {
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

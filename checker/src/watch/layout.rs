//! Lays watch mode's state out as styled lines for a terminal of a given
//! size: header, body (verdict, hint, solution, list), progress and keys.
//! Pure: the screen module draws what this returns.

use std::path::Path;

use unicode_width::UnicodeWidthChar;

use super::app::{App, Kind, ListState, Panel};
use crate::catalogue::Exercise;
use crate::judge::Stage;
use crate::render::wrap::{text_width, wrap, wrap_all};
use crate::render::{Line, Span, Style, line, span};
use crate::verdict::Status;

/// Narrower than this, the screen says it is too small.
const MIN_WIDTH: usize = 20;

/// Everything on screen, already wrapped to `width` and fitted to `height`.
pub fn screen(app: &App, root: &Path, width: usize, height: usize) -> Vec<Line> {
    let width = width.max(1);
    let mut header = wrap_all(header(app, root), width);
    // The list's title stays in view however far it scrolls.
    if let Panel::List(state) = &app.panel {
        header.extend(wrap_all(vec![list_title(app, state)], width));
    }
    let footer = wrap_all(footer(app, width), width);
    let (body, selected_row) = body(app, width);

    // Room for the header, two rows of the body and the keys, or one line
    // that says how big the window must be.
    let needed = header.len() + footer.len() + 2;
    app.too_small.set(height < needed || width < MIN_WIDTH);
    if app.too_small.get() {
        let at_width = width.max(MIN_WIDTH);
        let needed = wrap_all(self::header(app, root), at_width).len()
            + wrap_all(self::footer(app, at_width), at_width).len()
            + 2;
        let size = format!("{at_width}x{needed}");
        let note = [
            format!("window too small: make it at least {size}"),
            format!("too small: {size} min"),
            format!("{size} min"),
        ]
        .into_iter()
        .find(|note| text_width(note) <= width)
        .unwrap_or(size);
        let mut lines = wrap_all(vec![line(note, Style::WARN)], width);
        lines.truncate(height.max(1));
        return lines;
    }

    let room = height.saturating_sub(header.len() + footer.len());
    let (body, hidden_below) = if body.len() > room {
        // Keep the top of the body in view, scrolled as asked (the list
        // follows its selection); say what is cut.
        let visible = room.saturating_sub(1);
        let last_start = body.len().saturating_sub(visible);
        app.scroll_limit.set(last_start);
        app.list_page.set(visible.saturating_sub(2).max(1));
        let start = match (&app.panel, selected_row) {
            (Panel::List(_), Some(row)) => row.saturating_sub(visible / 2).min(last_start),
            _ => app.scroll.min(last_start),
        };
        let end = (start + visible).min(body.len());
        let rest = body.len() - end;
        (body[start..end].to_vec(), Some((start, rest)))
    } else {
        app.scroll_limit.set(0);
        app.list_page.set(body.len().max(1));
        (body, None)
    };
    let mut lines = header;
    lines.extend(body);
    if let Some((above, below)) = hidden_below
        && room > 0
    {
        let lines_word = |n: usize| if n == 1 { "line" } else { "lines" };
        let note = format!(
            "-- {above} {} above, {below} below: up/down scroll --",
            lines_word(above)
        );
        lines.extend(
            wrap_all(vec![line(note, Style::DIM)], width)
                .into_iter()
                .take(1),
        );
    }
    while lines.len() + footer.len() < height {
        lines.push(Vec::new());
    }
    lines.extend(footer);
    lines.truncate(height.max(1));
    lines
}

fn header(app: &App, root: &Path) -> Vec<Line> {
    let exercise = app.exercise();
    let topic_title = app
        .catalogue
        .topic(&exercise.topic)
        .map_or(exercise.topic.as_str(), |topic| topic.title.as_str());
    let position = app.current + 1;
    let total = app.catalogue.exercises.len();
    let mut lines = Vec::new();
    if let Some(deadline) = app.deadline {
        let left = deadline
            .saturating_duration_since(std::time::Instant::now())
            .as_secs();
        let style = if left < 300 { Style::BAD } else { Style::WARN };
        lines.push(vec![
            span(
                format!("Interview · question {position} of {total}"),
                Style::BOLD,
            ),
            span(format!(" · {:02}:{:02} left", left / 60, left % 60), style),
        ]);
        if let Some(since) = app.question_since {
            let spent = since.elapsed().as_secs();
            let (text, style) = match app.per_question {
                Some(pace) => (
                    format!(
                        " · {:02}:{:02} of {} min on this question",
                        spent / 60,
                        spent % 60,
                        pace.as_secs() / 60
                    ),
                    if spent > pace.as_secs() {
                        Style::BAD
                    } else {
                        Style::DIM
                    },
                ),
                None => (
                    format!(" · {:02}:{:02} on this question", spent / 60, spent % 60),
                    Style::DIM,
                ),
            };
            if let Some(first) = lines.last_mut() {
                first.push(span(text, style));
            }
        }
    }
    lines.push(vec![
        span(exercise.name.clone(), Style::BOLD),
        span(
            format!(
                "  {position}/{total} · {} · {}",
                topic_title, exercise.difficulty
            ),
            Style::DIM,
        ),
    ]);
    for file in &exercise.files {
        let relative = exercise.dir.join(file);
        let absolute = root.join(&relative);
        lines.push(vec![
            span("edit ", Style::DIM),
            Span {
                text: app.shown_from.join(&relative).display().to_string(),
                style: Style::ACCENT,
                link: Some(format!("file://{}", absolute.display())),
            },
        ]);
    }
    lines.push(status_line(app));
    if let Some(why) = app.why_on_screen().filter(|_| app.show_why) {
        lines.push(line(why, Style::DIM));
    }
    lines.push(Vec::new());
    lines
}

fn status_line(app: &App) -> Line {
    let mut status = Vec::new();
    match app.verdict() {
        Some(verdict) => {
            let style = if verdict.solved() {
                Style::GOOD
            } else {
                Style::BAD
            };
            let mark = if verdict.solved() { "✓ " } else { "✗ " };
            status.push(span(format!("{mark}{}", verdict.status.describe()), style));
            status.push(span(format!("  {} ms", verdict.elapsed_ms), Style::DIM));
            let being_checked = app.running.as_ref().map(|r| r.index) == Some(app.current);
            if !being_checked && !app.verdict_is_fresh(app.current) {
                status.push(span("  (the files changed since)", Style::WARN));
            }
        }
        None => status.push(span("not checked yet", Style::DIM)),
    }
    if let Some(running) = &app.running {
        let what = match (&app.stage, &app.compiling) {
            (Some(Stage::RunningTests { finished, of }), _) => {
                format!("  ⟳ checking… running the tests ({finished} of {of} test binaries done)")
            }
            (Some(Stage::CheckingCases), _) => "  ⟳ checking… checking the cases".to_string(),
            (None, compiling) => compiling_label(app, compiling.as_deref()),
        };
        let what = if running.index == app.current {
            what
        } else {
            format!("{what} ({})", app.catalogue.exercises[running.index].name)
        };
        status.push(span(what, Style::WARN));
    }
    status
}

/// The body, wrapped, and the row of the list's selection when the list is open.
fn body(app: &App, width: usize) -> (Vec<Line>, Option<usize>) {
    let exercise = app.exercise();
    let mut lines = Vec::new();
    if let Some(message) = &app.message {
        lines.push(line(message.clone(), Style::WARN));
        lines.push(Vec::new());
    }
    match &app.panel {
        Panel::Verdict => verdict_body(app, exercise, &mut lines),
        Panel::Hint => {
            lines.push(line("Hint (h hides it)", Style::BOLD));
            lines.extend(text_lines(&exercise.hint, Style::PLAIN));
        }
        Panel::Help => {
            lines.push(line("Keys (? hides them)", Style::BOLD));
            let main = if app.in_interview() {
                super::keys::INTERVIEW.bindings().count()
            } else {
                super::keys::PRACTICE.bindings().count()
            };
            for (row, (names, help)) in super::keys::help(app).into_iter().enumerate() {
                if row == main {
                    lines.push(Vec::new());
                    lines.push(line("In the list (l):", Style::BOLD));
                }
                lines.push(vec![
                    span(format!("{:<14}", names.replace('`', "")), Style::ACCENT),
                    span(help, Style::PLAIN),
                ]);
            }
        }
        Panel::Solution(text) => {
            lines.push(line("Reference solution (s hides it)", Style::BOLD));
            lines.extend(text_lines(text, Style::PLAIN));
        }
        Panel::List(state) => {
            let before = wrap_all(std::mem::take(&mut lines), width);
            let (rows, selected) = list_body(app, state, width);
            let selected = selected.map(|row| row + before.len());
            let mut all = before;
            all.extend(rows);
            return (all, selected);
        }
        Panel::ConfirmReset => {
            lines.push(line(
                format!("Reset {} to its shipped state?", exercise.name),
                Style::BOLD,
            ));
            lines.push(line(
                "Your current files are backed up under .checker/backups/ first.",
                Style::PLAIN,
            ));
            lines.push(line("y: reset   any other key: keep my files", Style::WARN));
        }
    }
    (wrap_all(lines, width), None)
}

fn verdict_body(app: &App, exercise: &Exercise, lines: &mut Vec<Line>) {
    let Some(verdict) = app.verdict() else {
        lines.push(line("Checking the exercise…", Style::DIM));
        return;
    };
    // The header already shows the status: the findings follow it.
    lines.extend(crate::render::findings(exercise, verdict, &app.shown_from));
    if verdict.status == Status::Solved {
        lines.push(Vec::new());
        let next = if app.in_interview() {
            "✓ Solved! Press n for the next question."
        } else {
            "✓ Solved! Press n for the next exercise."
        };
        lines.push(line(next, Style::GOOD));
        lines.push(Vec::new());
        lines.extend(crate::render::notes(exercise));
    }
}

/// The list, wrapped, and the row its selection starts on.
fn list_title(app: &App, state: &ListState) -> Line {
    let topic = state
        .topic
        .and_then(|index| app.catalogue.topics.get(index))
        .map_or("all topics".to_string(), |topic| topic.dir.clone());
    let kind = state.kind.map_or("every kind", Kind::name);
    let title = if app.in_interview() {
        "Questions "
    } else {
        "Exercises "
    };
    vec![
        span(title, Style::BOLD),
        span(format!("[{topic} · {kind}]"), Style::DIM),
    ]
}

fn list_body(app: &App, state: &ListState, width: usize) -> (Vec<Line>, Option<usize>) {
    let mut lines: Vec<Line> = Vec::new();
    let mut selected = None;
    for (row, index) in app.list_rows(state).into_iter().enumerate() {
        let exercise = &app.catalogue.exercises[index];
        let (mark, style) = match app.progress.exercises.get(&exercise.id) {
            Some(entry) if entry.solved => ("✓", Style::GOOD),
            Some(_) => ("✗", Style::BAD),
            None => ("·", Style::DIM),
        };
        let pointer = if row == state.selected { "> " } else { "  " };
        let style = if row == state.selected {
            selected = Some(lines.len());
            Style::SELECTED
        } else {
            style
        };
        let kinds: String = app
            .kinds(index)
            .iter()
            .map(|kind| format!(" [{}]", kind.name()))
            .collect();
        lines.extend(wrap(
            line(
                format!(
                    "{pointer}{mark} {} {}/{} ({}){kinds}",
                    exercise.name,
                    exercise.topic,
                    exercise
                        .dir
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    exercise.difficulty
                ),
                style,
            ),
            width,
        ));
    }
    (lines, selected)
}

/// What a check says while it builds: the first build of the dependencies,
/// or the crate being compiled.
fn compiling_label(app: &App, compiling: Option<&str>) -> String {
    match compiling {
        // Registry crates have no path in cargo's "Compiling" line.
        Some(name) if !name.contains('(') => format!(
            "  ⟳ checking… first build of the dependencies, once: {name} ({} crates so far)",
            app.compiled_count
        ),
        // `name v0.1.0 (/where/it/is)`: the name and version suffice.
        Some(name) => format!(
            "  ⟳ checking… compiling {}",
            name.split(" (").next().unwrap_or(name)
        ),
        None => "  ⟳ checking…".to_string(),
    }
}

fn footer(app: &App, width: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    if let Some(preparing) = &app.preparing {
        lines.push(line(preparing.clone(), Style::DIM));
    }
    if let Some(reason) = &app.polling {
        lines.push(line(format!("polling for saves: {reason}"), Style::DIM));
    }
    let (solved, total) = app.totals();
    lines.push(bar("all", solved, total, width));
    let (solved, total) = app.topic_totals();
    lines.push(bar(&app.exercise().topic, solved, total, width));
    let keys = super::keys::bar(app);
    lines.push(line(keys, Style::DIM));
    lines
}

/// `label ████░░░░ 3/8`, the bar taking the room left on one line.
fn bar(label: &str, solved: usize, total: usize, width: usize) -> Line {
    let counts = format!(" {solved}/{total}");
    let label = truncate(label, width.saturating_sub(counts.len() + 1).max(1));
    let room = width.saturating_sub(text_width(&label) + counts.len() + 1);
    let filled = (room * solved).checked_div(total).unwrap_or(0);
    vec![
        span(format!("{label} "), Style::DIM),
        span("█".repeat(filled), Style::GOOD),
        span("░".repeat(room - filled), Style::DIM),
        span(counts, Style::PLAIN),
    ]
}

fn text_lines(text: &str, style: Style) -> Vec<Line> {
    crate::render::styled::lines(text, style)
}

/// Learner programs may print control sequences; on the screen they would
/// move the cursor or clear it. Tabs become spaces.
fn truncate(text: &str, width: usize) -> String {
    let mut used = 0;
    text.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= width
        })
        .collect()
}

#[cfg(test)]
fn width_of(line: &Line) -> usize {
    line.iter().map(|s| text_width(&s.text)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Catalogue, Difficulty, Exercise, Family, Topic};
    use crate::progress::Progress;
    use crossterm::event::{KeyCode, KeyEvent};

    fn many(count: usize) -> Catalogue {
        Catalogue {
            topics: vec![Topic {
                dir: "01_t".into(),
                title: "t".into(),
                family: Family::Ownership,
            }],
            exercises: (0..count)
                .map(|i| Exercise::sample(&format!("e{i}"), "01_t", Difficulty::Junior))
                .collect(),
        }
    }

    fn selected_row(screen: &[Line]) -> Option<String> {
        screen
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>())
            .find(|text| text.starts_with("> "))
    }

    fn press(app: &mut App, code: KeyCode) {
        let _ = super::super::keys::handle(app, KeyEvent::from(code));
    }

    #[test]
    fn the_list_keeps_its_selection_on_screen_and_pages() {
        let catalogue = many(60);
        let mut app = App::new(&catalogue, Progress::default(), 41, vec![0; 60]);
        let root = Path::new("/w");
        press(&mut app, KeyCode::Char('l'));
        let shown = |app: &App| selected_row(&screen(app, root, 80, 20));
        // It opens on the current exercise.
        assert!(
            shown(&app).is_some_and(|row| row.contains("e41 ")),
            "{:?}",
            shown(&app)
        );
        for _ in 0..12 {
            press(&mut app, KeyCode::Char('j'));
            assert!(shown(&app).is_some(), "the selection left the screen");
        }
        assert!(shown(&app).is_some_and(|row| row.contains("e53 ")));
        press(&mut app, KeyCode::End);
        assert!(shown(&app).is_some_and(|row| row.contains("e59 ")));
        press(&mut app, KeyCode::Home);
        assert!(shown(&app).is_some_and(|row| row.contains("e0 ")));
        press(&mut app, KeyCode::PageDown);
        let paged = shown(&app).expect("a selection after a page down");
        assert!(!paged.contains("e0 ") && !paged.contains("e1 "), "{paged}");
    }

    #[test]
    fn wrapping_never_exceeds_the_width() {
        let long = line(
            "error[E0382]: borrow of moved value: `words` → ünïcödé 漢字漢字",
            Style::BAD,
        );
        for width in [1, 2, 5, 20, 80] {
            for row in wrap(long.clone(), width) {
                assert!(width_of(&row) <= width, "{row:?} wider than {width}");
            }
        }
        let joined: String = wrap(long.clone(), 7)
            .iter()
            .flatten()
            .flat_map(|s| s.text.chars())
            .filter(|c| *c != ' ')
            .collect();
        assert_eq!(
            joined,
            long[0].text.replace(' ', ""),
            "nothing lost but the spaces of the breaks"
        );
    }

    #[test]
    fn an_interview_header_shows_the_time_on_the_question_against_its_pace() {
        let catalogue = many(2);
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![0; 2]);
        let now = std::time::Instant::now();
        app.deadline = Some(now + std::time::Duration::from_secs(600));
        app.question_since = now.checked_sub(std::time::Duration::from_secs(65));
        app.per_question = Some(std::time::Duration::from_secs(120));
        let header: String = screen(&app, Path::new("/w"), 120, 30)[0]
            .iter()
            .map(|s| s.text.clone())
            .collect();
        assert!(
            header.contains("01:05 of 2 min on this question"),
            "{header}"
        );
        app.per_question = None;
        let header: String = screen(&app, Path::new("/w"), 120, 30)[0]
            .iter()
            .map(|s| s.text.clone())
            .collect();
        assert!(header.contains("01:05 on this question"), "{header}");
    }

    #[test]
    fn the_progress_label_says_what_runs() {
        let catalogue = many(2);
        let mut app = App::new(&catalogue, Progress::default(), 0, vec![0; 2]);
        let request = app.want_check(0, "saved").expect("a check");
        app.started(&request, 1);
        let label = |app: &App| {
            screen(app, Path::new("/w"), 120, 30)
                .iter()
                .flatten()
                .map(|s| s.text.clone())
                .collect::<String>()
        };
        app.compiling = Some("fx v0.1.0 (/w/fx)".into());
        assert!(
            label(&app).contains("compiling fx v0.1.0"),
            "{}",
            label(&app)
        );
        app.stage = Some(Stage::RunningTests { finished: 1, of: 3 });
        let shown = label(&app);
        assert!(
            shown.contains("running the tests (1 of 3 test binaries done)")
                && !shown.contains("compiling"),
            "{shown}"
        );
        app.stage = Some(Stage::CheckingCases);
        assert!(
            label(&app).contains("checking the cases"),
            "{}",
            label(&app)
        );
    }

    #[test]
    fn bars_fit_narrow_terminals() {
        for width in [10, 20, 80] {
            for (solved, total) in [(0, 3), (2, 3), (3, 3), (0, 0)] {
                let row = bar("01_ownership", solved, total, width);
                assert!(width_of(&row) <= width, "{row:?} wider than {width}");
            }
        }
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(crate::render::wrap::clean("a\x1b[2Jb\tc\r"), "a[2Jb c");
    }
}

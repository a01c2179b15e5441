use dispatch_02_branchy_log_filter::select_lines;

const LOG: &str =
    "INFO started\nERROR disk full\nWARN slow request\nERROR disk still full\nINFO stopped";

fn collect<'a>(log: &'a str, level: Option<&'a str>) -> Vec<&'a str> {
    select_lines(log, level).collect()
}

#[test]
fn no_level_gives_every_line_in_order() {
    assert_eq!(collect(LOG, None).len(), 5);
    assert_eq!(collect(LOG, None)[0], "INFO started");
    assert_eq!(collect(LOG, None)[4], "INFO stopped");
}

#[test]
fn a_level_gives_only_its_lines_in_order() {
    assert_eq!(
        collect(LOG, Some("ERROR")),
        ["ERROR disk full", "ERROR disk still full"]
    );
    assert_eq!(collect(LOG, Some("WARN")), ["WARN slow request"]);
}

#[test]
fn a_level_nobody_logged_gives_nothing() {
    assert!(collect(LOG, Some("DEBUG")).is_empty());
}

#[test]
fn the_level_must_be_the_whole_first_word() {
    let log = "ERRORS are counted here\nERROR real one\nINFO an ERROR inside";
    assert_eq!(collect(log, Some("ERROR")), ["ERROR real one"]);
}

#[test]
fn the_first_word_ends_at_any_whitespace_or_the_end_of_the_line() {
    let log = "ERROR\tdisk full\nERROR\nINFO\u{3000}up\nERROR:x\nWARN ERROR";
    assert_eq!(collect(log, Some("ERROR")), ["ERROR\tdisk full", "ERROR"]);
    assert_eq!(collect(log, Some("INFO")), ["INFO\u{3000}up"]);
}

#[test]
fn an_empty_log_has_no_lines() {
    assert!(collect("", None).is_empty());
    assert!(collect("", Some("INFO")).is_empty());
}

#[test]
fn windows_line_endings_are_not_part_of_a_line() {
    let log = "INFO a\r\nERROR b\r\n";
    assert_eq!(collect(log, None), ["INFO a", "ERROR b"]);
    assert_eq!(collect(log, Some("ERROR")), ["ERROR b"]);
}

#[test]
fn the_caller_can_stop_after_the_first_match() {
    let mut errors = select_lines(LOG, Some("ERROR"));
    assert_eq!(errors.next(), Some("ERROR disk full"));
}

#[test]
fn lines_are_slices_of_the_log_itself() {
    let first = select_lines(LOG, None).next().expect("the log has lines");
    let log_range = LOG.as_ptr() as usize..LOG.as_ptr() as usize + LOG.len();
    assert!(
        log_range.contains(&(first.as_ptr() as usize)),
        "lines must borrow from the log, not be copies"
    );
}

/// The statement's rule, written plainly: the characters of a line up to
/// its first whitespace character are its first word.
fn oracle<'a>(log: &'a str, level: &str) -> Vec<&'a str> {
    log.lines()
        .filter(|line| {
            let word: String = line.chars().take_while(|c| !c.is_whitespace()).collect();
            word == level
        })
        .collect()
}

#[test]
fn every_unicode_whitespace_ends_the_first_word() {
    let logs = support::inputs::WHITESPACE.map(|space| {
        format!("ERROR{space}disk full\nINFO{space}up\nERROR\nERRORS{space}x\nWARN{space}ERROR")
    });
    for level in ["ERROR", "INFO", "WARN"] {
        support::check::agree_on(
            logs.iter(),
            |log| oracle(log, level),
            |log| collect(log, Some(level)),
        );
    }
}

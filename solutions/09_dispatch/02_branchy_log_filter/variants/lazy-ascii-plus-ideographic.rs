// variant: a word ends at ASCII whitespace or U+3000 only
// expect: tests
//! # Returning an iterator from two branches
//!
//! A log viewer shows the lines of a log, or only those of one level. Each
//! line starts with its level as a word: `ERROR disk full`, `INFO started`.
//! Logs can be huge and the viewer often stops at the first screenful, so
//! `select_lines` returns a lazy iterator over the log's own lines: nothing
//! is copied, and lines are found one by one as the caller asks for them.
//!
//! It does not compile. `impl Iterator` in return position does not mean
//! "any iterator, decided at run time": it stands for one concrete type the
//! compiler picks from the body, and the two branches build different types.
//!
//! Task: make it compile and pass the tests. `level: None` gives every line;
//! `Some(level)` gives the lines whose first word is exactly `level` (a word
//! ends at the end of the line or at any whitespace: a space, a tab, or a
//! Unicode space such as U+3000). Keep it lazy: return an iterator over
//! `&str` slices of `log`, without collecting the lines into a `Vec` first.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub fn select_lines<'a>(log: &'a str, level: Option<&'a str>) -> impl Iterator<Item = &'a str> {
    log.lines().filter(move |line| match level {
        None => true,
        Some(level) => {
            let word = line
                .split(|c: char| c.is_ascii_whitespace() || c == '\u{3000}')
                .next()
                .unwrap_or("");
            word == level
        }
    })
}

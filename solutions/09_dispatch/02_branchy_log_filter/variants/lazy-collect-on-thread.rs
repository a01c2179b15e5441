// variant: collects the lines into a Vec on a scoped thread
// expect: tests
//! # Returning an iterator from two branches
//!
//! A log viewer shows the lines of a log, or only those of one level. Each
//! line starts with its level as a word: `ERROR disk full`, `INFO started`.
//! Logs can be huge and the viewer often stops at the first screenful, so
//! `select_lines` returns an iterator over the log's own lines that copies
//! nothing (the tests count the bytes it allocates).
//!
//! It does not compile. `impl Iterator` in return position does not mean
//! "any iterator, decided at run time": it stands for one concrete type the
//! compiler picks from the body, and the two branches build different types.
//!
//! Task: make it compile and pass the tests. `level: None` gives every line;
//! `Some(level)` gives the lines whose first word is exactly `level` (a word
//! ends at the end of the line or at any whitespace: a space, a tab, or a
//! Unicode space such as U+3000). Copy nothing: return an iterator over
//! `&str` slices of `log`, without collecting the lines into a `Vec` first.
//! Lines that start with whitespace, and an empty `level`, are yours to
//! decide: the tests never use them.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// Every line of `log`, or only those whose first word is `level`.
pub fn select_lines<'a>(log: &'a str, level: Option<&'a str>) -> impl Iterator<Item = &'a str> {
    // The lines are gathered by a helper thread.
    let lines: Vec<&'a str> = std::thread::scope(|scope| {
        scope
            .spawn(move || match level {
                Some(level) => log
                    .lines()
                    .filter(|line| line.split_whitespace().next() == Some(level))
                    .collect(),
                None => log.lines().collect(),
            })
            .join()
            .expect("the helper thread does not panic")
    });
    lines.into_iter()
}

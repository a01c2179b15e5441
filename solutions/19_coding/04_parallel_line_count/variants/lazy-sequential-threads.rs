// variant: the threads version counts on the caller's thread
// expect: tests
use rayon::prelude::*;

pub fn count_matching_rayon(text: &str, needle: &str) -> usize {
    text.par_split_inclusive('\n')
        .map(line_content)
        .filter(|line| line.contains(needle))
        .count()
}

/// A piece of `split_inclusive('\n')` without its line ending: the `\n`,
/// and a `\r` only when it stood right before that `\n`.
fn line_content(piece: &str) -> &str {
    match piece.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => piece,
    }
}

pub fn count_matching_threads(text: &str, needle: &str, workers: usize) -> usize {
    let _ = workers;
    text.lines().filter(|line| line.contains(needle)).count()
}

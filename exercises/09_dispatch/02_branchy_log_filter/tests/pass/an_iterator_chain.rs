// The result is an iterator: callers chain adapters onto it and pull items
// one at a time, and it may be stored and passed on like any iterator.
use dispatch_02_branchy_log_filter::select_lines;

fn count_words<'a>(lines: impl Iterator<Item = &'a str>) -> usize {
    lines.map(|line| line.split_whitespace().count()).sum()
}

fn main() {
    let log = String::from("INFO up\nERROR down now\nINFO up again");
    let mut all = select_lines(&log, None);
    assert_eq!(all.next(), Some("INFO up"));
    assert_eq!(count_words(all), 6);
    let level = String::from("INFO");
    let infos = select_lines(&log, Some(&level)).skip(1).take(1);
    assert_eq!(infos.collect::<Vec<_>>(), ["INFO up again"]);
}

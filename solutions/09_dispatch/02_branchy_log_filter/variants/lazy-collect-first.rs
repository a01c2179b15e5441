// variant: collects the matching lines into a `Vec` and returns its iterator
// expect: tests
pub fn select_lines<'a>(log: &'a str, level: Option<&'a str>) -> impl Iterator<Item = &'a str> {
    let lines: Vec<&'a str> = match level {
        Some(level) => log
            .lines()
            .filter(|line| line.split_whitespace().next() == Some(level))
            .collect(),
        None => log.lines().collect(),
    };
    lines.into_iter()
}

// variant: compares the start of the line with `starts_with`, not the first word
// expect: tests
pub fn select_lines<'a>(
    log: &'a str,
    level: Option<&'a str>,
) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match level {
        Some(level) => Box::new(log.lines().filter(move |line| line.starts_with(level))),
        None => Box::new(log.lines()),
    }
}

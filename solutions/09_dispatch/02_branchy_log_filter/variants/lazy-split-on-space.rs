// variant: ends the first word at a space only
// expect: tests
pub fn select_lines<'a>(
    log: &'a str,
    level: Option<&'a str>,
) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match level {
        Some(level) => Box::new(
            log.lines()
                .filter(move |line| line.split(' ').next() == Some(level)),
        ),
        None => Box::new(log.lines()),
    }
}

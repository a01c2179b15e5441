// variant: one `filter` whose closure lets every line through without a level, returned as `impl Iterator`
pub fn select_lines<'a>(log: &'a str, level: Option<&'a str>) -> impl Iterator<Item = &'a str> {
    log.lines().filter(move |line| match level {
        None => true,
        Some(level) => line.split_whitespace().next() == Some(level),
    })
}

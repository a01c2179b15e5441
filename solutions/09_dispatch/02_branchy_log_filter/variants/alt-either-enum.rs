// variant: an enum with one variant per iterator, which implements `Iterator` by delegating
use std::str::Lines;

pub enum Selected<'a> {
    All(Lines<'a>),
    Level { lines: Lines<'a>, level: &'a str },
}

impl<'a> Iterator for Selected<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Selected::All(lines) => lines.next(),
            Selected::Level { lines, level } => lines.find(|line| {
                line.split(char::is_whitespace)
                    .next()
                    .is_some_and(|word| word == *level)
            }),
        }
    }
}

pub fn select_lines<'a>(log: &'a str, level: Option<&'a str>) -> Selected<'a> {
    match level {
        Some(level) => Selected::Level {
            lines: log.lines(),
            level,
        },
        None => Selected::All(log.lines()),
    }
}

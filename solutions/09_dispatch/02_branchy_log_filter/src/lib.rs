//! # Returning an iterator from two branches
//!
//! `impl Iterator` names one hidden concrete type; a `Filter<Lines, _>` and
//! a `Lines` are two. Boxing erases the difference: both branches become a
//! `Box<dyn Iterator>`, at the price of one allocation and a virtual call per
//! item. (A single `filter` whose closure accepts every line when `level` is
//! `None` would avoid the box just as well.)

pub fn select_lines<'a>(
    log: &'a str,
    level: Option<&'a str>,
) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match level {
        Some(level) => Box::new(
            log.lines()
                .filter(move |line| line.split_whitespace().next() == Some(level)),
        ),
        None => Box::new(log.lines()),
    }
}

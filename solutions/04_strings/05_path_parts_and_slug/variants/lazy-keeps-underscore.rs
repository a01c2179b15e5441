// variant: keeps underscores in the slug
// expect: tests
//! # Path parts and slugs: return a borrow or new text?
//!
//! A static site generator turns `posts/2024/hello-rust.md` into a page.
//! Three helpers work on the text it reads, and all three return a `String`:
//! two of them copy text the caller already has, and one builds the wrong
//! text.
//!
//! - `file_extension("posts/archive.tar.gz")` is `Some("gz")`: the text
//!   after the last `.` of the last path component (components are
//!   separated by `/`). A name without a dot has none, and neither has a
//!   name whose only dot is its first character (".bashrc"). "notes." has an
//!   empty extension.
//! - `file_stem("posts/archive.tar.gz")` is "archive.tar": the last path
//!   component without its extension and the dot before it.
//! - `slugify("Hello, World!")` is "hello-world": the letters and digits of
//!   the title, in lower case, in any alphabet; each run of other characters
//!   becomes a single `-`, and the slug neither starts nor ends with `-`.
//!
//! Task: make the tests pass, and give each function the return type that
//! fits: a part of the input is handed back borrowed from it, without a
//! copy; text that is not in the input is returned owned.
//!
//! Run `cargo run -p checker watch` and save to check your work.

fn last_component(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

pub fn file_extension(path: &str) -> Option<&str> {
    let name = last_component(path);
    match name.rfind('.') {
        Some(0) | None => None,
        Some(dot) => Some(&name[dot + 1..]),
    }
}

pub fn file_stem(path: &str) -> &str {
    let name = last_component(path);
    match name.rfind('.') {
        Some(0) | None => name,
        Some(dot) => &name[..dot],
    }
}

pub fn slugify(title: &str) -> String {
    // Underscores are URL-safe: keep them, like the letters.
    let keep = |c: char| c.is_alphanumeric() || c == '_';
    title
        .split(|c: char| !keep(c))
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

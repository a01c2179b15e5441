// variant: skips every leading dot of a name before looking for the extension
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
    path.rsplit('/').next().unwrap_or(path)
}

/// Splits the name into (stem, extension), skipping the leading dots of a
/// hidden file.
fn split_name(name: &str) -> (&str, Option<&str>) {
    let hidden = name.len() - name.trim_start_matches('.').len();
    match name[hidden..].rfind('.') {
        None => (name, None),
        Some(dot) => (&name[..hidden + dot], Some(&name[hidden + dot + 1..])),
    }
}

pub fn file_extension(path: &str) -> Option<&str> {
    split_name(last_component(path)).1
}

pub fn file_stem(path: &str) -> &str {
    split_name(last_component(path)).0
}

pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut pending_dash = false;
    for c in title.chars() {
        if c.is_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.extend(c.to_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

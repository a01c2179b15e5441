//! # Path parts and slugs: return a borrow or new text?
//!
//! The extension and the stem are already in the path, so they are returned
//! as `&str` slices borrowed from it: no allocation, and the compiler stops a
//! caller from using them after the path is gone. A slug is new text (lower
//! case, dashes), so it is built in a `String` sized up front and returned
//! owned.

fn file_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

pub fn file_extension(path: &str) -> Option<&str> {
    let name = file_name(path);
    match name.rfind('.') {
        Some(0) | None => None,
        Some(dot) => Some(&name[dot + 1..]),
    }
}

pub fn file_stem(path: &str) -> &str {
    let name = file_name(path);
    match name.rfind('.') {
        Some(0) | None => name,
        Some(dot) => &name[..dot],
    }
}

pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut after_separator = false;
    for c in title.chars() {
        if c.is_alphanumeric() {
            if after_separator && !slug.is_empty() {
                slug.push('-');
            }
            after_separator = false;
            slug.extend(c.to_lowercase());
        } else {
            after_separator = true;
        }
    }
    slug
}

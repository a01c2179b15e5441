// variant: returns a Cow from preview_with_ellipsis
// expect: keep:signatures

//! # Previews: counting characters, slicing bytes
//!
//! A message list shows the start of each message. Both helpers below work
//! on English text, and fail on the first message in French, Greek or with an
//! emoji: some give the wrong text, some panic. One of them also panics on
//! the smallest limit of all, in any language.
//!
//! - `preview` gives the first `max_chars` characters of `text`, or all of
//!   it when it is not longer than that. It returns a slice of `text`.
//! - `preview_with_ellipsis` does the same, but when it has to cut, the
//!   result ends with "…" and the ellipsis counts as one of the `max_chars`
//!   characters. With `max_chars` 0 the result is empty. It returns new text.
//!
//! A "character" here is a `char` (a Unicode scalar value). Task: fix both
//! functions; keep their signatures. The text may be long: a short preview
//! of a 10 MB text must neither copy it nor read it to its end (a test counts
//! the bytes allocated, and times many such previews with a wide margin).
//! Reading no further than the characters you keep gets you there.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::borrow::Cow;

pub fn preview(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

/// Borrows the text when nothing is cut: no copy at all.
pub fn preview_with_ellipsis(text: &str, max_chars: usize) -> Cow<'_, str> {
    if max_chars == 0 {
        return Cow::Borrowed("");
    }
    if text.char_indices().nth(max_chars).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("{}…", preview(text, max_chars - 1)))
}

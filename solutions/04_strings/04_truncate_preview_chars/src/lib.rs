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
//!
//! ## The solution
//!
//! String indices are byte offsets into UTF-8, and slicing anywhere but on a
//! character boundary panics. `char_indices` yields each character with the
//! byte offset where it starts; the start of the character after the last
//! kept one is the end of the slice. `nth` stops there, so only the kept
//! prefix is scanned.
//!
//! `preview` returns part of its input, so a `&str` borrowed from it;
//! `preview_with_ellipsis` builds text that is not in the input, so it
//! returns a `String`.

pub fn preview(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

pub fn preview_with_ellipsis(text: &str, max_chars: usize) -> String {
    if preview(text, max_chars).len() == text.len() {
        return text.to_string();
    }
    let Some(kept_chars) = max_chars.checked_sub(1) else {
        return String::new();
    };
    let kept = preview(text, kept_chars);
    let mut shown = String::with_capacity(kept.len() + '…'.len_utf8());
    shown.push_str(kept);
    shown.push('…');
    shown
}

//! # Predict: a buffer handed over inside a loop
//!
//! `push_line(out, line)` moved the buffer into the function, which dropped
//! it on return, so on the next round (and after the loop) `out` was gone.
//! rustc reports one E0382, at the use after the loop, and labels the call
//! as "moved here, in previous iteration of loop". Returning the buffer
//! hands ownership back; the caller rebinds it and the loop can go on.

// PREDICT: E0382 line 36

/// Takes the buffer, appends `line` and a newline, and gives the buffer back.
pub fn push_line(mut out: String, line: &str) -> String {
    out.push_str(line);
    out.push('\n');
    out
}

pub fn render(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        out = push_line(out, line);
    }
    out
}

//! # Predict: a buffer handed over inside a loop
//!
//! `render` joins report lines into one text, each line followed by a
//! newline. It hands the text buffer to `push_line` for every line, and
//! `push_line` takes the buffer by value: it is one step of a pipeline that
//! owns the buffer while it works on it.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests. Constraints: `push_line` keeps
//! taking the buffer by value (callers chain it:
//! `push_line(push_line(String::new(), "a"), "b")`), and the buffer is never
//! cloned: a clone per round compiles, but then either the lines are lost or
//! the whole text is copied again for every line (a test counts the bytes).
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
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

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

// TODO: `push_line` takes the buffer and keeps it. How can a function that
// takes ownership give it back to its caller?
pub fn push_line(mut out: String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

// PREDICT: E____ line __

pub fn render(lines: &[&str]) -> String {
    let out = String::new();
    for line in lines {
        // TODO: who owns the buffer after this call, and on the next round?
        push_line(out, line);
    }
    out
}

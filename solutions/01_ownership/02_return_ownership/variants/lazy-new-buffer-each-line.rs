// variant: push_line formats a new buffer instead of growing the one it was given
// expect: tests
// PREDICT: E0382 line 36

pub fn push_line(out: String, line: &str) -> String {
    format!("{out}{line}\n")
}

pub fn render(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        out = push_line(out, line);
    }
    out
}

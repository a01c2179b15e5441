// variant: push_line with `+`, render as a fold
// PREDICT: E0382 line 36

pub fn push_line(out: String, line: &str) -> String {
    out + line + "\n"
}

pub fn render(lines: &[&str]) -> String {
    lines
        .iter()
        .fold(String::new(), |out, line| push_line(out, line))
}

// variant: hands push_line a clone of the buffer on every round
// expect: tests
// PREDICT: E0382 line 36

pub fn push_line(mut out: String, line: &str) -> String {
    out.push_str(line);
    out.push('\n');
    out
}

pub fn render(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        out = push_line(out.clone(), line);
    }
    out
}

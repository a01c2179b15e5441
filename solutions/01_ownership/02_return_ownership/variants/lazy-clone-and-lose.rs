// variant: hands push_line a clone on every round and drops what it returns, so the lines are lost
// expect: tests
// PREDICT: E0382 line 36

pub fn push_line(mut out: String, line: &str) -> String {
    out.push_str(line);
    out.push('\n');
    out
}

pub fn render(lines: &[&str]) -> String {
    let out = String::new();
    for line in lines {
        push_line(out.clone(), line);
    }
    out
}

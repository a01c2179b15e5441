// variant: push_line borrows the buffer mutably instead of taking it
// expect: E0308
// PREDICT: E0382 line 36

pub fn push_line(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

pub fn render(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        push_line(&mut out, line);
    }
    out
}

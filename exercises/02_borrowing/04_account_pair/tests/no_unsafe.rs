//! The fix must be safe code: the `split_*_mut` methods already hold the one
//! `unsafe` block that disjoint borrows need, proved once by std. This reads
//! your `src/lib.rs`, leaves out `//` comments, and looks for the keyword.

const SOURCE: &str = include_str!("../src/lib.rs");

#[test]
fn the_fix_uses_no_unsafe_code() {
    for (number, line) in SOURCE.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let is_unsafe = code
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == "unsafe");
        assert!(
            !is_unsafe,
            "src/lib.rs line {}: `unsafe` is not needed here; let a slice method prove that the borrows are disjoint",
            number + 1
        );
    }
}

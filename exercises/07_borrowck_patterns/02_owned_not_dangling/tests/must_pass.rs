// Runs the must-pass cases with trybuild, so a plain `cargo test` judges them too.
#[test]
fn must_pass_cases() {
    trybuild::TestCases::new().pass("tests/pass/*.rs");
}

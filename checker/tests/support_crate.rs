//! The tests' support crate: a workspace member the exercises' tests use.
//! It is the judge's code, so the rules never lint it, and it is sealed
//! like a test: an edit to it is noticed.

mod common;

use common::Fixture;

/// The fixture with a support crate in the workspace, used by the rules
/// fixture's tests. Its code does what the rules forbid in learner code.
fn with_support() -> Fixture {
    let fixture = Fixture::new();
    let manifest = fixture.read("Cargo.toml").replace(
        "members = [\"exercises/*/*\"]",
        "members = [\"support\", \"exercises/*/*\"]",
    );
    fixture.write(
        "Cargo.toml",
        &format!("{manifest}\n[workspace.dependencies]\nsupport = {{ path = \"support\" }}\n"),
    );
    fixture.write(
        "support/Cargo.toml",
        "[package]\nname = \"support\"\nversion = \"0.1.0\"\nedition.workspace = true\npublish.workspace = true\n",
    );
    fixture.write(
        "support/src/lib.rs",
        "pub fn sum(text: &str) -> i64 {\n    let first: i64 = text.split(',').next().unwrap().trim().parse().unwrap();\n    // SAFETY: nothing is dereferenced.\n    first + unsafe { std::ptr::read(&0i64) }\n}\n",
    );
    let rules = "exercises/01_paths/13_rules";
    let exercise_manifest = fixture.read(&format!("{rules}/Cargo.toml"));
    fixture.write(
        &format!("{rules}/Cargo.toml"),
        &format!("{exercise_manifest}\n[dev-dependencies]\nsupport.workspace = true\n"),
    );
    let tests = fixture.read(&format!("{rules}/tests/rules.rs"));
    fixture.write(
        &format!("{rules}/tests/rules.rs"),
        &format!("{tests}\n#[test]\nfn the_support_crate_is_linked() {{\n    assert_eq!(support::sum(\"4, 5\"), 4);\n}}\n"),
    );
    fixture.write(
        &format!("{rules}/src/lib.rs"),
        &fixture.read("solutions/01_paths/13_rules/src/lib.rs"),
    );
    fixture.ok(&["dev", "seal"]);
    fixture
}

#[test]
fn the_rules_never_lint_the_support_crate() {
    let fixture = with_support();
    let (verdict, code) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "solved", "{verdict}");
    assert_eq!(code, 0);
}

#[test]
fn an_edited_support_crate_is_noticed() {
    let fixture = with_support();
    let sealed = fixture.read("shipped.toml");
    assert!(sealed.contains("[support]"), "{sealed}");
    fixture.write(
        "support/src/lib.rs",
        &(fixture.read("support/src/lib.rs") + "// made easier\n"),
    );
    let (verdict, code) = fixture.verdict("rules");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "tampered", "{verdict}");
    assert_eq!(verdict["tampered"][0]["path"], "support/src/lib.rs");
    assert_eq!(verdict["tampered"][0]["shared"], true);
    let human = common::stdout(&fixture.run(&["verify", "rules"]));
    assert!(
        human.contains("support/src/lib.rs was edited: the tests' support crate is part of every exercise's judge"),
        "{human}"
    );
}

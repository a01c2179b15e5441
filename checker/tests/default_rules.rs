//! The default rules: outside the unsafe topic no exercise accepts `unsafe`
//! or a leak, and where a rule forbids panics, neither `catch_unwind` nor
//! `assert!`; an exercise waives one with a reason.

mod common;

use common::Fixture;

const LIB: &str = "exercises/01_paths/03_passing/src/lib.rs";

fn with_learner_code(fixture: &Fixture, code: &str) {
    fixture.write(LIB, &(fixture.read(LIB) + code));
}

#[test]
fn a_leak_is_a_broken_rule_with_its_reason() {
    let fixture = Fixture::new();
    with_learner_code(
        &fixture,
        "\npub fn forever(id: u32) -> &'static Token {\n    Box::leak(Box::new(Token::new(id)))\n}\n",
    );
    let (verdict, code) = fixture.verdict("passing");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    let broken = &verdict["rules"]["broken"][0];
    assert_eq!(broken["lint"], "clippy::disallowed_methods");
    let message = broken["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("Box::leak") && message.contains("a leaked value is never freed"),
        "{message}"
    );
}

#[test]
fn unsafe_code_is_refused_outside_the_unsafe_topic() {
    let fixture = Fixture::new();
    with_learner_code(
        &fixture,
        "\npub fn first(ids: &[u32]) -> u32 {\n    // SAFETY: the tests never pass an empty slice.\n    unsafe { *ids.get_unchecked(0) }\n}\n",
    );
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    assert_eq!(verdict["rules"]["broken"][0]["lint"], "unsafe_code");
}

#[test]
fn a_waived_rule_lets_the_code_through_and_words_alone_break_nothing() {
    let fixture = Fixture::new();
    let catalogue = fixture.read("info.toml").replace(
        "dir = \"03_passing\"\ndifficulty = \"junior\"\n",
        "dir = \"03_passing\"\ndifficulty = \"junior\"\nwaive = [{ rule = \"leaks\", why = \"the registry lives as long as the program\" }]\n",
    );
    fixture.write("info.toml", &catalogue);
    fixture.ok(&["dev", "seal"]);
    with_learner_code(
        &fixture,
        "\npub fn forever(id: u32) -> &'static Token {\n    Box::leak(Box::new(Token::new(id)))\n}\n",
    );
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "solved", "{verdict}");

    // "unsafe" in a comment or a string is no unsafe code.
    let fixture = Fixture::new();
    with_learner_code(
        &fixture,
        "\n/// Never `unsafe`, never leaked, never forgotten.\npub const NOTE: &str = \"unsafe { leak() }\";\n",
    );
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "solved", "{verdict}");
}

#[test]
fn where_panics_are_forbidden_catching_one_or_asserting_is_too() {
    let fixture = Fixture::new();
    let rules = "exercises/01_paths/13_rules/src/lib.rs";
    let solution = fixture.read("solutions/01_paths/13_rules/src/lib.rs");
    fixture.write(
        rules,
        &format!("{solution}\npub fn checked(n: i64) -> i64 {{\n    assert!(n >= 0, \"negative\");\n    n\n}}\n"),
    );
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    assert_eq!(
        verdict["rules"]["broken"][0]["lint"],
        "clippy::disallowed_macros"
    );

    // One lint serves the leak and the panic rules: the finding says which.
    fixture.write(
        rules,
        &format!(
            "{solution}
pub fn caught(n: i64) -> i64 {{
    std::panic::catch_unwind(|| n).unwrap_or(0)
}}
"
        ),
    );
    let (verdict, _) = fixture.verdict("rules");
    let broken = &verdict["rules"]["broken"][0];
    assert_eq!(broken["lint"], "clippy::disallowed_methods", "{verdict}");
    let why = broken["why"].as_str().unwrap_or_default();
    assert!(why.contains("panic") && !why.contains("leak"), "{why}");

    let catalogue = fixture.read("info.toml");
    fixture.write(
        "info.toml",
        &catalogue.replace(
            "dir = \"13_rules\"\ndifficulty = \"junior\"\n",
            "dir = \"13_rules\"\ndifficulty = \"junior\"\nwaive = [{ rule = \"nope\", why = \"x\" }]\n",
        ),
    );
    let output = fixture.run(&["verify", "rules"]);
    assert_eq!(common::code(&output), 2);
    assert!(
        common::stderr(&output).contains("waive names `nope`, which is not a default rule"),
        "{}",
        common::text(&output)
    );
}

#[test]
fn a_leak_through_another_owner_of_text_is_refused_too() {
    let fixture = Fixture::new();
    with_learner_code(
        &fixture,
        "\npub fn name_forever(name: &str) -> &'static std::ffi::OsStr {\n    std::ffi::OsString::from(name).leak()\n}\n",
    );
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    let message = verdict["rules"]["broken"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("OsString::leak"), "{message}");
}

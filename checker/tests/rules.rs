//! The rules stage: lints an exercise forbids in the learner's library, at a
//! level nothing in the learner's file can lower; and must-fail annotations
//! that accept the codes equally correct designs produce.

mod common;

use common::{Fixture, case};
use serde_json::Value;

const LIB: &str = "exercises/01_paths/13_rules/src/lib.rs";
const SOLUTION: &str = "solutions/01_paths/13_rules/src/lib.rs";

fn broken(verdict: &Value) -> Vec<(String, u64)> {
    verdict["rules"]["broken"]
        .as_array()
        .unwrap_or_else(|| panic!("no broken rules in {verdict}"))
        .iter()
        .map(|b| {
            (
                b["lint"].as_str().expect("a lint").to_string(),
                b["line"].as_u64().expect("a line"),
            )
        })
        .collect()
}

#[test]
fn a_broken_rule_names_the_rule_its_place_and_what_the_task_says() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("rules");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    assert_eq!(
        broken(&verdict),
        [
            ("clippy::unwrap_used".to_string(), 5),
            ("clippy::disallowed_methods".to_string(), 11)
        ]
    );
    let first = &verdict["rules"]["broken"][0];
    assert_eq!(first["file"], "src/lib.rs");
    assert_eq!(first["column"], 18);
    assert_eq!(
        first["why"],
        "a bad number is an error for the caller, not a panic"
    );
    assert!(
        verdict["tests"].is_null(),
        "nothing runs while a rule is broken"
    );

    let human = common::stdout(&fixture.run(&["verify", "rules"]));
    assert!(human.contains("breaks a rule of the task"), "{human}");
    assert!(
        human.contains(
            "rule broken: `clippy::unwrap_used` at exercises/01_paths/13_rules/src/lib.rs:5:18"
        ),
        "{human}"
    );
    assert!(
        human.contains("the task says: a bad number is an error for the caller"),
        "{human}"
    );
    // The reason written beside the method in the sealed clippy.toml.
    assert!(
        human.contains("note: sum each half by its indices"),
        "{human}"
    );
    let progress: Value =
        serde_json::from_str(&fixture.read(".checker/progress.json")).expect("progress JSON");
    assert_eq!(progress["exercises"]["rules"]["solved"], false);
}

#[test]
fn a_rule_cannot_be_lowered_from_the_learners_file_but_can_be_raised() {
    let fixture = Fixture::new();
    let solution = fixture.read(SOLUTION);

    // An allow of the rule's lint is itself a broken rule.
    fixture.write(
        LIB,
        &format!(
            "#![allow(clippy::unwrap_used)]\n{}\npub fn first(text: &str) -> u32 {{\n    text.parse().unwrap()\n}}\n",
            solution
        ),
    );
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    assert_eq!(broken(&verdict)[0], ("clippy::unwrap_used".to_string(), 1));

    // Denying it is welcome: correct code that asks for more is solved.
    fixture.write(LIB, &format!("#![deny(clippy::unwrap_used)]\n{solution}"));
    let (verdict, code) = fixture.verdict("rules");
    assert_eq!(
        (verdict["status"].as_str(), code),
        (Some("solved"), 0),
        "{verdict}"
    );
    assert_eq!(verdict["rules"]["broken"], serde_json::json!([]));

    // A configuration file of the learner's own changes nothing.
    let shipped_halves = "pub fn half_sums(values: &[u32]) -> (u32, u32) {\n    let (left, right) = values.split_at(values.len() / 2);\n    (left.iter().sum(), right.iter().sum())\n}\n";
    let parse = solution
        .split("pub fn half_sums")
        .next()
        .expect("the solution's parse_total");
    fixture.write(LIB, &format!("{parse}{shipped_halves}"));
    for config in [
        "exercises/01_paths/13_rules/.clippy.toml",
        "exercises/01_paths/clippy.toml",
        "clippy.toml",
    ] {
        fixture.write(config, "disallowed-methods = []\n");
    }
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(
        broken(&verdict),
        [("clippy::disallowed_methods".to_string(), 6)],
        "{verdict}"
    );

    // unsafe_code, a rustc lint, is a rule like the others.
    fixture.write(
        LIB,
        &format!("{solution}\npub fn peek(values: &[u32]) -> u32 {{\n    unsafe {{ *values.as_ptr() }}\n}}\n"),
    );
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(broken(&verdict)[0].0, "unsafe_code", "{verdict}");

    // Code that does not compile is a compile error, whatever rules it breaks.
    fixture.write(
        LIB,
        &format!(
            "{solution}\npub fn bad() -> u32 {{\n    \"x\".parse::<u32>().unwrap() + \"y\"\n}}\n"
        ),
    );
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "compile_error", "{verdict}");
    assert!(verdict["rules"].is_null(), "{verdict}");
}

#[test]
fn rules_bind_the_learners_library_only_and_follow_the_catalogue() {
    let fixture = Fixture::new();
    // The tests unwrap freely: rules are for the learner's code.
    fixture.write(LIB, &fixture.read(SOLUTION));
    let (verdict, code) = fixture.verdict("rules");
    assert_eq!(code, 0, "{verdict}");

    // The shipped unwrap, with the unwrap rule dropped from the catalogue:
    // the library is judged again under the rules as they are now.
    let solution = fixture.read(SOLUTION);
    let with_unwrap = solution.replace(
        "text.split(',').map(|part| part.trim().parse::<u32>()).sum()",
        "Ok(text.split(',').map(|part| part.trim().parse::<u32>().unwrap()).sum())",
    );
    assert_ne!(with_unwrap, solution);
    fixture.write(LIB, &with_unwrap);
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(broken(&verdict)[0].0, "clippy::unwrap_used");
    let info = fixture.read("info.toml");
    let without = info.replace(
        "    { lint = \"clippy::unwrap_used\", why = \"a bad number is an error for the caller, not a panic\" },\n",
        "",
    );
    assert_ne!(info, without);
    fixture.write(
        "info.toml",
        &without.replace(
            "\"rule:clippy::disallowed_methods\", \"rule:clippy::unwrap_used\"",
            "\"rule:clippy::disallowed_methods\"",
        ),
    );
    let (verdict, _) = fixture.verdict("rules");
    // It builds now, and the test of a bad number finds the panic.
    assert_eq!(verdict["status"], "tests_failed", "{verdict}");
    assert_eq!(verdict["rules"]["broken"], serde_json::json!([]));
    fixture.write("info.toml", &info);
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");

    // The sealed configuration is part of the judge: editing it is tampering.
    fixture.write(LIB, &solution);
    fixture.write(
        "exercises/01_paths/13_rules/clippy.toml",
        "disallowed-methods = []\n",
    );
    let (verdict, _) = fixture.verdict("rules");
    assert_eq!(verdict["status"], "tampered", "{verdict}");
}

#[test]
fn a_must_fail_case_accepts_each_code_its_annotation_lists() {
    let fixture = Fixture::new();
    let lib = "exercises/01_paths/14_alternatives/src/lib.rs";
    let shipped = fixture.read(lib);
    for (design, code) in [
        ("solutions/01_paths/14_alternatives/src/lib.rs", "E0599"),
        (
            "solutions/01_paths/14_alternatives/variants/alt-bound-on-the-method.rs",
            "E0277",
        ),
    ] {
        fixture.write(lib, &fixture.read(design));
        let (verdict, exit) = fixture.verdict("alternatives");
        assert_eq!(exit, 0, "{design}: {verdict}");
        let matched = &case(&verdict, "no_host")["outcome"]["matched"][0];
        assert_eq!(matched["code"], code, "{design}");
        assert_eq!(matched["line"], 2);
    }
    // Shipped, the misuse compiles.
    fixture.write(lib, &shipped);
    let (verdict, _) = fixture.verdict("alternatives");
    assert_eq!(case(&verdict, "no_host")["outcome"]["kind"], "compiled");
}

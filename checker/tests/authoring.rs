//! The instructors' tools: `dev check` proves exercises and catches broken
//! ones without touching them; `dev new` scaffolds; and the pilot must-fail
//! case judges every reasonable learner design the same way.

mod common;

use std::path::Path;

use common::{Fixture, code, stdout};

#[test]
fn dev_check_proves_a_good_exercise_on_scratch_copies() {
    let fixture = Fixture::new();
    let before = common::snapshot(&fixture.path("exercises"));
    let junit = fixture.path("proof.xml");
    let output = fixture.run(&[
        "dev",
        "check",
        "compile_error",
        "--junit",
        &junit.to_string_lossy(),
    ]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
    assert!(stdout(&output).contains("check: 1 passed, 0 failed"));
    let xml = std::fs::read_to_string(&junit).expect("a JUnit report");
    assert!(
        xml.contains(r#"<testsuites name="exercises" tests="1" failures="0">"#)
            && xml.contains(r#"<testcase classname="01_paths" name="compile-error""#),
        "{xml}"
    );
    assert_eq!(
        before,
        common::snapshot(&fixture.path("exercises")),
        "exercises/ untouched"
    );
}

#[test]
fn dev_check_rejects_what_teaches_nothing_or_fails_for_another_reason() {
    let fixture = Fixture::new();
    // `passing` is solved as shipped; `failing_test` has no solution file.
    let output = fixture.run(&["dev", "check", "passing", "failing_test"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(
        report.contains("the shipped state is already solved"),
        "{report}"
    );
    assert!(
        report.contains("no solution file solutions/01_paths/02_failing_test/src/lib.rs"),
        "{report}"
    );
    assert!(report.contains("check: 0 passed, 2 failed"), "{report}");

    // Declared E0499, but the shipped state fails with E0382.
    declare(&fixture, "[\"E0382\"]", "[\"E0499\"]");
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(
        report.contains("must fail with `E0499`, but it is `does not compile`"),
        "{report}"
    );
    assert!(report.contains("error[E0382]"), "{report}");
}

#[test]
fn dev_check_rejects_a_failure_that_expect_does_not_declare() {
    let fixture = Fixture::new();
    // A second, unrelated error next to the declared E0382.
    let shipped = "exercises/01_paths/01_compile_error/src/lib.rs";
    let with_extra = fixture.read(shipped) + "\npub fn extra() -> u32 {\n    \"text\"\n}\n";
    fixture.write(shipped, &with_extra);
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(
        report.contains("also fails with `E0308`, which `expect` does not declare"),
        "{report}"
    );

    // Declared, it passes.
    declare(&fixture, "[\"E0382\"]", "[\"E0382\", \"E0308\"]");
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
}

#[test]
fn dev_check_accepts_failing_tests_and_a_failing_case_declared_together() {
    let fixture = Fixture::new();
    let dir = "exercises/01_paths/04_misuse_compiles";
    // Shipped: `Token` is `Send` (the case compiles) and `describe` is wrong.
    fixture.write(
        &format!("{dir}/src/lib.rs"),
        "// TODO: make it !Send.\npub struct Token {\n    id: u32,\n}\n\nimpl Token {\n    pub fn new(id: u32) -> Self {\n        Self { id }\n    }\n}\n\n// TODO: describe it.\npub fn describe(token: &Token) -> String {\n    format!(\"{}\", token.id)\n}\n",
    );
    fixture.write(
        "solutions/01_paths/04_misuse_compiles/src/lib.rs",
        "use std::marker::PhantomData;\n\npub struct Token {\n    id: u32,\n    _not_send: PhantomData<*const ()>,\n}\n\nimpl Token {\n    pub fn new(id: u32) -> Self {\n        Self {\n            id,\n            _not_send: PhantomData,\n        }\n    }\n}\n\npub fn describe(token: &Token) -> String {\n    format!(\"token {}\", token.id)\n}\n",
    );
    fixture.write(
        &format!("{dir}/tests/describe.rs"),
        "#[test]\nfn describes_the_token() {\n    let token = fx_misuse_compiles::Token::new(7);\n    assert_eq!(fx_misuse_compiles::describe(&token), \"token 7\");\n}\n",
    );
    fixture.write(
        "solutions/01_paths/04_misuse_compiles/variants/alt-rc-marker.rs",
        "// variant: an Rc field as the marker\npub struct Token {\n    id: u32,\n    _not_send: std::rc::Rc<()>,\n}\n\nimpl Token {\n    pub fn new(id: u32) -> Self {\n        Self {\n            id,\n            _not_send: std::rc::Rc::new(()),\n        }\n    }\n}\n\npub fn describe(token: &Token) -> String {\n    format!(\"token {}\", token.id)\n}\n",
    );
    fixture.write(
        "solutions/01_paths/04_misuse_compiles/variants/lazy-still-send.rs",
        "// variant: describes it but leaves it Send\n// expect: case:to_thread\npub struct Token {\n    id: u32,\n}\n\nimpl Token {\n    pub fn new(id: u32) -> Self {\n        Self { id }\n    }\n}\n\npub fn describe(token: &Token) -> String {\n    format!(\"token {}\", token.id)\n}\n",
    );
    fixture.write(
        &format!("{dir}/tests/fail/to_thread.rs"),
        "fn main() {\n    let token = fx_misuse_compiles::Token::new(1);\n    std::thread::spawn(move || drop(token)); //~ ERROR E0277\n}\n",
    );
    fixture.ok(&["dev", "seal"]);

    // Only the case declared: the failing test is an undeclared failure.
    let output = fixture.run(&["dev", "check", "misuse_compiles"]);
    assert_eq!(code(&output), 1);
    assert!(
        stdout(&output).contains("also fails with `tests`"),
        "{}",
        common::text(&output)
    );

    // Both declared: the shipped state fails both ways, as it says.
    declare(
        &fixture,
        "[\"case:to_thread\"]",
        "[\"tests\", \"case:to_thread\"]",
    );
    let output = fixture.run(&["dev", "check", "misuse_compiles"]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
}

/// Rewrites the first `expect = OLD` of the fixture's catalogue to `NEW`.
fn declare(fixture: &Fixture, old: &str, new: &str) {
    let info = fixture.read("info.toml").replacen(
        &format!("expect = {old}"),
        &format!("expect = {new}"),
        1,
    );
    fixture.write("info.toml", &info);
}

#[test]
fn dev_seal_stores_the_shipped_files_in_git_before_any_commit() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    // An instructor rewrites a shipped file and seals it, without committing.
    let shipped = "exercises/01_paths/03_passing/src/lib.rs";
    let rewritten = fixture.read(shipped) + "\n// A shipped comment, new and uncommitted.\n";
    fixture.write(shipped, &rewritten);
    fixture.ok(&["dev", "seal"]);
    // Editing it as a learner, then reset, needs the new shipped version from git.
    fixture.write(shipped, "// the learner's attempt\n");
    fixture.ok(&["reset", "passing", "--yes"]);
    assert_eq!(fixture.read(shipped), rewritten);
}

#[test]
fn dev_check_catches_a_stale_seal_a_missing_annotation_and_unformatted_solutions() {
    let fixture = Fixture::new();
    let solution = "solutions/01_paths/01_compile_error/src/lib.rs";
    fixture.write(
        solution,
        &fixture
            .read(solution)
            .replace("    let borrowed", "let borrowed"),
    );
    let test = "exercises/01_paths/01_compile_error/tests/count.rs";
    fixture.write(test, &(fixture.read(test) + "\n"));
    // A statement in the learner's file that the solution does not repeat.
    let shipped = "exercises/01_paths/01_compile_error/src/lib.rs";
    fixture.write(
        shipped,
        &format!(
            "//! Count the list.\n//!\n//! Keep it.\n{}",
            fixture.read(shipped)
        ),
    );
    fixture.write(
        solution,
        &format!(
            "//! Count the list.\n//!\n//! Keep it, please.\n{}",
            fixture.read(solution)
        ),
    );
    fixture.write(
        "exercises/01_paths/01_compile_error/tests/fail/unannotated.rs",
        "fn main() {\n    let x: u8 = \"text\";\n}\n",
    );
    // A must-pass runner of its own could judge the cases unlike the checker.
    fixture.write(
        "exercises/01_paths/01_compile_error/tests/must_pass.rs",
        "#[test]\nfn must_pass_cases() {}\n",
    );
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    // The stale seal comes alone, with the files that changed and the fix.
    assert!(
        report.contains("shipped.toml is out of date for this exercise (tests/count.rs, tests/fail/unannotated.rs, tests/must_pass.rs changed since it was sealed): run `checker dev seal`"),
        "{report}"
    );
    // The learner's file is not the author's to seal without a thought.
    assert!(
        report.contains("src/lib.rs, the file learners edit, differs from the sealed one: `checker reset compile_error` puts it back"),
        "{report}"
    );
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(
        report.contains("tests/fail/unannotated.rs has no `//~ ERROR Exxxx` annotation"),
        "{report}"
    );
    assert!(report.contains("not rustfmt clean"), "{report}");
    assert!(
        report.contains("tests/must_pass.rs must be the standard trybuild runner, word for word"),
        "{report}"
    );
    assert!(
        report.contains("solutions/01_paths/01_compile_error/src/lib.rs:3: the solution's task statement differs"),
        "{report}"
    );
}

#[test]
fn dev_check_flags_a_solution_clippy_rejects() {
    let fixture = Fixture::new();
    let solution = "solutions/01_paths/01_compile_error/src/lib.rs";
    fixture.write(
        solution,
        "// Counts twice, to show the borrow.\npub fn count(list: Vec<u8>) -> usize {\n    let borrowed = &list;\n    let total = list.len() + borrowed.len();\n    return total;\n}\n",
    );
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(report.contains("not clippy clean"), "{report}");
    assert!(
        report.contains("needless_return") || report.contains("unneeded `return`"),
        "{report}"
    );
    assert!(
        report.contains("--> solutions/01_paths/01_compile_error/src/lib.rs:5:5"),
        "clippy names the solution's file: {report}"
    );
}

#[test]
fn dev_new_scaffolds_an_exercise_and_keeps_the_catalogue_as_written() {
    let fixture = Fixture::new();
    let said = fixture.ok(&["dev", "new", "01_paths", "fresh_start"]);
    assert!(
        said.contains("created exercises/01_paths/15_fresh_start"),
        "{said}"
    );
    let info = fixture.read("info.toml");
    assert!(info.starts_with("# Fixture catalogue"), "comments kept");
    assert!(info.contains("dir = \"15_fresh_start\""));
    assert!(
        fixture
            .path("solutions/01_paths/15_fresh_start/src/lib.rs")
            .is_file()
    );
    assert!(
        fixture
            .read("exercises/01_paths/15_fresh_start/Cargo.toml")
            .contains("name = \"paths_15_fresh_start\"")
    );
    // It loads and is judged at once; its placeholders do not pass the proof.
    let (verdict, _) = fixture.verdict("fresh_start");
    assert_eq!(verdict["status"], "tests_failed");
    let output = fixture.run(&["dev", "check", "fresh_start"]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).contains("the hint is empty or still a TODO"));

    let output = fixture.run(&["dev", "new", "01_paths", "fresh_start"]);
    assert_eq!(code(&output), 2);
    let output = fixture.run(&["dev", "new", "99_nowhere", "other"]);
    assert_eq!(code(&output), 2);
    assert!(common::stderr(&output).contains("topic `99_nowhere` is not in info.toml"));
}

#[test]
fn dev_new_places_a_topics_first_exercise_before_later_topics_with_a_kebab_id() {
    let fixture = Fixture::new();
    let info = fixture.read("info.toml");
    let first_topic = info.find("[[topics]]").expect("a topic");
    let with_topic = format!(
        "{}[[topics]]\ndir = \"00_warmup\"\ntitle = \"Warm-up\"\nfamily = \"ownership\"\n\n{}",
        &info[..first_topic],
        &info[first_topic..]
    );
    fixture.write("info.toml", &with_topic);
    std::fs::create_dir_all(fixture.path("exercises/00_warmup")).expect("topic dir");

    fixture.ok(&["dev", "new", "00_warmup", "early_bird"]);
    let info = fixture.read("info.toml");
    let new_entry = info.find("id = \"early-bird\"").expect("a kebab-case id");
    let first_exercise_of_later_topic = info.find("topic = \"01_paths\"").expect("01_paths");
    assert!(
        new_entry < first_exercise_of_later_topic,
        "the first exercise of 00_warmup must come before 01_paths' exercises:\n{info}"
    );
    assert!(
        fixture
            .read("shipped.toml")
            .contains("[exercises.early-bird]")
    );
    let (verdict, _) = fixture.verdict("early_bird");
    assert_eq!(verdict["status"], "tests_failed");
}

/// The pilot's must-fail case, judged against a learner design of `SessionToken`.
fn judge_token_design(fixture: &Fixture, design: &str) -> serde_json::Value {
    fixture.write("exercises/02_real/01_session_token/src/lib.rs", design);
    let (verdict, _) = fixture.verdict("session_token");
    verdict
}

fn send_case(verdict: &serde_json::Value) -> serde_json::Value {
    common::case(verdict, "send_to_thread")
}

const TOKEN_API: &str = "
impl SessionToken {
    pub fn new(user: &str, serial: u64) -> Self {
        Self { user: user.to_string(), serial, marker: Default::default() }
    }
    pub fn user(&self) -> &str { &self.user }
    pub fn serial(&self) -> u64 { self.serial }
}
";

#[test]
fn token_case_accepts_every_reasonable_design_and_names_the_wrong_reason() {
    let fixture = Fixture::new();
    // The real pilot exercise, without its trybuild test (the fixture has no dependencies).
    let real = Path::new(common::REPO_ROOT).join("exercises/14_threads/01_session_token");
    let copy = fixture.path("exercises/02_real/01_session_token");
    for sub in ["src", "tests/pass", "tests/fail"] {
        std::fs::create_dir_all(copy.join(sub)).expect("dir");
    }
    for file in [
        "src/lib.rs",
        "tests/token.rs",
        "tests/pass/same_thread.rs",
        "tests/fail/send_to_thread.rs",
    ] {
        std::fs::copy(real.join(file), copy.join(file)).expect("copied");
    }
    fixture.write(
        "exercises/02_real/01_session_token/Cargo.toml",
        "[package]\nname = \"threads_01_session_token\"\nversion = \"0.1.0\"\nedition.workspace = true\n",
    );
    let info = fixture.read("info.toml")
        + "\n[[topics]]\ndir = \"02_real\"\ntitle = \"Real\"\nfamily = \"concurrency\"\n\n[[exercises]]\nid = \"session-token\"\nname = \"session_token\"\ntopic = \"02_real\"\ndir = \"01_session_token\"\ndifficulty = \"mid\"\nfiles = [\"src/lib.rs\"]\nexpect = [\"case:send_to_thread\"]\nhint = \"h\"\n";
    // Topics must come before exercises only by meaning, not by TOML order.
    fixture.write("info.toml", &info);
    fixture.ok(&["dev", "seal"]);

    let (shipped, _) = fixture.verdict("session_token");
    assert_eq!(send_case(&shipped)["outcome"]["kind"], "compiled");

    let designs = [
        (
            "a raw-pointer marker",
            "std::marker::PhantomData<*const ()>",
        ),
        ("an Rc field", "std::rc::Rc<()>"),
        (
            "a marker of Rc",
            "std::marker::PhantomData<std::rc::Rc<u8>>",
        ),
        (
            "a MutexGuard marker",
            "std::marker::PhantomData<std::sync::MutexGuard<'static, ()>>",
        ),
    ];
    for (what, marker) in designs {
        let design = format!(
            "pub struct SessionToken {{ user: String, serial: u64, marker: {marker} }}\n{TOKEN_API}"
        );
        let verdict = judge_token_design(&fixture, &design);
        assert_eq!(verdict["status"], "solved", "{what}: {verdict}");
    }

    // Sync-only restrictions leave the token Send: the misuse compiles.
    let cell = format!(
        "pub struct SessionToken {{ user: String, serial: u64, marker: std::marker::PhantomData<std::cell::Cell<()>> }}\n{TOKEN_API}"
    );
    let verdict = judge_token_design(&fixture, &cell);
    assert_eq!(send_case(&verdict)["outcome"]["kind"], "compiled");

    // Renamed: the case fails, but not for the reason it exists.
    let renamed = format!(
        "pub struct Token {{ user: String, serial: u64, marker: std::marker::PhantomData<*const ()> }}\n{}",
        TOKEN_API.replace("impl SessionToken", "impl Token")
    );
    fixture.write("exercises/02_real/01_session_token/src/lib.rs", &renamed);
    let (verdict, _) = fixture.verdict("session_token");
    // The shipped tests use the old name too, so the build already fails.
    assert_eq!(verdict["status"], "compile_error");
    let removed_method = format!(
        "pub struct SessionToken {{ user: String, serial: u64, marker: std::marker::PhantomData<*const ()> }}\n{}",
        TOKEN_API.replace("pub fn serial(&self) -> u64 { self.serial }", "pub fn user_serial(&self) -> u64 { self.serial }\n    pub fn serial(&self) -> u64 { self.serial }")
    );
    let verdict = judge_token_design(&fixture, &removed_method);
    assert_eq!(
        verdict["status"], "solved",
        "extra methods are fine: {verdict}"
    );
}

#[test]
fn dev_check_proves_rules_and_variants() {
    let fixture = Fixture::new();
    let output = fixture.run(&["dev", "check", "rules", "alternatives"]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
    assert!(stdout(&output).contains("check: 2 passed, 0 failed"));
}

#[test]
fn dev_check_rejects_variants_that_do_not_prove_what_they_claim() {
    let fixture = Fixture::new();
    let variants = "solutions/01_paths/13_rules/variants";
    // The lazy fix is made correct: nothing catches it, and no one breaks
    // the unsafe rule any more.
    let unchecked = format!("{variants}/lazy-unchecked.rs");
    fixture.write(
        &unchecked,
        &fixture.read(&unchecked).replace(
            "    // SAFETY: mid <= len.\n    let left = unsafe { values.get_unchecked(..mid) };",
            "    let left = &values[..mid];",
        ),
    );
    // A lazy fix declared to fail in another way than it does.
    let allow = format!("{variants}/lazy-allow-unwrap.rs");
    fixture.write(
        &allow,
        &fixture
            .read(&allow)
            .replace("// expect: rule:clippy::unwrap_used", "// expect: tests"),
    );
    // An alternative design that does not compile.
    fixture.write(
        &format!("{variants}/alt-broken.rs"),
        "// variant: forgets\n// a function\npub fn parse_total() {}\n",
    );
    // A rule with a lint nobody knows.
    let info = fixture.read("info.toml");
    fixture.write(
        "info.toml",
        &info.replace(
            "    { lint = \"unsafe_code\", why = \"safe code only\" },\n",
            "    { lint = \"unsafe_code\", why = \"safe code only\" },\n    { lint = \"clippy::no_such_lint\", why = \"nothing\" },\n",
        ),
    );
    // The design rejected with E0277 is gone, and so is the lazy fix: the
    // exercise proves neither way now.
    for variant in ["alt-bound-on-the-method.rs", "lazy-build-in-every-state.rs"] {
        std::fs::remove_file(fixture.path(&format!(
            "solutions/01_paths/14_alternatives/variants/{variant}"
        )))
        .expect("removed");
    }

    let output = fixture.run(&["dev", "check", "rules", "alternatives"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    for expected in [
        "variant lazy-unchecked (skips the bounds checks with unsafe code) is a fix the lesson forbids, but it is judged solved",
        "rule `unsafe_code` is broken neither by the shipped state nor by a lazy variant",
        "variant lazy-allow-unwrap (allows unwrap in the file instead of handling the error) must fail with `tests`",
        "also fails with `rule:clippy::unwrap_used`, which `expect` does not declare",
        "variant alt-broken (forgets a function) is another correct design and must be solved, but it is `does not compile`",
        "a rule names a lint nobody knows: unknown lint: `clippy::no_such_lint`",
        "tests/fail/no_host.rs:2: no correct design is rejected with E0277 here",
        "no lazy variant: add solutions/01_paths/14_alternatives/variants/lazy-NAME.rs",
        "must-fail cases but no alt variant: add solutions/01_paths/14_alternatives/variants/alt-NAME.rs",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in:\n{report}"
        );
    }
}

#[test]
fn dev_check_rejects_malformed_annotations_and_variant_heads() {
    let fixture = Fixture::new();
    fixture.write(
        "exercises/01_paths/14_alternatives/tests/fail/typo.rs",
        "fn main() {\n    let x: u8 = \"text\"; //~ ERROR E03080\n}\n",
    );
    fixture.write(
        "solutions/01_paths/13_rules/variants/lazy-silent.rs",
        "// expect: tests\npub fn parse_total() {}\n",
    );
    fixture.write(
        "solutions/01_paths/13_rules/variants/other-idea.rs",
        "// variant: neither alt nor lazy\n",
    );
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "rules", "alternatives"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    for expected in [
        "exercises/01_paths/14_alternatives/tests/fail/typo.rs:2:25: malformed annotation: `E03080` is not an error code",
        "solutions/01_paths/13_rules/variants/lazy-silent.rs:1:1: say what the variant shows on a `// variant: ...` line",
    ] {
        assert!(
            report.contains(expected),
            "missing {expected:?} in:\n{report}"
        );
    }
    // The judge refuses a malformed annotation too, saying where it is.
    let output = fixture.run(&["verify", "alternatives"]);
    assert_eq!(code(&output), 2);
    assert!(
        common::stderr(&output)
            .contains("exercises/01_paths/14_alternatives/tests/fail/typo.rs:2:25: malformed"),
        "{}",
        common::text(&output)
    );
}

#[test]
fn two_dev_checks_at_once_never_share_a_scratch_slot() {
    let fixture = Fixture::new();
    let names = ["dev", "check", "compile_error", "predict", "rules"];
    let runs: Vec<_> = (0..2)
        .map(|_| {
            fixture
                .command(&names)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("dev check starts")
        })
        .collect();
    for run in runs {
        let output = run.wait_with_output().expect("dev check ends");
        assert_eq!(code(&output), 0, "{}", common::text(&output));
        assert!(stdout(&output).contains("check: 3 passed, 0 failed"));
    }
}

#[test]
fn the_tools_write_readmes_table_and_dev_check_proves_it() {
    let fixture = Fixture::new();
    fixture.write(
        "README.md",
        "# Set\n\n<!-- catalogue -->\nan old table\n<!-- /catalogue -->\n\nMore text.\n",
    );
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    assert!(
        stdout(&output)
            .contains("README.md's table of topics is out of date: run `checker dev seal`"),
        "{}",
        common::text(&output)
    );
    let said = fixture.ok(&["dev", "seal"]);
    assert!(
        said.contains("updated README.md's table of topics"),
        "{said}"
    );
    let readme = fixture.read("README.md");
    assert!(
        readme.contains("| `01_paths` | Verdict paths | 14 |"),
        "{readme}"
    );
    assert!(
        readme.ends_with("<!-- /catalogue -->\n\nMore text.\n"),
        "{readme}"
    );
    fixture.ok(&["dev", "check", "compile_error"]);

    // A new exercise counts at once; dev check then lists what to commit.
    fixture.commit_shipped();
    fixture.ok(&["dev", "new", "01_paths", "fresh_start"]);
    assert!(
        fixture
            .read("README.md")
            .contains("| `01_paths` | Verdict paths | 15 |")
    );
    let output = fixture.run(&["dev", "check", "fresh_start"]);
    let report = stdout(&output);
    assert!(report.contains("to commit with the exercise: "), "{report}");
    for file in [
        "README.md",
        "info.toml",
        "shipped.toml",
        "exercises/01_paths/15_fresh_start/src/lib.rs",
        "solutions/01_paths/15_fresh_start/src/lib.rs",
    ] {
        assert!(report.contains(file), "{file} missing from: {report}");
    }
}

#[test]
fn dev_check_keeps_what_it_proved_and_judges_again_what_changed() {
    let fixture = Fixture::new();
    fixture.ok(&["dev", "check", "rules"]);
    let proofs = fixture.path("target/checker/proofs/rules");
    let kept: Vec<String> = std::fs::read_dir(&proofs)
        .expect("proofs kept")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    for step in ["shipped@", "solution@", "variant-lazy-unchecked@"] {
        assert!(
            kept.iter().any(|name| name.starts_with(step)),
            "{step} in {kept:?}"
        );
    }
    // Nothing changed: everything stands.
    fixture.ok(&["dev", "check", "rules"]);

    // A variant changed: it is judged again (and now fails its proof).
    let unchecked = "solutions/01_paths/13_rules/variants/lazy-unchecked.rs";
    fixture.write(
        unchecked,
        &fixture.read(unchecked).replace(
            "    // SAFETY: mid <= len.\n    let left = unsafe { values.get_unchecked(..mid) };",
            "    let left = &values[..mid];",
        ),
    );
    let output = fixture.run(&["dev", "check", "rules"]);
    assert_eq!(code(&output), 1);
    assert!(
        stdout(&output).contains("but it is judged solved"),
        "{}",
        stdout(&output)
    );

    // A test changed: the whole exercise is judged again.
    fixture.write(
        unchecked,
        &fixture.read(unchecked).replace(
            "    let left = &values[..mid];",
            "    // SAFETY: mid <= len.\n    let left = unsafe { values.get_unchecked(..mid) };",
        ),
    );
    let test = "exercises/01_paths/13_rules/tests/rules.rs";
    fixture.write(test, &fixture.read(test).replace("(3, 12)", "(3, 13)"));
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "rules"]);
    assert_eq!(code(&output), 1);
    assert!(
        stdout(&output).contains("the solution is not judged solved"),
        "{}",
        stdout(&output)
    );
    // --fresh judges everything, whatever was kept.
    fixture.write(test, &fixture.read(test).replace("(3, 13)", "(3, 12)"));
    fixture.ok(&["dev", "seal"]);
    let said = fixture.ok(&["dev", "check", "rules", "--fresh"]);
    assert!(said.contains("check: 1 passed"), "{said}");
}

#[test]
fn a_solution_copied_over_the_exercise_is_not_offered_for_sealing() {
    let fixture = Fixture::new();
    let solution = fixture.read("solutions/01_paths/01_compile_error/src/lib.rs");
    fixture.write("exercises/01_paths/01_compile_error/src/lib.rs", &solution);
    let output = fixture.run(&["dev", "check", "compile_error"]);
    assert_eq!(code(&output), 1);
    let report = stdout(&output);
    assert!(
        report.contains("src/lib.rs holds the solution: `checker dev seal` would ship the answer as the exercise. `checker reset compile_error` puts the shipped file back"),
        "{report}"
    );
    assert!(!report.contains("run `checker dev seal`"), "{report}");
}

#[test]
fn dev_try_judges_a_file_on_a_scratch_copy_and_leaves_the_exercise_alone() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    // The learner's own work in progress must survive a try.
    let lib = "exercises/01_paths/13_rules/src/lib.rs";
    fixture.write(lib, &(fixture.read(lib) + "\n// the learner's own line\n"));
    let before = common::snapshot(&fixture.path("exercises"));

    let output = fixture.run(&["dev", "try", "rules"]);
    assert_eq!(code(&output), 0, "the solution: {}", common::text(&output));
    assert!(
        stdout(&output).contains("solved"),
        "{}",
        common::text(&output)
    );

    let lazy = fixture.path("solutions/01_paths/13_rules/variants/lazy-unchecked.rs");
    let output = fixture.run(&["dev", "try", "rules", &lazy.to_string_lossy(), "--json"]);
    assert_eq!(code(&output), 1, "{}", common::text(&output));
    let verdict: serde_json::Value =
        serde_json::from_str(stdout(&output).trim()).expect("one JSON verdict");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");

    let output = fixture.run(&["dev", "try", "rules", "no/such/file.rs"]);
    assert_eq!(code(&output), 2, "{}", common::text(&output));
    assert!(
        common::stderr(&output).contains("cannot read no/such/file.rs"),
        "{}",
        common::text(&output)
    );
    assert_eq!(
        before,
        common::snapshot(&fixture.path("exercises")),
        "exercises/ untouched"
    );
}

#[test]
fn dev_bless_writes_what_the_judge_reports_and_dev_check_then_proves_it() {
    let fixture = Fixture::new();
    // Three declarations gone stale: the expect list, a case's annotation,
    // a variant's head.
    let info = fixture.read("info.toml").replacen(
        "expect = [\"rule:clippy::disallowed_methods\", \"rule:clippy::unwrap_used\"]",
        "expect = [\"tests\"]",
        1,
    );
    fixture.write("info.toml", &info);
    let case = "exercises/01_paths/13_rules/tests/fail/total_is_a_u32.rs";
    fixture.write(
        case,
        "fn main() {\n    let total: u8 = fx_rules::parse_total(\"1\").unwrap_or(0);\n    println!(\"{total}\");\n}\n",
    );
    let variant = "solutions/01_paths/13_rules/variants/lazy-unchecked.rs";
    fixture.write(
        variant,
        &fixture
            .read(variant)
            .replacen("// expect: rule:unsafe_code", "// expect: tests", 1),
    );
    fixture.ok(&["dev", "seal"]);
    let said = fixture.ok(&["dev", "bless", "rules"]);
    assert!(
        said.contains(
            "+expect = [\"rule:clippy::disallowed_methods\", \"rule:clippy::unwrap_used\"]"
        ),
        "{said}"
    );
    assert!(said.contains("//~ ERROR E0308"), "{said}");
    assert!(said.contains("+// expect: rule:unsafe_code"), "{said}");
    assert!(fixture.read(case).contains("unwrap_or(0); //~ ERROR E0308"));
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "rules"]);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
    // Blessed again, nothing changes.
    let again = fixture.ok(&["dev", "bless", "rules"]);
    assert!(again.contains("nothing to write"), "{again}");
}

#[test]
fn dev_new_scaffolds_each_kind_so_that_filled_in_it_passes_dev_check() {
    let fixture = Fixture::new();
    let kinds = [
        ("compile", "scaffold_compile", "\"E0382\""),
        ("tests", "scaffold_tests", "\"tests\""),
        ("cases", "scaffold_cases", "\"case:duplicates_a_ticket\""),
        ("predict", "scaffold_predict", "\"E0382\""),
    ];
    for (kind, name, expect) in kinds {
        fixture.ok(&["dev", "new", "01_paths", name, "--kind", kind]);
        let info = fixture.read("info.toml");
        let entry = &info[info.find(&format!("name = \"{name}\"")).expect("the entry")..];
        assert!(
            entry.contains(&format!("expect = [{expect}]")),
            "{kind}: {entry}"
        );
        assert_eq!(
            entry.contains("predict = true"),
            kind == "predict",
            "{kind}"
        );
    }
    // The author fills in the hint, the notes and what the variants show.
    let info = fixture
        .read("info.toml")
        .replace("TODO: a hint", "A hint")
        .replace("TODO: a follow-up question", "A question")
        .replace("TODO: a short model answer", "An answer")
        .replace("TODO: a second follow-up question", "Another question")
        .replace("TODO: its short model answer", "Its answer");
    fixture.write("info.toml", &info);
    for (_, name, _) in kinds {
        let variants = fixture.path("solutions/01_paths");
        for entry in std::fs::read_dir(&variants).expect("solutions").flatten() {
            if !entry.file_name().to_string_lossy().ends_with(name) {
                continue;
            }
            for variant in std::fs::read_dir(entry.path().join("variants"))
                .expect("variants")
                .flatten()
            {
                let text = std::fs::read_to_string(variant.path()).expect("a variant");
                std::fs::write(
                    variant.path(),
                    text.replace("// variant: TODO: ", "// variant: "),
                )
                .expect("written");
            }
        }
    }
    fixture.ok(&["dev", "seal"]);
    let names: Vec<&str> = kinds.iter().map(|(_, name, _)| *name).collect();
    let mut args = vec!["dev", "check"];
    args.extend(&names);
    let output = fixture.run(&args);
    assert_eq!(code(&output), 0, "{}", common::text(&output));
}

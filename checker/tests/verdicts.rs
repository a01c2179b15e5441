//! Every verdict path of the judge, driven through `checker verify --json`
//! on fixture exercises built for each path.

mod common;

use common::{Fixture, case};
use serde_json::Value;

/// The run of one test binary (the unit tests are a run of their own).
fn run_of(verdict: &Value, target: &str) -> Value {
    verdict["tests"]["runs"]
        .as_array()
        .expect("test runs")
        .iter()
        .find(|run| run["target"] == target)
        .cloned()
        .unwrap_or_else(|| panic!("no test run {target} in {verdict}"))
}

#[test]
fn compile_error_reports_the_compilers_diagnostic() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("compile_error");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "compile_error");
    assert_eq!(verdict["build"]["ok"], false);
    let first = &verdict["build"]["diagnostics"][0];
    assert_eq!(first["level"], "error");
    assert_eq!(first["code"], "E0382");
    assert_eq!(first["spans"][0]["line_start"], 4);
    assert!(
        verdict["tests"].is_null(),
        "nothing runs after a failed build"
    );

    let human = common::stdout(&fixture.run(&["verify", "compile_error"]));
    assert!(
        human.contains("error[E0382]: borrow of moved value: `list`"),
        "{human}"
    );
    assert!(human.contains("src/lib.rs:4:5"), "{human}");
}

#[test]
fn failing_test_names_each_failure_with_its_message() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("failing_test");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "tests_failed");
    let run = &run_of(&verdict, "double");
    assert_eq!(run["outcome"]["kind"], "failed");
    let failed: Vec<&str> = run["failed"]
        .as_array()
        .expect("failed tests")
        .iter()
        .map(|t| t["name"].as_str().expect("a name"))
        .collect();
    assert_eq!(failed, ["doubles", "doubles_zero"]);
    assert!(
        run["failed"][0]["output"]
            .as_str()
            .expect("output")
            .contains("double(21) must be 42")
    );
}

#[test]
fn tests_that_no_longer_build_against_the_learners_api_say_so() {
    let fixture = Fixture::new();
    let lib = "exercises/01_paths/02_failing_test/src/lib.rs";
    fixture.write(lib, "pub fn twice(x: i32) -> i32 {\n    x * 2\n}\n");
    let said = common::stdout(&fixture.run(&["verify", "failing_test"]));
    assert!(said.contains("does not compile"), "{said}");
    assert!(
        said.contains("These errors are in the exercise's tests, not in your files"),
        "{said}"
    );
    // An error in the learner's own file is theirs: no such note.
    let said = common::stdout(&fixture.run(&["verify", "compile_error"]));
    assert!(!said.contains("exercise's tests"), "{said}");
}

#[test]
fn passing_exercise_is_solved_and_recorded() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("passing");
    assert_eq!(code, 0, "{verdict}");
    assert_eq!(verdict["status"], "solved");
    assert_eq!(case(&verdict, "same_thread")["outcome"]["kind"], "ok");
    assert_eq!(case(&verdict, "to_thread")["outcome"]["kind"], "ok");
    let progress: Value =
        serde_json::from_str(&fixture.read(".checker/progress.json")).expect("progress JSON");
    assert_eq!(progress["exercises"]["passing"]["solved"], true);
    // Judging the shipped files is no try of the learner's.
    assert_eq!(progress["exercises"]["passing"]["attempts"], 0);
    assert_eq!(verdict["as_shipped"], true);
    let listing = fixture.ok(&["list"]);
    assert!(listing.contains("[done] passing"), "{listing}");
    assert!(listing.contains("[todo] compile_error"), "{listing}");
}

#[test]
fn a_try_is_a_new_content_judged_not_a_check() {
    let fixture = Fixture::new();
    let lib = "exercises/01_paths/02_failing_test/src/lib.rs";
    let attempts = |fixture: &Fixture| -> Value {
        let progress: Value =
            serde_json::from_str(&fixture.read(".checker/progress.json")).expect("progress JSON");
        progress["exercises"]["failing-test"]["attempts"].clone()
    };
    fixture.verdict("failing_test");
    assert_eq!(attempts(&fixture), 0, "the shipped files are no try");
    fixture.write(lib, &(fixture.read(lib) + "// a first try\n"));
    let (first, _) = fixture.verdict("failing_test");
    fixture.verdict("failing_test");
    fixture.verdict("failing_test");
    assert_eq!(
        attempts(&fixture),
        1,
        "the same content judged again is the same try"
    );
    fixture.write(lib, &(fixture.read(lib) + "// a second try\n"));
    let (second, _) = fixture.verdict("failing_test");
    assert_eq!(attempts(&fixture), 2);
    assert_ne!(first["content"], second["content"]);
}

#[test]
fn solved_shows_the_talk_through_and_progress_survives_a_rename() {
    let fixture = Fixture::new();
    let said = fixture.ok(&["verify", "passing"]);
    assert!(
        said.contains("passing (exercises/01_paths/03_passing): solved"),
        "{said}"
    );
    assert!(
        said.contains("Q: First question?\nA: First answer."),
        "{said}"
    );

    std::fs::rename(
        fixture.path("exercises/01_paths/03_passing"),
        fixture.path("exercises/01_paths/03_renamed"),
    )
    .expect("renamed");
    let info = fixture
        .read("info.toml")
        .replace("dir = \"03_passing\"", "dir = \"03_renamed\"");
    fixture.write("info.toml", &info);
    let listing = fixture.ok(&["list"]);
    assert!(
        listing.contains("[done] passing"),
        "progress is keyed by id: {listing}"
    );
    assert!(
        listing.contains("exercises/01_paths/03_renamed"),
        "{listing}"
    );
}

#[test]
fn misuse_that_compiles_is_reported() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("misuse_compiles");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "cases_failed");
    assert_eq!(case(&verdict, "to_thread")["outcome"]["kind"], "compiled");
    let human = common::stdout(&fixture.run(&["verify", "misuse_compiles"]));
    assert!(
        human.contains("must be rejected by the compiler, but it compiles"),
        "{human}"
    );
}

#[test]
fn error_of_another_kind_is_the_wrong_reason() {
    let fixture = Fixture::new();
    let (verdict, _) = fixture.verdict("wrong_reason");
    assert_eq!(verdict["status"], "cases_failed");
    let outcome = &case(&verdict, "to_thread")["outcome"];
    assert_eq!(outcome["kind"], "wrong_reason");
    assert_eq!(outcome["expected"], "E0277");
    assert_eq!(outcome["line"], 3);
    assert!(
        outcome["got"]
            .as_str()
            .expect("got")
            .contains("cannot find type `Token`"),
        "{outcome}"
    );
    assert_eq!(outcome["api_changed"], true);
}

#[test]
fn endless_loop_is_killed_with_its_process_group() {
    let fixture = Fixture::new();
    let started = std::time::Instant::now();
    let (verdict, code) = fixture.verdict("endless_loop");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "tests_failed");
    let run = &run_of(&verdict, "answer");
    assert_eq!(run["outcome"]["kind"], "timed_out");
    assert_eq!(run["outcome"]["seconds"], 2);
    assert_eq!(run["passed"], 1);
    assert_eq!(run["unfinished"], serde_json::json!(["answers"]));
    // The build takes a moment; the 2 s limit must hold well below a hang.
    assert!(started.elapsed().as_secs() < 60);
    // The grandchild the test spawned died with the group.
    let survivors = {
        common::need("pgrep", "procps");
        std::process::Command::new("pgrep")
    }
    .args(["-f", "sleep 301.25"])
    .output()
    .expect("pgrep runs");
    assert!(
        survivors.stdout.is_empty(),
        "a child of the timed-out test survived"
    );
}

/// Two test programs that each wait for the other to start: only a judge
/// that runs a state's test binaries side by side sees both pass. Run one
/// after the other, the first waits out the time limit.
#[test]
fn test_binaries_run_side_by_side() {
    let fixture = Fixture::new();
    let meet = |me: &str, other: &str| {
        format!(
            "#[test]\nfn meets_the_other_program() {{\n    let dir = std::path::Path::new(env!(\"CARGO_TARGET_TMPDIR\"));\n    std::fs::write(dir.join(\"{me}\"), \"\").unwrap();\n    while !dir.join(\"{other}\").exists() {{\n        std::thread::sleep(std::time::Duration::from_millis(10));\n    }}\n}}\n"
        )
    };
    let tests = "exercises/01_paths/03_passing/tests";
    fixture.write(&format!("{tests}/left.rs"), &meet("left", "right"));
    fixture.write(&format!("{tests}/right.rs"), &meet("right", "left"));
    let (verdict, _) = fixture.verdict("passing");
    let side_by_side = std::thread::available_parallelism().map_or(1, |n| n.get()) > 1;
    for target in ["left", "right"] {
        let kind = &run_of(&verdict, target)["outcome"]["kind"];
        if side_by_side {
            assert_eq!(kind, "passed", "{target}: {verdict}");
        } else {
            // One core: one program at a time, as before.
            assert_ne!(kind, "passed", "{target}: {verdict}");
        }
    }
}

#[test]
fn panic_shows_its_message() {
    let fixture = Fixture::new();
    let (verdict, _) = fixture.verdict("panic");
    let run = &run_of(&verdict, "parse");
    assert_eq!(run["outcome"]["kind"], "failed");
    assert!(
        run["failed"][0]["output"]
            .as_str()
            .expect("output")
            .contains("ParseIntError")
    );
}

#[test]
fn huge_output_is_bounded_and_keeps_its_end() {
    let fixture = Fixture::new();
    let output = fixture.run(&["verify", "--json", "huge_output"]);
    // 400,000 lines were printed; the verdict keeps a bounded head and tail.
    assert!(
        output.stdout.len() < 100_000,
        "{} bytes",
        output.stdout.len()
    );
    let verdict: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let run = run_of(&verdict, "shout");
    let shown = run["failed"][0]["output"].as_str().expect("output");
    assert!(
        shown.contains("the flood is over"),
        "the panic at the end is kept"
    );
    assert!(shown.contains("bytes of output left out"));
    let human = common::stdout(&fixture.run(&["verify", "huge_output"]));
    assert!(human.contains("the flood is over"), "{human}");
    assert!(human.lines().count() < 40, "{human}");
}

#[test]
fn process_exit_before_the_report_is_caught() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("process_exit");
    assert_eq!(
        code, 1,
        "exit(0) from learner code must not count as passing"
    );
    let run = &run_of(&verdict, "finish");
    assert_eq!(run["outcome"]["kind"], "ended_early");
    assert_eq!(run["outcome"]["code"], 0);
}

#[test]
fn stack_overflow_is_a_crash() {
    let fixture = Fixture::new();
    let (verdict, _) = fixture.verdict("stack_overflow");
    let run = &run_of(&verdict, "depth");
    assert_eq!(run["outcome"]["kind"], "crashed");
    assert!(
        run["output_tail"]
            .as_str()
            .expect("tail")
            .contains("overflowed its stack")
    );
}

#[test]
fn a_crash_names_the_likely_cause_of_its_signal() {
    let fixture = Fixture::new();
    // A test binary killed by SIGFPE, as integer division overflow in C code is.
    fixture.write(
        "exercises/01_paths/10_stack_overflow/tests/depth.rs",
        "unsafe extern \"C\" {\n    fn raise(signal: i32) -> i32;\n}\n\n#[test]\nfn divides() {\n    // SAFETY: raising a signal has no memory effects.\n    unsafe { raise(8) };\n}\n",
    );
    let output = fixture.run(&["verify", "stack_overflow"]);
    let report = common::text(&output);
    assert!(
        report.contains("crashed (signal 8): an arithmetic fault"),
        "{report}"
    );
}

#[test]
fn must_pass_case_that_panics_fails() {
    let fixture = Fixture::new();
    let (verdict, _) = fixture.verdict("pass_case_panics");
    assert_eq!(verdict["status"], "cases_failed");
    let outcome = &case(&verdict, "uses_two")["outcome"];
    assert_eq!(outcome["kind"], "run_failed");
    assert!(
        outcome["reason"]
            .as_str()
            .expect("reason")
            .contains("two() must be 2")
    );
}

#[test]
fn edited_or_deleted_tests_are_not_solved() {
    let fixture = Fixture::new();
    let test_file = "exercises/01_paths/03_passing/tests/token.rs";
    fixture.write(test_file, &(fixture.read(test_file) + "// made easier\n"));
    let (verdict, code) = fixture.verdict("passing");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "tampered");
    assert_eq!(verdict["tampered"][0]["path"], "tests/token.rs");
    assert_eq!(verdict["tampered"][0]["change"], "edited");

    std::fs::remove_file(fixture.path("exercises/01_paths/03_passing/tests/fail/to_thread.rs"))
        .expect("removed");
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "tampered");
    let deleted = verdict["tampered"]
        .as_array()
        .expect("tampered files")
        .iter()
        .any(|f| f["path"] == "tests/fail/to_thread.rs" && f["change"] == "deleted");
    assert!(deleted, "{verdict}");
    let human = common::stdout(&fixture.run(&["verify", "passing"]));
    assert!(
        human.contains("not solved: files that judge the exercise were changed"),
        "{human}"
    );
}

#[test]
fn editing_the_learner_file_is_not_tampering() {
    let fixture = Fixture::new();
    let lib = "exercises/01_paths/03_passing/src/lib.rs";
    fixture.write(lib, &(fixture.read(lib) + "\n// my notes\n"));
    let (verdict, code) = fixture.verdict("passing");
    assert_eq!(code, 0, "{verdict}");
    assert_eq!(verdict["tampered"], serde_json::json!([]));
}

#[test]
fn verify_all_exits_one_when_anything_is_unsolved() {
    let fixture = Fixture::new();
    for name in ["endless_loop", "huge_output", "stack_overflow"] {
        // Keep --all quick: the slow paths have their own tests.
        std::fs::remove_dir_all(fixture.path(&format!(
            "exercises/01_paths/{}",
            match name {
                "endless_loop" => "06_endless_loop",
                "huge_output" => "08_huge_output",
                _ => "10_stack_overflow",
            }
        )))
        .expect("removed");
    }
    let info = fixture.read("info.toml");
    let kept: Vec<&str> = info
        .split("[[exercises]]")
        .filter(|entry| {
            !["06_endless_loop", "08_huge_output", "10_stack_overflow"]
                .iter()
                .any(|dir| entry.contains(dir))
        })
        .collect();
    fixture.write("info.toml", &kept.join("[[exercises]]"));
    let output = fixture.run(&["verify", "--all", "--json"]);
    assert_eq!(common::code(&output), 1, "{}", common::text(&output));
    let verdicts: Vec<Value> = common::stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect();
    assert_eq!(verdicts.len(), 11);
    assert!(
        verdicts
            .iter()
            .any(|v| v["id"] == "passing" && v["status"] == "solved")
    );
    // Judged side by side, shown in the catalogue's order.
    let shown: Vec<&str> = verdicts.iter().filter_map(|v| v["id"].as_str()).collect();
    let catalogue = fixture.read("info.toml");
    let mut listed: Vec<&str> = shown.clone();
    listed.sort_by_key(|id| catalogue.find(&format!("id = \"{id}\"")));
    assert_eq!(shown, listed);
}

#[test]
fn verify_writes_junit_xml_for_ci_test_reports() {
    let fixture = Fixture::new();
    let report = fixture.path("reports/junit.xml");
    std::fs::create_dir_all(report.parent().expect("a parent")).expect("a directory");
    let output = fixture.run(&[
        "verify",
        "compile_error",
        "passing",
        "--junit",
        &report.to_string_lossy(),
    ]);
    assert_eq!(common::code(&output), 1, "{}", common::text(&output));
    let xml = std::fs::read_to_string(&report).expect("the report");
    // Well-formed: every element closes.
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut cases = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == b"testcase" =>
            {
                cases.push(String::from_utf8_lossy(e.name().as_ref()).into_owned());
            }
            _ => {}
        }
    }
    assert_eq!(cases.len(), 2, "{xml}");
    assert!(
        xml.contains(r#"<testsuites name="exercises" tests="2" failures="1">"#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testcase classname="01_paths" name="compile_error""#)
            && xml.contains(r#"<failure message="does not compile" type="does not compile">"#)
            && xml.contains("E0382"),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testcase classname="01_paths" name="passing""#),
        "{xml}"
    );
}

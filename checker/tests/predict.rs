//! Predict-the-error items: the learner writes which error rustc reports for
//! the shipped code before fixing it; the truth is compiled, not stored.

mod common;

use common::Fixture;

const LIB: &str = "exercises/01_paths/12_predict/src/lib.rs";
const FIXED_BODY: &str = "pub fn first_len_then_push(list: &mut Vec<String>) -> usize {\n    let first = list[0].len();\n    list.push(String::from(\"x\"));\n    first\n}\n";

/// The shipped file with its answer line replaced.
fn answered(answer: &str) -> String {
    let shipped = std::fs::read_to_string(std::path::Path::new(common::FIXTURE).join(LIB))
        .expect("the shipped file");
    shipped.replace(
        "// PREDICT: E____ line __",
        &format!("// PREDICT: {answer}"),
    )
}

/// The answer line and the task comments kept, the code fixed.
fn fixed(answer: &str) -> String {
    let text = answered(answer);
    let head: Vec<&str> = text.lines().take(3).collect();
    format!("{}\n{FIXED_BODY}", head.join("\n"))
}

#[test]
fn the_placeholder_asks_for_a_prediction_and_shows_no_compiler_output() {
    let fixture = Fixture::new();
    let (verdict, code) = fixture.verdict("predict");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "needs_prediction", "{verdict}");
    assert_eq!(verdict["prediction"]["state"], "missing");
    let message = verdict["prediction"]["message"]
        .as_str()
        .expect("a message");
    assert!(
        message.contains("exercises/01_paths/12_predict/src/lib.rs:2"),
        "{message}"
    );
    let json = verdict.to_string();
    assert!(!json.contains("E0502"), "the answer must not leak: {json}");
    assert!(
        verdict["build"]["diagnostics"]
            .as_array()
            .expect("list")
            .is_empty()
    );

    let text = common::stdout(&fixture.run(&["verify", "predict"]));
    assert!(text.contains("predict the error first"), "{text}");
    assert!(
        !text.contains("E0502") && !text.contains("borrow"),
        "{text}"
    );
}

#[test]
fn fixing_the_code_without_predicting_is_not_solved() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    fixture.write(LIB, &fixed("E____ line __"));
    let (verdict, _) = fixture.verdict("predict");
    assert_eq!(verdict["status"], "needs_prediction", "{verdict}");
}

#[test]
fn a_malformed_answer_says_where_and_what() {
    let fixture = Fixture::new();
    fixture.write(LIB, &answered("E0502 somewhere"));
    let (verdict, _) = fixture.verdict("predict");
    assert_eq!(verdict["status"], "needs_prediction");
    assert_eq!(verdict["prediction"]["state"], "malformed");
    let message = verdict["prediction"]["message"]
        .as_str()
        .expect("a message");
    assert!(
        message.starts_with("exercises/01_paths/12_predict/src/lib.rs:2:")
            && message.contains("no line number"),
        "{message}"
    );
}

#[test]
fn a_wrong_code_is_answered_with_what_rustc_said() {
    let fixture = Fixture::new();
    // The first check sees the file as shipped and learns the truth from it.
    fixture.verdict("predict");
    fixture.write(LIB, &answered("E0499 line 6"));
    let (verdict, code) = fixture.verdict("predict");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "wrong_prediction", "{verdict}");
    let actual = &verdict["prediction"]["actual"][0];
    assert_eq!(actual["code"], "E0502", "{verdict}");
    assert_eq!(actual["line"], 6, "{verdict}");
    let text = common::stdout(&fixture.run(&["verify", "predict"]));
    assert!(text.contains("rustc: E0502 on line 6"), "{text}");
}

#[test]
fn the_right_code_on_the_wrong_line_is_wrong() {
    let fixture = Fixture::new();
    fixture.commit_shipped();
    fixture.write(LIB, &answered("E0502 line 5"));
    let (verdict, _) = fixture.verdict("predict");
    assert_eq!(verdict["status"], "wrong_prediction", "{verdict}");
}

#[test]
fn a_right_prediction_then_the_fix_solves_it_and_the_first_try_is_kept() {
    let fixture = Fixture::new();
    // No check saw the shipped file: the truth comes out of git.
    fixture.commit_shipped();
    fixture.write(LIB, &answered("E0499 line 6"));
    assert_eq!(fixture.verdict("predict").0["status"], "wrong_prediction");

    fixture.write(LIB, &answered("e0502, line 6"));
    let (verdict, _) = fixture.verdict("predict");
    assert_eq!(
        verdict["status"], "compile_error",
        "right, but not fixed: {verdict}"
    );
    assert_eq!(verdict["prediction"]["state"], "right");

    fixture.write(LIB, &fixed("E0502 line 6"));
    let (verdict, code) = fixture.verdict("predict");
    assert_eq!(verdict["status"], "solved", "{verdict}");
    assert_eq!(code, 0);

    let progress: serde_json::Value =
        serde_json::from_str(&fixture.read(".checker/progress.json")).expect("progress");
    let first = &progress["exercises"]["predict"]["first_prediction"];
    assert_eq!(first["code"], "E0499", "{progress}");
    assert_eq!(first["right"], false, "the first answer is the one kept");
}

#[test]
fn without_the_answer_line_the_learner_is_told_how_to_get_it_back() {
    let fixture = Fixture::new();
    fixture.write(LIB, FIXED_BODY);
    let (verdict, _) = fixture.verdict("predict");
    assert_eq!(verdict["status"], "needs_prediction");
    let message = verdict["prediction"]["message"]
        .as_str()
        .expect("a message");
    assert!(message.contains("checker reset predict"), "{message}");
}

/// Replaces `from` with `to` once, inside the predict item's info.toml entry.
fn edit_predict_entry(fixture: &Fixture, from: &str, to: &str) {
    let info = fixture.read("info.toml");
    let entry = info.find("id = \"predict\"").expect("the entry");
    let (before, after) = info.split_at(entry);
    assert!(after.contains(from), "the entry lacks {from}");
    fixture.write(
        "info.toml",
        &format!("{before}{}", after.replacen(from, to, 1)),
    );
}

#[test]
fn dev_check_proves_a_predict_item() {
    let fixture = Fixture::new();
    let output = fixture.run(&["dev", "check", "predict"]);
    assert_eq!(common::code(&output), 0, "{}", common::text(&output));
}

#[test]
fn dev_check_rejects_a_declared_code_rustc_does_not_give() {
    let fixture = Fixture::new();
    edit_predict_entry(&fixture, "expect = [\"E0502\"]", "expect = [\"E0499\"]");
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "predict"]);
    assert_eq!(common::code(&output), 1);
    let text = common::text(&output);
    assert!(
        text.contains(
            "rustc must report only E0499 for the shipped code, but it reports E0502 on line 6"
        ),
        "{text}"
    );
}

#[test]
fn dev_check_rejects_a_solution_with_a_wrong_answer() {
    let fixture = Fixture::new();
    let solution = "solutions/01_paths/12_predict/src/lib.rs";
    let text = fixture
        .read(solution)
        .replace("E0502 line 6", "E0502 line 7");
    fixture.write(solution, &text);
    let output = fixture.run(&["dev", "check", "predict"]);
    assert_eq!(common::code(&output), 1);
    let text = common::text(&output);
    assert!(
        text.contains("the solution is not judged solved (wrong prediction)"),
        "{text}"
    );
}

#[test]
fn a_predict_entry_must_expect_one_error_code() {
    let fixture = Fixture::new();
    let info = fixture.read("info.toml");
    let entry = info.find("id = \"predict\"").expect("the entry");
    let (before, after) = info.split_at(entry);
    fixture.write(
        "info.toml",
        &format!(
            "{before}{}",
            after.replacen("expect = [\"E0502\"]", "expect = [\"tests\"]", 1)
        ),
    );
    let output = fixture.run(&["list"]);
    assert_eq!(common::code(&output), 2);
    let stderr = common::stderr(&output);
    assert!(
        stderr.starts_with("error: info.toml:")
            && stderr.contains("must expect exactly one error code"),
        "{stderr}"
    );
}

#[test]
fn dev_check_rejects_notes_that_give_the_answer_away() {
    let fixture = Fixture::new();
    edit_predict_entry(
        &fixture,
        "answer = \"First answer.\"",
        "answer = \"Pushing while a borrow lives is E0502.\"",
    );
    fixture.ok(&["dev", "seal"]);
    let output = fixture.run(&["dev", "check", "predict"]);
    assert_eq!(common::code(&output), 1);
    let text = common::text(&output);
    assert!(
        text.contains("a note names E0502, the error this predict item asks for"),
        "{text}"
    );
}

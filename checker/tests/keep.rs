//! What a statement keeps (`keep` in info.toml): a change to a kept item is
//! a broken rule, named with its place and both forms; `dev check` insists
//! every keep is seen broken; a keep the shipped file lacks is refused.

mod common;

use common::Fixture;

const LIB: &str = "exercises/01_paths/03_passing/src/lib.rs";

fn keeping(items: &str) -> Fixture {
    let fixture = Fixture::new();
    let catalogue = fixture.read("info.toml").replace(
        "dir = \"03_passing\"\ndifficulty = \"junior\"\n",
        &format!("dir = \"03_passing\"\ndifficulty = \"junior\"\nkeep = {items}\n"),
    );
    fixture.write("info.toml", &catalogue);
    fixture.ok(&["dev", "seal"]);
    fixture.commit_shipped();
    fixture
}

#[test]
fn a_kept_signature_changed_is_a_broken_rule_and_nothing_runs() {
    let fixture = keeping("[\"fn Token::new\", \"closed Token\"]");
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(
        verdict["status"], "solved",
        "as shipped, nothing changed: {verdict}"
    );

    let changed = fixture
        .read(LIB)
        .replace("pub fn new(id: u32)", "pub fn new(id: u64)")
        .replace("Self { id, _not", "Self { id: id as u32, _not");
    fixture.write(LIB, &changed);
    let (verdict, code) = fixture.verdict("passing");
    assert_eq!(code, 1);
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    assert_eq!(
        verdict["tests"],
        serde_json::Value::Null,
        "nothing runs: {verdict}"
    );
    let item = &verdict["changed"][0];
    assert_eq!(item["item"], "fn Token::new");
    assert_eq!(
        (item["line"].as_u64(), item["column"].as_u64()),
        (Some(8), Some(9))
    );
    let human = common::stdout(&fixture.run(&["verify", "passing"]));
    assert!(
        human.contains("the signature of `fn Token::new` changed: shipped `fn new(u32) -> Self`, now `fn new(u64) -> Self`"),
        "{human}"
    );
}

#[test]
fn a_closed_type_given_a_new_way_in_is_refused() {
    let fixture = keeping("[\"closed Token\"]");
    fixture.write(
        LIB,
        &(fixture.read(LIB) + "\nimpl Default for Token {\n    fn default() -> Self {\n        Self::new(0)\n    }\n}\n"),
    );
    let (verdict, _) = fixture.verdict("passing");
    assert_eq!(verdict["status"], "rule_broken", "{verdict}");
    let message = verdict["changed"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("`Token` is closed") && message.contains("impl Default for Token"),
        "{message}"
    );
}

#[test]
fn dev_check_wants_every_keep_seen_broken() {
    let fixture = keeping("[\"fn Token::new\"]");
    let output = fixture.run(&["dev", "check", "passing"]);
    let text = common::text(&output);
    assert_eq!(common::code(&output), 1, "{text}");
    assert!(
        text.contains(
            "keep `fn Token::new` is changed neither by the shipped state nor by a lazy variant"
        ),
        "{text}"
    );
}

#[test]
fn a_keep_the_shipped_file_lacks_or_cannot_read_is_refused() {
    let fixture = keeping("[\"fn Token::gone\"]");
    let output = fixture.run(&["verify", "passing"]);
    assert_eq!(common::code(&output), 2, "{}", common::text(&output));
    assert!(
        common::stderr(&output).contains("keep names `fn Token::gone`, which it lacks"),
        "{}",
        common::text(&output)
    );

    let fixture = Fixture::new();
    let catalogue = fixture.read("info.toml").replace(
        "dir = \"03_passing\"\ndifficulty = \"junior\"\n",
        "dir = \"03_passing\"\ndifficulty = \"junior\"\nkeep = [\"fn\"]\n",
    );
    fixture.write("info.toml", &catalogue);
    let output = fixture.run(&["verify", "passing"]);
    assert_eq!(common::code(&output), 2);
    let said = common::stderr(&output);
    assert!(
        said.contains("info.toml:") && said.contains("keep item `fn` is not"),
        "{said}"
    );
}

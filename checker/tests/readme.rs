//! README.md promises what the catalogue holds: its table of topics must
//! match info.toml, so the promise cannot go stale.

mod common;

use std::fmt::Write;

#[test]
fn readme_topic_table_matches_the_catalogue() {
    let root = std::path::Path::new(common::REPO_ROOT);
    let info: toml::Table = std::fs::read_to_string(root.join("info.toml"))
        .expect("info.toml")
        .parse()
        .expect("info.toml parses");
    let exercises = info["exercises"].as_array().expect("exercises");
    let field = |entry: &toml::Value, key: &str| entry[key].as_str().expect(key).to_string();

    let mut expected =
        String::from("| topic | what it drills | exercises |\n| --- | --- | --- |\n");
    for topic in info["topics"].as_array().expect("topics") {
        let dir = field(topic, "dir");
        let count = exercises
            .iter()
            .filter(|exercise| field(exercise, "topic") == dir)
            .count();
        let _ = writeln!(
            expected,
            "| `{dir}` | {} | {count} |",
            field(topic, "title")
        );
    }
    let predict = exercises
        .iter()
        .filter(|exercise| exercise.get("predict").and_then(toml::Value::as_bool) == Some(true))
        .count();
    let _ = write!(
        expected,
        "\n{} exercises, {predict} of them predict-the-error items.\n",
        exercises.len()
    );

    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let start = "<!-- catalogue -->\n";
    let end = "<!-- /catalogue -->";
    let section = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(section, _)| section)
        .expect("README.md has a <!-- catalogue --> section");
    assert_eq!(
        section.trim(),
        expected.trim(),
        "README.md's catalogue section is stale; it should read:\n{expected}"
    );
}

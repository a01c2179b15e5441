use channels_02_log_merge_cloned_senders::{Source, merge_logs};

fn source(name: &str, lines: &[&str]) -> Source {
    Source {
        name: name.to_string(),
        lines: lines.iter().map(|line| line.to_string()).collect(),
    }
}

/// The lines of `merged` that came from `name`, in the order they arrived.
fn from<'a>(merged: &'a [String], name: &str) -> Vec<&'a str> {
    let prefix = format!("{name}: ");
    merged
        .iter()
        .filter_map(|line| line.strip_prefix(prefix.as_str()))
        .collect()
}

#[test]
fn every_line_arrives_once_with_its_source() {
    let merged = merge_logs(vec![
        source("api", &["started", "GET /"]),
        source("db", &["ready"]),
    ]);
    let mut sorted = merged.clone();
    sorted.sort();
    assert_eq!(sorted, ["api: GET /", "api: started", "db: ready"]);
}

#[test]
fn each_source_keeps_its_order() {
    let lines: Vec<String> = (0..200).map(|n| format!("event {n}")).collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let merged = merge_logs(vec![
        source("a", &lines),
        source("b", &lines),
        source("c", &lines),
    ]);
    assert_eq!(merged.len(), 600);
    for name in ["a", "b", "c"] {
        assert_eq!(from(&merged, name), lines, "lines of {name} out of order");
    }
}

#[test]
fn no_sources_merge_to_nothing() {
    assert!(merge_logs(Vec::new()).is_empty());
}

#[test]
fn a_silent_source_adds_nothing() {
    let merged = merge_logs(vec![source("quiet", &[]), source("loud", &["hi"])]);
    assert_eq!(merged, ["loud: hi"]);
}

#[test]
fn many_sources_at_once() {
    let sources: Vec<Source> = (0..64)
        .map(|n| source(&format!("s{n}"), &["one", "two"]))
        .collect();
    let merged = merge_logs(sources);
    assert_eq!(merged.len(), 128);
    for n in 0..64 {
        assert_eq!(from(&merged, &format!("s{n}")), ["one", "two"]);
    }
}

//! Results as JUnit XML, the format CI systems' test reporters read
//! (GitLab, Jenkins, GitHub's test summaries): one test suite per group (a
//! topic), one test case per result, a failure holding what went wrong.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::catalogue::Exercise;
use crate::verdict::Verdict;

/// One result: its group, its name, how long it took, and what failed.
pub struct Case {
    pub suite: String,
    pub name: String,
    pub seconds: f64,
    /// A one-line message and the full text.
    pub failure: Option<(String, String)>,
}

/// A case per judged exercise, grouped by topic, for `verify`.
pub fn verdict_cases(judged: &[(&Exercise, &Verdict)]) -> Vec<Case> {
    judged
        .iter()
        .map(|(exercise, verdict)| Case {
            suite: exercise.topic.clone(),
            name: exercise.name.clone(),
            seconds: verdict.elapsed_ms as f64 / 1000.0,
            failure: (!verdict.solved()).then(|| {
                (
                    verdict.status.describe().to_string(),
                    super::verdict_text(exercise, verdict),
                )
            }),
        })
        .collect()
}

pub fn report(cases: &[Case]) -> std::io::Result<String> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let failures = |cases: &[&Case]| {
        cases
            .iter()
            .filter(|c| c.failure.is_some())
            .count()
            .to_string()
    };
    let all: Vec<&Case> = cases.iter().collect();
    let mut suites: Vec<&str> = Vec::new();
    for case in cases {
        if !suites.contains(&case.suite.as_str()) {
            suites.push(&case.suite);
        }
    }
    writer
        .create_element("testsuites")
        .with_attribute(("name", "exercises"))
        .with_attribute(("tests", all.len().to_string().as_str()))
        .with_attribute(("failures", failures(&all).as_str()))
        .write_inner_content(|writer| {
            for suite in &suites {
                let in_suite: Vec<&Case> = cases.iter().filter(|c| c.suite == *suite).collect();
                writer
                    .create_element("testsuite")
                    .with_attribute(("name", *suite))
                    .with_attribute(("tests", in_suite.len().to_string().as_str()))
                    .with_attribute(("failures", failures(&in_suite).as_str()))
                    .write_inner_content(|writer| {
                        for case in in_suite {
                            test_case(writer, case)?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(String::from_utf8_lossy(&writer.into_inner()).into_owned() + "\n")
}

fn test_case(writer: &mut Writer<Vec<u8>>, case: &Case) -> std::io::Result<()> {
    let seconds = format!("{:.3}", case.seconds);
    let element = writer
        .create_element("testcase")
        .with_attribute(("classname", case.suite.as_str()))
        .with_attribute(("name", case.name.as_str()))
        .with_attribute(("time", seconds.as_str()));
    let Some((message, text)) = &case.failure else {
        element.write_empty()?;
        return Ok(());
    };
    element.write_inner_content(|writer| {
        writer
            .create_element("failure")
            .with_attribute(("message", xml_safe(message).as_str()))
            .with_attribute(("type", xml_safe(message).as_str()))
            .write_text_content(BytesText::new(&xml_safe(text)))?;
        Ok(())
    })?;
    Ok(())
}

/// XML 1.0 allows no control characters but tabs and line breaks: what a
/// compiler or a test printed may hold others (colour codes).
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

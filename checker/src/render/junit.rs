//! Verdicts as JUnit XML, the format CI systems' test reporters read
//! (GitLab, Jenkins, GitHub's test summaries): one test suite per topic, one
//! test case per exercise, a failure holding the verdict's text.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use crate::catalogue::Exercise;
use crate::verdict::Verdict;

pub fn report(judged: &[(&Exercise, &Verdict)]) -> std::io::Result<String> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let failures = |verdicts: &mut dyn Iterator<Item = &Verdict>| {
        verdicts.filter(|v| !v.solved()).count().to_string()
    };
    let mut topics: Vec<&str> = Vec::new();
    for (exercise, _) in judged {
        if !topics.contains(&exercise.topic.as_str()) {
            topics.push(&exercise.topic);
        }
    }
    writer
        .create_element("testsuites")
        .with_attribute(("name", "exercises"))
        .with_attribute(("tests", judged.len().to_string().as_str()))
        .with_attribute((
            "failures",
            failures(&mut judged.iter().map(|(_, v)| *v)).as_str(),
        ))
        .write_inner_content(|writer| {
            for topic in &topics {
                let cases: Vec<&(&Exercise, &Verdict)> =
                    judged.iter().filter(|(e, _)| e.topic == *topic).collect();
                writer
                    .create_element("testsuite")
                    .with_attribute(("name", *topic))
                    .with_attribute(("tests", cases.len().to_string().as_str()))
                    .with_attribute((
                        "failures",
                        failures(&mut cases.iter().map(|(_, v)| *v)).as_str(),
                    ))
                    .write_inner_content(|writer| {
                        for (exercise, verdict) in cases {
                            test_case(writer, exercise, verdict)?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(String::from_utf8_lossy(&writer.into_inner()).into_owned() + "\n")
}

fn test_case(
    writer: &mut Writer<Vec<u8>>,
    exercise: &Exercise,
    verdict: &Verdict,
) -> std::io::Result<()> {
    let seconds = format!("{:.3}", verdict.elapsed_ms as f64 / 1000.0);
    let element = writer
        .create_element("testcase")
        .with_attribute(("classname", exercise.topic.as_str()))
        .with_attribute(("name", exercise.name.as_str()))
        .with_attribute(("time", seconds.as_str()));
    if verdict.solved() {
        element.write_empty()?;
        return Ok(());
    }
    let text = super::verdict_text(exercise, verdict);
    element.write_inner_content(|writer| {
        writer
            .create_element("failure")
            .with_attribute(("message", verdict.status.describe()))
            .with_attribute(("type", verdict.status.describe()))
            .write_text_content(BytesText::new(&xml_safe(&text)))?;
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

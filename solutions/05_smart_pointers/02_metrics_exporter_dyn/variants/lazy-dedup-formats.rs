// variant: collapses a format repeated in a row
// expect: tests
//! # Choosing an exporter at run time
//!
//! A metrics service sends the same readings in whichever format a client
//! asks for: `"csv"` (one `name,value` line each), `"kv"` (`name=value`
//! pairs separated by spaces) or `"json"` (one object). `exporter_for` picks
//! the exporter from the format's name, known only at run time, and returns
//! `None` for a name it does not know.
//!
//! It does not compile: `exporter_for` promises to return one type, but each
//! arm produces a different one.
//!
//! Task: make it compile and pass the tests. Keep the `Exporter` trait and
//! the three exporters as they are; change how `exporter_for` hands back
//! "some exporter". Callers keep what it returns next to exporters of their
//! own, in a `Vec<Box<dyn Exporter>>`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// Turns readings, `(metric name, value)` pairs, into text.
pub trait Exporter {
    fn export(&self, readings: &[(&str, i64)]) -> String;
}

struct Csv;

impl Exporter for Csv {
    fn export(&self, readings: &[(&str, i64)]) -> String {
        readings
            .iter()
            .map(|(name, value)| format!("{name},{value}\n"))
            .collect()
    }
}

struct KeyValue;

impl Exporter for KeyValue {
    fn export(&self, readings: &[(&str, i64)]) -> String {
        let pairs: Vec<String> = readings
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        pairs.join(" ")
    }
}

struct Json;

impl Exporter for Json {
    fn export(&self, readings: &[(&str, i64)]) -> String {
        let fields: Vec<String> = readings
            .iter()
            .map(|(name, value)| format!("\"{name}\":{value}"))
            .collect();
        format!("{{{}}}", fields.join(","))
    }
}

pub fn exporter_for(format: &str) -> Option<Box<dyn Exporter>> {
    match format {
        "csv" => Some(Box::new(Csv)),
        "kv" => Some(Box::new(KeyValue)),
        "json" => Some(Box::new(Json)),
        _ => None,
    }
}

/// Exports the readings in each format of `formats`, in their order (a
/// format listed twice is exported twice), skipping unknown formats.
pub fn export_all(formats: &[&str], readings: &[(&str, i64)]) -> Vec<String> {
    // A stutter like ["csv", "csv"] is a typo in the config: export once.
    let mut formats = formats.to_vec();
    formats.dedup();
    formats
        .iter()
        .filter_map(|format| exporter_for(format))
        .map(|exporter| exporter.export(readings))
        .collect()
}

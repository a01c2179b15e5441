// What `exporter_for` returns can sit in one list with the caller's own exporters.
use smart_pointers_02_metrics_exporter_dyn::{Exporter, exporter_for};

struct Count;

impl Exporter for Count {
    fn export(&self, readings: &[(&str, i64)]) -> String {
        readings.len().to_string()
    }
}

fn main() {
    let mut exporters: Vec<Box<dyn Exporter>> = vec![Box::new(Count)];
    for format in ["kv", "nope", "csv"] {
        if let Some(exporter) = exporter_for(format) {
            exporters.push(exporter);
        }
    }
    let outputs: Vec<String> = exporters
        .iter()
        .map(|exporter| exporter.export(&[("cpu", 3)]))
        .collect();
    assert_eq!(outputs, ["1", "cpu=3", "cpu,3\n"]);
}

// A boxed trait object needs no import to call `export`; any other
// exporter type does.
#[allow(unused_imports)]
use smart_pointers_02_metrics_exporter_dyn::Exporter;
use smart_pointers_02_metrics_exporter_dyn::{export_all, exporter_for};

const READINGS: &[(&str, i64)] = &[("cpu", 93), ("mem", -4)];

fn export(format: &str, readings: &[(&str, i64)]) -> Option<String> {
    exporter_for(format).map(|exporter| exporter.export(readings))
}

#[test]
fn csv_writes_one_line_per_reading() {
    assert_eq!(export("csv", READINGS).as_deref(), Some("cpu,93\nmem,-4\n"));
}

#[test]
fn kv_writes_pairs_separated_by_spaces() {
    assert_eq!(export("kv", READINGS).as_deref(), Some("cpu=93 mem=-4"));
}

#[test]
fn json_writes_one_object() {
    assert_eq!(
        export("json", READINGS).as_deref(),
        Some(r#"{"cpu":93,"mem":-4}"#)
    );
}

#[test]
fn an_unknown_format_gives_no_exporter() {
    assert!(exporter_for("xml").is_none());
    assert!(exporter_for("").is_none());
    assert!(
        exporter_for("CSV").is_none(),
        "format names are case-sensitive"
    );
    for near_miss in [" csv", "kv ", "json\n", "c sv", "csv,kv", "\u{A0}kv"] {
        assert!(
            exporter_for(near_miss).is_none(),
            "{near_miss:?} is not one of the names: names are matched exactly"
        );
    }
}

#[test]
fn no_readings_export_to_empty_documents() {
    assert_eq!(export("csv", &[]).as_deref(), Some(""));
    assert_eq!(export("kv", &[]).as_deref(), Some(""));
    assert_eq!(export("json", &[]).as_deref(), Some("{}"));
}

#[test]
fn export_all_keeps_the_order_and_skips_unknown_formats() {
    let outputs = export_all(&["json", "yaml", "kv"], &[("disk", 7)]);
    assert_eq!(outputs, [r#"{"disk":7}"#, "disk=7"]);
}

#[test]
fn export_all_follows_the_requested_order_repeats_included() {
    let readings = &[("disk", 7)];
    let outputs = export_all(&["kv", "csv", "nope", "kv", "json", "csv"], readings);
    assert_eq!(
        outputs,
        ["disk=7", "disk,7\n", "disk=7", r#"{"disk":7}"#, "disk,7\n"]
    );
    assert!(export_all(&[], readings).is_empty());
}

#[test]
fn a_format_repeated_in_a_row_is_exported_each_time() {
    let readings = &[("disk", 7)];
    let outputs = export_all(&["csv", "csv", "kv", "kv", "kv"], readings);
    assert_eq!(
        outputs,
        ["disk,7\n", "disk,7\n", "disk=7", "disk=7", "disk=7"]
    );
}

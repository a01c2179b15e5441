use threads_03_heartbeat_move::start_heartbeat;

#[test]
fn the_label_is_the_service_in_upper_case() {
    let heartbeat = start_heartbeat("billing", 1);
    assert_eq!(heartbeat.label, "BILLING");
    assert_eq!(heartbeat.finish(), ["BILLING: beat 1"]);
}

#[test]
fn writes_one_line_per_beat_in_order() {
    let lines = start_heartbeat("db", 3).finish();
    assert_eq!(lines, ["DB: beat 1", "DB: beat 2", "DB: beat 3"]);
}

#[test]
fn zero_beats_write_nothing() {
    assert!(start_heartbeat("idle", 0).finish().is_empty());
}

#[test]
fn upper_case_works_beyond_ascii() {
    let heartbeat = start_heartbeat("straße", 1);
    assert_eq!(heartbeat.label, "STRASSE");
    assert_eq!(heartbeat.finish(), ["STRASSE: beat 1"]);
}

#[test]
fn heartbeats_run_side_by_side() {
    let heartbeats: Vec<_> = ["a", "b", "c"]
        .iter()
        .map(|service| start_heartbeat(service, 100))
        .collect();
    for heartbeat in heartbeats {
        let label = heartbeat.label.clone();
        let lines = heartbeat.finish();
        assert_eq!(lines.len(), 100);
        assert_eq!(lines[99], format!("{label}: beat 100"));
    }
}

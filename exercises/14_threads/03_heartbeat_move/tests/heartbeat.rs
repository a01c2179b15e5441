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

// The heartbeat writes its lines on its own thread, after `start_heartbeat`
// has returned; writing them all first, on the caller's thread (one line at a
// time or all in one buffer), and handing them to a thread that only returns
// them passes every other test. So the last test counts the bytes allocated on
// the calling thread while `start_heartbeat` runs, and then while `finish`
// runs (writing the lines there, after the join, is no better): starting a
// thread costs a few hundred, while the text of 2000 lines is more than 30 000.
#[global_allocator]
static ALLOCATOR: support::alloc::Counting = support::alloc::Counting;

#[test]
fn the_lines_are_written_on_the_heartbeat_thread() {
    const BEATS: u32 = 2_000;
    let (heartbeat, on_caller) = support::alloc::measure(|| start_heartbeat("billing", BEATS));
    assert!(
        on_caller.bytes < 4_096,
        "start_heartbeat allocated {on_caller} on the caller's thread for \
         {BEATS} beats: the heartbeat thread must write its lines itself, after \
         start_heartbeat has returned"
    );
    // Nor may `finish` write them on the caller's thread after the join.
    let (lines, on_caller) = support::alloc::measure(|| heartbeat.finish());
    assert_eq!(lines.len(), BEATS as usize);
    assert!(
        on_caller.bytes < 4_096,
        "finish allocated {on_caller} on the caller's thread for {BEATS} beats: \
         the heartbeat thread must write its lines itself, and finish only wait \
         for them"
    );
}

use drop_raii_03_teardown_order_log::{Log, Session, new_log, run_backup};

fn lines(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

#[test]
fn a_session_says_goodbye_then_closes_from_the_top_layer_down() {
    let log = new_log();
    {
        let session = Session::open(&log);
        session.send();
    }
    assert_eq!(
        lines(&log),
        [
            "open pool slot",
            "open socket",
            "open tls",
            "send tls",
            "goodbye tls",
            "close tls",
            "close socket",
            "close pool slot",
        ]
    );
}

#[test]
fn sessions_in_a_vector_close_one_after_the_other() {
    let log = new_log();
    let sessions = vec![Session::open(&log), Session::open(&log)];
    log.borrow_mut().clear();
    drop(sessions);
    let one_session = [
        "goodbye tls",
        "close tls",
        "close socket",
        "close pool slot",
    ];
    assert_eq!(
        lines(&log),
        one_session.repeat(2),
        "each session is torn down completely before the next one"
    );
}

#[test]
fn a_backup_holds_the_lock_and_finishes_the_archive_before_the_snapshot() {
    let log = new_log();
    run_backup(&log);
    assert_eq!(
        lines(&log),
        [
            "open backup lock",
            "open snapshot",
            "open archive",
            "read snapshot",
            "write archive",
            "close archive",
            "close snapshot",
            "close backup lock",
        ]
    );
}

#[test]
fn two_backups_in_a_row_do_not_overlap() {
    let log = new_log();
    run_backup(&log);
    run_backup(&log);
    let log = lines(&log);
    assert_eq!(log.len(), 16);
    assert_eq!(log[7], "close backup lock");
    assert_eq!(log[8], "open backup lock");
}

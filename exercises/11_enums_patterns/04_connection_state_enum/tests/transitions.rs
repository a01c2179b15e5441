// The tests unwrap, of course: only the library is forbidden to.
#![allow(clippy::disallowed_methods)]

use enums_patterns_04_connection_state_enum::{Connection, InvalidTransition};

fn refused(action: &'static str) -> Result<(), InvalidTransition> {
    Err(InvalidTransition { action })
}

fn connecting() -> Connection {
    let mut conn = Connection::new();
    conn.connect().expect("a new connection can connect");
    conn
}

#[test]
fn a_new_connection_is_disconnected_and_knows_nothing() {
    let conn = Connection::new();
    assert!(!conn.is_connected());
    assert_eq!(conn.attempt(), None);
    assert_eq!(conn.session(), None);
    assert_eq!(conn.close_reason(), None);
}

#[test]
fn connect_starts_the_first_attempt() {
    let conn = connecting();
    assert_eq!(conn.attempt(), Some(1));
    assert!(!conn.is_connected());
    assert_eq!(conn.session(), None);
}

#[test]
fn retry_counts_attempts_then_gives_up() {
    let mut conn = connecting();
    assert_eq!(conn.retry(), Ok(()));
    assert_eq!(conn.attempt(), Some(2));
    assert_eq!(conn.retry(), Ok(()));
    assert_eq!(conn.attempt(), Some(3));
    assert_eq!(
        conn.retry(),
        Ok(()),
        "giving up is a transition, not an error"
    );
    assert_eq!(conn.attempt(), None);
    assert_eq!(conn.close_reason(), Some("gave up after 3 attempts"));
    assert_eq!(conn.retry(), refused("retry"));
}

#[test]
fn established_moves_to_connected_with_the_session() {
    let mut conn = connecting();
    conn.retry().expect("second attempt");
    assert_eq!(conn.established(42), Ok(()));
    assert!(conn.is_connected());
    assert_eq!(conn.session(), Some(42));
    assert_eq!(
        conn.attempt(),
        None,
        "a connected link has no attempt number"
    );
}

#[test]
fn close_works_from_every_phase_but_closed() {
    let mut fresh = Connection::new();
    assert_eq!(fresh.close("not needed"), Ok(()));
    assert_eq!(fresh.close_reason(), Some("not needed"));

    let mut trying = connecting();
    assert_eq!(trying.close("user cancelled"), Ok(()));
    assert_eq!(trying.attempt(), None);
    assert_eq!(trying.close_reason(), Some("user cancelled"));
    assert_eq!(trying.close("twice"), refused("close"));

    let mut live = connecting();
    live.established(7).expect("connecting can be established");
    assert_eq!(live.close("done"), Ok(()));
    assert_eq!(live.session(), None, "a closed connection has no session");
    assert!(!live.is_connected());
    assert_eq!(live.close_reason(), Some("done"));

    assert_eq!(live.close("again"), refused("close"));
    assert_eq!(
        live.close_reason(),
        Some("done"),
        "the first reason is kept"
    );
}

#[test]
fn refused_transitions_leave_the_state_unchanged() {
    let mut fresh = Connection::new();
    assert_eq!(fresh.retry(), refused("retry"));
    assert_eq!(fresh.established(1), refused("established"));
    assert_eq!(fresh, Connection::new());

    let mut trying = connecting();
    assert_eq!(trying.connect(), refused("connect"));
    assert_eq!(trying.attempt(), Some(1));

    let mut live = connecting();
    live.established(5).expect("connecting can be established");
    let before = live.clone();
    assert_eq!(live.connect(), refused("connect"));
    assert_eq!(live.retry(), refused("retry"));
    assert_eq!(live.established(6), refused("established"));
    assert_eq!(live, before);
    assert_eq!(live.session(), Some(5));

    let mut closed = Connection::new();
    closed.close("bye").expect("a new connection can be closed");
    let before = closed.clone();
    assert_eq!(closed.connect(), refused("connect"));
    assert_eq!(closed, before, "a refused connect keeps the closed state");
    assert_eq!(closed.established(1), refused("established"));
    assert_eq!(closed.retry(), refused("retry"));
    assert_eq!(closed, before, "refused transitions keep the closed state");
    assert_eq!(closed.close_reason(), Some("bye"));
    assert!(!closed.is_connected());
}

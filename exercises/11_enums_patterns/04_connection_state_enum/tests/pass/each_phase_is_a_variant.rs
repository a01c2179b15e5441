// Each phase is a variant that carries its own data and nothing else: the
// states are built from the variants directly, and a match names all four
// with every field and no catch-all, so there is no fifth variant and no
// field that belongs to another phase.
use enums_patterns_04_connection_state_enum::Connection;

fn describe(conn: &Connection) -> String {
    match conn {
        Connection::Disconnected => String::from("disconnected"),
        Connection::Connecting { attempt } => format!("connecting, attempt {attempt}"),
        Connection::Connected { session } => format!("connected, session {session}"),
        Connection::Closed { reason } => format!("closed: {reason}"),
    }
}

fn main() {
    let fresh = Connection::Disconnected;
    assert_eq!(fresh, Connection::new());
    assert_eq!(Connection::default(), fresh);
    assert_eq!(describe(&fresh), "disconnected");

    let mut trying = Connection::Connecting { attempt: 2 };
    assert_eq!(trying.attempt(), Some(2));
    assert_eq!(describe(&trying), "connecting, attempt 2");
    assert!(trying.retry().is_ok());
    assert_eq!(trying, Connection::Connecting { attempt: 3 });

    let mut live = Connection::Connected { session: 7 };
    assert_eq!(live.session(), Some(7));
    assert!(live.is_connected());
    assert_eq!(describe(&live), "connected, session 7");
    assert!(live.close("bye").is_ok());
    assert_eq!(
        live,
        Connection::Closed {
            reason: "bye".into()
        }
    );

    let closed = Connection::Closed {
        reason: "done".into(),
    };
    assert_eq!(closed.close_reason(), Some("done"));
    assert_eq!(describe(&closed), "closed: done");

    let mut given_up = Connection::Connecting { attempt: 3 };
    assert!(given_up.retry().is_ok());
    assert_eq!(
        given_up,
        Connection::Closed {
            reason: "gave up after 3 attempts".into()
        }
    );
}

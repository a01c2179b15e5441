// The methods keep their signatures: `&mut self` in, `Result` out.
use enums_patterns_04_connection_state_enum::{Connection, InvalidTransition};

fn step(
    conn: &mut Connection,
    action: fn(&mut Connection) -> Result<(), InvalidTransition>,
) -> bool {
    action(conn).is_ok()
}

fn main() {
    let mut conn = Connection::new();
    assert!(step(&mut conn, Connection::connect));
    assert!(step(&mut conn, Connection::retry));
    assert_eq!(conn.attempt(), Some(2));
    let established: Result<(), InvalidTransition> = conn.established(99);
    assert!(established.is_ok());
    let session: Option<u64> = conn.session();
    assert_eq!(session, Some(99));
    let reason: Option<&str> = conn.close_reason();
    assert_eq!(reason, None);
    assert!(conn.close("bye").is_ok());
    let copy = conn.clone();
    assert_eq!(copy, conn);
    println!("{conn:?}");
}

// A disconnected connection that holds a session id is nonsense. Once
// `Connection` is an enum, there is no struct to fill in like this, so the
// compiler rejects the literal itself.
use enums_patterns_04_connection_state_enum::Connection;

fn main() {
    let broken = Connection {
        //~^ ERROR E0574
        session: Some(7),
        ..Connection::new()
    };
    let _ = broken.session();
}

// The caller's name is dropped before the heartbeat is finished: the
// thread must not depend on it, and the API still borrows a `&str`.
use threads_03_heartbeat_move::start_heartbeat;

fn main() {
    let heartbeat = {
        let service = String::from("search");
        start_heartbeat(&service, 2)
    };
    assert_eq!(heartbeat.label, "SEARCH");
    assert_eq!(heartbeat.finish(), ["SEARCH: beat 1", "SEARCH: beat 2"]);
}

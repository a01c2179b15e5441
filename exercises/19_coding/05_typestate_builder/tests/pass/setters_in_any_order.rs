// Optional setters work before and after `host`; `host` takes a literal or
// an owned String; every setter chains by value.
use coding_05_typestate_builder::ServerConfigBuilder;
use std::time::Duration;

fn main() {
    let before = ServerConfigBuilder::new()
        .port(9000)
        .workers(2)
        .host("example.org")
        .timeout(Duration::from_secs(5))
        .build()
        .expect("a valid config");
    let name = String::from("example.org");
    let after = ServerConfigBuilder::new()
        .host(name)
        .port(9000)
        .workers(2)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("a valid config");
    assert_eq!(before, after);
}

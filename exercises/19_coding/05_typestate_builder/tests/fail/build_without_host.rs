// A config without a host must not even compile: `build` is not available
// until `host` has been called.
use coding_05_typestate_builder::ServerConfigBuilder;

fn main() {
    let config = ServerConfigBuilder::new().port(9000).build(); //~ ERROR E0599|E0277
    println!("{config:?}");
}

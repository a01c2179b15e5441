// The plainest form of the mistake: a fresh builder has no `build`.
use coding_05_typestate_builder::ServerConfigBuilder;

fn main() {
    let _ = ServerConfigBuilder::new().build(); //~ ERROR E0599|E0277
}

// A builder that can build comes only from `host`: no `Default` (derived on
// the generic builder, say) may make one without a host.
use coding_05_typestate_builder::ServerConfigBuilder;

fn another_like<T: Default>(_: &T) -> T {
    T::default()
}

fn main() {
    let ready = ServerConfigBuilder::new().host("h");
    let _ = another_like(&ready).build(); //~ ERROR E0277
}

// The redesign keeps the traits the shipped types derive (and `Default`):
// callers compare, clone, print and default-construct connections.
use enums_patterns_04_connection_state_enum::{Connection, InvalidTransition};

fn compared_cloned_printed<T: std::fmt::Debug + Clone + PartialEq + Eq>() {}

fn also_default<T: std::fmt::Debug + Clone + PartialEq + Eq + Default>() {}

fn main() {
    also_default::<Connection>();
    compared_cloned_printed::<InvalidTransition>();
}

// The trait is replaced, not joined: no one-`Output` `Convert` stays behind
// to carry some of the conversions.
use associated_types_03_convert_to_generic::Convert; //~ ERROR E0432

fn main() {}

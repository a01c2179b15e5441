// Taking the only element out would leave the list empty: must not compile.
use orphan_newtype_04_nonempty_vec_deref::NonEmpty;

fn main() {
    let mut list = NonEmpty::new("only");
    let taken = list.pop(); //~ ERROR E0599
    println!("{taken:?} {}", list.first());
}

// Emptying a NonEmpty through a method of the inner Vec must not compile.
use orphan_newtype_04_nonempty_vec_deref::NonEmpty;

fn main() {
    let mut list = NonEmpty::new(1);
    list.clear(); //~ ERROR E0599
    println!("{}", list.first());
}

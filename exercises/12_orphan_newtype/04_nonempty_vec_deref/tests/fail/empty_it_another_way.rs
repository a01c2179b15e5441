// `clear` and `pop` are not the only ways to empty a `Vec`: none of them may
// reach a `NonEmpty`, whatever is done about those two.
use orphan_newtype_04_nonempty_vec_deref::NonEmpty;

fn main() {
    let mut list = NonEmpty::from_vec(vec![1, 2, 3]).expect("not empty");
    list.truncate(0); //~ ERROR E0599
    list.retain(|_| false); //~ ERROR E0599
    let drained: Vec<i32> = list.drain(..).collect(); //~ ERROR E0599
    let taken = std::mem::take(&mut *list); //~ ERROR E0277
    println!("{drained:?} {taken:?} {}", list.first());
}

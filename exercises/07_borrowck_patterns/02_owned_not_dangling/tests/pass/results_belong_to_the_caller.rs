// Each call hands the caller text of its own: several results can be held at
// once and handed to another thread. A result that is a guard on a static
// buffer could not be sent, and a second one would wait for the first.
use borrowck_patterns_02_owned_not_dangling::{display_name, initials};

fn main() {
    let first = String::from("Ada");
    let last = String::from("Lovelace");
    let shown = display_name(&first, &last);
    let other = display_name("Grace", "Hopper");
    let avatar = initials("Ada Lovelace");
    let second = initials("Grace Brewster Hopper");
    std::thread::scope(|scope| {
        scope.spawn(move || {
            assert_eq!(&*shown, "Lovelace, Ada");
            assert_eq!(&*other, "Hopper, Grace");
            assert_eq!(&*avatar, "A.L.");
            assert_eq!(&*second, "G.B.H.");
        });
    });
}

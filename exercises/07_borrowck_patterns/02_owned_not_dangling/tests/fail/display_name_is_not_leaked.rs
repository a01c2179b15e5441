// The display name is new text, so the caller must own it. A result that
// can be kept as `&'static str` was leaked (`Box::leak`, `String::leak`) or
// points into a static buffer: every call would keep its memory forever,
// or the next call would overwrite it. Owned text is not a `&'static str`.
use borrowck_patterns_02_owned_not_dangling::display_name;

fn main() {
    let first = String::from("Ada");
    let shown: &'static str = display_name(&first, "Lovelace"); //~ ERROR E0308
    println!("{shown}");
}

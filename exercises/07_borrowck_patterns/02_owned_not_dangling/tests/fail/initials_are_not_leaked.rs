// The initials are new text, so the caller must own them. A result that can
// be kept as `&'static str` was leaked (`Box::leak`, `String::leak`) or
// points into a static buffer: every call would keep its memory forever,
// or the next call would overwrite it. Owned text is not a `&'static str`.
use borrowck_patterns_02_owned_not_dangling::initials;

fn main() {
    let name = String::from("Ada Lovelace");
    let avatar: &'static str = initials(&name); //~ ERROR E0308
    println!("{avatar}");
}

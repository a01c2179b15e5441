// A slug is new text, so the caller owns it. A slug that can be kept as a
// `&'static str` was leaked (`Box::leak`, `String::leak`) or points into a
// static buffer: every call keeps its memory forever, or the next call
// overwrites it. Owned text is not a `&'static str`.
use strings_05_path_parts_and_slug::slugify;

fn main() {
    let title = String::from("Hello, World!");
    let slug: &'static str = slugify(&title); //~ ERROR E0308
    println!("{slug}");
}

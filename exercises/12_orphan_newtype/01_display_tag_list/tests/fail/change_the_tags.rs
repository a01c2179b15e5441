// Callers read the tags; they do not reorder or overwrite them. A wrapper
// that hands out a mutable view (`DerefMut`, `IndexMut`) lets them.
use orphan_newtype_01_display_tag_list::parse_tags;

fn main() {
    let mut tags = parse_tags("zig, go");
    tags.sort(); //~ ERROR E0596
    tags[0] = String::from("cobol"); //~ ERROR E0594|E0596
    println!("{tags}");
}

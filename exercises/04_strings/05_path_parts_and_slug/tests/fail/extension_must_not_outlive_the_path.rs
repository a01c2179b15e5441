// The extension is a slice of the path, not a copy: the path cannot be
// dropped while the extension is still in use.
use strings_05_path_parts_and_slug::file_extension;

fn main() {
    let path = String::from("posts/hello.md");
    let extension = file_extension(&path);
    drop(path); //~ ERROR E0505
    println!("{extension:?}");
}

// The stem borrows from the path too: it must not outlive it.
use strings_05_path_parts_and_slug::file_stem;

fn main() {
    let stem;
    {
        let path = String::from("posts/hello.md");
        stem = file_stem(&path); //~ ERROR E0597
    }
    println!("{stem}");
}

use strings_05_path_parts_and_slug::{file_extension, file_stem, slugify};

// The text of the result, whether it is borrowed or owned: the tests judge
// the text, and the cases in tests/fail judge the return type.
fn extension(path: &str) -> Option<String> {
    file_extension(path).map(|found| found.to_string())
}

fn stem(path: &str) -> String {
    file_stem(path).to_string()
}

#[test]
fn extension_of_the_last_component() {
    assert_eq!(extension("posts/archive.tar.gz").as_deref(), Some("gz"));
    assert_eq!(extension("hello.md").as_deref(), Some("md"));
    assert_eq!(extension("v1.2/README").as_deref(), None);
}

#[test]
fn no_extension_without_a_dot_after_the_first_character() {
    assert_eq!(extension("README").as_deref(), None);
    assert_eq!(extension("home/.bashrc").as_deref(), None);
    assert_eq!(extension("").as_deref(), None);
}

#[test]
fn a_trailing_dot_is_an_empty_extension() {
    assert_eq!(extension("notes.").as_deref(), Some(""));
}

#[test]
fn extension_beyond_ascii() {
    assert_eq!(extension("données/café.crème").as_deref(), Some("crème"));
}

#[test]
fn stem_drops_the_directories_and_the_extension() {
    assert_eq!(stem("posts/archive.tar.gz"), "archive.tar");
    assert_eq!(stem("hello.md"), "hello");
    assert_eq!(stem("README"), "README");
    assert_eq!(stem("home/.bashrc"), ".bashrc");
    assert_eq!(stem("posts/"), "");
    assert_eq!(stem("données/café.crème"), "café");
}

#[test]
fn slug_of_a_plain_title() {
    assert_eq!(slugify("Hello Rust"), "hello-rust");
}

#[test]
fn slug_collapses_punctuation_and_spaces_into_one_dash() {
    assert_eq!(slugify("Hello,   World!"), "hello-world");
    assert_eq!(slugify("Rust 2024: what's new?"), "rust-2024-what-s-new");
    assert_eq!(slugify("a\tb\nc"), "a-b-c");
}

#[test]
fn slug_has_no_dash_at_either_end() {
    assert_eq!(slugify("  -- Intro --  "), "intro");
    assert_eq!(slugify("(draft) notes"), "draft-notes");
}

#[test]
fn slug_keeps_letters_of_any_alphabet() {
    assert_eq!(slugify("Crème Brûlée"), "crème-brûlée");
    assert_eq!(slugify("ΣΟΦΙΑ & Κοβαλέφσκαγια"), "σοφια-κοβαλέφσκαγια");
}

#[test]
fn slug_of_a_title_without_letters_is_empty() {
    assert_eq!(slugify(""), "");
    assert_eq!(slugify("?!? ..."), "");
}

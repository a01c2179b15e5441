// `&*`, `&stem` and `as_deref` read a result as `&str` whatever type holds it
// (`&str`, `Cow<str>`, `String`...), so clippy's view of one of them does
// not apply.
#![allow(clippy::needless_borrow, clippy::needless_option_as_deref)]

use strings_05_path_parts_and_slug::{file_extension, file_stem, slugify};

// The text of the result, whether it is borrowed or owned: the tests judge
// the text (and, for the parts of a path, where it lies), and the cases in
// tests/fail judge the return type.
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
fn a_hidden_file_can_still_have_an_extension() {
    assert_eq!(extension("home/.bashrc.bak").as_deref(), Some("bak"));
    assert_eq!(stem("home/.bashrc.bak"), ".bashrc");
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

/// Whether `part` lies inside `whole`'s bytes, at byte offset `at`: a
/// borrow of the input, not a copy of it.
fn lies_in(part: &str, whole: &str, at: usize) -> bool {
    std::ptr::eq(part.as_ptr(), whole[at..].as_ptr())
}

#[test]
fn the_extension_is_borrowed_from_the_path() {
    let path = String::from("données/café.crème");
    let found = file_extension(&path);
    let found = found.as_deref().expect("the path has an extension");
    assert_eq!(found, "crème");
    assert!(
        lies_in(found, &path, path.len() - "crème".len()),
        "the extension must point into the path, not into a copy"
    );
}

#[test]
fn the_stem_is_borrowed_from_the_path() {
    let path = String::from("posts/2024/archive.tar.gz");
    let stem = file_stem(&path);
    let stem: &str = &stem;
    assert_eq!(stem, "archive.tar");
    assert!(
        lies_in(stem, &path, "posts/2024/".len()),
        "the stem must point into the path, not into a copy"
    );

    let name = String::from("README");
    let stem = file_stem(&name);
    let stem: &str = &stem;
    assert!(
        lies_in(stem, &name, 0),
        "a name without a dot is its own stem"
    );
}

#[test]
fn slug_of_a_plain_title() {
    assert_eq!(&*slugify("Hello Rust"), "hello-rust");
}

#[test]
fn slug_collapses_punctuation_and_spaces_into_one_dash() {
    assert_eq!(&*slugify("Hello,   World!"), "hello-world");
    assert_eq!(&*slugify("Rust 2024: what's new?"), "rust-2024-what-s-new");
    assert_eq!(&*slugify("a\tb\nc"), "a-b-c");
}

#[test]
fn slug_treats_punctuation_and_spaces_of_any_script_as_separators() {
    // Em dash, guillemets, inverted question mark, no-break and ideographic
    // spaces: none of them is a letter or a digit.
    assert_eq!(&*slugify("Café — «crème»"), "café-crème");
    assert_eq!(&*slugify("¿Qué\u{A0}tal?"), "qué-tal");
    assert_eq!(&*slugify("Rust\u{3000}入門"), "rust-入門");
}

#[test]
fn slug_has_no_dash_at_either_end() {
    assert_eq!(&*slugify("  -- Intro --  "), "intro");
    assert_eq!(&*slugify("(draft) notes"), "draft-notes");
}

#[test]
fn slug_keeps_letters_of_any_alphabet() {
    assert_eq!(&*slugify("Crème Brûlée"), "crème-brûlée");
    assert_eq!(&*slugify("ΣΟΦΙΑ & Κοβαλέφσκαγια"), "σοφια-κοβαλέφσκαγια");
    assert_eq!(&*slugify("日本語のブログ"), "日本語のブログ");
}

#[test]
fn slug_keeps_digits_of_any_script() {
    assert_eq!(&*slugify("Rust 2024"), "rust-2024");
    assert_eq!(&*slugify("عام ٢٠٢٤"), "عام-٢٠٢٤");
}

#[test]
fn slug_of_a_title_without_letters_is_empty() {
    assert_eq!(&*slugify(""), "");
    assert_eq!(&*slugify("?!? ..."), "");
}

#[test]
fn only_a_single_leading_dot_hides_the_extension() {
    // The last dot is not the first character: there is an extension.
    assert_eq!(extension("home/..bashrc").as_deref(), Some("bashrc"));
    assert_eq!(stem("home/..bashrc"), ".");
    assert_eq!(extension("notes/...").as_deref(), Some(""));
    assert_eq!(stem("notes/..."), "..");
}

/// The slug by another road: the words are the runs of letters and digits
/// of the title, each letter lowered on its own, joined by dashes.
fn oracle_slug(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            word.chars()
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

#[test]
fn slug_lowers_the_letters_it_keeps() {
    // "İ" is a letter; its lower case is "i" followed by a combining dot
    // (U+0307), which belongs to the letter even though it is no letter
    // itself.
    assert_eq!(&*slugify("İstanbul"), "i\u{307}stanbul");
    assert_eq!(&*slugify("DİYARBAKIR 2024"), "di\u{307}yarbakir-2024");
    support::check::agree_on(
        support::inputs::CASE_CHANGES_LENGTH.map(|c| format!("{c}a, {c}{c} (a{c})")),
        |title| oracle_slug(title),
        |title| slugify(title).to_string(),
    );
}

#[test]
fn only_a_slash_separates_components() {
    // A backslash is an ordinary character of a component here.
    assert_eq!(extension("posts\\draft.md").as_deref(), Some("md"));
    assert_eq!(stem("posts\\draft.md"), "posts\\draft");
    assert_eq!(extension("v1.2\\README").as_deref(), Some("2\\README"));
    assert_eq!(stem("v1.2\\README"), "v1");
}

#[test]
fn every_ascii_symbol_separates_words_of_a_slug() {
    // `_` is no letter and no digit either: "snake_case" is "snake-case".
    support::check::agree_on(
        (' '..='~')
            .filter(|c| !c.is_ascii_alphanumeric())
            .map(|c| format!("{c}snake{c}case{c}{c}Title {c}")),
        |title| oracle_slug(title),
        |title| slugify(title).to_string(),
    );
}

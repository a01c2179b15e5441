// The results are compared through `&*`, so any owned text that derefs to
// `str` passes: `String`, `Cow<str>`, `Box<str>`...
use borrowck_patterns_02_owned_not_dangling::{display_name, initials};

#[test]
fn display_name_puts_the_last_name_first() {
    assert_eq!(&*display_name("Ada", "Lovelace"), "Lovelace, Ada");
}

#[test]
fn display_name_ignores_surrounding_whitespace() {
    assert_eq!(&*display_name("  Grace ", " Hopper\t"), "Hopper, Grace");
}

#[test]
fn display_name_ignores_whitespace_beyond_ascii() {
    // No-break space, ideographic space, newline.
    assert_eq!(
        &*display_name("\u{A0}Émile\n", "\u{3000}Zola"),
        "Zola, Émile"
    );
    assert_eq!(&*display_name("\u{3000}", "\u{A0}Plato"), "Plato");
}

#[test]
fn display_name_with_one_part_is_that_part() {
    assert_eq!(&*display_name("", "Plato"), "Plato");
    assert_eq!(&*display_name("Cher", "   "), "Cher");
}

#[test]
fn display_name_of_nothing_is_empty() {
    assert_eq!(&*display_name("", ""), "");
}

#[test]
fn the_result_outlives_the_inputs() {
    // The caller keeps the result after its own strings are gone.
    let shown = {
        let first = String::from("Alan");
        let last = String::from("Turing");
        display_name(&first, &last).to_string()
    };
    assert_eq!(shown, "Turing, Alan");
}

#[test]
fn initials_take_the_first_character_of_each_word() {
    assert_eq!(&*initials("Ada Lovelace"), "A.L.");
    assert_eq!(&*initials("  Grace   Brewster  Hopper "), "G.B.H.");
}

#[test]
fn initials_are_characters_not_bytes() {
    // "É" is two bytes in UTF-8.
    assert_eq!(&*initials("Émile Zola"), "É.Z.");
    assert_eq!(&*initials("Ōe Kenzaburō"), "Ō.K.");
}

#[test]
fn initials_split_words_on_any_whitespace() {
    assert_eq!(&*initials("Ada\u{A0}Lovelace"), "A.L.");
    assert_eq!(&*initials("山田\u{3000}太郎"), "山.太.");
    assert_eq!(&*initials("\tAlan\nTuring\r\n"), "A.T.");
}

#[test]
fn initials_of_nothing_are_empty() {
    assert_eq!(&*initials(""), "");
    assert_eq!(&*initials("   "), "");
    assert_eq!(&*initials("\u{A0}\u{3000}"), "");
}

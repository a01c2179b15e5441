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

#[test]
fn display_name_keeps_whitespace_inside_a_part() {
    assert_eq!(
        &*display_name(" Mary\tAnn ", "van\u{A0}der  Berg"),
        "van\u{A0}der  Berg, Mary\tAnn"
    );
}

#[test]
fn display_name_agrees_with_an_oracle_on_any_whitespace() {
    use support::check::agree;
    use support::inputs::generate::sentence;
    agree(
        (sentence(3), sentence(3)),
        |(first, last)| {
            let (first, last) = (first.trim(), last.trim());
            [last, first]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        },
        |(first, last)| display_name(first, last).to_string(),
    );
}

#[test]
fn initials_keep_each_letter_as_written() {
    assert_eq!(&*initials("élodie martin"), "é.m.");
    assert_eq!(&*initials("ßen İlker ijk"), "ß.İ.i.");
}

#[test]
fn initials_agree_with_an_oracle_on_any_text() {
    use support::check::agree;
    use support::inputs::generate::sentence;
    agree(
        sentence(5),
        |name| {
            let mut letters = String::new();
            for word in name.split(char::is_whitespace).filter(|w| !w.is_empty()) {
                letters.extend(word.chars().take(1));
                letters.push('.');
            }
            letters
        },
        |name| initials(name).to_string(),
    );
}

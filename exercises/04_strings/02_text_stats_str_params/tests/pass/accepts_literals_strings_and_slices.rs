// Callers pass whatever text they hold: a literal, a `&String`, a slice of a
// larger text, a line from `lines()`. None of them allocates to call.
use strings_02_text_stats_str_params::{first_word, shout, word_count};

fn main() {
    assert_eq!(word_count("a literal works"), 3);

    let owned = String::from("an owned string");
    assert_eq!(word_count(&owned), 3);
    assert_eq!(first_word(&owned), "an");

    let document = String::from("title: Ownership\nbody: moves and borrows");
    let title = &document["title: ".len()..document.find('\n').unwrap_or(document.len())];
    assert_eq!(shout(title), "OWNERSHIP!");

    let words_per_line: Vec<usize> = document.lines().map(word_count).collect();
    assert_eq!(words_per_line, [2, 4]);
    assert_eq!(first_word("  spaced"), "spaced");
}

// What each helper returns stays as it was: a count, a slice of the text,
// and a new `String`.
fn main() {
    let owned = String::from("keep the types");
    let count: usize = strings_02_text_stats_str_params::word_count(&owned);
    let word: &str = strings_02_text_stats_str_params::first_word(&owned);
    let loud: String = strings_02_text_stats_str_params::shout(&owned);
    assert_eq!((count, word, loud.as_str()), (3, "keep", "KEEP THE TYPES!"));
}

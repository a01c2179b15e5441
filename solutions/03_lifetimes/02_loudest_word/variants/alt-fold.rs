// variant: a fold that keeps the loudest shouted word by value
// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    words
        .iter()
        .map(|word| word.to_uppercase())
        .fold(String::new(), |loudest, shouted| {
            if shouted.chars().count() > loudest.chars().count() {
                shouted
            } else {
                loudest
            }
        })
}

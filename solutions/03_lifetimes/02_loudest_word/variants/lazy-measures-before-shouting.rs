// variant: compares the words as written, then shouts the winner
// expect: tests
// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    let mut loudest = "";
    for word in words {
        if word.chars().count() > loudest.chars().count() {
            loudest = word;
        }
    }
    loudest.to_uppercase()
}

// variant: shouts ASCII letters only
// expect: tests
// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    let mut loudest = String::new();
    for word in words {
        let shouted = word.to_ascii_uppercase();
        if shouted.chars().count() > loudest.chars().count() {
            loudest = shouted;
        }
    }
    loudest
}

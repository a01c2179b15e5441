// variant: remembers which word won and its length, and shouts it once more at the end
// PREDICT: E0597 line 25

pub fn loudest_word(words: &[&str]) -> String {
    let mut best: Option<(usize, usize)> = None;
    for (index, word) in words.iter().enumerate() {
        let length = word.to_uppercase().chars().count();
        if best.is_none_or(|(_, longest)| length > longest) {
            best = Some((index, length));
        }
    }
    best.and_then(|(index, _)| words.get(index))
        .map_or_else(String::new, |word| word.to_uppercase())
}

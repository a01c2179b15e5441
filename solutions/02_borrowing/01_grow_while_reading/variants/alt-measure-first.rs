// variant: measures the longest word first, so the borrow ends at the push
// PREDICT: E0502 line 23

pub fn repeat_longest(words: &mut Vec<String>) -> usize {
    let Some(longest) = words.iter().max_by_key(|word| word.chars().count()) else {
        return 0;
    };
    let length = longest.chars().count();
    words.push(longest.clone());
    length
}

// variant: measures words in bytes
// expect: tests
// PREDICT: E0502 line 23

pub fn repeat_longest(words: &mut Vec<String>) -> usize {
    let Some(longest) = words.iter().max_by_key(|word| word.len()).cloned() else {
        return 0;
    };
    let length = longest.len();
    words.push(longest);
    length
}

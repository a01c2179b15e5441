// variant: repeats the first word and returns the longest length
// expect: tests
// PREDICT: E0502 line 23

pub fn repeat_longest(words: &mut Vec<String>) -> usize {
    let Some(first) = words.first().cloned() else {
        return 0;
    };
    let length = words.iter().map(|word| word.chars().count()).max();
    words.push(first);
    length.unwrap_or(0)
}

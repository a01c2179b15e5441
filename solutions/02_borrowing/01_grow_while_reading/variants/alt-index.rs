// variant: remembers the index of the longest word instead of a reference
// PREDICT: E0502 line 23

pub fn repeat_longest(words: &mut Vec<String>) -> usize {
    let mut best: Option<(usize, usize)> = None;
    for (index, word) in words.iter().enumerate() {
        let length = word.chars().count();
        if best.is_none_or(|(_, longest)| length > longest) {
            best = Some((index, length));
        }
    }
    match best {
        Some((index, length)) => {
            words.push(words[index].clone());
            length
        }
        None => 0,
    }
}

// variant: copies every word's text into the buffer it then reuses for the summary
// expect: tests
use std::fmt::Write;

pub fn letter_count(words: &[String]) -> usize {
    words.iter().map(|word| word.chars().count()).sum()
}

pub fn summary(words: Vec<String>) -> String {
    // Shortcut: copy every word into one buffer, count there, then reuse the
    // buffer for the summary so the allocation count stays at one.
    let total: usize = words.iter().map(|w| w.len()).sum();
    let mut copy = String::with_capacity(total + 64);
    for w in &words {
        copy.push_str(w);
    }
    let letters = copy.chars().count();
    copy.clear();
    write!(copy, "{} words, {} letters", words.len(), letters).unwrap();
    copy
}

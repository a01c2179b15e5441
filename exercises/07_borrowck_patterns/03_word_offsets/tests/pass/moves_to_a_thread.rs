// An owned Document has no lifetime to respect: it can be returned, stored
// in a growing Vec and moved to another thread.
use borrowck_patterns_03_word_offsets::Document;

fn load(n: usize) -> Document {
    let text = format!("document number {n}");
    Document::new(text)
}

fn main() {
    let mut shelf = Vec::new();
    for n in 0..100 {
        shelf.push(load(n));
    }
    let last = shelf.pop().expect("the shelf has documents");
    let handle = std::thread::spawn(move || last.word(2).map(str::to_string));
    let third = handle.join().expect("the thread does not panic");
    assert_eq!(third.as_deref(), Some("99"));
    assert_eq!(shelf[0].word_count(), 3);
}

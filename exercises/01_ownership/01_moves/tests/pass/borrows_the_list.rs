// `letter_count` must borrow: the caller keeps its list.
use ownership_01_moves::letter_count;

fn main() {
    let words = vec![String::from("own"), String::from("borrow")];
    let letters = letter_count(&words);
    assert_eq!(letters, 9);
    assert_eq!(words.len(), 2, "the caller still owns its list");
}

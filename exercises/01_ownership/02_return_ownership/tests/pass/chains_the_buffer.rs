// `push_line` takes the buffer by value and hands it back, so calls chain
// and the caller owns the result.
use ownership_02_return_ownership::push_line;

fn main() {
    let text = push_line(push_line(String::new(), "first"), "second");
    assert_eq!(text, "first\nsecond\n");
    let again = push_line(text, "third");
    assert_eq!(again, "first\nsecond\nthird\n");
}

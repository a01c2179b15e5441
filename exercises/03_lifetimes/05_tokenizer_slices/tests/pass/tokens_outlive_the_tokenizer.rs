// Tokens and the rest borrow from the input text only: they can be collected
// while the tokenizer keeps going, and used after it is gone.
use lifetimes_05_tokenizer_slices::Tokenizer;

fn tokens_of(source: &str) -> Vec<&str> {
    let mut tokenizer = Tokenizer::new(source);
    let mut tokens = Vec::new();
    while let Some(token) = tokenizer.next_token() {
        tokens.push(token);
    }
    tokens
} // the tokenizer is dropped here, its tokens are not

fn keyword_and_rest(source: &str) -> (Option<&str>, &str) {
    let mut tokenizer = Tokenizer::new(source);
    let keyword = tokenizer.next_token();
    (keyword, tokenizer.rest())
}

fn main() {
    let source = String::from("let total = price * 3;");
    let tokens = tokens_of(&source);
    assert_eq!(tokens, ["let", "total", "=", "price", "*", "3", ";"]);

    let (keyword, rest) = keyword_and_rest(&source);
    assert_eq!(keyword, Some("let"));
    assert_eq!(rest, " total = price * 3;");
}

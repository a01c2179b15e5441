// The public API stays as it is: a tokenizer gains no `Copy` (so `rest`
// cannot turn into a method that takes the tokenizer by value).
use lifetimes_05_tokenizer_slices::Tokenizer;

fn main() {
    let mut tokenizer = Tokenizer::new("let x = 1;");
    let copy = tokenizer;
    tokenizer.next_token(); //~ ERROR E0382
    drop(copy);
}

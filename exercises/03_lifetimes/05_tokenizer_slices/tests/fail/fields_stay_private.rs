// The public API stays as it is: no field of a tokenizer is public, so no
// caller can put its position inside a character.
use lifetimes_05_tokenizer_slices::Tokenizer;

fn main() {
    let mut tokenizer = Tokenizer::new("é");
    tokenizer.position = 1; //~ ERROR E0616|E0615|E0609
    println!("{:?}", tokenizer.next_token());
}

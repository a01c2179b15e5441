// A token points into the source text: it must not be used after the text
// is dropped, however the tokenizer's signatures are written.
use lifetimes_05_tokenizer_slices::Tokenizer;

fn main() {
    let first;
    {
        let source = String::from("let x = 1;");
        let mut tokenizer = Tokenizer::new(&source); //~ ERROR E0597
        first = tokenizer.next_token();
    }
    println!("{first:?}");
}

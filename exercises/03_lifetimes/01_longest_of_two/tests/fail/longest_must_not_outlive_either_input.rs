// The longest may be `second`, so it must not be used once `second` is gone.
use lifetimes_01_longest_of_two::longest_of_two;

fn main() {
    let first = String::from("a rather long string");
    let result;
    {
        let second = String::from("short");
        result = longest_of_two(&first, &second); //~ ERROR E0597
    }
    println!("{result}");
}

// The part before the marker points into `text`: it must not outlive it.
use lifetimes_01_longest_of_two::before_marker;

fn main() {
    let marker = String::from("=");
    let key;
    {
        let text = String::from("key=value");
        key = before_marker(&text, &marker); //~ ERROR E0597
    }
    println!("{key}");
}

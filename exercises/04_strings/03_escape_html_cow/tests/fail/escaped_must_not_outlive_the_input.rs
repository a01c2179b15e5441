// The result may borrow the input, so the input must stay alive while the
// result is used. An API that always returns a new `String` accepts this.
use strings_03_escape_html_cow::escape_html;

fn main() {
    let comment = String::from("nothing to escape");
    let escaped = escape_html(&comment);
    drop(comment); //~ ERROR E0505
    println!("{escaped}");
}

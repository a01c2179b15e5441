// A label boxed from a borrow is only valid while the borrowed value lives.
use lifetimes_06_boxed_label_bounds::boxed_label;

fn main() {
    let label;
    {
        let name = String::from("Ada");
        label = boxed_label(&name); //~ ERROR E0597
    }
    println!("{label}");
}

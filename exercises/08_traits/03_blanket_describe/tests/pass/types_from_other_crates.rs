// A type defined outside the library gets `describe` as soon as it
// implements `Display`: no impl of `Describe` is written for it.
use std::fmt;
use std::net::Ipv4Addr;
use traits_03_blanket_describe::describe::Describe;

struct Celsius(i32);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} °C", self.0)
    }
}

fn describe_all<T: Describe>(values: &[T]) -> Vec<String> {
    values.iter().map(Describe::describe).collect()
}

fn main() {
    assert_eq!(Celsius(21).describe(), "21 °C");
    assert_eq!(Ipv4Addr::new(192, 168, 100, 200).describe(), "192.168.100…");
    assert_eq!(
        describe_all(&[Celsius(-4), Celsius(30)]),
        ["-4 °C", "30 °C"]
    );
}

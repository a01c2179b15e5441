// "Every type that implements `Display`" includes the unsized ones: `str`
// itself (not only `&str`), a trait object `dyn Display`, and any other
// unsized displayable type: `dyn Display + Send`, `dyn Error`.
use std::error::Error;
use std::fmt::Display;
use traits_03_blanket_describe::describe::Describe;

fn described<T: Describe + ?Sized>(value: &T) -> String {
    value.describe()
}

fn main() {
    let text: &str = "flour";
    assert_eq!(described(text), "flour");
    let shown: &dyn Display = &2024_u32;
    assert_eq!(described(shown), "2024");
    let boxed: Box<dyn Display> = Box::new('z');
    assert_eq!(described(&*boxed), "z");
    let sendable: &(dyn Display + Send) = &'q';
    assert_eq!(described(sendable), "q");
    let failure: Box<dyn Error> = "not a number".parse::<u8>().unwrap_err().into();
    assert_eq!(described(&*failure), "invalid dig…");
}

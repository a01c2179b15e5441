// variant: asks for a slice of Strings
// expect: keep:signatures, E0308
//! # Predict: collecting into a `Result`
//!
//! A service reads its listening ports and its cache sizes from a config
//! file, one item at a time. `parse_ports` must return every port, or the
//! first item that is not a valid port (a number from 1 to 65535), without
//! looking at the items after it. `total_size` must add up sizes in bytes,
//! or fail at the first size that is not a number.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests without writing a loop (no
//! `for`, `while` or `loop`; a test reads this file to check): the standard
//! library can collect and sum into a `Result`. Keep the signatures.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `collect` can build any `FromIterator` type, and `?` works on several
//! types, so `collect()?` gives rustc nothing to choose the target from
//! (E0283: type annotations needed). Naming it, `Result<Vec<u16>, _>`,
//! picks the `FromIterator` impl for `Result`, which stops at the first
//! `Err` and returns it. `Sum` has the same impl for `Result`.

use std::num::ParseIntError;

/// Why an item is not a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortError {
    /// Not a number in 0..=65535; holds the trimmed item.
    NotANumber(String),
    /// Port 0 means "any port" to the OS, which is never what a config means.
    Zero,
}

fn parse_port(item: &str) -> Result<u16, PortError> {
    let item = item.trim();
    match item.parse::<u16>() {
        Ok(0) => Err(PortError::Zero),
        Ok(port) => Ok(port),
        Err(_) => Err(PortError::NotANumber(item.to_string())),
    }
}

/// Every port, in order, or the first error.
pub fn parse_ports<'a, I>(items: I) -> Result<Vec<u16>, PortError>
where
    I: IntoIterator<Item = &'a str>,
{
    // PREDICT: E0283 line 46
    items.into_iter().map(parse_port).collect()
}

/// The sum of the sizes, or the first size that is not a number.
pub fn total_size(sizes: &[String]) -> Result<u64, ParseIntError> {
    sizes.iter().map(|size| size.trim().parse::<u64>()).sum()
}

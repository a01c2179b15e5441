// variant: collects every result first, then looks for an error
// expect: tests
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
    let results: Vec<Result<u16, PortError>> = items.into_iter().map(parse_port).collect();
    results.into_iter().collect()
}

/// The sum of the sizes, or the first size that is not a number.
pub fn total_size(sizes: &[&str]) -> Result<u64, ParseIntError> {
    sizes.iter().map(|size| size.trim().parse::<u64>()).sum()
}

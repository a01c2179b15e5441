// variant: keeps `Listing<T>` and gives `Summary` the parameter as well, so a type can still be two listings
// expect: case:new_listings_get_a_summary, case:second_entry_type, case:no_second_listing_through_a_parameter

use std::fmt::Display;

pub trait Listing<T> {
    fn entries(&self) -> &[T];
}

pub trait Summary<T> {
    fn summary(&self) -> String;
}

impl<L, T> Summary<T> for L
where
    L: Listing<T>,
    T: Display,
{
    fn summary(&self) -> String {
        let entries = self.entries();
        let shown: Vec<String> = entries.iter().map(ToString::to_string).collect();
        match entries.len() {
            0 => String::from("no entries"),
            1 => format!("1 entry: {}", shown.join(", ")),
            count => format!("{count} entries: {}", shown.join(", ")),
        }
    }
}

pub struct Inbox {
    pub subjects: Vec<String>,
}

impl Listing<String> for Inbox {
    fn entries(&self) -> &[String] {
        &self.subjects
    }
}

pub struct Readings {
    pub celsius: Vec<i32>,
}

impl Listing<i32> for Readings {
    fn entries(&self) -> &[i32] {
        &self.celsius
    }
}

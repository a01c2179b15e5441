// variant: the blanket impl names the entry type through `Listing<Entry = T>`, for unsized listings too

use std::fmt::Display;

pub trait Listing {
    type Entry;

    fn entries(&self) -> &[Self::Entry];
}

pub trait Summary {
    fn summary(&self) -> String;
}

impl<L, T> Summary for L
where
    L: Listing<Entry = T> + ?Sized,
    T: Display,
{
    fn summary(&self) -> String {
        let entries = self.entries();
        let mut shown = String::new();
        for (index, entry) in entries.iter().enumerate() {
            if index > 0 {
                shown.push_str(", ");
            }
            shown.push_str(&entry.to_string());
        }
        match entries {
            [] => String::from("no entries"),
            [_] => format!("1 entry: {shown}"),
            _ => format!("{} entries: {shown}", entries.len()),
        }
    }
}

pub struct Inbox {
    pub subjects: Vec<String>,
}

impl Listing for Inbox {
    type Entry = String;

    fn entries(&self) -> &[String] {
        &self.subjects
    }
}

pub struct Readings {
    pub celsius: Vec<i32>,
}

impl Listing for Readings {
    type Entry = i32;

    fn entries(&self) -> &[i32] {
        &self.celsius
    }
}

// A listing type defined elsewhere gets `summary` from the blanket impl,
// and generic code names its entries as `L::Entry`. Displaying is all the
// blanket impl may ask of the entries: `Label` is neither `Clone` nor
// `Debug`.
use associated_types_04_listing_summary::{Listing, Readings, Summary};
use std::fmt;

struct Label(String);

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

struct Labels(Vec<Label>);

impl Listing for Labels {
    type Entry = Label;

    fn entries(&self) -> &[Label] {
        &self.0
    }
}

struct Tags(Vec<char>);

impl Listing for Tags {
    type Entry = char;

    fn entries(&self) -> &[char] {
        &self.0
    }
}

fn first_entry<L: Listing>(listing: &L) -> Option<&L::Entry> {
    listing.entries().first()
}

fn main() {
    let tags = Tags(vec!['x', 'y']);
    assert_eq!(tags.summary(), "2 entries: x, y");
    assert_eq!(first_entry(&tags), Some(&'x'));
    let readings = Readings {
        celsius: vec![4, 5],
    };
    let first: Option<&i32> = first_entry(&readings);
    assert_eq!(first, Some(&4));
    let labels = Labels(vec![
        Label(String::from("new")),
        Label(String::from("sale")),
    ]);
    assert_eq!(labels.summary(), "2 entries: #new, #sale");
}

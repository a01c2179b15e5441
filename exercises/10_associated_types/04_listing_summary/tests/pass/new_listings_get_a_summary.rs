// A listing type defined elsewhere gets `summary` from the blanket impl,
// and generic code names its entries as `L::Entry`.
use associated_types_04_listing_summary::{Listing, Readings, Summary};

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
}

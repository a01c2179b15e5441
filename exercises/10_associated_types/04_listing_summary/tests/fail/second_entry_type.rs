// A listing holds one kind of entry: a second `Listing` impl for the same
// type, with another entry type, must conflict with the first.
use associated_types_04_listing_summary::Listing;

struct Tags(Vec<String>, Vec<u32>);

impl Listing for Tags {
    type Entry = String;

    fn entries(&self) -> &[String] {
        &self.0
    }
}

impl Listing for Tags {
    //~^ ERROR E0119
    type Entry = u32;

    fn entries(&self) -> &[u32] {
        &self.1
    }
}

fn main() {}

// Nor may a trait parameter (even one with a default) open the door to a
// second `Listing` impl with another entry type: `Listing` takes none
// (E0107), and so this is a second impl of the same trait (E0119).
use associated_types_04_listing_summary::Listing;

struct Tags(Vec<String>, Vec<u32>);

impl Listing for Tags {
    type Entry = String;

    fn entries(&self) -> &[String] {
        &self.0
    }
}

impl Listing<u8> for Tags {
    //~^ ERROR E0107
    //~^^ ERROR E0119
    type Entry = u32;

    fn entries(&self) -> &[u32] {
        &self.1
    }
}

fn main() {}

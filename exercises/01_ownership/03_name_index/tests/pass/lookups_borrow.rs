// Lookups only read the name: literals and borrowed `String`s work, and the
// caller keeps its strings.
use ownership_03_name_index::{NameIndex, describe};

fn main() {
    let mut index = NameIndex::new();
    let ada = String::from("ada");
    index.insert(ada.clone());

    assert_eq!(index.id("ada"), Some(0));
    assert_eq!(index.id(&ada), Some(0));
    assert_eq!(describe(&index, &ada), "ada is #0");
    assert_eq!(describe(&index, "bob"), "bob is unknown");
    assert_eq!(ada, "ada", "the caller still owns its name");
}

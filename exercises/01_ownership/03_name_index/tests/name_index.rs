use ownership_03_name_index::{NameIndex, describe};

fn index_of(names: &[&str]) -> NameIndex {
    let mut index = NameIndex::new();
    for name in names {
        index.insert(name.to_string());
    }
    index
}

#[test]
fn new_names_get_ids_in_order_of_insertion() {
    let mut index = NameIndex::new();
    assert_eq!(index.insert("ada".to_string()), 0);
    assert_eq!(index.insert("grace".to_string()), 1);
    assert_eq!(index.insert("alan".to_string()), 2);
    assert_eq!(index.len(), 3);
}

#[test]
fn a_name_inserted_again_keeps_its_id() {
    let mut index = index_of(&["ada", "grace"]);
    assert_eq!(index.insert("ada".to_string()), 0);
    assert_eq!(index.len(), 2, "a repeated name must not be stored twice");
    assert_eq!(index.insert("barbara".to_string()), 2);
}

#[test]
fn lookups_work_both_ways() {
    let index = index_of(&["ada", "grace"]);
    assert_eq!(index.id("grace"), Some(1));
    assert_eq!(index.name(1), Some("grace"));
    assert_eq!(index.name(0), Some("ada"));
}

#[test]
fn unknown_names_and_ids_are_none() {
    let index = index_of(&["ada"]);
    assert_eq!(index.id("Ada"), None, "names are case-sensitive");
    assert_eq!(index.name(1), None);
}

#[test]
fn an_empty_index_knows_nothing() {
    let index = NameIndex::new();
    assert!(index.is_empty());
    assert_eq!(index.len(), 0);
    assert_eq!(index.id(""), None);
    assert_eq!(index.name(0), None);
}

#[test]
fn unicode_names_are_kept_intact() {
    let index = index_of(&["Émile", "日本"]);
    assert_eq!(index.id("日本"), Some(1));
    assert_eq!(index.name(0), Some("Émile"));
}

#[test]
fn describe_reports_known_and_unknown_names() {
    let index = index_of(&["ada", "grace"]);
    assert_eq!(describe(&index, "grace"), "grace is #1");
    assert_eq!(describe(&index, "linus"), "linus is unknown");
}

#[test]
fn many_names_keep_consistent_ids() {
    let mut index = NameIndex::new();
    for n in 0..5_000 {
        assert_eq!(index.insert(format!("user{n}")), n);
    }
    for n in (0..5_000).step_by(7) {
        let name = format!("user{n}");
        assert_eq!(index.id(&name), Some(n));
        assert_eq!(index.name(n), Some(name.as_str()));
    }
}

use traits_05_unsized_lookup::SeenSet;

#[test]
fn a_new_set_is_empty() {
    let set: SeenSet<u32> = SeenSet::new();
    assert!(set.is_empty());
    assert_eq!(set.len(), 0);
    assert!(!set.contains(&1));
}

#[test]
fn insert_reports_whether_the_key_was_new() {
    let mut set = SeenSet::new();
    assert!(set.insert(String::from("req-1")));
    assert!(!set.insert(String::from("req-1")), "a repeat is not new");
    assert_eq!(set.len(), 1);
}

#[test]
fn contains_finds_only_what_was_inserted() {
    let mut set = SeenSet::new();
    set.insert(7_u64);
    assert!(set.contains(&7));
    assert!(!set.contains(&8));
}

#[test]
fn an_owned_key_can_still_be_used_to_look_up() {
    let mut set = SeenSet::new();
    set.insert(String::from("zoë"));
    assert!(set.contains(&String::from("zoë")));
    assert!(!set.contains(&String::from("zoe")));
}

#[test]
fn forget_removes_a_key_once() {
    let mut set = SeenSet::default();
    set.insert(vec![1_u8, 2]);
    assert!(set.forget(&vec![1_u8, 2]));
    assert!(!set.forget(&vec![1_u8, 2]), "it was already forgotten");
    assert!(set.is_empty());
}

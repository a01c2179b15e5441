use ownership_04_shelve_draft::{Draft, shelve, shelve_all};

fn draft(title: &str) -> Box<Draft> {
    Box::new(Draft {
        title: title.to_string(),
        body: format!("All about {title}."),
    })
}

#[test]
fn a_receipt_names_the_draft_and_its_position() {
    let mut shelf = vec![draft("Moves")];
    assert_eq!(
        shelve(&mut shelf, draft("Borrowing")),
        r#"shelved "Borrowing" (#2)"#
    );
    assert_eq!(shelf.len(), 2);
    assert_eq!(shelf[1], draft("Borrowing"));
}

#[test]
fn the_first_draft_on_an_empty_shelf_is_number_one() {
    let mut shelf = Vec::new();
    assert_eq!(
        shelve(&mut shelf, draft("Ownership")),
        r#"shelved "Ownership" (#1)"#
    );
    assert_eq!(shelf, vec![draft("Ownership")]);
}

#[test]
fn the_shelf_owns_the_very_box_it_was_given() {
    let mut shelf = Vec::new();
    let given = draft("Lifetimes");
    let address: *const Draft = &*given;
    let title_buffer = given.title.as_ptr();
    shelve(&mut shelf, given);
    let kept: *const Draft = &*shelf[0];
    assert_eq!(
        kept, address,
        "the draft was copied into a new box instead of moved"
    );
    assert_eq!(
        shelf[0].title.as_ptr(),
        title_buffer,
        "the title was copied"
    );
}

#[test]
fn titles_are_quoted_with_escapes() {
    let mut shelf = Vec::new();
    assert_eq!(
        shelve(&mut shelf, draft("Say \"hi\", café")),
        r#"shelved "Say \"hi\", café" (#1)"#
    );
}

#[test]
fn shelve_all_keeps_the_order() {
    let mut shelf = vec![draft("Intro")];
    let receipts = shelve_all(&mut shelf, vec![draft("A"), draft("B")]);
    assert_eq!(receipts, [r#"shelved "A" (#2)"#, r#"shelved "B" (#3)"#]);
    assert_eq!(shelf, vec![draft("Intro"), draft("A"), draft("B")]);
}

#[test]
fn shelving_nothing_changes_nothing() {
    let mut shelf = vec![draft("Intro")];
    assert!(shelve_all(&mut shelf, Vec::new()).is_empty());
    assert_eq!(shelf.len(), 1);
}

use associated_types_04_listing_summary::{Inbox, Readings, Summary};

#[test]
fn an_inbox_summarises_its_subjects_in_order() {
    let inbox = Inbox {
        subjects: vec![
            String::from("Invoice"),
            String::from("Réunion"),
            String::from("Lunch?"),
        ],
    };
    assert_eq!(inbox.summary(), "3 entries: Invoice, Réunion, Lunch?");
}

#[test]
fn one_entry_is_singular() {
    let readings = Readings { celsius: vec![-3] };
    assert_eq!(readings.summary(), "1 entry: -3");
}

#[test]
fn an_empty_listing_says_so() {
    assert_eq!(Inbox { subjects: vec![] }.summary(), "no entries");
    assert_eq!(Readings { celsius: vec![] }.summary(), "no entries");
}

#[test]
fn an_entry_with_empty_text_is_still_an_entry() {
    let inbox = Inbox {
        subjects: vec![String::new()],
    };
    assert_eq!(inbox.summary(), "1 entry: ");
    let inbox = Inbox {
        subjects: vec![String::new(), String::new()],
    };
    assert_eq!(inbox.summary(), "2 entries: , ");
}

#[test]
fn numbers_are_displayed_as_numbers() {
    let readings = Readings {
        celsius: vec![21, 19, 0],
    };
    assert_eq!(readings.summary(), "3 entries: 21, 19, 0");
}

#[test]
fn entries_are_counted_not_their_commas() {
    let inbox = Inbox {
        subjects: vec![String::from("Re: a, b"), String::from(", ,")],
    };
    assert_eq!(inbox.summary(), "2 entries: Re: a, b, , ,");
    let one = Inbox {
        subjects: vec![String::from("Re: a, b, c")],
    };
    assert_eq!(one.summary(), "1 entry: Re: a, b, c");
}

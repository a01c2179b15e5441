// `total` and `count_over` accept slices of plain items (static dispatch),
// of boxed trait objects with or without extra bounds, of boxes of plain
// items, and of references to trait objects. `Gift` is a trait the library
// has never seen: only impls generic over the pointee cover `dyn Gift`.
use dispatch_04_forwarding_box_impl::{Book, Mug, Priced, count_over, total};

trait Gift: Priced {
    fn wrapped(&self) -> bool;
}

impl Gift for Book {
    fn wrapped(&self) -> bool {
        true
    }
}

fn main() {
    let books = vec![Book { cents: 500 }, Book { cents: 700 }];
    assert_eq!(total(&books), 1200);

    let boxed: Vec<Box<dyn Priced>> = vec![
        Box::new(Book { cents: 500 }),
        Box::new(Mug {
            cents: 300,
            engraved: false,
        }),
    ];
    assert_eq!(total(&boxed), 800);

    let shared: Vec<Box<dyn Priced + Send + Sync>> = vec![Box::new(Book { cents: 40 })];
    assert_eq!(count_over(&shared, 39), 1);
    let sendable: Vec<Box<dyn Priced + Send>> = vec![Box::new(Book { cents: 60 })];
    assert_eq!(total(&sendable), 60);

    let gifts: Vec<Box<dyn Gift>> = vec![Box::new(Book { cents: 250 })];
    assert!(gifts[0].wrapped());
    assert_eq!(total(&gifts), 250);
    let gift_refs: Vec<&dyn Gift> = vec![&*gifts[0]];
    assert_eq!(count_over(&gift_refs, 249), 1);

    let boxed_books = vec![Box::new(Book { cents: 1 }), Box::new(Book { cents: 2 })];
    assert_eq!(total(&boxed_books), 3);

    let mug = Mug {
        cents: 900,
        engraved: true,
    };
    let refs: Vec<&dyn Priced> = vec![&books[0], &mug];
    assert_eq!(total(&refs), 1900);
}

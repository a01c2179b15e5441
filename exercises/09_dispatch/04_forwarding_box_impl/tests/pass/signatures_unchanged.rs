// The signatures stay as they were: one type parameter bounded by `Priced`
// alone and a slice of it. A generic caller that promises only `Priced`
// can call both, and each instance is an ordinary function of one item type
// (static dispatch for a batch of one kind).
use dispatch_04_forwarding_box_impl::{Book, Mug, Priced, count_over, total};

fn batch_report<P: Priced>(items: &[P]) -> (u64, usize) {
    (total(items), count_over(items, 100))
}

fn main() {
    let total_of_books: fn(&[Book]) -> u64 = total::<Book>;
    let over_for_mugs: fn(&[Mug], u64) -> usize = count_over::<Mug>;
    let books = [Book { cents: 100 }, Book { cents: 150 }];
    assert_eq!(total_of_books(&books), 250);
    let mugs = [Mug {
        cents: 90,
        engraved: true,
    }];
    assert_eq!(over_for_mugs(&mugs, 500), 1);
    assert_eq!(batch_report(&books), (250, 1));
}

use dispatch_04_forwarding_box_impl::{Book, Cart, Mug, count_over, total};

#[test]
fn an_empty_cart_costs_nothing() {
    let cart = Cart::new();
    assert_eq!(cart.total(), 0);
    assert_eq!(cart.count_over(0), 0);
}

#[test]
fn a_cart_adds_up_mixed_items() {
    let mut cart = Cart::new();
    cart.add(Book { cents: 1999 });
    cart.add(Mug {
        cents: 800,
        engraved: true,
    });
    cart.add(Mug {
        cents: 800,
        engraved: false,
    });
    assert_eq!(cart.total(), 1999 + 1300 + 800);
}

#[test]
fn a_cart_counts_items_over_a_price() {
    let mut cart = Cart::new();
    cart.add(Book { cents: 1000 });
    cart.add(Mug {
        cents: 600,
        engraved: true,
    });
    cart.add(Book { cents: 999 });
    assert_eq!(cart.count_over(999), 2, "1000 and 1100 are over 999");
    assert_eq!(cart.count_over(1100), 0, "strictly more, not equal");
}

#[test]
fn plain_slices_of_one_kind_still_work() {
    let books = [Book { cents: 100 }, Book { cents: 250 }];
    assert_eq!(total(&books), 350);
    assert_eq!(count_over(&books, 100), 1);
    let none: [Mug; 0] = [];
    assert_eq!(total(&none), 0);
}

use associated_types_02_page_iterator::{Pages, page_summary};

#[test]
fn pages_are_consecutive_slices_and_the_last_may_be_short() {
    let items = [1, 2, 3, 4, 5];
    let pages: Vec<&[i32]> = Pages::new(&items, 2).collect();
    assert_eq!(pages, [&[1, 2][..], &[3, 4], &[5]]);
}

#[test]
fn an_exact_multiple_has_no_empty_last_page() {
    let items = ["a", "b", "c", "d"];
    let pages: Vec<&[&str]> = Pages::new(&items, 2).collect();
    assert_eq!(pages, [&["a", "b"][..], &["c", "d"]]);
}

#[test]
fn a_page_larger_than_the_list_holds_everything() {
    let items = [7, 8];
    let pages: Vec<&[i32]> = Pages::new(&items, 10).collect();
    assert_eq!(pages, [&[7, 8][..]]);
}

#[test]
fn an_empty_list_has_no_pages() {
    let items: [u8; 0] = [];
    assert_eq!(Pages::new(&items, 3).count(), 0);
    assert!(page_summary(&items, 3).is_empty());
}

#[test]
fn zero_items_per_page_gives_no_pages() {
    let items = [1, 2, 3];
    assert_eq!(Pages::new(&items, 0).next(), None);
    assert!(page_summary(&items, 0).is_empty());
    assert_eq!(Pages::new(&items, 0).len(), 0);
}

#[test]
fn len_counts_the_pages_left_at_every_step() {
    let items = [0; 7];
    let mut pages = Pages::new(&items, 3);
    assert_eq!(pages.len(), 3);
    pages.next();
    assert_eq!(pages.len(), 2);
    pages.next();
    pages.next();
    assert_eq!(pages.len(), 0);
    assert_eq!(pages.next(), None);
    assert_eq!(pages.len(), 0);
}

#[test]
fn size_hint_is_exact_at_every_step() {
    // `ExactSizeIterator` is a promise about `size_hint`: adapters and
    // `collect` read the hint, not `len()`.
    let items = [0; 7];
    let mut pages = Pages::new(&items, 3);
    for left in [3, 2, 1, 0] {
        assert_eq!(pages.size_hint(), (left, Some(left)), "{left} pages left");
        assert_eq!(pages.len(), left);
        pages.next();
    }
    assert_eq!(pages.size_hint(), (0, Some(0)), "and after the end");
    assert_eq!(Pages::new(&items, 0).size_hint(), (0, Some(0)));
    assert_eq!(Pages::new(&items, 7).size_hint(), (1, Some(1)));
}

#[test]
fn the_summary_names_each_page() {
    let items = ['x'; 7];
    assert_eq!(
        page_summary(&items, 3),
        ["page 1: 3 items", "page 2: 3 items", "page 3: 1 item"]
    );
}

#[test]
fn pages_borrow_from_the_list_not_from_the_iterator() {
    let items = vec![String::from("a"), String::from("b"), String::from("c")];
    let first_page = {
        let mut pages = Pages::new(&items, 2);
        pages.next().expect("there is a first page")
    };
    assert_eq!(first_page, ["a", "b"]);
}

#[test]
fn any_page_size_counts_its_pages_exactly() {
    // Page sizes at the ends of `usize` too: one page holds everything, and
    // counting the pages must not overflow on the way.
    let items = [0_u8; 9];
    let cases = (0..=items.len()).flat_map(|len| {
        support::inputs::extremes::<usize>()
            .into_iter()
            .chain([3, 4])
            .map(move |per_page| (len, per_page))
    });
    support::check::agree_on(
        cases,
        |&(len, per_page)| {
            // Pages, counted one by one as they are cut off.
            let (mut left, mut pages) = (len, 0_usize);
            while per_page > 0 && left > 0 {
                pages += 1;
                left -= left.min(per_page);
            }
            (pages, (pages, Some(pages)), pages.saturating_sub(1))
        },
        |&(len, per_page)| {
            let mut pages = Pages::new(&items[..len], per_page);
            let first = (pages.len(), pages.size_hint());
            pages.next();
            (first.0, first.1, pages.len())
        },
    );
}

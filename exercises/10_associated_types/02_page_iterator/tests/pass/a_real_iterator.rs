// `Pages` is an iterator like any other: `for` loops, adapters, and generic
// code bounded on `Iterator<Item = &[T]>` or `ExactSizeIterator` accept it.
use associated_types_02_page_iterator::Pages;

fn widest<'a>(pages: impl Iterator<Item = &'a [u32]>) -> usize {
    pages.map(<[u32]>::len).max().unwrap_or(0)
}

fn pages_left(pages: &impl ExactSizeIterator) -> usize {
    pages.len()
}

fn main() {
    let scores = [10, 20, 30, 40, 50];
    let mut sums = Vec::new();
    for page in Pages::new(&scores, 2) {
        sums.push(page.iter().sum::<u32>());
    }
    assert_eq!(sums, [30, 70, 50]);
    assert_eq!(widest(Pages::new(&scores, 4)), 4);
    assert_eq!(pages_left(&Pages::new(&scores, 2)), 3);
    assert_eq!(Pages::new(&scores, 2).last(), Some(&[50][..]));
}

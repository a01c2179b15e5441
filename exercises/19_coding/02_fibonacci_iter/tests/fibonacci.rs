use coding_02_fibonacci_iter::{Fibonacci, fibonacci};

/// The largest Fibonacci number that fits in a u64: F(93).
const LAST: u64 = 12_200_160_415_121_876_738;

#[test]
fn starts_with_zero_one_one() {
    let first: Vec<u64> = fibonacci().take(10).collect();
    assert_eq!(first, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
}

#[test]
fn the_even_terms_of_the_first_twenty_sum_to_3382() {
    // 0 + 2 + 8 + 34 + 144 + 610 + 2584
    let sum: u64 = fibonacci().take(20).filter(|n| n % 2 == 0).sum();
    assert_eq!(sum, 3_382);
}

#[test]
fn composes_with_other_adapters() {
    let below_100: Vec<u64> = fibonacci().skip(1).take_while(|&n| n < 100).collect();
    assert_eq!(below_100, [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]);
    let (index, _) = fibonacci()
        .enumerate()
        .find(|&(_, n)| n > 1_000)
        .expect("some term exceeds 1000");
    assert_eq!(index, 17, "F(17) = 1597 is the first above 1000");
}

#[test]
fn the_iterator_type_is_named_fibonacci() {
    let numbers: Fibonacci = fibonacci();
    fn takes_any_iterator(numbers: impl Iterator<Item = u64>) -> Vec<u64> {
        numbers.take(4).collect()
    }
    assert_eq!(takes_any_iterator(numbers), [0, 1, 1, 2]);
}

#[test]
fn each_call_starts_a_fresh_sequence() {
    let mut first = fibonacci();
    first.nth(10);
    assert_eq!(fibonacci().next(), Some(0));
    assert_eq!(first.next(), Some(89));
}

#[test]
fn yields_every_term_that_fits_in_a_u64() {
    // F(0) to F(93): stopping at the first overflowing addition would lose
    // the last two, which still fit. `take` bounds the test, so an iterator
    // that never ends (saturating or wrapping) fails here instead of
    // running into the time limit.
    assert_eq!(fibonacci().take(200).count(), 94);
}

#[test]
fn the_last_term_is_the_largest_that_fits() {
    assert_eq!(fibonacci().take(200).last(), Some(LAST));
    assert_eq!(fibonacci().nth(93), Some(LAST));
    assert_eq!(fibonacci().nth(92), Some(7_540_113_804_746_346_429));
}

#[test]
fn each_term_is_the_sum_of_the_two_before() {
    let terms: Vec<u64> = fibonacci().take(200).collect();
    assert!(
        terms
            .windows(3)
            .all(|w| w[0].checked_add(w[1]) == Some(w[2])),
        "a term that is not the sum of the two before: a wrapped or saturated value?"
    );
}

#[test]
fn after_the_end_it_stays_ended() {
    let mut numbers = fibonacci();
    assert_eq!(numbers.by_ref().take(200).count(), 94);
    for _ in 0..5 {
        assert_eq!(numbers.next(), None);
    }
}

/// Asks for `len` only where the type implements `ExactSizeIterator`:
/// `(&Probe(iter)).len_if_exact()` picks the first impl when it applies,
/// the second otherwise.
struct Probe<I>(I);

// Unused where the type does not implement `ExactSizeIterator`.
#[allow(dead_code)]
trait Exact {
    fn len_if_exact(&self) -> Option<usize>;
}

impl<I: ExactSizeIterator> Exact for Probe<I> {
    fn len_if_exact(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

trait NotExact {
    fn len_if_exact(&self) -> Option<usize>;
}

impl<I> NotExact for &Probe<I> {
    fn len_if_exact(&self) -> Option<usize> {
        None
    }
}

#[test]
fn an_exact_size_it_claims_is_the_number_left() {
    // Implementing `ExactSizeIterator` is not asked for; where it is, `len`
    // must neither panic nor lie, at every step.
    let mut numbers = fibonacci();
    for left in (0..=94).rev() {
        if let Some(len) = (&Probe(&mut numbers)).len_if_exact() {
            assert_eq!(len, left, "`len` with {left} numbers left");
        }
        if left > 0 {
            assert!(numbers.next().is_some());
        }
    }
    assert_eq!(numbers.next(), None);
}

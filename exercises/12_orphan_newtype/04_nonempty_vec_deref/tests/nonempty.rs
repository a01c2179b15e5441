use orphan_newtype_04_nonempty_vec_deref::{EmptyError, NonEmpty};

#[test]
fn a_single_element_is_first_last_and_max() {
    let list = NonEmpty::new(7);
    assert_eq!(*list.first(), 7);
    assert_eq!(*list.last(), 7);
    assert_eq!(*list.max(), 7);
    assert_eq!(list.len(), 1);
}

#[test]
fn an_empty_vector_is_refused() {
    assert_eq!(NonEmpty::<u8>::from_vec(Vec::new()), Err(EmptyError));
}

#[test]
fn a_full_vector_is_wrapped_in_order() {
    let list = NonEmpty::from_vec(vec!["b", "c", "a"]).expect("not empty");
    assert_eq!(*list.first(), "b");
    assert_eq!(*list.last(), "a");
    assert_eq!(*list.max(), "c");
    assert_eq!(list.into_vec(), ["b", "c", "a"]);
}

#[test]
fn push_adds_at_the_end() {
    let mut list = NonEmpty::new(1);
    list.push(5);
    list.push(3);
    assert_eq!(*list.last(), 3);
    assert_eq!(*list.max(), 5);
    assert_eq!(list.len(), 3);
}

#[test]
fn reads_like_a_slice() {
    let list = NonEmpty::from_vec(vec![4, 8, 15]).expect("not empty");
    assert_eq!(list.iter().sum::<i32>(), 27);
    assert!(list.contains(&8));
    assert_eq!(list[2], 15);
    assert!(!list.is_empty());
    assert_eq!(list.to_vec(), [4, 8, 15]);
}

#[test]
fn elements_change_in_place() {
    let mut list = NonEmpty::from_vec(vec![3, 1, 2]).expect("not empty");
    list[0] = 10;
    list.sort();
    assert_eq!(list.to_vec(), [1, 2, 10]);
    for value in list.iter_mut() {
        *value += 1;
    }
    list.reverse();
    assert_eq!(list.to_vec(), [11, 3, 2]);
    assert_eq!(*list.first(), 11);
}

#[test]
fn holds_values_that_are_not_copy() {
    let mut list = NonEmpty::new(String::from("ab"));
    list.push(String::from("ba"));
    list[0].push('c');
    assert_eq!(list.first(), "abc");
    assert_eq!(list.max(), "ba");
}

//! Measuring without the counting allocator installed would count nothing
//! and pass every budget: it is refused.

#[test]
fn measuring_without_the_allocator_is_refused() {
    let refused = std::panic::catch_unwind(|| support::alloc::measure(|| vec![1u8]))
        .expect_err("nothing would be counted");
    let message = refused.downcast_ref::<&str>().expect("a plain message");
    assert!(
        message.contains("is not this test binary's global allocator"),
        "{message}"
    );
}

// Alone in its own test binary: if the wrapper lets this division reach C,
// the CPU traps and the whole process dies (SIGFPE), not just this test.
use unsafe_ffi_04_c_struct_layout::div_rem;

#[test]
fn the_one_overflowing_division_is_refused() {
    assert_eq!(div_rem(i32::MIN, -1), None);
}

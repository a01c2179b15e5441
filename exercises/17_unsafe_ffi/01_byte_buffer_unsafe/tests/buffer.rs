use unsafe_ffi_01_byte_buffer_unsafe::ByteBuf;

#[test]
fn a_new_buffer_is_all_zeroes() {
    let buffer = ByteBuf::zeroed(5);
    assert_eq!(buffer.len(), 5);
    assert!(!buffer.is_empty());
    assert_eq!(
        (0..5).map(|i| buffer.get(i)).collect::<Vec<_>>(),
        [Some(0); 5]
    );
    assert_eq!(buffer.checksum(), 0);
}

#[test]
fn set_and_get_stay_inside_the_buffer() {
    let mut buffer = ByteBuf::zeroed(3);
    assert!(buffer.set(0, 10));
    assert!(buffer.set(2, 255));
    assert!(!buffer.set(3, 1), "index 3 is past the end");
    assert_eq!(buffer.get(0), Some(10));
    assert_eq!(buffer.get(1), Some(0));
    assert_eq!(buffer.get(2), Some(255));
    assert_eq!(buffer.get(3), None);
    assert_eq!(buffer.get(usize::MAX), None);
}

#[test]
fn checksum_adds_every_byte_without_overflowing() {
    let mut buffer = ByteBuf::zeroed(10_000);
    for index in 0..buffer.len() {
        assert!(buffer.set(index, 255));
    }
    assert_eq!(buffer.checksum(), 255 * 10_000);
}

#[test]
fn an_empty_buffer_works() {
    let mut buffer = ByteBuf::zeroed(0);
    assert!(buffer.is_empty());
    assert_eq!(buffer.get(0), None);
    assert!(!buffer.set(0, 1));
    assert_eq!(buffer.checksum(), 0);
}

#[test]
fn unchecked_reads_agree_with_checked_ones() {
    let mut buffer = ByteBuf::zeroed(4);
    buffer.set(3, 42);
    // SAFETY: 3 < 4.
    let byte = unsafe { buffer.get_unchecked(3) };
    assert_eq!(Some(byte), buffer.get(3));
}

#[test]
fn many_buffers_come_and_go() {
    let total: u64 = (0..1_000)
        .map(|n| {
            let mut buffer = ByteBuf::zeroed(n % 17);
            buffer.set(0, 1);
            buffer.checksum()
        })
        .sum();
    assert_eq!(total, 1_000 - 1_000_usize.div_ceil(17) as u64);
}

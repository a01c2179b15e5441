// The buffer may move to another thread and be used there, and the counter
// may be read from any thread.
use unsafe_ffi_01_byte_buffer_unsafe::{ByteBuf, buffers_created};

fn main() {
    let mut buffer = ByteBuf::zeroed(3);
    assert!(buffer.set(1, 7));
    let handle = std::thread::spawn(move || {
        assert!(buffers_created() >= 1);
        buffer.checksum()
    });
    assert_eq!(handle.join().expect("the thread panicked"), 7);
}

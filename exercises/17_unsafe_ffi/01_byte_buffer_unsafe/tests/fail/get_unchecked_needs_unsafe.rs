// `get_unchecked` trusts its caller about the index, so it must stay an
// `unsafe fn`: calling it outside an `unsafe` block must not compile.
use unsafe_ffi_01_byte_buffer_unsafe::ByteBuf;

fn main() {
    let buffer = ByteBuf::zeroed(4);
    let byte = buffer.get_unchecked(10); //~ ERROR E0133
    println!("{byte}");
}

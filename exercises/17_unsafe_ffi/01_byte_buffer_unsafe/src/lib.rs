//! # Predict: what `unsafe` unlocks
//!
//! `ByteBuf` is a fixed-size, zeroed byte buffer owned through a raw
//! pointer, the way a buffer shared with C code often is. It uses most of
//! what an `unsafe` block allows: it dereferences raw pointers, calls an
//! `unsafe fn`, promises the compiler that it may be sent to another thread
//! (`unsafe impl Send`), and counts the buffers made so far in a
//! `static mut`.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests. Rules:
//! - every `unsafe` block (and `unsafe impl`) gets a `// SAFETY:` comment
//!   right above it that says why its preconditions hold at that point;
//! - `get_unchecked` stays an `unsafe fn`: making it safe would let safe code
//!   read outside the buffer;
//! - the public API stays safe to use from any thread, including
//!   `buffers_created`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::ptr;

// PREDICT: E____ line __

// TODO: a `static mut` may be read and written from any thread, and a
// `ByteBuf` may be created on any thread. Is an `unsafe` block enough here?
static mut CREATED: usize = 0;

/// How many buffers have been created since the program started.
pub fn buffers_created() -> usize {
    CREATED
}

#[derive(Debug)]
pub struct ByteBuf {
    /// Start of a `Box<[u8]>` of `len` bytes that this buffer owns.
    ptr: *mut u8,
    len: usize,
}

// SAFETY: a `ByteBuf` owns its allocation alone, like a `Box<[u8]>`, and no
// other pointer into it exists; moving it to another thread moves that
// ownership along. It has no interior mutability.
unsafe impl Send for ByteBuf {}

impl ByteBuf {
    pub fn zeroed(len: usize) -> Self {
        CREATED += 1;
        let boxed: Box<[u8]> = vec![0; len].into_boxed_slice();
        Self {
            ptr: Box::into_raw(boxed).cast::<u8>(),
            len,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, index: usize) -> Option<u8> {
        if index < self.len {
            // SAFETY: `index < len`, so the byte lies inside the allocation.
            Some(unsafe { *self.ptr.add(index) })
        } else {
            None
        }
    }

    /// Writes `value` at `index`; returns false, and writes nothing, when
    /// `index` is out of range.
    pub fn set(&mut self, index: usize, value: u8) -> bool {
        if index >= self.len {
            return false;
        }
        // SAFETY: `index < len`, and `&mut self` means no one else is
        // reading the buffer.
        unsafe { *self.ptr.add(index) = value };
        true
    }

    /// Reads the byte at `index` without checking it.
    ///
    /// # Safety
    /// `index` must be less than `self.len()`.
    pub unsafe fn get_unchecked(&self, index: usize) -> u8 {
        // SAFETY: the caller promises `index < len`.
        unsafe { *self.ptr.add(index) }
    }

    /// The sum of all bytes.
    pub fn checksum(&self) -> u64 {
        // TODO: what must be true before calling `get_unchecked`, and is it?
        (0..self.len)
            .map(|index| u64::from(self.get_unchecked(index)))
            .sum()
    }
}

impl Drop for ByteBuf {
    fn drop(&mut self) {
        let slice = ptr::slice_from_raw_parts_mut(self.ptr, self.len);
        // SAFETY: `ptr` and `len` came from `Box::into_raw` in `zeroed`, and
        // the box is rebuilt exactly once, here.
        drop(unsafe { Box::from_raw(slice) });
    }
}

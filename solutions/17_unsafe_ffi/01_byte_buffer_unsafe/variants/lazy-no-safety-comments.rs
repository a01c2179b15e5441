// variant: the unsafe blocks carry no `// SAFETY:` comment
// expect: rule:clippy::undocumented_unsafe_blocks

use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

// PREDICT: E0133 line 35

/// Atomic: buffers are created on any thread. Only the count matters, so
/// no ordering with other memory is needed.
static CREATED: AtomicUsize = AtomicUsize::new(0);

/// How many buffers have been created since the program started.
pub fn buffers_created() -> usize {
    CREATED.load(Ordering::Relaxed)
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
        CREATED.fetch_add(1, Ordering::Relaxed);
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
        unsafe { *self.ptr.add(index) = value };
        true
    }

    /// Reads the byte at `index` without checking it.
    ///
    /// # Safety
    /// `index` must be less than `self.len()`.
    pub unsafe fn get_unchecked(&self, index: usize) -> u8 {
        unsafe { *self.ptr.add(index) }
    }

    /// The sum of all bytes.
    pub fn checksum(&self) -> u64 {
        (0..self.len)
            .map(|index| u64::from(unsafe { self.get_unchecked(index) }))
            .sum()
    }
}

impl Drop for ByteBuf {
    fn drop(&mut self) {
        let slice = ptr::slice_from_raw_parts_mut(self.ptr, self.len);
        drop(unsafe { Box::from_raw(slice) });
    }
}

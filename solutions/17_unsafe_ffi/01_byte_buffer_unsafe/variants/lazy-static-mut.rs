// variant: keeps the static mut and wraps its uses in unsafe blocks
// expect: tests

use std::ptr;

// PREDICT: E0133 line 35

static mut CREATED: usize = 0;

/// How many buffers have been created since the program started.
pub fn buffers_created() -> usize {
    // SAFETY: only ever incremented.
    unsafe { CREATED }
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
        // SAFETY: a counter; a lost increment harms nobody (wrong).
        unsafe { CREATED += 1 };
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
        (0..self.len)
            // SAFETY: `index` runs over `0..len`, which is the contract of
            // `get_unchecked`.
            .map(|index| u64::from(unsafe { self.get_unchecked(index) }))
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

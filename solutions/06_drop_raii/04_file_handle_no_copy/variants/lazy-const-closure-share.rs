// variant: a share method whose handle is built by a closure in a top-level const
// expect: tests
//! # A file handle that closes itself
//!
//! `FdTable` simulates the operating system's table of open file
//! descriptors: it hands out numbers, records what is written to each, and
//! records every close. Closing a descriptor that is not open is an error
//! the table records as `"EBADF <fd>"`, like the real system call.
//!
//! A `FileHandle` owns one descriptor and closes it when dropped. Its author
//! also wanted handles to be as easy to pass around as integers and made
//! them `Copy`; it does not compile.
//!
//! Task: make it compile and pass the tests. A descriptor has exactly one
//! owner, so it is closed exactly once: a handle can be neither copied nor
//! cloned (the must-fail cases check both). `duplicate` asks the table for a
//! second descriptor to the same file, like `dup(2)`; the new handle owns
//! it. Keep the method names. Only `FdTable::open` builds a handle, with a
//! descriptor of its own, so no other method or trait impl can hand out a
//! second owner of one (a test reads the code).
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// The simulated table of open descriptors.
#[derive(Default)]
pub struct FdTable {
    next: Cell<u32>,
    /// Open descriptors and the path of the file each refers to.
    open: RefCell<BTreeMap<u32, String>>,
    /// `"write 3 hello"`, `"close 3"`, `"EBADF 3"`...
    log: RefCell<Vec<String>>,
}

impl FdTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn open(&self, path: &str) -> FileHandle<'_> {
        let fd = self.next.get() + 3;
        self.next.set(self.next.get() + 1);
        self.open.borrow_mut().insert(fd, path.to_string());
        FileHandle { table: self, fd }
    }

    /// How many descriptors are open right now.
    pub fn open_count(&self) -> usize {
        self.open.borrow().len()
    }

    pub fn log(&self) -> Vec<String> {
        self.log.borrow().clone()
    }

    /// The path an open descriptor refers to.
    pub fn path_of(&self, fd: u32) -> Option<String> {
        self.open.borrow().get(&fd).cloned()
    }

    fn write(&self, fd: u32, line: &str) {
        self.log.borrow_mut().push(format!("write {fd} {line}"));
    }

    fn close(&self, fd: u32) {
        let entry = match self.open.borrow_mut().remove(&fd) {
            Some(_) => format!("close {fd}"),
            None => format!("EBADF {fd}"),
        };
        self.log.borrow_mut().push(entry);
    }
}
/// Builds a handle around a descriptor number.
const WRAP: for<'a> fn(&'a FdTable, u32) -> FileHandle<'a> = |table, fd| FileHandle { table, fd };

pub struct FileHandle<'t> {
    table: &'t FdTable,
    fd: u32,
}

impl<'t> FileHandle<'t> {
    pub fn fd(&self) -> u32 {
        self.fd
    }

    pub fn write_line(&self, line: &str) {
        self.table.write(self.fd, line);
    }

    /// A new handle, with a descriptor of its own, to the same file.
    pub fn duplicate(&self) -> FileHandle<'t> {
        let path = self
            .table
            .path_of(self.fd)
            .expect("a live handle's descriptor is open");
        self.table.open(&path)
    }
}

impl<'t> FileHandle<'t> {
    /// Another handle on the same descriptor, cheap as an integer.
    pub fn share(&self) -> FileHandle<'t> {
        WRAP(self.table, self.fd)
    }
}

impl Drop for FileHandle<'_> {
    fn drop(&mut self) {
        self.table.close(self.fd);
    }
}

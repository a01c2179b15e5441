use drop_raii_04_file_handle_no_copy::{FdTable, FileHandle};

fn no_bad_closes(table: &FdTable) {
    let log = table.log();
    assert!(
        log.iter().all(|entry| !entry.starts_with("EBADF")),
        "a descriptor was closed twice: {log:?}"
    );
}

#[test]
fn a_handle_closes_its_descriptor_when_dropped() {
    let table = FdTable::new();
    {
        let handle = table.open("a.txt");
        assert_eq!(table.open_count(), 1);
        assert_eq!(table.path_of(handle.fd()).as_deref(), Some("a.txt"));
    }
    assert_eq!(table.open_count(), 0);
    assert_eq!(table.log(), ["close 3"]);
}

#[test]
fn a_handle_can_be_written_to_many_times() {
    let table = FdTable::new();
    let handle = table.open("a.txt");
    handle.write_line("one");
    handle.write_line("two");
    assert_eq!(handle.fd(), 3);
    drop(handle);
    assert_eq!(table.log(), ["write 3 one", "write 3 two", "close 3"]);
}

#[test]
fn handles_in_one_scope_close_in_reverse_order() {
    let table = FdTable::new();
    {
        let _first = table.open("a.txt");
        let _second = table.open("b.txt");
    }
    assert_eq!(table.log(), ["close 4", "close 3"]);
}

#[test]
fn a_duplicate_owns_its_own_descriptor_to_the_same_file() {
    let table = FdTable::new();
    let original = table.open("a.txt");
    let copy = original.duplicate();
    assert_ne!(copy.fd(), original.fd(), "dup gives a new descriptor");
    assert_eq!(table.path_of(copy.fd()).as_deref(), Some("a.txt"));
    assert_eq!(table.open_count(), 2);
    drop(original);
    assert_eq!(table.open_count(), 1, "the duplicate stays open");
    copy.write_line("still here");
    drop(copy);
    assert_eq!(table.open_count(), 0);
    assert_eq!(table.log(), ["close 3", "write 4 still here", "close 4"]);
    no_bad_closes(&table);
}

#[test]
fn a_handle_moved_into_a_function_is_closed_there() {
    fn finish(handle: FileHandle<'_>) {
        handle.write_line("bye");
    }
    let table = FdTable::new();
    let handle = table.open("a.txt");
    finish(handle);
    assert_eq!(table.open_count(), 0);
    assert_eq!(table.log(), ["write 3 bye", "close 3"]);
}

#[test]
fn many_handles_are_each_closed_exactly_once() {
    let table = FdTable::new();
    let handles: Vec<FileHandle<'_>> = (0..100).map(|_| table.open("log.txt")).collect();
    let duplicates: Vec<FileHandle<'_>> = handles.iter().map(|h| h.duplicate()).collect();
    assert_eq!(table.open_count(), 200);
    drop(handles);
    drop(duplicates);
    assert_eq!(table.open_count(), 0);
    assert_eq!(table.log().len(), 200);
    no_bad_closes(&table);
}

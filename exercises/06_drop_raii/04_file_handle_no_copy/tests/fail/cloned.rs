// A handle cannot be cloned: a clone would close the same descriptor a
// second time. `duplicate` is the way to get a second, separate descriptor.
use drop_raii_04_file_handle_no_copy::FdTable;

fn main() {
    let table = FdTable::new();
    let handle = table.open("notes.txt");
    let second = handle.clone(); //~ ERROR E0599
    drop((handle, second));
}

// Assigning a handle moves it: the old name cannot be used any more, so
// only one owner will close the descriptor.
use drop_raii_04_file_handle_no_copy::FdTable;

fn main() {
    let table = FdTable::new();
    let handle = table.open("notes.txt");
    let again = handle;
    println!("{} {}", handle.fd(), again.fd()); //~ ERROR E0382
}

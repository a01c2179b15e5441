// A guard is moved, never duplicated: two copies would restore the mode twice.
use drop_raii_01_terminal_mode_guard::{Mode, Terminal};

fn main() {
    let mut terminal = Terminal::new();
    let guard = terminal.enter(Mode::Raw);
    let again = guard;
    drop(guard); //~ ERROR E0382
    drop(again);
}

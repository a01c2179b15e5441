// A job capturing an `Rc` must be refused: the count is not atomic, and the
// caller keeps a clone of it on its own thread.
use std::rc::Rc;
use threads_04_spawn_job_bounds::spawn_job;

fn main() {
    let shared = Rc::new(41);
    let mine = Rc::clone(&shared);
    let handle = spawn_job(move || *shared + 1); //~ ERROR E0277
    println!("{mine} {:?}", handle.join().is_ok());
}

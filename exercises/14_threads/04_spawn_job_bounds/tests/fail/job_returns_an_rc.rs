// The result travels back to the joining thread, so it must be `Send` too.
use std::rc::Rc;
use threads_04_spawn_job_bounds::spawn_job;

fn main() {
    let handle = spawn_job(|| Rc::new(String::from("made on the worker"))); //~ ERROR E0277
    let _ = handle.join();
}

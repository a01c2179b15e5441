// `move` does not help when what is moved is itself a borrow: the reference
// would still point into this frame after it returns.
use threads_04_spawn_job_bounds::{JobHandle, spawn_job};

fn start() -> JobHandle<usize> {
    let names = vec![String::from("ada"), String::from("grace")];
    let borrowed = &names; //~ ERROR E0597
    spawn_job(move || borrowed.len())
}

fn main() {
    let _ = start().join();
}

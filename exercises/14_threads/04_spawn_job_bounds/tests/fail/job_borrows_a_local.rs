// A job may outlive the function that started it, so it must not borrow the
// caller's locals.
use threads_04_spawn_job_bounds::{JobHandle, spawn_job};

fn start() -> JobHandle<u64> {
    let totals = vec![1_u64, 2, 3];
    spawn_job(|| totals.iter().sum()) //~ ERROR E0373
}

fn main() {
    let _ = start().join();
}

// Jobs that own what they capture, or share it through an `Arc`, are fine.
use std::sync::Arc;
use threads_04_spawn_job_bounds::spawn_job;

fn main() {
    let words = vec![String::from("send"), String::from("sync")];
    let owned = spawn_job(move || words.join("+"));

    let shared = Arc::new(vec![1_u64, 2, 3]);
    let mine = Arc::clone(&shared);
    let summed = spawn_job(move || shared.iter().sum::<u64>());

    assert_eq!(owned.join().ok().as_deref(), Some("send+sync"));
    assert_eq!(summed.join().ok(), Some(6));
    assert_eq!(mine.len(), 3);
}

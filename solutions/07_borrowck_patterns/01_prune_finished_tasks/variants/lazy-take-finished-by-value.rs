// variant: takes the board by value and returns both lists
// expect: keep:signatures, E0277, E0308
//! # Predict: removing items from a list while walking it
//!
//! A to-do board keeps its tasks in a `Vec<Task>`. `take_finished` moves every
//! finished task out of the board and returns them; the unfinished ones stay
//! on the board. Both lists keep the original relative order of their tasks.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests. `Task` is deliberately not
//! `Clone` (a must-fail case checks it): move the tasks, do not copy them (a
//! test checks that each title keeps its buffer). Keep the signature.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! `board.iter()` holds a shared borrow of the vector for the whole loop, and
//! `board.remove` needs it mutably: E0502. The rule prevents iterator
//! invalidation: `remove` shifts every later task one slot left (and a push
//! could reallocate the buffer), so the iterator would skip a task or read
//! freed memory. Taking the vector out and splitting it with `partition`
//! moves each task exactly once, in a single pass.

/// One entry on the board. Not `Clone`: a task exists once.
#[derive(Debug, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub done: bool,
}

impl Task {
    pub fn new(title: &str, done: bool) -> Self {
        Self {
            title: title.to_string(),
            done,
        }
    }
}

// PREDICT: E0502 line 43

pub fn take_finished(board: Vec<Task>) -> (Vec<Task>, Vec<Task>) {
    let (finished, open) = std::mem::take(board)
        .into_iter()
        .partition(|task| task.done);
    *board = open;
    finished
}

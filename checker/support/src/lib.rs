//! What the exercises' tests share. Learners read it like the tests
//! themselves: every check an exercise makes with it is written here once,
//! in plain Rust.
//!
//! - [`inputs`]: the inputs slips hide in (Unicode whitespace, characters
//!   whose case mapping changes length, non-ASCII digits, integer extremes,
//!   duplicates and ties), as lists and as generators.
//! - [`check`] (feature `check`): the code under test against an obviously
//!   correct oracle, over generated inputs, with a fixed seed; a failure
//!   names the smallest input that shows it.
//! - [`alloc`]: a counting allocator: blocks, bytes, reallocations and
//!   frees, per thread or for the whole process, and a leak check.
//! - [`threads`]: concurrency observed, not described: a rendezvous that
//!   fails unless N parties are inside at once, and a log of which thread
//!   did what.
//! - [`tasks`] (feature `tasks`): how many tokio tasks are alive, whatever
//!   API spawned them.
//! - [`shape`] (feature `shape`): the code's shape where no lint can judge
//!   it, refusing what would hide it (macros, renamed imports, aliases).

pub mod alloc;
#[cfg(feature = "check")]
pub mod check;
/// The generator library behind [`check`], for inputs of a test's own shape.
#[cfg(feature = "check")]
pub use proptest;
pub mod inputs;
#[cfg(feature = "shape")]
pub mod shape;
#[cfg(feature = "tasks")]
pub mod tasks;
pub mod threads;

// A task exists once: `Task` is not `Clone`, so tasks are moved between the
// lists, never copied into them.
use borrowck_patterns_01_prune_finished_tasks::Task;

fn duplicate<T: Clone>(value: &T) -> T {
    value.clone()
}

fn main() {
    let task = Task::new("write the report", true);
    let copy = duplicate(&task); //~ ERROR E0277
    drop((task, copy));
}

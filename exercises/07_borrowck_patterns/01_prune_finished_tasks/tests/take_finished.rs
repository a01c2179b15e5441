use borrowck_patterns_01_prune_finished_tasks::{Task, take_finished};

fn board(tasks: &[(&str, bool)]) -> Vec<Task> {
    tasks
        .iter()
        .map(|&(title, done)| Task::new(title, done))
        .collect()
}

fn titles(tasks: &[Task]) -> Vec<&str> {
    tasks.iter().map(|task| task.title.as_str()).collect()
}

#[test]
fn finished_tasks_leave_the_board_in_order() {
    let mut tasks = board(&[("a", false), ("b", true), ("c", false), ("d", true)]);
    let finished = take_finished(&mut tasks);
    assert_eq!(titles(&finished), ["b", "d"]);
    assert_eq!(titles(&tasks), ["a", "c"]);
}

#[test]
fn neighbouring_finished_tasks_are_all_taken() {
    // Removing by index inside a loop shifts the next task into the slot
    // just checked, so one of two neighbours would be skipped.
    let mut tasks = board(&[
        ("a", true),
        ("b", true),
        ("c", false),
        ("d", true),
        ("e", true),
    ]);
    let finished = take_finished(&mut tasks);
    assert_eq!(titles(&finished), ["a", "b", "d", "e"]);
    assert_eq!(titles(&tasks), ["c"]);
}

#[test]
fn a_board_with_only_finished_tasks_ends_empty() {
    let mut tasks = board(&[("a", true), ("b", true), ("c", true)]);
    let finished = take_finished(&mut tasks);
    assert_eq!(titles(&finished), ["a", "b", "c"]);
    assert!(tasks.is_empty());
}

#[test]
fn a_board_without_finished_tasks_is_untouched() {
    let mut tasks = board(&[("a", false), ("b", false)]);
    let finished = take_finished(&mut tasks);
    assert!(finished.is_empty());
    assert_eq!(tasks, board(&[("a", false), ("b", false)]));
}

#[test]
fn an_empty_board_gives_nothing() {
    let mut tasks = Vec::new();
    assert!(take_finished(&mut tasks).is_empty());
    assert!(tasks.is_empty());
}

#[test]
fn the_tasks_keep_their_fields() {
    let mut tasks = board(&[("écrire", true), ("lire", false)]);
    let finished = take_finished(&mut tasks);
    assert_eq!(finished, [Task::new("écrire", true)]);
    assert_eq!(tasks, [Task::new("lire", false)]);
}

#[test]
fn the_tasks_are_moved_not_copied() {
    // A moved task keeps its title's heap buffer; a copy would have a new one.
    let mut tasks = board(&[("a", true), ("b", false), ("c", true), ("d", false)]);
    let buffers: Vec<(String, *const u8)> = tasks
        .iter()
        .map(|task| (task.title.clone(), task.title.as_ptr()))
        .collect();
    let finished = take_finished(&mut tasks);
    for task in finished.iter().chain(&tasks) {
        let (_, original) = buffers
            .iter()
            .find(|(title, _)| *title == task.title)
            .expect("every task comes from the board");
        assert!(
            std::ptr::eq(task.title.as_ptr(), *original),
            "task {:?} was copied, not moved",
            task.title
        );
    }
}

#[test]
fn a_long_board_is_split_correctly() {
    let mut tasks: Vec<Task> = (0..10_000)
        .map(|n| Task::new(&n.to_string(), n % 3 == 0))
        .collect();
    let finished = take_finished(&mut tasks);
    assert_eq!(finished.len(), 3_334);
    assert_eq!(tasks.len(), 6_666);
    assert!(finished.iter().all(|task| task.done));
    assert!(tasks.iter().all(|task| !task.done));
    assert_eq!(finished[1].title, "3");
    assert_eq!(tasks[0].title, "1");
}

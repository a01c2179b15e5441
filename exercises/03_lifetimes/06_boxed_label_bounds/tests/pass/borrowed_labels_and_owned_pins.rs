// `boxed_label` accepts borrows of local strings; `Board` has no lifetime
// parameter and accepts `String`s built at run time.
use lifetimes_06_boxed_label_bounds::{Board, boxed_label};

// Long-lived state names `Board` without any lifetime.
struct AppState {
    board: Board,
}

fn main() {
    let name = String::from("Ada");
    let labels = vec![
        boxed_label(&name),
        boxed_label(name.as_str()),
        boxed_label(42),
    ];
    let shown: Vec<String> = labels.iter().map(|label| label.to_string()).collect();
    assert_eq!(shown, ["Ada", "Ada", "42"]);

    let mut state = AppState {
        board: Board::new(),
    };
    for build in 1..=2 {
        // Made at run time and freed with the board: `'static` is about
        // owning, not about living forever.
        state.board.pin(format!("build #{build}"));
    }
    state.board.pin("release");
    assert_eq!(state.board.render(), "build #1 | build #2 | release");
}

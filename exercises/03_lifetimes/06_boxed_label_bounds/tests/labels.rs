use lifetimes_06_boxed_label_bounds::{Board, boxed_label};

#[test]
fn a_boxed_label_displays_like_its_value() {
    assert_eq!(boxed_label(42).to_string(), "42");
    assert_eq!(boxed_label("v1.2").to_string(), "v1.2");
    assert_eq!(boxed_label(String::from("Émile")).to_string(), "Émile");
}

#[test]
fn labels_of_different_types_share_one_list() {
    let name = String::from("Ada");
    let labels = [boxed_label(&name), boxed_label(7_u8), boxed_label('✓')];
    let shown: Vec<String> = labels.iter().map(|label| label.to_string()).collect();
    assert_eq!(shown, ["Ada", "7", "✓"]);
}

#[test]
fn a_new_board_is_empty() {
    let board = Board::new();
    assert!(board.is_empty());
    assert_eq!(board.len(), 0);
    assert_eq!(board.render(), "");
}

#[test]
fn a_board_renders_its_labels_in_pinning_order() {
    let mut board = Board::new();
    board.pin("release");
    board.pin(3);
    board.pin(String::from("on call: Grace"));
    assert_eq!(board.len(), 3);
    assert_eq!(board.render(), "release | 3 | on call: Grace");
}

#[test]
fn empty_labels_keep_their_place() {
    let mut board = Board::new();
    board.pin("a");
    board.pin("");
    board.pin(String::new());
    board.pin("b");
    assert_eq!(board.len(), 4);
    assert_eq!(
        board.render(),
        "a |  |  | b",
        "an empty label is still a label"
    );
    let mut only_empty = Board::new();
    only_empty.pin("");
    assert_eq!(only_empty.render(), "");
    only_empty.pin("");
    assert_eq!(only_empty.render(), " | ");
}

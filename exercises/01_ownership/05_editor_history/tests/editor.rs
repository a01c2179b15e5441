use ownership_05_editor_history::Editor;

#[test]
fn set_text_and_undo_walk_back_through_versions() {
    let mut editor = Editor::new("one");
    editor.set_text("two".to_string());
    editor.set_text("three".to_string());
    assert_eq!(editor.text(), "three");
    assert!(editor.undo());
    assert_eq!(editor.text(), "two");
    assert!(editor.undo());
    assert_eq!(editor.text(), "one");
    assert!(!editor.undo(), "there is nothing before the first version");
    assert_eq!(editor.text(), "one");
}

#[test]
fn undo_gives_back_the_very_buffer_that_was_replaced() {
    let mut editor = Editor::new("first draft");
    let buffer = editor.text().as_ptr();
    editor.set_text("second draft".to_string());
    assert!(editor.undo());
    assert_eq!(
        editor.text().as_ptr(),
        buffer,
        "the old version was copied into the history instead of moved"
    );
}

#[test]
fn cut_empties_the_text_without_touching_the_history() {
    let mut editor = Editor::new("keep");
    editor.set_text("cut me".to_string());
    editor.cut();
    assert_eq!(editor.text(), "");
    assert!(editor.undo());
    assert_eq!(editor.text(), "keep", "cutting is not an undo step");
}

#[test]
fn take_clipboard_hands_over_the_cut_buffer_and_empties_it() {
    let mut editor = Editor::new("héllo wörld");
    let buffer = editor.text().as_ptr();
    editor.cut();
    let clip = editor.take_clipboard();
    assert_eq!(clip.as_deref(), Some("héllo wörld"));
    assert_eq!(
        clip.map(|text| text.as_ptr()),
        Some(buffer),
        "the text was copied on its way to the caller"
    );
    assert_eq!(editor.take_clipboard(), None);
    assert!(!editor.paste(), "the clipboard is empty now");
}

#[test]
fn paste_appends_and_keeps_the_clipboard() {
    let mut editor = Editor::new("ab");
    editor.cut();
    editor.set_text("x".to_string());
    assert!(editor.paste());
    assert_eq!(editor.text(), "xab");
    assert!(editor.paste(), "pasting must not empty the clipboard");
    assert_eq!(editor.text(), "xabab");
    assert!(editor.undo());
    assert_eq!(editor.text(), "xab");
    assert_eq!(editor.take_clipboard().as_deref(), Some("ab"));
}

#[test]
fn paste_with_an_empty_clipboard_changes_nothing() {
    let mut editor = Editor::new("text");
    assert!(!editor.paste());
    assert_eq!(editor.text(), "text");
    assert!(!editor.undo(), "a failed paste must not record a version");
}

#[test]
fn an_empty_editor_works() {
    let mut editor = Editor::new("");
    editor.cut();
    assert_eq!(editor.take_clipboard().as_deref(), Some(""));
    assert!(!editor.undo());
}

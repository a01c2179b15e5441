use ownership_06_editor_history::Editor;

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

/// A string with spare room: a clone would have capacity == length, so the
/// capacity tells the original buffer from a copy even if the allocator
/// hands a freed address out again.
fn roomy(text: &str) -> String {
    let mut buffer = String::with_capacity(100);
    buffer.push_str(text);
    buffer
}

#[test]
fn undo_gives_back_the_very_buffer_that_was_replaced() {
    let mut editor = Editor::new("");
    editor.set_text(roomy("first draft"));
    let buffer = editor.text().as_ptr();
    editor.set_text("second draft".to_string());
    assert!(editor.undo());
    assert_eq!(editor.text(), "first draft");
    let mut undone = Editor::new("");
    std::mem::swap(&mut undone, &mut editor);
    undone.cut();
    let text = undone.take_clipboard().unwrap_or_default();
    assert!(
        text.as_ptr() == buffer && text.capacity() == 100,
        "the restored version is not the original buffer: copied into the history, or by cut or take_clipboard"
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
    let mut editor = Editor::new("");
    editor.set_text(roomy("héllo wörld"));
    let buffer = editor.text().as_ptr();
    editor.cut();
    let clip = editor.take_clipboard();
    assert_eq!(clip.as_deref(), Some("héllo wörld"));
    assert_eq!(
        clip.map(|text| (text.as_ptr(), text.capacity())),
        Some((buffer, 100)),
        "the text was copied on its way to the clipboard or to the caller"
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

#[test]
fn history_lines_lists_earlier_versions_oldest_first() {
    let mut editor = Editor::new("one");
    assert_eq!(editor.history_lines(), "");
    editor.set_text("two".to_string());
    editor.set_text("three".to_string());
    assert_eq!(editor.history_lines(), "0: one\n1: two\n");
    assert_eq!(editor.text(), "three");
    assert_eq!(
        editor.history_lines(),
        "0: one\n1: two\n",
        "listing must not change the history"
    );
    assert!(editor.undo());
    assert_eq!(editor.history_lines(), "0: one\n");
}

#[test]
fn setting_the_same_text_is_a_version_too() {
    // Every call records the old version, even one equal to the new text.
    let mut editor = Editor::new("same");
    editor.set_text("same".to_string());
    editor.set_text("same".to_string());
    assert_eq!(editor.history_lines(), "0: same\n1: same\n");
    assert!(editor.undo());
    assert!(editor.undo());
    assert!(!editor.undo(), "two calls to set_text, two undo steps");
}

#[test]
fn a_second_cut_replaces_the_clipboard() {
    let mut editor = Editor::new("first");
    editor.cut();
    editor.set_text("second".to_string());
    editor.cut();
    assert_eq!(editor.text(), "");
    assert_eq!(
        editor.take_clipboard().as_deref(),
        Some("second"),
        "the clipboard holds what was cut last, not everything ever cut"
    );
}

#[test]
fn a_cut_empty_text_is_something_to_paste() {
    // The clipboard is empty only when it holds nothing (`take_clipboard`
    // would return `None`); an empty text that was cut is on it.
    let mut editor = Editor::new("");
    editor.cut();
    editor.set_text("x".to_string());
    assert!(
        editor.paste(),
        "the clipboard holds the empty text that was cut"
    );
    assert_eq!(editor.text(), "x");
    assert_eq!(
        editor.history_lines(),
        "0: \n1: x\n",
        "a paste records a version"
    );
    assert_eq!(editor.take_clipboard().as_deref(), Some(""));
}

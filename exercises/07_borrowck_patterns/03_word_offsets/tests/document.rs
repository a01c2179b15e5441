use borrowck_patterns_03_word_offsets::Document;

#[test]
fn indexes_the_words_in_order() {
    let doc = Document::new("the quick  brown\tfox\n");
    assert_eq!(doc.word_count(), 4);
    assert_eq!(
        doc.words().collect::<Vec<_>>(),
        ["the", "quick", "brown", "fox"]
    );
    assert_eq!(doc.word(0), Some("the"));
    assert_eq!(doc.word(3), Some("fox"));
    assert_eq!(doc.word(4), None);
}

#[test]
fn keeps_the_text_as_given() {
    let doc = Document::new(String::from("  spaced   out  "));
    assert_eq!(doc.text(), "  spaced   out  ");
    assert_eq!(doc.words().collect::<Vec<_>>(), ["spaced", "out"]);
}

#[test]
fn an_empty_or_blank_text_has_no_words() {
    for text in ["", "   ", "\n\t\n"] {
        let doc = Document::new(text);
        assert_eq!(doc.word_count(), 0, "text {text:?}");
        assert_eq!(doc.word(0), None);
        assert_eq!(doc.words().count(), 0);
    }
}

#[test]
fn words_are_found_by_characters_not_bytes() {
    // Multi-byte letters, and U+3000 (ideographic space) is whitespace too.
    let doc = Document::new("naïve café\u{3000}日本語 x");
    assert_eq!(
        doc.words().collect::<Vec<_>>(),
        ["naïve", "café", "日本語", "x"]
    );
}

#[test]
fn every_kind_of_whitespace_separates_words() {
    // No-break space, em space, next line, line separator, vertical tab.
    let doc = Document::new("a\u{A0}b\u{2003}c\u{85}d\u{2028}e\u{0B}f");
    assert_eq!(
        doc.words().collect::<Vec<_>>(),
        ["a", "b", "c", "d", "e", "f"]
    );
    assert_eq!(doc.word(5), Some("f"));
}

#[test]
fn appended_words_beyond_ascii_are_indexed_whole() {
    let mut doc = Document::new("Σοφία\u{3000}");
    doc.append("\u{A0}🦀 crème\tbrûlée");
    assert_eq!(
        doc.words().collect::<Vec<_>>(),
        ["Σοφία", "🦀", "crème", "brûlée"]
    );
    assert_eq!(doc.word(3), Some("brûlée"));
}

#[test]
fn appended_text_extends_the_index() {
    let mut doc = Document::new("first line");
    doc.append("second  line here");
    assert_eq!(doc.text(), "first line\nsecond  line here");
    assert_eq!(
        doc.words().collect::<Vec<_>>(),
        ["first", "line", "second", "line", "here"]
    );
    assert_eq!(doc.word(2), Some("second"));
}

#[test]
fn appending_to_an_empty_document_works() {
    let mut doc = Document::new("");
    doc.append("");
    assert_eq!(doc.word_count(), 0);
    doc.append("word");
    assert_eq!(doc.words().collect::<Vec<_>>(), ["word"]);
    assert_eq!(doc.text(), "\n\nword");
}

#[test]
fn the_index_survives_many_reallocations() {
    // Growing the text moves its bytes to new buffers many times over.
    let mut doc = Document::new("start");
    for n in 0..2_000 {
        doc.append(&format!("w{n}"));
    }
    assert_eq!(doc.word_count(), 2_001);
    assert_eq!(doc.word(0), Some("start"));
    assert_eq!(doc.word(1_000), Some("w999"));
    assert_eq!(doc.words().last(), Some("w1999"));
}

#[test]
fn a_document_can_be_moved_and_still_answers() {
    let doc = Document::new("moved around");
    let mut docs = Vec::with_capacity(1);
    docs.push(doc);
    // Force the Vec to move its elements to a bigger buffer.
    docs.reserve(1_000);
    assert_eq!(docs[0].word(1), Some("around"));
}

#[test]
fn a_text_beyond_64_kib_is_indexed_whole() {
    // Offsets past 65 535 and a word longer than that: no narrow integer
    // holds them.
    let start: String = (0..20_000).map(|n| format!("word{n} ")).collect();
    let long = "ж".repeat(40_000);
    let mut doc = Document::new(start.clone());
    doc.append(&long);
    doc.append("end");
    let whole = format!("{start}\n{long}\nend");
    let expected: Vec<&str> = whole.split_whitespace().collect();
    assert_eq!(doc.word_count(), 20_002);
    assert_eq!(doc.word(19_999), Some("word19999"));
    assert_eq!(doc.word(20_000), Some(long.as_str()));
    assert!(doc.words().eq(expected.iter().copied()));
}

use std::borrow::Cow;

use strings_03_escape_html_cow::escape_html;

#[test]
fn clean_text_comes_back_borrowed() {
    let result = escape_html("just a plain comment");
    assert!(
        matches!(result, Cow::Borrowed(_)),
        "nothing to escape: the input must be returned borrowed, got {result:?}"
    );
    assert_eq!(result, "just a plain comment");
}

#[test]
fn clean_text_is_the_input_itself() {
    let comment = String::from("no markup here");
    let result = escape_html(&comment);
    let Cow::Borrowed(text) = result else {
        panic!("nothing to escape: expected a borrow, got {result:?}");
    };
    assert!(
        std::ptr::eq(text, comment.as_str()),
        "the borrow must be the input, not a copy of it"
    );
}

#[test]
fn empty_and_non_ascii_clean_text_is_borrowed() {
    assert!(matches!(escape_html(""), Cow::Borrowed("")));
    let result = escape_html("café ✓ naïve — ok");
    assert!(
        matches!(result, Cow::Borrowed(_)),
        "non-ASCII text needs no escaping, got {result:?}"
    );
}

#[test]
fn each_special_character_is_escaped() {
    for (input, expected) in [
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("\"", "&quot;"),
        ("'", "&#39;"),
    ] {
        let result = escape_html(input);
        assert!(
            matches!(result, Cow::Owned(_)),
            "{input:?} changes, so the result must be owned"
        );
        assert_eq!(result, expected);
    }
}

#[test]
fn a_mixed_comment_is_escaped_everywhere() {
    let result = escape_html(r#"<a href="x">Tom & Jerry's</a>"#);
    assert!(matches!(result, Cow::Owned(_)));
    assert_eq!(
        result,
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
    );
}

#[test]
fn text_around_the_escapes_is_kept_including_non_ascii() {
    assert_eq!(escape_html("crème < brûlée"), "crème &lt; brûlée");
    assert_eq!(escape_html("é&"), "é&amp;");
    assert_eq!(escape_html("&é"), "&amp;é");
}

#[test]
fn escapes_next_to_characters_of_every_width() {
    // Two, three and four bytes of UTF-8 right before and after each escape.
    assert_eq!(escape_html("日本<語>"), "日本&lt;語&gt;");
    assert_eq!(escape_html("🦀'🦀\"é"), "🦀&#39;🦀&quot;é");
    assert_eq!(escape_html("«a»&\u{A0}b"), "«a»&amp;\u{A0}b");
}

#[test]
fn a_comment_made_only_of_special_characters() {
    assert_eq!(escape_html("<>&\"'"), "&lt;&gt;&amp;&quot;&#39;");
    assert_eq!(escape_html("<<"), "&lt;&lt;");
}

#[test]
fn an_escaped_ampersand_is_escaped_again() {
    assert_eq!(escape_html("&amp;"), "&amp;amp;");
}

/// Obviously right, written another way: the escaped text, and whether it is
/// the input unchanged (then it must come back borrowed).
fn oracle(input: &str) -> (String, bool) {
    let mut escaped = String::new();
    for c in input.chars() {
        let entity = match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            '\'' => "&#39;".to_string(),
            other => other.to_string(),
        };
        escaped.push_str(&entity);
    }
    let borrowed = escaped == input;
    (escaped, borrowed)
}

#[test]
fn every_ascii_punctuation_anywhere_in_a_comment() {
    // Only the five characters change: a backtick, `=` or `/` is clean text,
    // and a special character in the middle of a long comment counts too.
    let corpus = (' '..='~')
        .filter(|c| c.is_ascii_punctuation())
        .flat_map(|p| {
            [
                format!("{p}"),
                format!("a{p}b"),
                format!("it{p}s a comment of some length, with more after{p}it"),
            ]
        })
        .chain(['«', '—', '…', '’'].map(|p| format!("a{p}b")));
    for input in corpus {
        let result = escape_html(&input);
        let borrowed = matches!(result, Cow::Borrowed(_));
        assert_eq!(
            (result.to_string(), borrowed),
            oracle(&input),
            "for {input:?} (expected: the escaped text, and whether it is borrowed)"
        );
    }
}

use coding_04_parallel_line_count::{count_matching_rayon, count_matching_threads};

#[test]
fn both_versions_agree_on_awkward_inputs() {
    let texts = [
        "",
        "\n",
        "\n\n",
        "no newline",
        "ends\n",
        "a\r\nb\r\n\r\n",
        "\r",
        "a\r",
        "a\rb\r\n",
        "a\r\r\n",
        "\r\r\n\r\r",
        "x\r\r\ny\r\r",
        "x\ny\n\nx\n\n\n",
        "日本\n語\n日",
    ];
    for text in texts {
        for needle in ["", "x", "\n", "\r", "日", "a\r"] {
            let expected = text.lines().filter(|line| line.contains(needle)).count();
            assert_eq!(
                count_matching_rayon(text, needle),
                expected,
                "rayon, {text:?} / {needle:?}"
            );
            for workers in [1, 3] {
                assert_eq!(
                    count_matching_threads(text, needle, workers),
                    expected,
                    "threads x{workers}, {text:?} / {needle:?}"
                );
            }
        }
    }
}

// If this test binary is stopped by the time limit, the caller is waiting
// for a message that can never come: some sender is still alive.
use coding_04_parallel_line_count::count_matching_threads;

#[test]
fn counts_lines_containing_the_needle() {
    let text = "error: disk full\ninfo: ok\nerror: retry\nwarning\n";
    assert_eq!(count_matching_threads(text, "error", 2), 2);
    assert_eq!(count_matching_threads(text, "fatal", 2), 0);
}

#[test]
fn an_empty_text_has_no_lines() {
    assert_eq!(count_matching_threads("", "x", 4), 0);
    assert_eq!(count_matching_threads("", "", 1), 0);
}

#[test]
fn line_rules_match_str_lines() {
    assert_eq!(count_matching_threads("a\nb", "b", 2), 1);
    assert_eq!(count_matching_threads("a\n", "", 2), 1);
    assert_eq!(count_matching_threads("one\r\ntwo\r\n", "\r", 2), 0);
}

#[test]
fn zero_workers_means_one() {
    assert_eq!(count_matching_threads("x\ny\nx\n", "x", 0), 2);
}

#[test]
fn more_workers_than_lines_is_fine() {
    assert_eq!(count_matching_threads("x\ny\nx", "x", 64), 2);
}

#[test]
fn the_answer_does_not_depend_on_the_number_of_workers() {
    let text: String = (0..1_000).map(|n| format!("line {n}\n")).collect();
    for workers in [1, 2, 3, 7, 8, 999, 1_000, 1_001] {
        assert_eq!(
            count_matching_threads(&text, "9", workers),
            271,
            "{workers} workers"
        );
    }
}

#[test]
fn a_huge_text_is_counted() {
    let text: String = (0..100_000)
        .map(|n| {
            if n % 7 == 0 {
                format!("{n} needle\n")
            } else {
                format!("{n} hay\n")
            }
        })
        .collect();
    assert_eq!(count_matching_threads(&text, "needle", 8), 14_286);
}

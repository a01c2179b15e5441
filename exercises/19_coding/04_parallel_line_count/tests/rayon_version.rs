use coding_04_parallel_line_count::count_matching_rayon;

#[test]
fn counts_lines_containing_the_needle() {
    let text = "error: disk full\ninfo: ok\nerror: retry\nwarning\n";
    assert_eq!(count_matching_rayon(text, "error"), 2);
    assert_eq!(count_matching_rayon(text, "ok"), 1);
    assert_eq!(count_matching_rayon(text, "fatal"), 0);
}

#[test]
fn an_empty_text_has_no_lines() {
    assert_eq!(count_matching_rayon("", "x"), 0);
    assert_eq!(count_matching_rayon("", ""), 0);
}

#[test]
fn the_last_line_needs_no_newline() {
    assert_eq!(count_matching_rayon("a\nb", "b"), 1);
}

#[test]
fn a_final_newline_does_not_start_another_line() {
    // The empty needle matches every line, so this counts lines.
    assert_eq!(count_matching_rayon("a\n", ""), 1);
    assert_eq!(count_matching_rayon("a\n\nb\n", ""), 3);
}

#[test]
fn windows_line_endings_are_not_part_of_the_line() {
    let text = "one\r\ntwo\r\n";
    assert_eq!(count_matching_rayon(text, ""), 2);
    assert_eq!(count_matching_rayon(text, "\r"), 0);
    assert_eq!(count_matching_rayon(text, "two"), 1);
}

#[test]
fn a_bare_carriage_return_that_ends_the_text_stays_in_the_line() {
    // `str::lines` drops a `\r` only when a `\n` follows it (since Rust
    // 1.77); rayon's `par_lines` also strips one at the very end.
    assert_eq!(count_matching_rayon("a\r", "\r"), 1);
    assert_eq!(count_matching_rayon("x\ny\r", "y\r"), 1);
    assert_eq!(count_matching_rayon("x\r\ny\r\n", "\r"), 0);
}

#[test]
fn needles_are_matched_as_text_not_bytes() {
    assert_eq!(count_matching_rayon("café\nthé\ntea\n", "é"), 2);
}

#[test]
fn a_huge_text_is_counted() {
    // 400_000 lines; every seventh mentions "needle".
    let text: String = (0..400_000)
        .map(|n| {
            if n % 7 == 0 {
                format!("{n} needle\n")
            } else {
                format!("{n} hay\n")
            }
        })
        .collect();
    assert_eq!(count_matching_rayon(&text, "needle"), 57_143);
    assert_eq!(count_matching_rayon(&text, ""), 400_000);
}

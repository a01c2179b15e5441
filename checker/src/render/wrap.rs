//! Wrapping styled text to a width, the one way every screen and printed
//! report does it: at word boundaries, by display width (a CJK character
//! takes two columns, a combining mark none), breaking only a word longer
//! than a whole row.

use unicode_width::UnicodeWidthChar;

use super::styled::{Line, Span};

/// Display columns of `text`.
pub fn text_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Tabs as spaces, other control characters dropped: the terminal must not
/// act on what a compiler or a test printed.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

pub fn wrap_all(lines: Vec<Line>, width: usize) -> Vec<Line> {
    lines.into_iter().flat_map(|l| wrap(l, width)).collect()
}

/// One character of a line, with the span it came from.
#[derive(Clone, Copy)]
struct Cell {
    c: char,
    width: usize,
    span: usize,
}

/// Breaks one styled line into rows of at most `width` columns, between
/// words where it can. The spaces a break replaces are dropped; a line's own
/// leading spaces (its indentation) stay.
pub fn wrap(spans: Line, width: usize) -> Vec<Line> {
    let width = width.max(1);
    let cells: Vec<Cell> = spans
        .iter()
        .enumerate()
        .flat_map(|(span, piece)| {
            clean(&piece.text)
                .chars()
                .collect::<Vec<_>>()
                .into_iter()
                .map(move |c| {
                    match c.width().unwrap_or(0) {
                        // A wide character on a one-column terminal: show that one is there.
                        w if w > width => Cell {
                            c: '?',
                            width: 1,
                            span,
                        },
                        w => Cell { c, width: w, span },
                    }
                })
        })
        .collect();

    let mut rows: Vec<Vec<Cell>> = vec![Vec::new()];
    let mut used = 0;
    for word in words(&cells) {
        let is_space = word[0].c == ' ';
        let word_width: usize = word.iter().map(|cell| cell.width).sum();
        if used + word_width <= width {
            // A continuation row does not start with the spaces of the break.
            if !(is_space && used == 0 && rows.len() > 1) {
                rows.last_mut().expect("a row").extend_from_slice(word);
                used += word_width;
            }
            continue;
        }
        if is_space {
            rows.push(Vec::new());
            used = 0;
            continue;
        }
        if word_width <= width {
            rows.push(word.to_vec());
            used = word_width;
            continue;
        }
        // Longer than a row: it starts a row of its own, broken where rows end.
        if used > 0 {
            rows.push(Vec::new());
            used = 0;
        }
        for &cell in word {
            if used + cell.width > width && used > 0 {
                rows.push(Vec::new());
                used = 0;
            }
            rows.last_mut().expect("a row").push(cell);
            used += cell.width;
        }
    }
    for row in &mut rows {
        while row.last().is_some_and(|cell| cell.c == ' ') && row.len() > 1 {
            row.pop();
        }
    }
    rows.into_iter().map(|row| styled(&spans, &row)).collect()
}

/// Runs of spaces and runs of everything else, in order.
fn words(cells: &[Cell]) -> impl Iterator<Item = &[Cell]> {
    cells.chunk_by(|a, b| (a.c == ' ') == (b.c == ' '))
}

/// The row's characters back into spans with their own styles and links.
fn styled(spans: &Line, row: &[Cell]) -> Line {
    row.chunk_by(|a, b| a.span == b.span)
        .map(|run| Span {
            text: run.iter().map(|cell| cell.c).collect(),
            ..spans[run[0].span].clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Style, span};

    fn rows(text: &str, width: usize) -> Vec<String> {
        wrap(vec![span(text, Style::PLAIN)], width)
            .iter()
            .map(|row| row.iter().map(|s| s.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn words_stay_whole_where_they_fit() {
        assert_eq!(
            rows("the lists them all and its changes.", 12),
            ["the lists", "them all and", "its changes."]
        );
        assert_eq!(rows("esc back  q quit", 8), ["esc back", "q quit"]);
    }

    #[test]
    fn only_a_word_longer_than_a_row_is_broken() {
        assert_eq!(rows("a necessarily", 5), ["a", "neces", "saril", "y"]);
    }

    #[test]
    fn indentation_stays_and_widths_are_display_columns() {
        assert_eq!(rows("    indented text", 12), ["    indented", "text"]);
        // Two columns each: three fit in six.
        assert_eq!(rows("漢字漢 字", 6), ["漢字漢", "字"]);
        for width in [1, 2, 3, 7] {
            for row in rows("error[E0382]: ünïcödé 漢字漢字 moved", width) {
                assert!(text_width(&row) <= width, "{row:?} wider than {width}");
            }
        }
    }

    #[test]
    fn styles_follow_their_characters_across_a_break() {
        let line = vec![
            span("failed: ", Style::BAD),
            span("leave_restores_the_mode", Style::ACCENT),
        ];
        let wrapped = wrap(line, 10);
        assert_eq!(wrapped[0][0].text, "failed:");
        assert_eq!(wrapped[0][0].style, Style::BAD);
        assert!(
            wrapped[1..]
                .iter()
                .flatten()
                .all(|s| s.style == Style::ACCENT)
        );
    }
}

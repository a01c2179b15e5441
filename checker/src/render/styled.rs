//! Styled text: lines of spans, each with a style that says what it is
//! (good, bad, a warning, a place to look) rather than how to paint it. The
//! watch screen draws these lines; every other output prints them as text,
//! painted only when colour is wanted.

use crossterm::style::{Attribute, Color, ContentStyle, Stylize};

/// What a piece of text is, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Plain,
    /// Less important: counts, keys, asides.
    Dim,
    Good,
    Bad,
    Warn,
    /// A place to look at: a file to edit, a path.
    Accent,
    /// The selected row of a list.
    Selected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub tone: Tone,
    pub bold: bool,
}

impl Style {
    pub const PLAIN: Style = Style::of(Tone::Plain);
    pub const BOLD: Style = Style::PLAIN.bold();
    pub const DIM: Style = Style::of(Tone::Dim);
    pub const GOOD: Style = Style::of(Tone::Good);
    pub const BAD: Style = Style::of(Tone::Bad);
    pub const WARN: Style = Style::of(Tone::Warn);
    pub const ACCENT: Style = Style::of(Tone::Accent);
    pub const SELECTED: Style = Style::of(Tone::Selected);

    pub const fn of(tone: Tone) -> Self {
        Self { tone, bold: false }
    }

    pub const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    /// The terminal's rendering: colours when `color`, else only what must
    /// show without them (the selection, in reverse video).
    pub fn terminal(self, color: bool) -> ContentStyle {
        let mut style = ContentStyle::new();
        if self.tone == Tone::Selected {
            style = style.attribute(Attribute::Reverse);
        }
        if !color {
            return style;
        }
        if self.bold {
            style = style.attribute(Attribute::Bold);
        }
        match self.tone {
            Tone::Plain | Tone::Selected => style,
            Tone::Dim => style.with(Color::DarkGrey),
            Tone::Good => style.with(Color::Green),
            Tone::Bad => style.with(Color::Red),
            Tone::Warn => style.with(Color::Yellow),
            Tone::Accent => style.with(Color::Cyan),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
    /// A terminal hyperlink target (a `file://` URL).
    pub link: Option<String>,
}

pub type Line = Vec<Span>;

pub fn span(text: impl Into<String>, style: Style) -> Span {
    Span {
        text: text.into(),
        style,
        link: None,
    }
}

/// A line of one span.
pub fn line(text: impl Into<String>, style: Style) -> Line {
    vec![span(text, style)]
}

/// Each line of `text` in one style.
pub fn lines(text: &str, style: Style) -> Vec<Line> {
    text.lines().map(|l| line(l, style)).collect()
}

/// The lines as text, one per line, painted when `color`.
pub fn text(lines: &[Line], color: bool) -> String {
    let mut out = String::new();
    for spans in lines {
        for piece in spans {
            if color && piece.style != Style::PLAIN {
                out.push_str(&piece.style.terminal(true).apply(&piece.text).to_string());
            } else {
                out.push_str(&piece.text);
            }
        }
        out.push('\n');
    }
    out
}

/// Prints the lines to stdout, painted when stdout wants colour.
/// Whether colour is wanted on stdout: a terminal that shows colours and
/// NO_COLOR unset, or CLICOLOR_FORCE set.
pub fn color_on_stdout() -> bool {
    use std::io::IsTerminal;
    if anstyle_query::no_color() {
        return false;
    }
    anstyle_query::clicolor_force()
        || (std::io::stdout().is_terminal() && anstyle_query::term_supports_color())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_painted_only_when_colour_is_wanted() {
        let shown = vec![vec![
            span("ok", Style::GOOD.bold()),
            span(" 3", Style::PLAIN),
        ]];
        assert_eq!(text(&shown, false), "ok 3\n");
        let painted = text(&shown, true);
        assert!(painted.contains("\x1b["), "{painted:?}");
        assert!(
            painted.contains("ok") && painted.ends_with(" 3\n"),
            "{painted:?}"
        );
    }
}

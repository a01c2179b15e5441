//! The terminal: raw mode and the alternate screen while watch runs, put
//! back on every way out (quit, Ctrl-C, a panic, SIGTERM), and the drawing
//! of laid-out lines.

use std::io::{self, Write};

use crossterm::style::{Attribute, Print, PrintStyledContent, SetAttribute};
use crossterm::terminal::{self, ClearType};
use crossterm::{cursor, execute, queue};

use crate::render::{Line, Span};

/// Holds the terminal in watch mode; dropping it restores the terminal.
pub struct Terminal {
    color: bool,
    links: bool,
}

impl Terminal {
    pub fn enter(color: bool) -> io::Result<Self> {
        // Made first: a failure half-way is undone when it drops.
        let screen = Self {
            color,
            links: links_supported(),
        };
        terminal::enable_raw_mode()?;
        execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
        Ok(screen)
    }

    pub fn size() -> (usize, usize) {
        terminal::size().map_or((80, 24), |(w, h)| (usize::from(w), usize::from(h)))
    }

    pub fn draw(&self, lines: &[Line]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        queue!(out, terminal::BeginSynchronizedUpdate)?;
        for (row, spans) in lines.iter().enumerate() {
            let row = u16::try_from(row).unwrap_or(u16::MAX);
            queue!(out, cursor::MoveTo(0, row))?;
            for piece in spans {
                self.print_span(&mut out, piece)?;
            }
            queue!(out, terminal::Clear(ClearType::UntilNewLine))?;
        }
        queue!(
            out,
            terminal::Clear(ClearType::FromCursorDown),
            terminal::EndSynchronizedUpdate
        )?;
        out.flush()
    }

    fn print_span(&self, out: &mut impl Write, piece: &Span) -> io::Result<()> {
        let style = piece.style.terminal(self.color);
        match piece.link.as_ref().filter(|_| self.links) {
            // OSC 8: terminals that know it make the text clickable.
            Some(url) => queue!(
                out,
                Print(format!("\x1b]8;;{url}\x1b\\")),
                PrintStyledContent(style.apply(piece.text.as_str())),
                Print("\x1b]8;;\x1b\\")
            )?,
            None => queue!(out, PrintStyledContent(style.apply(piece.text.as_str())))?,
        }
        queue!(out, SetAttribute(Attribute::Reset))
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen and raw mode; safe to call more than once.
pub fn restore() {
    let _ = execute!(
        io::stdout(),
        SetAttribute(Attribute::Reset),
        cursor::Show,
        terminal::LeaveAlternateScreen
    );
    let _ = terminal::disable_raw_mode();
}

/// Hyperlinks print as garbage on the Linux console and dumb terminals.
fn links_supported() -> bool {
    let term = std::env::var("TERM").unwrap_or_default();
    !(term == "dumb" || term == "linux" || std::env::var_os("CHECKER_NO_LINKS").is_some())
}

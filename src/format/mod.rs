//! Turning a letter into bytes: pure functions from `Letter` to text, one file a format.

mod eml;
mod json;
mod mailto;
pub mod pdf;
mod text;

pub use eml::eml;
pub use json::json;
pub use mailto::{MAILTO_SAFE_LENGTH, mailto};
pub use text::{Style, text};

use jiff::Timestamp;

use crate::error::{Error, Result};
use crate::letter::{Letter, Pieces};
use crate::request::{Format, Part};

/// What a format needs beyond the letter.
pub struct Options<'a> {
    pub format: Format,
    pub part: Part,
    pub style: Style,
    pub from: Option<(&'a str, &'a str)>,
    pub now: Timestamp,
}

/// The pieces of the letter that `format` and `part` print, so that no other template
/// is parsed; or a usage error for a part that the format cannot carry alone.
pub fn pieces(format: Format, part: Part) -> Result<Pieces> {
    let none = Pieces::NONE;
    Ok(match (format, part) {
        (Format::Text, Part::All) | (Format::Json, Part::All) => Pieces::ALL,
        (Format::Eml, Part::All) | (Format::Mailto, Part::All) => Pieces {
            subject: true,
            body: true,
            ..none
        },
        (Format::Text, Part::Subject) => Pieces {
            subject: true,
            ..none
        },
        (Format::Text, Part::Body) => Pieces { body: true, ..none },
        (Format::Text, Part::Phone) => Pieces {
            phone: true,
            ..none
        },
        (Format::Text, Part::Post) => Pieces { post: true, ..none },
        (Format::Text, Part::Recipients | Part::Addresses) => none,
        (other, _) => {
            return Err(Error::usage(format!(
                "--format {} always carries the whole letter: leave out --part, or use --format text",
                format_name(other)
            )));
        }
    })
}

/// The letter as the bytes of `options.format`.
pub fn render(letter: &Letter, options: &Options) -> Result<String> {
    pieces(options.format, options.part)?;
    Ok(match options.format {
        Format::Text => text(letter, options.part, options.style),
        Format::Eml => eml(letter, options.from, options.now)?,
        Format::Mailto => mailto(letter) + "\n",
        Format::Json => json(letter),
    })
}

/// The text of a piece of the letter. `pieces` makes sure that every piece a format prints
/// was composed.
fn composed(piece: &Option<String>) -> &str {
    piece.as_deref().unwrap_or_default()
}

pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Eml => "eml",
        Format::Mailto => "mailto",
        Format::Json => "json",
    }
}

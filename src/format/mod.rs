//! Turning a letter into bytes: pure functions from `Letter` to text, one file a format.

mod eml;
mod json;
mod mailto;
mod text;

pub use eml::eml;
pub use json::json;
pub use mailto::{MAILTO_SAFE_LENGTH, mailto};
pub use text::{Style, text};

use jiff::Timestamp;

use crate::error::{Error, Result};
use crate::letter::Letter;
use crate::request::{Format, Part};

/// What a format needs beyond the letter.
pub struct Options<'a> {
    pub format: Format,
    pub part: Part,
    pub style: Style,
    pub from: Option<(&'a str, &'a str)>,
    pub now: Timestamp,
}

/// The letter as the bytes of `options.format`.
pub fn render(letter: &Letter, options: &Options) -> Result<String> {
    if options.format != Format::Text && options.part != Part::All {
        return Err(Error::usage(format!(
            "--format {} always carries the whole letter: leave out --part, or use --format text",
            format_name(options.format)
        )));
    }
    Ok(match options.format {
        Format::Text => text(letter, options.part, options.style),
        Format::Eml => eml(letter, options.from, options.now)?,
        Format::Mailto => mailto(letter) + "\n",
        Format::Json => json(letter),
    })
}

pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Eml => "eml",
        Format::Mailto => "mailto",
        Format::Json => "json",
    }
}

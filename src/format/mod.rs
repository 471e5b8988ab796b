//! Turning a letter into bytes: pure functions from `Letter` to text, one file a format,
//! and the printable letters as a PDF (`pdf`). Also the formats as the command line
//! names them, and which pieces of the letter each one holds.

mod eml;
mod json;
mod mailto;
pub(crate) mod pdf;

mod text;

pub(crate) use crate::piece::{Part, Piece, Pieces};
use eml::eml;
use json::json;
pub(crate) use mailto::{MAILTO_SAFE_LENGTH, mailto, mailto_without_body};
pub(crate) use text::Style;
use text::text;

use jiff::Timestamp;

use crate::error::{Error, Result};
use crate::letter::Letter;
use crate::words::{Words, t};

/// How the letter is turned into bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Eml,
    Mailto,
    Json,
    /// Printable letters for the post, one for each postal recipient.
    Pdf,
}

impl Format {
    pub(crate) const ALL: [Format; 5] = [
        Format::Text,
        Format::Eml,
        Format::Mailto,
        Format::Json,
        Format::Pdf,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Eml => "eml",
            Format::Mailto => "mailto",
            Format::Json => "json",
            Format::Pdf => "pdf",
        }
    }

    /// The pieces this format prints when it prints the whole letter.
    pub(crate) fn whole(self) -> Pieces {
        match self {
            Format::Text | Format::Json => Pieces::ALL,
            Format::Eml | Format::Mailto | Format::Pdf => {
                Pieces::of(&[Piece::Subject, Piece::Body])
            }
        }
    }
}

/// The pieces that `format` and `part` print; or a usage error for a part that the
/// format cannot carry alone.
pub(crate) fn pieces(w: &Words, format: Format, part: Part) -> Result<Pieces> {
    match (format, part) {
        (_, Part::All) => Ok(format.whole()),
        (Format::Text, Part::Only(piece)) => Ok(Pieces::of(&[piece])),
        (other, Part::Only(_)) => Err(Error::usage(t!(
            w,
            "format-whole-only",
            format = other.name()
        ))),
    }
}

/// What a run made, as messages name it: said only when a message names it, since each
/// run reads the words it prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Made {
    pub format: Format,
    pub part: Part,
}

impl Made {
    /// "the email body", "the eml message".
    pub(crate) fn named(self, w: &Words) -> String {
        match self.format {
            Format::Text => match self.part {
                Part::All => t!(w, "request-what-all"),
                Part::Only(Piece::Subject) => t!(w, "request-what-subject"),
                Part::Only(Piece::Body) => t!(w, "request-what-body"),
                Part::Only(Piece::Recipients) => t!(w, "request-what-recipients"),
                Part::Only(Piece::Addresses) => t!(w, "request-what-addresses"),
                Part::Only(Piece::Phone) => t!(w, "request-what-phone"),
                Part::Only(Piece::Post) => t!(w, "request-what-post"),
                Part::Only(Piece::Share) => t!(w, "request-what-share"),
            },
            Format::Pdf => t!(w, "request-what-pdf"),
            other => t!(w, "request-what-message", format = other.name()),
        }
    }
}

/// How one letter is turned into bytes (printable letters are made from several
/// letters: see `pdf`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rendering<'a> {
    /// The text package, whole or one piece, wrapped to `width` columns for a terminal.
    Text {
        part: Part,
        style: Style,
        width: Option<usize>,
    },
    /// A message, from the sender's name and address when known, dated `now`.
    Eml {
        from: Option<(&'a str, &'a str)>,
        now: Timestamp,
    },
    Mailto,
    Json,
}

/// The letter as the bytes of `rendering`.
pub(crate) fn render(w: &Words, letter: &Letter, rendering: &Rendering) -> Result<String> {
    Ok(match *rendering {
        Rendering::Text { part, style, width } => match width {
            Some(width) => text::wrap(&text(letter, part, style), width),
            None => text(letter, part, style),
        },
        Rendering::Eml { from, now } => eml(w, letter, from, now)?,
        Rendering::Mailto => mailto(letter) + "\n",
        Rendering::Json => json(letter),
    })
}

/// What the user should know about the bytes made: a message nobody can send as it
/// is, a link too long for many mail apps. After questions (`asked`), no flag is named:
/// the user was asked, and skipped.
pub(crate) fn warnings(
    w: &Words,
    letter: &Letter,
    rendering: &Rendering,
    bytes: &str,
    asked: bool,
) -> Vec<String> {
    let mut warnings = Vec::new();
    if let Rendering::Eml { from, .. } = rendering {
        if from.is_none() {
            warnings.push(match asked {
                true => t!(w, "skipped-no-from"),
                false => t!(w, "format-no-from"),
            });
        }
        if letter
            .to
            .iter()
            .chain(&letter.cc)
            .all(|r| r.email.is_none())
        {
            warnings.push(match asked {
                true => t!(w, "skipped-no-recipient-address"),
                false => t!(w, "format-no-recipient-address"),
            });
        }
    }
    let length = bytes.trim_end().len();
    if let Rendering::Mailto = rendering
        && length > MAILTO_SAFE_LENGTH
    {
        let (length, limit) = (w.number(length), w.number(MAILTO_SAFE_LENGTH));
        warnings.push(match asked {
            true => t!(w, "skipped-mailto-too-long", length = length, limit = limit),
            false => t!(w, "format-mailto-too-long", length = length, limit = limit),
        });
    }
    warnings
}

/// The text of a piece of the letter. `pieces` makes sure that every piece a format prints
/// was composed.
fn composed(piece: &Option<String>) -> &str {
    piece.as_deref().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_composes_only_what_it_prints() {
        let only = |p: Piece| Pieces::of(&[p]);
        assert_eq!(
            pieces(&Words::english(), Format::Text, Part::All).unwrap(),
            Pieces::ALL
        );
        assert_eq!(
            pieces(&Words::english(), Format::Json, Part::All).unwrap(),
            Pieces::ALL
        );
        let email = pieces(&Words::english(), Format::Eml, Part::All).unwrap();
        assert!(email.contains(Piece::Subject) && email.contains(Piece::Body));
        assert!(!email.contains(Piece::Phone) && !email.contains(Piece::Post));
        assert_eq!(
            pieces(&Words::english(), Format::Mailto, Part::All).unwrap(),
            email
        );
        for piece in Piece::ALL {
            let set = pieces(&Words::english(), Format::Text, Part::Only(piece)).unwrap();
            assert_eq!(set, only(piece));
            // The invitation's template is optional: the letter reads it itself.
            let required = piece
                .template()
                .filter(|_| !Piece::OPTIONALLY_TEMPLATED.contains(&piece));
            assert_eq!(
                set.templated().collect::<Vec<_>>(),
                required.map(|_| piece).into_iter().collect::<Vec<_>>()
            );
        }
        assert!(
            !Pieces::ALL.contains(Piece::Share),
            "the package has no invitation"
        );
    }

    #[test]
    fn whole_letter_formats_refuse_a_part() {
        for format in [Format::Eml, Format::Mailto, Format::Json] {
            let err = pieces(&Words::english(), format, Part::Only(Piece::Body)).unwrap_err();
            assert!(err.to_string().contains(format.name()), "{err}");
        }
    }
}

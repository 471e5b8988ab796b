//! The validated request: who signs, in which language, for which campaign, and what to
//! do with the letter. It is made in two phases: first everything given (flags, the
//! environment, the saved settings) is checked, with no terminal (`checks`); then, in a
//! terminal, only what is still missing is asked (`questions`). `given` holds what was
//! given and where from.

mod checks;
mod given;
mod questions;

pub(crate) use given::{Given, Source, Sourced};
pub(crate) use questions::offer_to_remember;

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::atomic_file::Replace;
use crate::campaign::{Campaign, Catalogue};
use crate::error::Result;
use crate::format::{Format, Made, Part};
use crate::letter::LetterRequest;
use crate::output::Sink;
use crate::piece::{Piece, Pieces};
use crate::postal::PostalRequest;
use crate::prompt::Ask;
use crate::settings::Settings;
use crate::surroundings::Surroundings;
use crate::words::{Words, t};

/// The whole request: the campaign, the letter, and what to make of it.
#[derive(Debug)]
pub(crate) struct Request<'c> {
    pub campaign: &'c Campaign,
    pub letter: LetterRequest,
    pub product: Product,
    /// Whether any question was asked (then the user may want their answers remembered).
    pub asked: bool,
    /// Whether the product was chosen from the menu: then, after it, the menu offers the
    /// next action (`next`).
    pub menu: bool,
    /// The From address given or answered, checked when a message needs it.
    from: Option<Sourced>,
    /// What the user should know about what was given: an address given twice.
    pub notes: Vec<String>,
    /// The sender's postal address and country, the paper, the recipients and the font
    /// of printed letters (kept for the answers to remember in any run).
    pub postal: PostalRequest,
    /// The words the program speaks from here on: the letter's language, when the
    /// program has it, else the locale's.
    pub words: Words,
    /// The languages whose readers' needs were asked for (a Latin-script name, a note):
    /// each is asked once in a sitting.
    asked_languages: std::collections::BTreeSet<String>,
}

/// What the run makes of the letter, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Product {
    /// The text package, whole or one piece, its lines broken at `wrap` columns when
    /// asked.
    Text {
        part: Part,
        to: Sink,
        wrap: Option<u16>,
    },
    /// An RFC 5322 message.
    Eml {
        to: Sink,
    },
    /// A mailto: link.
    Mailto {
        to: Sink,
    },
    Json {
        to: Sink,
    },
    /// Printable letters for the post.
    Printable {
        to: Printed,
    },
    /// The letter in the desktop's mail app.
    MailApp,
}

/// Where printable letters go: standard output (a pipe), or a file, opened after when
/// asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Printed {
    Stdout,
    File {
        path: PathBuf,
        replace: Replace,
        open: bool,
    },
}

impl Product {
    /// The format, as the command line names it.
    pub(crate) fn format(&self) -> Format {
        match self {
            Product::Text { .. } => Format::Text,
            Product::Eml { .. } => Format::Eml,
            Product::Mailto { .. } | Product::MailApp => Format::Mailto,
            Product::Json { .. } => Format::Json,
            Product::Printable { .. } => Format::Pdf,
        }
    }

    /// The part printed: one piece only for text.
    pub(crate) fn part(&self) -> Part {
        match self {
            Product::Text { part, .. } => *part,
            _ => Part::All,
        }
    }

    /// The pieces of the letter this product prints: the only ones composed.
    pub(crate) fn pieces(&self) -> Pieces {
        match self.part() {
            Part::Only(piece) => Pieces::of(&[piece]),
            Part::All => self.format().whole(),
        }
    }

    /// What was done, for the list at the end of a sitting: "saved the message to
    /// letter.eml".
    pub(crate) fn done(&self, w: &Words) -> String {
        let path = |p: &Path| p.display().to_string();
        // The messages choose their words by the piece's command-line name.
        let piece = |piece: Piece| piece.name();
        match self {
            Product::Text { part, to, .. } => {
                let what = match part {
                    Part::All => "all",
                    Part::Only(p) => piece(*p),
                };
                match to {
                    Sink::Clipboard => t!(w, "request-done-copied", what = what),
                    Sink::File { path: p, .. } => {
                        t!(w, "request-done-saved-text", what = what, path = path(p))
                    }
                    Sink::Stdout => t!(w, "request-done-printed", what = what),
                }
            }
            Product::Eml {
                to: Sink::File { path: p, .. },
            } => t!(w, "request-done-saved-eml", path = path(p)),
            Product::Printable {
                to: Printed::File { path: p, .. },
            } => t!(w, "request-done-saved-pdf", path = path(p)),
            Product::MailApp => t!(w, "request-done-mail-app"),
            Product::Mailto { .. } => t!(w, "request-done-printed", what = "mailto"),
            Product::Eml { .. } | Product::Json { .. } | Product::Printable { .. } => {
                t!(w, "request-done-printed", what = "other")
            }
        }
    }

    /// What it makes, as messages name it.
    pub(crate) fn made(&self) -> Made {
        Made {
            format: self.format(),
            part: self.part(),
        }
    }
}

impl Request<'_> {
    /// What a user who says "remember" keeps.
    pub(crate) fn answers(&self) -> Settings {
        let letter = &self.letter;
        Settings {
            name: Some(letter.sender.name.clone()),
            lang: Some(letter.language.clone()),
            city: letter.sender.city.clone(),
            latin_name: letter.sender.latin_name.clone(),
            latin_city: letter.sender.latin_city.clone(),
            from: letter.from.clone(),
            address: Some(self.postal.address.clone()).filter(|a| !a.is_empty()),
            country: self.postal.country.clone(),
            remember: None,
        }
    }
}

/// Checks what was given and saved, then asks `ask` (when there is a terminal) for what
/// is still missing. Every problem with what was given is reported before any question.
/// `w` speaks the locale's language; the request's own words speak the letter's.
pub(crate) fn resolve<'c>(
    w: &Words,
    given: Given,
    catalogue: &'c Catalogue,
    surroundings: &Surroundings,
    saved: Option<(&Path, &Settings)>,
    ask: Option<&mut dyn Ask>,
    now: Timestamp,
) -> Result<Request<'c>> {
    let draft = checks::check(w, given, catalogue, surroundings, saved, ask.is_some())?;
    questions::complete(draft, catalogue, surroundings, ask, now)
}

impl Request<'_> {
    /// After an action chosen from the menu, the menu again, ending with "Done": the next
    /// product, with every answer kept, or false when the user is done.
    pub(crate) fn next(
        &mut self,
        ask: &mut dyn Ask,
        surroundings: &Surroundings,
        now: Timestamp,
    ) -> Result<bool> {
        let fits = questions::mailto_fits(self.campaign, &self.letter, now);
        let share = questions::can_share(self.campaign, &self.letter);
        let here = questions::Here::new(surroundings, (fits, share), true);
        questions::next_action(ask, self, &here)
    }
}

#[cfg(test)]
mod tests;

//! The middle of the pipeline, pure: a request and its campaign composed (`letter`,
//! `postal`) and rendered (`format`) into what the run delivers, with the warnings the
//! user should read as data. Nothing here reads the environment or writes anything.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::error::Result;
use crate::format::{self, MAILTO_SAFE_LENGTH, Part, Piece, Rendering, Style};
use crate::letter::{self, Letter};
use crate::output::{Output, Sink};
use crate::postal;
use crate::request::{Printed, Product, Request};
use crate::words::{Words, t};

/// How the run shows text on standard output.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Screen {
    /// Whether headings may carry escape codes (on standard output only).
    pub style: Style,
    /// The terminal on standard output, when it is one: its rows and columns.
    pub terminal: Option<(u16, u16)>,
    /// Whether text longer than the terminal goes through the pager.
    pub page: bool,
}

/// What a run delivers, and what the user should know about it.
#[derive(Debug)]
pub(crate) struct Produced {
    pub output: Output,
    pub warnings: Vec<String>,
    /// What was made, line by line, to say once it is delivered: the envelopes of
    /// printed letters and their pages.
    pub listed: Vec<String>,
}

/// Composes and renders what `request` asks for, as of `now`; `zone` dates printed
/// letters where the sender is.
pub(crate) fn produce(
    w: &Words,
    request: &Request,
    now: Timestamp,
    screen: Screen,
    zone: &TimeZone,
) -> Result<Produced> {
    let campaign = request.campaign;
    let letter = || letter::compose(w, campaign, &request.letter, now, request.product.pieces());
    match &request.product {
        Product::Printable { to } => printable(w, request, to, now, zone),
        Product::MailApp => {
            let letter = letter()?;
            let whole = format::mailto(&letter);
            let output = Output::MailApp {
                whole: (whole.len() <= MAILTO_SAFE_LENGTH).then_some(whole),
                head: format::mailto_without_body(&letter),
                body: letter.message(),
            };
            Ok(Produced {
                output,
                warnings: letter.warnings,
                listed: Vec::new(),
            })
        }
        Product::Text { part, to, wrap } => text(w, request, letter()?, (*part, *wrap), to, screen),
        Product::Eml { to } => {
            let sender = &request.letter;
            let from = sender
                .from
                .as_deref()
                .map(|address| (sender.sender.name.as_str(), address));
            to_sink(w, request, letter()?, &Rendering::Eml { from, now }, to)
        }
        Product::Mailto { to } => to_sink(w, request, letter()?, &Rendering::Mailto, to),
        Product::Json { to } => to_sink(w, request, letter()?, &Rendering::Json, to),
    }
}

/// Printable letters for the post, dated where the sender is (`zone`).
fn printable(
    w: &Words,
    request: &Request,
    to: &Printed,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<Produced> {
    let campaign = request.campaign;
    let printable = postal::printable(w, campaign, &request.letter, &request.postal, now)?;
    let date = now.to_zoned_datetime(zone.clone()).date();
    let font = request.postal.font.as_deref();
    let format::pdf::Pdf {
        bytes,
        envelope_pages,
    } = format::pdf::printable(w, &printable, date, font)?;
    let mut warnings = Vec::new();
    if request.postal.address.is_empty() {
        // A run that asked for the address does not point to a flag.
        warnings.push(match request.asked {
            true => t!(w, "skipped-no-return-address"),
            false => t!(w, "postal-no-return-address"),
        });
    }
    warnings.extend(printable.warnings());
    let output = match to {
        Printed::Stdout => Output::Bytes {
            bytes,
            to: Sink::Stdout,
            what: request.product.made(),
        },
        Printed::File {
            path,
            replace,
            open: true,
        } => Output::Open {
            bytes,
            path: path.clone(),
            replace: *replace,
            what: request.product.made(),
        },
        Printed::File { path, replace, .. } => Output::Bytes {
            bytes,
            to: Sink::File {
                path: path.clone(),
                replace: *replace,
            },
            what: request.product.made(),
        },
    };
    Ok(Produced {
        output,
        warnings,
        listed: envelopes(w, &printable, &envelope_pages),
    })
}

/// One line per envelope: "Envelope 1 — Mayor of Limoges: pages 1–2".
fn envelopes(w: &Words, printable: &postal::Printable, pages: &[usize]) -> Vec<String> {
    let mut first = 1;
    let mut lines = Vec::new();
    for (n, (envelope, count)) in printable.envelopes.iter().zip(pages).enumerate() {
        lines.push(t!(
            w,
            "postal-envelope",
            number = n + 1,
            office = envelope.office.clone(),
            count = *count,
            first = first,
            last = first + count.saturating_sub(1)
        ));
        first += count;
    }
    lines
}

/// The text package, or a piece of it: wrapped and paged on a terminal.
fn text(
    w: &Words,
    request: &Request,
    letter: Letter,
    (part, wrap): (Part, Option<u16>),
    to: &Sink,
    screen: Screen,
) -> Result<Produced> {
    let terminal = screen.terminal.filter(|_| *to == Sink::Stdout);
    let rendering = Rendering::Text {
        part,
        style: match to {
            Sink::Stdout => screen.style,
            _ => Style::Plain,
        },
        // As asked; else, on a terminal, to its width, at most 100 columns.
        width: wrap
            .map(usize::from)
            .or_else(|| terminal.map(|(_, columns)| usize::from(columns).min(100))),
    };
    let (text, mut warnings) = rendered(w, &letter, &rendering, request.asked)?;
    // The post alone, to be posted: it tags only confirmed accounts, so say when it tags
    // none.
    let tags = |c: &crate::campaign::CampaignData| {
        c.social
            .as_ref()
            .is_some_and(|s| s.entries.iter().any(|h| h.tagged()))
    };
    if part == Part::Only(Piece::Post) && !tags(&request.campaign.data) {
        warnings.push(t!(w, "format-post-tags-none"));
    }
    let output = match terminal {
        Some((rows, _)) if screen.page => Output::Page { text, rows },
        _ => Output::Bytes {
            bytes: text.into_bytes(),
            to: to.clone(),
            what: request.product.made(),
        },
    };
    Ok(Produced {
        output,
        warnings,
        listed: Vec::new(),
    })
}

/// A letter rendered for a sink.
fn to_sink(
    w: &Words,
    request: &Request,
    letter: Letter,
    rendering: &Rendering,
    to: &Sink,
) -> Result<Produced> {
    let (text, warnings) = rendered(w, &letter, rendering, request.asked)?;
    Ok(Produced {
        output: Output::Bytes {
            bytes: text.into_bytes(),
            to: to.clone(),
            what: request.product.made(),
        },
        warnings,
        listed: Vec::new(),
    })
}

/// The letter rendered, with the letter's warnings and then the format's.
fn rendered(
    w: &Words,
    letter: &Letter,
    rendering: &Rendering,
    asked: bool,
) -> Result<(String, Vec<String>)> {
    let text = format::render(w, letter, rendering)?;
    let mut warnings = letter.warnings.clone();
    warnings.extend(format::warnings(w, letter, rendering, &text, asked));
    Ok((text, warnings))
}

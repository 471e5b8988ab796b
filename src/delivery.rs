//! What becomes of a composed letter: printed (wrapped and paged on a terminal), saved,
//! copied, handed to the mail app, or laid out for the post. The last step of the
//! pipeline before the writers of `output`.

use std::io::IsTerminal;

use jiff::Timestamp;

use crate::campaign::Campaign;
use crate::clipboard;
use crate::error::Result;
use crate::format::{self, Style};
use crate::letter;
use crate::output::{self, Destination};
use crate::postal;
use crate::request::Request;
use crate::words::t;

/// Text, a message or a link: to standard output, a file or the clipboard. On a
/// terminal, text is wrapped to its width (at most 100 columns) and paged.
pub fn text(
    campaign: &Campaign,
    request: &Request,
    now: Timestamp,
    style: Style,
    pager: bool,
) -> Result<()> {
    let letter = letter::compose(campaign, &request.letter, now, request.pieces)?;
    let from = request.letter.from.as_deref();
    let terminal = request.destination == Destination::Stdout
        && request.format == format::Format::Text
        && std::io::stdout().is_terminal();
    let options = format::Options {
        width: terminal.then(|| usize::from(dialoguer::console::Term::stdout().size().1).min(100)),
        format: request.format,
        part: request.part,
        style: match request.destination {
            Destination::Stdout => style,
            _ => Style::Plain,
        },
        from: from.map(|address| (request.letter.sender.name.as_str(), address)),
        now,
    };
    let bytes = format::render(&letter, &options)?;
    // After questions, the warnings name no flag: the user was asked, and skipped.
    let warnings = format::warnings(&letter, &options, &bytes, request.asked);
    letter
        .warnings
        .iter()
        .chain(&warnings)
        .for_each(|w| output::warn(w));
    match terminal && pager {
        true => output::page(&bytes),
        false => output::deliver(
            bytes.as_bytes(),
            &request.destination,
            &|| request.what(),
            &mut clipboard::System,
        ),
    }
}

/// The letter in the desktop's mail app.
pub fn to_mail_app(campaign: &Campaign, request: &Request, now: Timestamp) -> Result<()> {
    let letter = letter::compose(campaign, &request.letter, now, request.pieces)?;
    letter.warnings.iter().for_each(|w| output::warn(w));
    let whole = format::mailto(&letter);
    let whole = (whole.len() <= format::MAILTO_SAFE_LENGTH).then_some(whole.as_str());
    let head = format::mailto_without_body(&letter);
    let body = letter.body.as_deref().unwrap_or_default();
    output::to_mail_app(whole, &head, body, &mut clipboard::System)
}

/// Printable letters for the post, saved (and opened when asked).
pub fn post(campaign: &Campaign, request: &Request, now: Timestamp) -> Result<()> {
    let (bytes, warnings) = postal::printable(campaign, &request.letter, &request.postal, now)?;
    if request.postal.address.is_empty() {
        // A run that asked for the address does not point to a flag.
        output::warn(&match request.asked {
            true => t!(w, "skipped-no-return-address"),
            false => t!(w, "postal-no-return-address"),
        });
    }
    warnings.iter().for_each(|w| output::warn(w));
    output::deliver(
        &bytes,
        &request.destination,
        &|| request.what(),
        &mut clipboard::System,
    )?;
    match (request.postal.open, &request.destination) {
        (true, Destination::File { path, .. }) => output::open_on_desktop(path),
        _ => Ok(()),
    }
}

//! The postal letter as a PDF: layout for a window envelope.
//!
//! Everything that knows krilla, rustybuzz, fontdb or unicode-linebreak stays in this
//! folder: `fonts` chooses and loads the faces, `text` shapes and breaks lines, `layout`
//! places the blocks on pages for the envelope's window, and `draw` writes the PDF.

mod assemble;
mod draw;
mod fonts;
mod glyphs;
mod layout;
mod text;

use crate::error::Result;
use crate::postal::{EnvelopeLayout, Printable};
use crate::words::Words;

/// One envelope: the letters for one recipient, printed one after another.
#[derive(Debug, Clone)]
pub(crate) struct PostalLetter {
    /// The sender's block, top left: name, town, then postal address lines (0..n lines).
    pub sender: Vec<String>,
    /// The recipient's address as it shows through the window, the country line last when there is one (at most 6 lines).
    pub recipient: Vec<String>,
    /// One or more documents; each starts on a new page (e.g. a Korean copy, then the French letter it translates).
    pub documents: Vec<Document>,
}

/// One letter of an envelope.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// BCP 47 code: "fr", "en", "ko" (decides nothing but may help line breaking).
    pub language: String,
    /// « Lyon, le 25 novembre 2026 » — composed by the caller, printed right-aligned under the sender block.
    pub place_date: String,
    /// The full subject line, label included ("Objet : …"); printed in bold if a bold face is available, else regular.
    pub subject: String,
    /// The paragraphs of the letter from the salutation to the closing formula, in order. A paragraph may contain '\n' for forced line breaks.
    pub paragraphs: Vec<String>,
    /// The printed name (and optionally the town), below a blank space (~25 mm) for a handwritten signature.
    pub signature: Vec<String>,
    /// For a letter that follows another of its envelope (an original after its copy),
    /// its heading: printed at the top of a new page in place of the sender block, the
    /// window address and the date. Its pages continue the envelope's count.
    pub heading: Option<String>,
}

/// Which font to use: the one embedded in the binary, or a file the user gave (--font PATH).
#[derive(Debug, Clone, Copy)]
pub(crate) enum FontChoice<'a> {
    Embedded,
    File(&'a std::path::Path),
}

/// A PDF of printable letters.
#[derive(Debug, Clone)]
pub(crate) struct Pdf {
    pub bytes: Vec<u8>,
    /// How many pages each envelope holds, in order.
    pub envelope_pages: Vec<usize>,
}

/// The printable letters as a PDF, dated `date`, laid out for their envelope, in
/// `font` (else the built-in one).
pub(crate) fn printable(
    w: &Words,
    printable: &Printable,
    date: jiff::civil::Date,
    font: Option<&std::path::Path>,
) -> Result<Pdf> {
    let letters = assemble::envelopes(printable, date);
    let font = match font {
        Some(path) => FontChoice::File(path),
        None => FontChoice::Embedded,
    };
    render(w, &letters, printable.envelope, font)
}

/// For each of `addresses`, why it cannot be laid out in the window of every envelope,
/// if it cannot: `check` holds campaigns to what the PDF can print.
pub(crate) fn windows_refuse(w: &Words, addresses: &[Vec<String>]) -> Vec<Option<String>> {
    let texts = addresses.iter().flatten().map(String::as_str);
    let sources = match fonts::Sources::choose(w, &FontChoice::Embedded, texts, std::iter::empty())
    {
        Ok(sources) => sources,
        Err(e) => return vec![Some(e.to_string()); addresses.len()],
    };
    let faces = match fonts::Faces::load(w, &sources) {
        Ok(faces) => faces,
        Err(e) => return vec![Some(e.to_string()); addresses.len()],
    };
    let papers = EnvelopeLayout::ALL.map(layout::Geometry::of);
    addresses
        .iter()
        .map(|lines| {
            papers
                .iter()
                .find_map(|geometry| layout::fits_window(w, &faces, geometry, lines).err())
                .map(|e| e.to_string())
        })
        .collect()
}

/// Lays out every letter: the PDF, and the pages of each envelope.
///
/// A usage error names a `--font` file that cannot be used, a character that no font
/// has (after looking in the system's fonts), or an address that cannot fit the window.
pub(crate) fn render(
    w: &Words,
    letters: &[PostalLetter],
    envelope: EnvelopeLayout,
    font: FontChoice,
) -> Result<Pdf> {
    let regular = letters.iter().flat_map(|letter| {
        letter
            .sender
            .iter()
            .chain(&letter.recipient)
            .chain(letter.documents.iter().flat_map(|d| {
                std::iter::once(&d.place_date)
                    .chain(&d.heading)
                    .chain(&d.paragraphs)
                    .chain(&d.signature)
            }))
            .map(String::as_str)
    });
    let page_numbers = std::iter::once("0123456789 /");
    let bold = letters
        .iter()
        .flat_map(|l| l.documents.iter().map(|d| d.subject.as_str()));
    let sources = fonts::Sources::choose(w, &font, regular.chain(page_numbers), bold)?;
    let faces = fonts::Faces::load(w, &sources)?;
    let geometry = layout::Geometry::of(envelope);
    let mut pages = Vec::new();
    let mut envelope_pages = Vec::new();
    for letter in letters {
        let laid_out = layout::letter(w, &faces, &geometry, letter)?;
        envelope_pages.push(laid_out.len());
        pages.extend(laid_out);
    }
    let first = letters.iter().flat_map(|l| l.documents.first()).next();
    let bytes = draw::pdf(w, &faces, &geometry, &pages, first)?;
    Ok(Pdf {
        bytes,
        envelope_pages,
    })
}

#[cfg(test)]
mod samples;
#[cfg(test)]
mod tests;

//! Where everything goes: the envelope's window, the header blocks, and the body
//! broken into pages without widows or orphans. Lengths in points, y down from the
//! top of the sheet.

use std::rc::Rc;

use super::PostalLetter;
use super::fonts::{Faces, Style};
use super::text::{Line, Shaped, break_lines, shape, width};
use crate::error::{Error, Result};
use crate::postal::EnvelopeLayout;
use crate::words::{Words, t};

pub(super) const MM: f32 = 72.0 / 25.4;
const INCH: f32 = 72.0;

pub(super) const BODY_SIZE: f32 = 11.0;
const BODY_LINE: f32 = BODY_SIZE * 1.35;
const PARAGRAPH_GAP: f32 = 6.0;
pub(super) const ADDRESS_SIZE: f32 = 10.0;
const SMALLEST_ADDRESS_SIZE: f32 = 7.0;
const BLOCK_LEADING: f32 = 1.2;
const PAGE_NUMBER_SIZE: f32 = 9.0;
const MAX_RECIPIENT_LINES: usize = 6;

/// A rectangle on the sheet, in points from the top-left corner.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rect {
    pub(super) left: f32,
    pub(super) top: f32,
    pub(super) right: f32,
    pub(super) bottom: f32,
}

impl Rect {
    const fn mm(left: f32, top: f32, right: f32, bottom: f32) -> Rect {
        Rect {
            left: left * MM,
            top: top * MM,
            right: right * MM,
            bottom: bottom * MM,
        }
    }

    fn width(&self) -> f32 {
        self.right - self.left
    }

    fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// The sheet and what the envelope makes of it.
#[derive(Clone, Debug)]
pub(super) struct Geometry {
    pub(super) width: f32,
    pub(super) height: f32,
    /// The text area of the body: margins left, right, top; `bottom` is where body text stops.
    pub(super) left: f32,
    pub(super) right: f32,
    pub(super) top: f32,
    pub(super) bottom: f32,
    /// Where the sender block starts (top) on a first page.
    pub(super) sender_top: f32,
    /// The right end of the sender block's lines.
    pub(super) sender_right: f32,
    /// The lowest the sender block may reach, when the window is below it.
    pub(super) sender_bottom: Option<f32>,
    /// Every part of the sheet that may show through the window.
    pub(super) window: Rect,
    /// The part that shows through the window in every position: the recipient's lines.
    pub(super) safe: Rect,
    /// Heights of the folds, marked in the left margin.
    pub(super) folds: [f32; 2],
    pub(super) page_number_baseline: f32,
}

/// The envelopes' table: for each layout, where its window falls on the sheet, where
/// the address goes, and where the sheet folds, with the standard each figure is from.
/// Lengths in points from the sheet's top left; `MM` and `INCH` convert.
impl Geometry {
    pub(super) fn of(layout: EnvelopeLayout) -> Geometry {
        match layout {
            EnvelopeLayout::DlRight => DL_RIGHT,
            EnvelopeLayout::DinB => DIN_5008_B,
            EnvelopeLayout::DlLeft => DL_LEFT,
            EnvelopeLayout::Number10 => number_10(),
        }
    }
}

const A4_WIDTH: f32 = 595.28;
const A4_HEIGHT: f32 = 841.89;

/// France, NF Z 11-001 (DL window envelope, 110 × 220 mm): the address field is
/// 100 × 45 mm, 35 mm from the top of the sheet and 10 mm from its right edge; the sheet
/// is folded in three at 99 and 198 mm. A folded sheet slides in the envelope: the lines
/// stay in x 110–190 mm, y 52–80 mm, which shows in every position.
const DL_RIGHT: Geometry = Geometry {
    width: A4_WIDTH,
    height: A4_HEIGHT,
    left: 20.0 * MM,
    right: A4_WIDTH - 20.0 * MM,
    top: 20.0 * MM,
    bottom: A4_HEIGHT - 22.0 * MM,
    sender_top: 20.0 * MM,
    sender_right: 95.0 * MM,
    sender_bottom: None,
    window: Rect::mm(100.0, 35.0, 200.0, 80.0),
    safe: Rect::mm(110.0, 52.0, 190.0, 80.0),
    folds: [99.0 * MM, 198.0 * MM],
    page_number_baseline: A4_HEIGHT - 16.0 * MM,
};

/// Germany and Austria, DIN 5008 form B (the letter) in a DIN 680 DL window envelope.
/// DIN 5008 B: the address field is 85 × 45 mm, 20 mm from the left and 45 mm from the
/// top of the sheet; its top 17.7 mm are the return-address and endorsement zone, the
/// 27.3 mm below (62.7–90 mm) the six lines of the address, which start 5 mm into the
/// field; folds at 105 and 210 mm (a panel of 105 × 210 mm). DIN 680: the DL envelope's
/// window is 90 × 45 mm, 20 mm from its left and 15 mm from its bottom edge, so at
/// 50–95 mm from its top. The folded sheet slides 5 mm down (110 − 105) and 10 mm across
/// (220 − 210): the window may show sheet x 10–110 mm, y 45–95 mm, and shows x 20–100,
/// y 50–90 in every position; the lines go in x 25–97 mm, y 62.7–90 mm. The sender's
/// block stays in the letterhead above the field (it ends by 43 mm).
/// (Sources: DIN 5008 form B, as summarised by r9005.de and sprache-kompakt.de;
/// DIN 680 as cited by de.wikipedia.org "DIN lang".)
const DIN_5008_B: Geometry = Geometry {
    width: A4_WIDTH,
    height: A4_HEIGHT,
    left: 25.0 * MM,
    right: A4_WIDTH - 20.0 * MM,
    top: 20.0 * MM,
    bottom: A4_HEIGHT - 22.0 * MM,
    sender_top: 16.0 * MM,
    sender_right: 105.0 * MM,
    sender_bottom: Some(43.0 * MM),
    window: Rect::mm(10.0, 45.0, 110.0, 95.0),
    safe: Rect::mm(25.0, 62.7, 97.0, 90.0),
    folds: [105.0 * MM, 210.0 * MM],
    page_number_baseline: A4_HEIGHT - 16.0 * MM,
};

/// The UK and every other A4 country without a table of its own: A4 folded in three
/// (99 and 198 mm) in a DL envelope with a left window. No national standard places
/// that window (Royal Mail's envelope guide gives none); the window taken is DIN 680's,
/// the one makers sell as "DL window": 90 × 45 mm, 20 mm from the left and 15 mm from
/// the bottom, so 50–95 mm from the top. The 99 mm panel slides 11 mm down and 10 mm
/// across: the window may show sheet x 10–110 mm, y 39–95 mm, and shows x 20–100,
/// y 50–84 mm in every position; the lines go in x 23–97 mm, y 52–83 mm. The sender's
/// block ends by 37 mm, above what may show.
const DL_LEFT: Geometry = Geometry {
    width: A4_WIDTH,
    height: A4_HEIGHT,
    left: 20.0 * MM,
    right: A4_WIDTH - 20.0 * MM,
    top: 20.0 * MM,
    bottom: A4_HEIGHT - 22.0 * MM,
    sender_top: 12.0 * MM,
    sender_right: 105.0 * MM,
    sender_bottom: Some(37.0 * MM),
    window: Rect::mm(10.0, 39.0, 110.0, 95.0),
    safe: Rect::mm(23.0, 52.0, 97.0, 83.0),
    folds: [99.0 * MM, 198.0 * MM],
    page_number_baseline: A4_HEIGHT - 16.0 * MM,
};

/// US #10 window envelope: 9 1/2 × 4 1/8 in, window 4 1/2 × 1 1/8 in, 7/8 in
/// from the left and 1/2 in from the bottom; so the window spans 7/8–5 3/8 in
/// across and 2 1/2–3 5/8 in down from the envelope's top edge.
///
/// The Letter sheet folded in three is a panel of 8 1/2 × 3 2/3 in, its top
/// third facing the window: it can slide 1 in across (9 1/2 − 8 1/2) and
/// 11/24 in ≈ 11.6 mm down (4 1/8 − 3 2/3).
/// - Across, the window shows sheet x from 7/8 − 1 = −1/8 in (sheet pushed
///   right) to 5 3/8 in; in every position, 7/8 to 5 3/8 − 1 = 4 3/8 in.
/// - Down, a sheet resting on the envelope's bottom fold has its top edge
///   11/24 in below the envelope's, so the window shows sheet y 2 1/24 to
///   3 1/6 in (51.9–80.4 mm); pushed to the top, 2 1/2 to 3 5/8 in. The band
///   that shows in both (2 1/2–3 1/6 in, 17 mm) is too short for six lines, so
///   the sheet is taken resting on its fold, as it falls, with room for it
///   to ride 4 mm up.
///
/// Safe zone: x 7/8 in + 3 mm to 4 3/8 in − 3 mm (25.2–108.1 mm), y 2 1/24 in
/// plus 4 mm to 3 1/6 in − 1 mm (55.9–79.4 mm). What may show: x 0–5 3/8 in, y
/// 2 1/24–3 5/8 in (0–136.5 mm, 51.9–92.1 mm). Folds at 11/3 and 22/3 in.
fn number_10() -> Geometry {
    let (width, height) = (8.5 * INCH, 11.0 * INCH);
    let window_top = (2.0 + 1.0 / 24.0) * INCH;
    Geometry {
        width,
        height,
        left: 20.0 * MM,
        right: width - 20.0 * MM,
        top: 20.0 * MM,
        bottom: height - 22.0 * MM,
        sender_top: 16.0 * MM,
        sender_right: 130.0 * MM,
        sender_bottom: Some(window_top - 2.0 * MM),
        window: Rect {
            left: 0.0,
            top: window_top,
            right: (5.0 + 3.0 / 8.0) * INCH,
            bottom: (3.0 + 5.0 / 8.0) * INCH,
        },
        safe: Rect {
            left: 0.875 * INCH + 3.0 * MM,
            top: window_top + 4.0 * MM,
            right: 4.375 * INCH - 3.0 * MM,
            bottom: (3.0 + 1.0 / 6.0) * INCH - 1.0 * MM,
        },
        folds: [height / 3.0, height * 2.0 / 3.0],
        page_number_baseline: height - 16.0 * MM,
    }
}

/// One line of text placed on a page: `x` is its left end, `baseline` its baseline.
pub(super) struct Placed {
    pub(super) shaped: Rc<Shaped>,
    pub(super) line: Line,
    pub(super) x: f32,
    pub(super) baseline: f32,
}

/// What a page holds.
#[derive(Default)]
pub(super) struct Page {
    pub(super) lines: Vec<Placed>,
    pub(super) fold_marks: bool,
}

/// The ascent and descent (em) of the main face of `style`, for placing blocks.
fn metrics(faces: &Faces, style: Style) -> (f32, f32) {
    faces
        .faces
        .get(faces.main(style))
        .map_or((0.9, 0.25), |f| (f.ascent, f.descent))
}

/// A text broken into lines, shared by its placed lines.
fn lines_of(
    faces: &Faces,
    text: &str,
    style: Style,
    size: f32,
    language: &str,
    width: f32,
) -> Lined {
    let shaped = shape(faces, text, style, size, language);
    let lines = break_lines(&shaped, width, language);
    (shaped, lines)
}

/// The pages of one envelope: each document starts on a new page with the header.
pub(super) fn letter(
    w: &Words,
    faces: &Faces,
    geometry: &Geometry,
    letter: &PostalLetter,
) -> Result<Vec<Page>> {
    let recipient = recipient_block(w, faces, geometry, &letter.recipient)?;
    let sender = sender_block(w, faces, geometry, &letter.sender)?;
    let mut pages = Vec::new();
    for document in &letter.documents {
        pages.extend(document_pages(
            faces, geometry, &sender, &recipient, document,
        ));
    }
    // One count for the envelope: a copy and the original it carries are one sequence.
    number_pages(faces, geometry, &mut pages);
    Ok(pages)
}

/// Placed lines and the lowest point they reach.
struct Block {
    lines: Vec<(Rc<Shaped>, Line, f32, f32)>,
    bottom: f32,
}

impl Block {
    fn place(&self, page: &mut Page) {
        for (shaped, line, x, baseline) in &self.lines {
            page.lines.push(Placed {
                shaped: Rc::clone(shaped),
                line: line.clone(),
                x: *x,
                baseline: *baseline,
            });
        }
    }
}

/// The recipient's lines in the window's safe zone, at 10 pt or smaller when a line is
/// too long, top left; a usage error when they cannot fit.
/// Whether `lines` can be laid out in the envelope's window, or why not.
pub(super) fn fits_window(
    w: &Words,
    faces: &Faces,
    geometry: &Geometry,
    lines: &[String],
) -> Result<()> {
    recipient_block(w, faces, geometry, lines).map(|_| ())
}

fn recipient_block(
    w: &Words,
    faces: &Faces,
    geometry: &Geometry,
    lines: &[String],
) -> Result<Block> {
    if lines.len() > MAX_RECIPIENT_LINES {
        return Err(Error::usage(t!(
            w,
            "pdf-too-many-recipient-lines",
            count = lines.len(),
            max = MAX_RECIPIENT_LINES
        )));
    }
    let safe = geometry.safe;
    let (ascent, descent) = metrics(faces, Style::Regular);
    let shaped_at = |size: f32| -> Vec<Rc<Shaped>> {
        lines
            .iter()
            .map(|l| shape(faces, l, Style::Regular, size, ""))
            .collect()
    };
    let mut shaped = shaped_at(ADDRESS_SIZE);
    let widest = shaped.iter().map(|s| width(s)).fold(0.0, f32::max);
    let count = lines.len().max(1) as f32;
    let height_at = |size: f32| (count - 1.0) * size * BLOCK_LEADING + (ascent + descent) * size;
    let by_width = if widest > safe.width() {
        ADDRESS_SIZE * safe.width() / widest
    } else {
        ADDRESS_SIZE
    };
    let by_height = ADDRESS_SIZE * safe.height() / height_at(ADDRESS_SIZE);
    let size = (by_width.min(by_height) * 100.0).floor() / 100.0;
    let size = size.min(ADDRESS_SIZE);
    if size < SMALLEST_ADDRESS_SIZE {
        let longest = lines
            .iter()
            .zip(&shaped)
            .max_by(|a, b| width(a.1).total_cmp(&width(b.1)))
            .map(|(l, _)| l.as_str())
            .unwrap_or_default();
        return Err(Error::usage(t!(
            w,
            "pdf-recipient-does-not-fit",
            width = format!("{:.0}", safe.width() / MM),
            height = format!("{:.0}", safe.height() / MM),
            size = SMALLEST_ADDRESS_SIZE.to_string(),
            longest = longest
        )));
    }
    if size < ADDRESS_SIZE {
        shaped = shaped_at(size);
    }
    let mut block = Block {
        lines: Vec::new(),
        bottom: safe.top,
    };
    for (i, s) in shaped.into_iter().enumerate() {
        let baseline = safe.top + ascent * size + i as f32 * size * BLOCK_LEADING;
        let line = Line {
            glyphs: 0..s.glyphs.len(),
            width: width(&s),
        };
        block.lines.push((s, line, safe.left, baseline));
        block.bottom = baseline + descent * size;
    }
    Ok(block)
}

/// The sender's lines top left, broken to the block's width; on Letter paper, where
/// the window is below, at a smaller size when they would reach it.
fn sender_block(w: &Words, faces: &Faces, geometry: &Geometry, lines: &[String]) -> Result<Block> {
    let (ascent, descent) = metrics(faces, Style::Regular);
    let width = geometry.sender_right - geometry.left;
    let mut size = ADDRESS_SIZE;
    loop {
        let mut block = Block {
            lines: Vec::new(),
            bottom: geometry.sender_top,
        };
        let mut baseline = geometry.sender_top + ascent * size;
        for text in lines {
            let (shaped, broken) = lines_of(faces, text, Style::Regular, size, "", width);
            for line in broken {
                block
                    .lines
                    .push((Rc::clone(&shaped), line, geometry.left, baseline));
                block.bottom = baseline + descent * size;
                baseline += size * BLOCK_LEADING;
            }
        }
        match geometry.sender_bottom {
            Some(limit) if block.bottom > limit => {
                if size <= SMALLEST_ADDRESS_SIZE {
                    return Err(Error::usage(t!(
                        w,
                        "pdf-sender-too-long",
                        count = block.lines.len()
                    )));
                }
                size -= 0.5;
            }
            _ => return Ok(block),
        }
    }
}

/// A document's first page as far as the body: the sender, the recipient in the window,
/// and the place and date below them; with where the body starts.
fn first_page(
    faces: &Faces,
    geometry: &Geometry,
    (sender, recipient): (&Block, &Block),
    document: &super::Document,
) -> (Page, f32) {
    let language = document.language.as_str();
    let text_width = geometry.right - geometry.left;
    let (ascent, descent) = metrics(faces, Style::Regular);
    let mut first = Page {
        fold_marks: true,
        ..Page::default()
    };
    sender.place(&mut first);
    recipient.place(&mut first);

    // The place and date, right-aligned below the window and the sender block.
    let mut y = geometry.window.bottom.max(sender.bottom) + 3.0 * MM;
    let (shaped, lines) = lines_of(
        faces,
        &document.place_date,
        Style::Regular,
        BODY_SIZE,
        language,
        text_width,
    );
    for line in lines {
        let baseline = y + ascent * BODY_SIZE;
        let x = geometry.right - line.width;
        first.lines.push(Placed {
            shaped: Rc::clone(&shaped),
            line,
            x,
            baseline,
        });
        y += BODY_LINE;
    }
    y += 7.0 * MM - BODY_LINE + descent * BODY_SIZE;

    (first, y)
}

/// Page numbers ("1 / 2") at the foot of each page, when there is more than one.
fn number_pages(faces: &Faces, geometry: &Geometry, pages: &mut [Page]) {
    let total = pages.len();
    if total > 1 {
        for (i, page) in pages.iter_mut().enumerate() {
            let number = format!("{} / {total}", i + 1);
            let shaped = shape(faces, &number, Style::Regular, PAGE_NUMBER_SIZE, "");
            let line = Line {
                glyphs: 0..shaped.glyphs.len(),
                width: width(&shaped),
            };
            page.lines.push(Placed {
                x: (geometry.width - line.width) / 2.0,
                baseline: geometry.page_number_baseline,
                shaped,
                line,
            });
        }
    }
}

/// A text shaped and broken into lines.
type Lined = (Rc<Shaped>, Vec<Line>);

/// The texts of one document, shaped and broken into lines.
struct Texts {
    heading: Option<Lined>,
    subject: Lined,
    paragraphs: Vec<Lined>,
    signature: Vec<Lined>,
}

fn texts(faces: &Faces, document: &super::Document, text_width: f32) -> Texts {
    let language = document.language.as_str();
    let subject = lines_of(
        faces,
        &document.subject,
        Style::Bold,
        BODY_SIZE,
        language,
        text_width,
    );
    let paragraphs: Vec<_> = document
        .paragraphs
        .iter()
        .map(|p| lines_of(faces, p, Style::Regular, BODY_SIZE, language, text_width))
        .collect();
    let signature: Vec<_> = document
        .signature
        .iter()
        .map(|s| {
            lines_of(
                faces,
                s,
                Style::Regular,
                BODY_SIZE,
                language,
                text_width / 2.0,
            )
        })
        .collect();
    let heading = document
        .heading
        .as_ref()
        .map(|h| lines_of(faces, h, Style::Regular, BODY_SIZE, language, text_width));
    Texts {
        heading,
        subject,
        paragraphs,
        signature,
    }
}

/// The pages of one document.
fn document_pages(
    faces: &Faces,
    geometry: &Geometry,
    sender: &Block,
    recipient: &Block,
    document: &super::Document,
) -> Vec<Page> {
    let text_width = geometry.right - geometry.left;
    let (ascent, descent) = metrics(faces, Style::Regular);
    // An original after its copy goes on under its heading, with no second sender
    // block, window address or date.
    let (first, y) = match &document.heading {
        None => first_page(faces, geometry, (sender, recipient), document),
        Some(_) => (Page::default(), geometry.top),
    };

    let mut flow = Flow {
        geometry,
        pages: vec![first],
        y,
        top_of_page: document.heading.is_some(),
        baseline_offset: ascent * BODY_SIZE + (BODY_LINE - (ascent + descent) * BODY_SIZE) / 2.0,
    };

    let Texts {
        heading,
        subject,
        paragraphs,
        signature,
    } = texts(faces, document, text_width);
    if let Some((shaped, lines)) = &heading {
        flow.paragraph(shaped, lines);
        flow.y += BODY_LINE;
    }

    // The subject never ends a page: it goes with the lines the first paragraph must
    // keep together (all of a paragraph of three lines or fewer, else two).
    let first_needs = paragraphs
        .first()
        .map_or(0, |(_, l)| if l.len() <= 3 { l.len() } else { 2 });
    let subject_gap = BODY_LINE;
    flow.keep(subject.1.len() as f32 * BODY_LINE + subject_gap + first_needs as f32 * BODY_LINE);
    for line in &subject.1 {
        flow.line(&subject.0, line.clone(), geometry.left);
    }
    flow.y += subject_gap;

    flow.body(&paragraphs, &signature, text_width);
    flow.pages
}

/// The body's lines flowing down the pages.
struct Flow<'g> {
    geometry: &'g Geometry,
    pages: Vec<Page>,
    /// The top of the next line.
    y: f32,
    top_of_page: bool,
    baseline_offset: f32,
}

impl Flow<'_> {
    /// The paragraphs after the subject, then the signature: the closing paragraph
    /// and the signature share a page.
    fn body(&mut self, paragraphs: &[Lined], signature: &[Lined], text_width: f32) {
        let flow = self;
        let geometry = flow.geometry;
        // The closing paragraph and the signature share a page.
        let signature_x = geometry.left + text_width / 2.0;
        let signature_space = 25.0 * MM;
        let signature_lines: usize = signature.iter().map(|(_, l)| l.len()).sum();
        let closing = paragraphs.last();
        let closing_lines = closing.map_or(0, |(_, l)| l.len());
        let together = (closing_lines + signature_lines) as f32 * BODY_LINE + signature_space;

        let count = paragraphs.len();
        for (i, (shaped, lines)) in paragraphs.iter().enumerate() {
            if i + 1 == count {
                break;
            }
            let whole = lines.len() as f32 * BODY_LINE;
            if i + 2 == count
                && flow.fits(whole)
                && !flow.fits(whole + PARAGRAPH_GAP + together)
                && together <= flow.page_height()
            {
                // The closing goes over: the end of this paragraph goes with it, so that it
                // does not stand alone at the top of a page.
                flow.paragraph_carrying(shaped, lines, 2);
            } else {
                flow.paragraph(shaped, lines);
            }
            flow.y += PARAGRAPH_GAP;
        }
        if flow.fits(together) || !flow.top_of_page && together <= flow.page_height() {
            flow.keep(together);
            if let Some((shaped, lines)) = closing {
                for line in lines {
                    flow.line(shaped, line.clone(), geometry.left);
                }
            }
        } else if let Some((shaped, lines)) = closing {
            // Longer than a page: break it like the others, keeping its last lines.
            flow.paragraph(shaped, lines);
            flow.keep(signature_space + signature_lines as f32 * BODY_LINE);
        }
        flow.y += signature_space;
        for (shaped, lines) in signature {
            for line in lines {
                flow.line(shaped, line.clone(), signature_x);
            }
        }
    }

    fn fits(&self, height: f32) -> bool {
        self.y + height <= self.geometry.bottom + 0.01
    }

    fn page_height(&self) -> f32 {
        self.geometry.bottom - self.geometry.top
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.geometry.top;
        self.top_of_page = true;
    }

    /// Starts a new page unless `height` fits below.
    fn keep(&mut self, height: f32) {
        if !self.fits(height) && !self.top_of_page {
            self.new_page();
        }
    }

    /// How many body lines fit below.
    fn room(&self) -> usize {
        ((self.geometry.bottom - self.y + 0.01) / BODY_LINE).max(0.0) as usize
    }

    fn line(&mut self, shaped: &Rc<Shaped>, line: Line, x: f32) {
        if !self.fits(BODY_LINE) && !self.top_of_page {
            self.new_page();
        }
        let baseline = self.y + self.baseline_offset;
        if let Some(page) = self.pages.last_mut() {
            page.lines.push(Placed {
                shaped: Rc::clone(shaped),
                line,
                x,
                baseline,
            });
        }
        self.y += BODY_LINE;
        self.top_of_page = false;
    }

    /// A paragraph whose last `carried` lines start a new page: the lines before stay
    /// here when there are two or more of them, else the whole paragraph moves.
    fn paragraph_carrying(&mut self, shaped: &Rc<Shaped>, lines: &[Line], carried: usize) {
        let stay = lines.len().saturating_sub(carried);
        if stay >= 2 {
            let (now, later) = lines.split_at(stay);
            for line in now {
                self.line(shaped, line.clone(), self.geometry.left);
            }
            self.new_page();
            self.paragraph(shaped, later);
        } else {
            if !self.top_of_page {
                self.new_page();
            }
            self.paragraph(shaped, lines);
        }
    }

    /// A paragraph, split across pages with at least two lines on each side.
    fn paragraph(&mut self, shaped: &Rc<Shaped>, lines: &[Line]) {
        let mut rest = lines;
        while !rest.is_empty() {
            let room = self.room();
            if rest.len() <= room {
                for line in rest {
                    self.line(shaped, line.clone(), self.geometry.left);
                }
                return;
            }
            let mut take = room.min(rest.len().saturating_sub(2));
            if self.top_of_page {
                // A page of this paragraph alone: fill it, leaving two for the next.
                take = room.max(1).min(rest.len());
                if rest.len() - take == 1 && take > 2 {
                    take -= 1;
                }
            } else if take < 2 {
                self.new_page();
                continue;
            }
            let (now, later) = rest.split_at(take);
            for line in now {
                self.line(shaped, line.clone(), self.geometry.left);
            }
            self.new_page();
            rest = later;
        }
    }
}

//! The fonts of a render: the embedded Noto Sans CJK KR subset (or the user's `--font`
//! file), and, only for the characters those lack, fonts found on the system.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use rustybuzz::Face;

use super::FontChoice;
use super::glyphs::Shaped;
use crate::careful_read;
use crate::error::{Error, Result};
use crate::words::{Words, t};

/// Cut by `fonts/subset.sh` from Noto Sans CJK KR (OFL 1.1, see `fonts/OFL.txt`). The bytes
/// sit in the binary's read-only data; nothing parses them before `render` is called.
static EMBEDDED_REGULAR: &[u8] = include_bytes!("../../../fonts/NotoSansCJKkr-Regular-subset.otf");
static EMBEDDED_BOLD: &[u8] = include_bytes!("../../../fonts/NotoSansCJKkr-Bold-subset.otf");

/// The bytes of a font file, borrowed from the binary or read at run time.
#[derive(Clone)]
enum Bytes {
    Static(&'static [u8]),
    Owned(Arc<Vec<u8>>),
}

impl Bytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Static(bytes) => bytes,
            Bytes::Owned(bytes) => bytes.as_slice(),
        }
    }

    fn krilla_data(&self) -> krilla::Data {
        match self {
            Bytes::Static(bytes) => krilla::Data::from(*bytes),
            Bytes::Owned(bytes) => krilla::Data::from(Arc::clone(bytes)),
        }
    }
}

/// One face: a font file and the face's number in it (for collections).
#[derive(Clone)]
struct Source {
    bytes: Bytes,
    index: u32,
}

/// Which faces a text is set in, by style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Style {
    Regular,
    Bold,
}

/// The font files a render uses, chosen before any text is shaped.
pub(super) struct Sources {
    regular: Source,
    bold: Option<Source>,
    fallbacks: Vec<Source>,
}

/// A character that needs a glyph: not a space (laid out by hand), not a control
/// character, not an invisible format character.
pub(super) fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            ' ' | '\u{A0}'
                | '\u{202F}'
                | '\u{AD}'
                | '\u{34F}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{E0000}'..='\u{E0FFF}'
        ))
}

fn has_glyph(face: &Face, c: char) -> bool {
    face.glyph_index(c).is_some_and(|g| g.0 != 0)
}

fn parse(source: &Source) -> Option<Face<'_>> {
    Face::from_slice(source.bytes.as_slice(), source.index)
}

impl Sources {
    /// The fonts for `choice`, plus system fonts for the characters of `regular` and
    /// `bold` texts that the chosen font lacks; a usage error names the characters that
    /// no font has.
    pub(super) fn choose<'t>(
        w: &Words,
        choice: &FontChoice,
        regular: impl Iterator<Item = &'t str>,
        bold: impl Iterator<Item = &'t str>,
    ) -> Result<Sources> {
        let (main, bold_source) = match choice {
            FontChoice::Embedded => (
                Source {
                    bytes: Bytes::Static(EMBEDDED_REGULAR),
                    index: 0,
                },
                Some(Source {
                    bytes: Bytes::Static(EMBEDDED_BOLD),
                    index: 0,
                }),
            ),
            FontChoice::File(path) => (font_file(w, path)?, None),
        };

        let missing = {
            let regular_face =
                parse(&main).ok_or_else(|| Error::failed(t!(w, "pdf-embedded-font-unreadable")))?;
            let bold_face = bold_source.as_ref().and_then(parse);
            // Each character once: the letters repeat most of theirs.
            let regular_chars: BTreeSet<char> = regular.flat_map(str::chars).collect();
            let bold_chars: BTreeSet<char> = bold.flat_map(str::chars).collect();
            let mut missing = BTreeSet::new();
            missing.extend(
                regular_chars
                    .into_iter()
                    .filter(|&c| needs_glyph(c) && !has_glyph(&regular_face, c)),
            );
            missing.extend(bold_chars.into_iter().filter(|&c| {
                needs_glyph(c)
                    && !has_glyph(&regular_face, c)
                    && !bold_face.as_ref().is_some_and(|f| has_glyph(f, c))
            }));
            missing
        };

        // What the chosen font lacks comes from the built-in font first, then from the
        // system's fonts.
        let mut fallbacks = Vec::new();
        let mut missing = missing;
        if matches!(choice, FontChoice::File(_)) && !missing.is_empty() {
            let embedded = Source {
                bytes: Bytes::Static(EMBEDDED_REGULAR),
                index: 0,
            };
            if let Some(face) = parse(&embedded) {
                let before = missing.len();
                missing.retain(|&c| !has_glyph(&face, c));
                if missing.len() < before {
                    fallbacks.push(embedded);
                }
            }
        }
        if !missing.is_empty() {
            fallbacks.extend(system_fallbacks(w, missing)?);
        }
        Ok(Sources {
            regular: main,
            bold: bold_source,
            fallbacks,
        })
    }
}

/// The font file the user gave, read and checked to be a font both engines take.
fn font_file(w: &Words, path: &std::path::Path) -> Result<Source> {
    let cannot = |why: String| {
        Error::usage(t!(
            w,
            "pdf-cannot-read-font",
            path = path.display().to_string(),
            why = why
        ))
    };
    let bytes = careful_read::read(w, path, careful_read::FONT, None)
        .map_err(cannot)?
        .ok_or_else(|| cannot(t!(w, "files-not-found")))?
        .bytes;
    let source = Source {
        bytes: Bytes::Owned(Arc::new(bytes)),
        index: 0,
    };
    let usable = parse(&source).is_some()
        && krilla::text::Font::new(source.bytes.krilla_data(), 0).is_some();
    if !usable {
        return Err(Error::usage(t!(
            w,
            "pdf-not-a-font",
            path = path.display().to_string()
        )));
    }
    Ok(source)
}

/// Faces of the system's fonts that have glyphs for `missing`, found with fontdb; an
/// error names what none of them has.
fn system_fallbacks(w: &Words, mut missing: BTreeSet<char>) -> Result<Vec<Source>> {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    // Upright faces of regular weight first; then by name, for the same choice on every
    // run whatever order the directories were read in.
    let mut faces: Vec<(i32, bool, String, fontdb::ID)> = db
        .faces()
        .map(|face| {
            (
                (i32::from(face.weight.0) - 400).abs(),
                face.style != fontdb::Style::Normal,
                face.post_script_name.clone(),
                face.id,
            )
        })
        .collect();
    faces.sort();
    let mut found = Vec::new();
    for (_, _, _, id) in faces {
        if missing.is_empty() {
            break;
        }
        // A font file is read whole: none larger than a font can be.
        if let Some((fontdb::Source::File(path), _)) = db.face_source(id)
            && std::fs::metadata(&path).map_or(true, |m| m.len() > careful_read::FONT)
        {
            continue;
        }
        let taken = db.with_face_data(id, |data, index| {
            let face = Face::from_slice(data, index)?;
            let covered: Vec<char> = missing
                .iter()
                .copied()
                .filter(|&c| has_glyph(&face, c))
                .collect();
            if covered.is_empty() {
                return None;
            }
            let bytes = Bytes::Owned(Arc::new(data.to_vec()));
            krilla::text::Font::new(bytes.krilla_data(), index)?;
            Some((covered, Source { bytes, index }))
        });
        if let Some(Some((covered, source))) = taken {
            for c in covered {
                missing.remove(&c);
            }
            found.push(source);
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(Error::usage(missing_message(w, &missing)))
    }
}

/// The most characters an error names; the others are counted.
const NAMED: usize = 5;

fn missing_message(w: &Words, missing: &BTreeSet<char>) -> String {
    let mut named: Vec<String> = missing
        .iter()
        .take(NAMED)
        .map(|&c| {
            t!(
                w,
                "pdf-character",
                character = c.to_string(),
                code = format!("{:04X}", u32::from(c))
            )
        })
        .collect();
    if missing.len() > NAMED {
        named.push(t!(w, "pdf-more-characters", count = missing.len() - NAMED));
    }
    t!(
        w,
        "pdf-no-glyph",
        characters = w.list(&named),
        count = missing.len()
    )
}

/// A parsed face, for shaping (rustybuzz) and for the PDF (krilla).
pub(super) struct LoadedFace<'a> {
    pub(super) shaper: Face<'a>,
    pub(super) pdf: krilla::text::Font,
    pub(super) units_per_em: f32,
    /// The space glyph and its advance in em, when the face has one.
    pub(super) space: Option<(u16, f32)>,
    /// The advance of U+202F NARROW NO-BREAK SPACE in em: the face's own glyph, else its
    /// thin space, else 1/6 em.
    pub(super) narrow: (Option<u16>, f32),
    /// U+00A0 NO-BREAK SPACE: the face's own glyph, else the space.
    pub(super) nbsp: (Option<u16>, f32),
    /// The ascender and descender (positive down) in em.
    pub(super) ascent: f32,
    pub(super) descent: f32,
}

/// A shaping plan, made once for each face, script and language (making one is slow).
struct Plan {
    face: usize,
    script: rustybuzz::Script,
    language: Option<rustybuzz::Language>,
    plan: rustybuzz::ShapePlan,
}

/// Every face of a render, in the order of `Faces::chain`.
pub(super) struct Faces<'a> {
    pub(super) faces: Vec<LoadedFace<'a>>,
    bold: Option<usize>,
    plans: RefCell<Vec<Plan>>,
    /// A buffer to reuse from one shaping to the next.
    buffer: RefCell<Option<rustybuzz::UnicodeBuffer>>,
    /// Texts shaped already, by text, style, size and language (see `text::shape`).
    pub(super) shaped: RefCell<ShapedMemo>,
}

pub(super) type ShapedMemo = HashMap<(String, Style, u32, String), Rc<Shaped>>;

impl<'a> Faces<'a> {
    pub(super) fn load(w: &Words, sources: &'a Sources) -> Result<Faces<'a>> {
        let mut faces = Vec::new();
        let mut bold = None;
        faces.push(load_face(w, &sources.regular)?);
        if let Some(source) = &sources.bold {
            bold = Some(faces.len());
            faces.push(load_face(w, source)?);
        }
        for source in &sources.fallbacks {
            faces.push(load_face(w, source)?);
        }
        Ok(Faces {
            faces,
            bold,
            plans: RefCell::new(Vec::new()),
            buffer: RefCell::new(None),
            shaped: RefCell::new(HashMap::new()),
        })
    }

    /// Shapes `text` left to right in face `face` (which exists: see `shape_run`).
    pub(super) fn shape(
        &self,
        face: &LoadedFace<'a>,
        index: usize,
        text: &str,
        language: Option<&rustybuzz::Language>,
    ) -> rustybuzz::GlyphBuffer {
        let mut buffer = self.buffer.borrow_mut().take().unwrap_or_default();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        if let Some(language) = language {
            buffer.set_language(language.clone());
        }
        buffer.guess_segment_properties();
        let script = buffer.script();
        let mut plans = self.plans.borrow_mut();
        let found = plans
            .iter()
            .position(|p| p.face == index && p.script == script && p.language.as_ref() == language);
        let at = match found {
            Some(at) => at,
            None => {
                plans.push(Plan {
                    face: index,
                    script,
                    language: language.cloned(),
                    plan: rustybuzz::ShapePlan::new(
                        &face.shaper,
                        rustybuzz::Direction::LeftToRight,
                        Some(script),
                        language,
                        &[],
                    ),
                });
                plans.len() - 1
            }
        };
        rustybuzz::shape_with_plan(&face.shaper, &plans[at].plan, buffer)
    }

    /// Gives a shaped buffer back, to be reused.
    pub(super) fn recycle(&self, shaped: rustybuzz::GlyphBuffer) {
        *self.buffer.borrow_mut() = Some(shaped.clear());
    }

    /// The faces to try, in order, for a character of `style`.
    pub(super) fn chain(&self, style: Style) -> impl Iterator<Item = usize> + '_ {
        let first = match style {
            Style::Bold => self.bold,
            Style::Regular => None,
        };
        first
            .into_iter()
            .chain((0..self.faces.len()).filter(move |&i| Some(i) != self.bold))
    }

    /// The first face of `style` that has `c`, or the style's main face.
    pub(super) fn face_for(&self, style: Style, c: char) -> usize {
        self.chain(style)
            .find(|&i| has_glyph(&self.faces[i].shaper, c))
            .unwrap_or_else(|| self.main(style))
    }

    pub(super) fn has(&self, face: usize, c: char) -> bool {
        self.faces
            .get(face)
            .is_some_and(|f| has_glyph(&f.shaper, c))
    }

    pub(super) fn main(&self, style: Style) -> usize {
        match style {
            Style::Bold => self.bold.unwrap_or(0),
            Style::Regular => 0,
        }
    }
}

fn load_face<'s>(w: &Words, source: &'s Source) -> Result<LoadedFace<'s>> {
    let shaper = parse(source).ok_or_else(|| Error::failed(t!(w, "pdf-font-unreadable")))?;
    let pdf = krilla::text::Font::new(source.bytes.krilla_data(), source.index)
        .ok_or_else(|| Error::failed(t!(w, "pdf-font-unreadable-for-pdf")))?;
    let units_per_em = shaper.units_per_em().max(1) as f32;
    let advance = |c: char| -> Option<(u16, f32)> {
        let glyph = shaper.glyph_index(c).filter(|g| g.0 != 0)?;
        let advance = shaper.glyph_hor_advance(glyph)?;
        Some((glyph.0, f32::from(advance) / units_per_em))
    };
    let space = advance(' ');
    let space_width = space.map_or(0.25, |(_, w)| w);
    let narrow = match advance('\u{202F}') {
        Some((glyph, width)) => (Some(glyph), width),
        None => (
            space.map(|(g, _)| g),
            advance('\u{2009}').map_or(1.0 / 6.0, |(_, w)| w),
        ),
    };
    let nbsp = match advance('\u{A0}') {
        Some((glyph, width)) => (Some(glyph), width),
        None => (space.map(|(g, _)| g), space_width),
    };
    let ascent = f32::from(shaper.ascender()) / units_per_em;
    let descent = -f32::from(shaper.descender()) / units_per_em;
    Ok(LoadedFace {
        shaper,
        pdf,
        units_per_em,
        space,
        narrow,
        nbsp,
        ascent,
        descent,
    })
}

#[cfg(test)]
pub(super) fn embedded_regular_has(c: char) -> bool {
    Face::from_slice(EMBEDDED_REGULAR, 0).is_some_and(|f| has_glyph(&f, c))
}

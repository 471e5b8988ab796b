//! Shaping (rustybuzz) and line breaking (unicode-linebreak, greedy, ragged right).

use std::ops::Range;
use std::rc::Rc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::fonts::{Faces, Style, needs_glyph};
pub(super) use super::glyphs::{Glyph, Kind, Line, Shaped};

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Shapes `text` in `style` at `size` points, once a render: an envelope's letters are
/// often the same (the French letter after each Korean copy), and shaping is the costly
/// part of the layout.
pub(super) fn shape(
    faces: &Faces,
    text: &str,
    style: Style,
    size: f32,
    language: &str,
) -> Rc<Shaped> {
    let key = (text.to_owned(), style, size.to_bits(), language.to_owned());
    if let Some(shaped) = faces.shaped.borrow().get(&key) {
        return Rc::clone(shaped);
    }
    let shaped = Rc::new(shape_text(faces, text, style, size, language));
    faces.shaped.borrow_mut().insert(key, Rc::clone(&shaped));
    shaped
}

/// Shapes `text`. Characters no face has were refused before (see `Sources::choose`);
/// were one left, it would show as the face's .notdef.
fn shape_text(faces: &Faces, text: &str, style: Style, size: f32, language: &str) -> Shaped {
    let mut glyphs = Vec::with_capacity(text.len());
    let main = faces.main(style);
    let language = language.parse::<rustybuzz::Language>().ok();
    let mut run: Option<(usize, usize)> = None; // (face, start byte)
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = chars.peek().map_or(text.len(), |&(next, _)| next);
        if !needs_glyph(c) {
            if let Some((face, start)) = run.take() {
                shape_run(faces, face, text, start..at, language.as_ref(), &mut glyphs);
            }
            let space = match c {
                ' ' | '\t' => {
                    let face = &faces.faces[main];
                    Some((
                        face.space.map(|(g, _)| g),
                        face.space.map_or(0.25, |(_, w)| w),
                        Kind::Space,
                    ))
                }
                '\u{A0}' => {
                    let (id, width) = faces.faces[main].nbsp;
                    Some((id, width, Kind::Joining))
                }
                '\u{202F}' => {
                    let (id, width) = faces.faces[main].narrow;
                    Some((id, width, Kind::Joining))
                }
                _ => None,
            };
            if let Some((id, advance, kind)) = space {
                glyphs.push(Glyph {
                    face: main,
                    id,
                    advance,
                    dx: 0.0,
                    dy: 0.0,
                    text: at..end,
                    kind,
                });
            }
            continue;
        }
        let face = match run {
            Some((current, _)) if is_combining(c) && faces.has(current, c) => current,
            _ => faces.face_for(style, c),
        };
        match run {
            Some((current, _)) if current == face => {}
            Some((current, start)) => {
                shape_run(
                    faces,
                    current,
                    text,
                    start..at,
                    language.as_ref(),
                    &mut glyphs,
                );
                run = Some((face, at));
            }
            None => run = Some((face, at)),
        }
    }
    if let Some((face, start)) = run {
        shape_run(
            faces,
            face,
            text,
            start..text.len(),
            language.as_ref(),
            &mut glyphs,
        );
    }
    Shaped {
        text: text.to_owned(),
        size,
        glyphs,
    }
}

fn shape_run(
    faces: &Faces,
    face_index: usize,
    text: &str,
    range: Range<usize>,
    language: Option<&rustybuzz::Language>,
    out: &mut Vec<Glyph>,
) {
    let Some(face) = faces.faces.get(face_index) else {
        return;
    };
    let Some(piece) = text.get(range.clone()) else {
        return;
    };
    let shaped = faces.shape(face, face_index, piece, language);
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let upem = face.units_per_em;
    let first = out.len();
    for (info, position) in infos.iter().zip(positions) {
        let start = range.start + info.cluster as usize;
        out.push(Glyph {
            face: face_index,
            id: u16::try_from(info.glyph_id).ok(),
            advance: position.x_advance as f32 / upem,
            dx: position.x_offset as f32 / upem,
            dy: position.y_offset as f32 / upem,
            text: start..range.end,
            kind: Kind::Ink,
        });
    }
    // A glyph's text runs to the start of the next cluster.
    let added = &mut out[first..];
    for i in 0..added.len() {
        let start = added[i].text.start;
        let end = added[i + 1..]
            .iter()
            .map(|g| g.text.start)
            .find(|&s| s > start)
            .unwrap_or(range.end);
        added[i].text.end = end;
    }
    faces.recycle(shaped);
}

/// Where lines may end in `text`: byte offsets, and whether the break is forced.
fn break_points(text: &str, language: &str) -> Vec<(usize, bool)> {
    let korean =
        language.eq_ignore_ascii_case("ko") || language.to_ascii_lowercase().starts_with("ko-");
    linebreaks(text)
        .filter_map(|(at, opportunity)| {
            let mandatory = opportunity == BreakOpportunity::Mandatory;
            if mandatory || at >= text.len() {
                return Some((at, mandatory || at >= text.len()));
            }
            let before = text.get(..at)?.chars().next_back()?;
            let after = text.get(at..)?.chars().next()?;
            let joined = matches!(before, '\u{A0}' | '\u{202F}')
                || matches!(after, '\u{A0}' | '\u{202F}')
                || (is_hangul_syllable(before) && is_hangul_syllable(after))
                || (korean && !before.is_whitespace());
            (!joined).then_some((at, false))
        })
        .collect()
}

/// Breaks `shaped` into lines no wider than `width` points: greedy, at the break
/// points; a piece wider than a line is split between clusters.
pub(super) fn break_lines(shaped: &Shaped, width: f32, language: &str) -> Vec<Line> {
    let size = shaped.size;
    let glyphs = &shaped.glyphs;
    // The index of the first glyph at or after each byte offset.
    let glyph_at = |at: usize| glyphs.partition_point(|g| g.text.start < at);
    let measure = |range: Range<usize>| -> (Range<usize>, f32) {
        let mut end = range.end;
        while end > range.start && glyphs[end - 1].kind == Kind::Space {
            end -= 1;
        }
        let w: f32 = glyphs[range.start..end].iter().map(|g| g.advance).sum();
        (range.start..end, w * size)
    };
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut fitting: Option<usize> = None;
    for (at, mandatory) in break_points(&shaped.text, language) {
        let end = glyph_at(at).max(start);
        while end > start {
            let (_, w) = measure(start..end);
            if w <= width + 0.01 {
                fitting = Some(end);
                break;
            }
            match fitting.filter(|&f| f > start) {
                Some(f) => {
                    let (range, w) = measure(start..f);
                    lines.push(Line {
                        glyphs: range,
                        width: w,
                    });
                    start = f;
                    fitting = None;
                }
                None => {
                    // One piece wider than the line: cut it between clusters.
                    let cut = cut_point(glyphs, start, end, width / size);
                    let (range, w) = measure(start..cut);
                    lines.push(Line {
                        glyphs: range,
                        width: w,
                    });
                    start = cut;
                }
            }
        }
        if mandatory {
            let (range, w) = measure(start..end);
            lines.push(Line {
                glyphs: range,
                width: w,
            });
            start = end;
            fitting = None;
        }
    }
    if start < glyphs.len() {
        let (range, w) = measure(start..glyphs.len());
        lines.push(Line {
            glyphs: range,
            width: w,
        });
    }
    if lines.is_empty() {
        lines.push(Line {
            glyphs: 0..0,
            width: 0.0,
        });
    }
    lines
}

/// The end of the longest run of whole clusters from `start` that fits `width` em,
/// at least one cluster.
fn cut_point(glyphs: &[Glyph], start: usize, end: usize, width: f32) -> usize {
    let mut used = 0.0;
    let mut cut = start;
    let mut i = start;
    while i < end {
        let cluster = glyphs[i].text.start;
        let mut j = i;
        let mut w = 0.0;
        while j < end && glyphs[j].text.start == cluster {
            w += glyphs[j].advance;
            j += 1;
        }
        if used + w > width && cut > start {
            break;
        }
        used += w;
        cut = j;
        i = j;
    }
    cut.max(start + 1).min(end)
}

/// The width in points of a whole text set on one line.
pub(super) fn width(shaped: &Shaped) -> f32 {
    shaped.glyphs.iter().map(|g| g.advance).sum::<f32>() * shaped.size
}

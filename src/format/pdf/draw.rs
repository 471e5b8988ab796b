//! Writing the laid-out pages as a PDF with krilla, which subsets the fonts.

use krilla::geom::{PathBuilder, Point, Size};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};

use super::fonts::Faces;
use super::layout::{Geometry, MM, Page, Placed};
use crate::error::{Error, Result};
use crate::words::{Words, t};

pub(super) fn pdf(
    w: &Words,
    faces: &Faces,
    geometry: &Geometry,
    pages: &[Page],
    first: Option<&super::Document>,
) -> Result<Vec<u8>> {
    let mut document = krilla::Document::new();
    let size = Size::from_wh(geometry.width, geometry.height)
        .ok_or_else(|| Error::failed(t!(w, "pdf-bad-page-size")))?;
    for page in pages {
        let mut pdf_page = document.start_page_with(PageSettings::new(size));
        let mut surface = pdf_page.surface();
        if page.fold_marks {
            fold_marks(&mut surface, geometry);
        }
        for placed in &page.lines {
            line(&mut surface, faces, placed);
        }
        surface.finish();
        pdf_page.finish();
    }
    let mut metadata = Metadata::new().creator("sister-letter".to_owned());
    if let Some(first) = first {
        metadata = metadata.title(first.subject.clone());
        if !first.language.is_empty() {
            metadata = metadata.language(first.language.clone());
        }
    }
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|e| Error::failed(t!(w, "pdf-cannot-write", why = format!("{e:?}"))))
}

/// Short strokes in the left margin at the folds.
fn fold_marks(surface: &mut Surface, geometry: &Geometry) {
    let mut path = PathBuilder::new();
    for y in geometry.folds {
        path.move_to(4.0 * MM, y);
        path.line_to(9.0 * MM, y);
    }
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            width: 0.5,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(krilla::paint::Fill::default()));
    }
}

/// One line: one run of glyphs a face; trailing spaces are left out.
fn line(surface: &mut Surface, faces: &Faces, placed: &Placed) {
    let shaped = &placed.shaped;
    let Some(glyphs) = shaped.glyphs.get(placed.line.glyphs.clone()) else {
        return;
    };
    let size = shaped.size;
    let mut x = placed.x;
    let mut run: Vec<KrillaGlyph> = Vec::new();
    let mut run_face = None;
    let mut run_x = x;
    let flush =
        |surface: &mut Surface, run: &mut Vec<KrillaGlyph>, face: Option<usize>, at: f32| {
            if let Some(font) = face.and_then(|f| faces.faces.get(f))
                && !run.is_empty()
            {
                surface.draw_glyphs(
                    Point::from_xy(at, placed.baseline),
                    run,
                    font.pdf.clone(),
                    &shaped.text,
                    size,
                    false,
                );
            }
            run.clear();
        };
    for glyph in glyphs {
        let Some(id) = glyph.id else {
            // A gap: a space the face has no glyph for.
            flush(surface, &mut run, run_face, run_x);
            x += glyph.advance * size;
            run_x = x;
            continue;
        };
        if run_face != Some(glyph.face) {
            flush(surface, &mut run, run_face, run_x);
            run_face = Some(glyph.face);
            run_x = x;
        }
        run.push(KrillaGlyph::new(
            GlyphId::new(u32::from(id)),
            glyph.advance,
            glyph.dx,
            glyph.dy,
            0.0,
            glyph.text.clone(),
            None,
        ));
        x += glyph.advance * size;
    }
    flush(surface, &mut run, run_face, run_x);
}

//! Shaped text as the layout and the drawing read it: glyphs, their kinds, and lines.
//! It imports nothing, so that the fonts (which keep shaped texts) and the shaper
//! (which makes them) need not import each other.

use std::ops::Range;

/// What a glyph is for the line breaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Ink (or a zero-width mark).
    Ink,
    /// A space a line may end with: it hangs past the margin and is not drawn there.
    Space,
    /// U+00A0 or U+202F: a space that joins.
    Joining,
}

/// One positioned glyph; lengths in em.
#[derive(Clone, Debug)]
pub(super) struct Glyph {
    pub(super) face: usize,
    /// `None` for a space drawn as a gap (a face without a space glyph).
    pub(super) id: Option<u16>,
    pub(super) advance: f32,
    pub(super) dx: f32,
    pub(super) dy: f32,
    /// The bytes of the text this glyph shows.
    pub(super) text: Range<usize>,
    pub(super) kind: Kind,
}

/// A text shaped at one size, and the lines it was broken into.
pub(super) struct Shaped {
    pub(super) text: String,
    pub(super) size: f32,
    pub(super) glyphs: Vec<Glyph>,
}

/// One line of a `Shaped`: the glyphs to draw and their width in points.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) glyphs: Range<usize>,
    pub(super) width: f32,
}

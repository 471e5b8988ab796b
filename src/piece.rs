//! The pieces of what a supporter gets, and sets of them: what a run composes. This
//! file imports nothing of the crate, so the campaign and the letter can name pieces
//! without depending on the formats.

/// One piece of what a supporter gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    Subject,
    Body,
    Recipients,
    Addresses,
    Phone,
    Post,
    /// An invitation for a friend to act too: asked for alone (`-p share`), never part
    /// of the package.
    Share,
}

impl Piece {
    #[cfg(test)]
    pub(crate) const ALL: [Piece; 7] = [
        Piece::Subject,
        Piece::Body,
        Piece::Recipients,
        Piece::Addresses,
        Piece::Phone,
        Piece::Post,
        Piece::Share,
    ];

    /// The pieces written from a template of the campaign, which it must have.
    pub(crate) const TEMPLATED: [Piece; 4] =
        [Piece::Subject, Piece::Body, Piece::Phone, Piece::Post];

    /// The pieces a campaign may write from a template of its own, with the program's
    /// words when it has none.
    pub(crate) const OPTIONALLY_TEMPLATED: [Piece; 1] = [Piece::Share];

    /// The piece's name on the command line.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Piece::Subject => "subject",
            Piece::Body => "body",
            Piece::Recipients => "recipients",
            Piece::Addresses => "addresses",
            Piece::Phone => "phone",
            Piece::Post => "post",
            Piece::Share => "share",
        }
    }

    /// The name of the piece's template (`templates/LANG/NAME.hbs`), if it may have one.
    pub(crate) fn template(self) -> Option<&'static str> {
        (Piece::TEMPLATED.contains(&self) || Piece::OPTIONALLY_TEMPLATED.contains(&self))
            .then(|| self.name())
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// What `--part` asks for: the whole letter, or one piece alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    All,
    Only(Piece),
}

impl Part {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::Only(piece) => piece.name(),
        }
    }
}

/// A set of pieces: those a run composes, so that no other template is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pieces(u8);

impl Pieces {
    /// Every piece of the package: all but the invitation to share.
    pub(crate) const ALL: Pieces = Pieces(0b11_1111);

    pub(crate) fn of(pieces: &[Piece]) -> Pieces {
        Pieces(pieces.iter().fold(0, |bits, p| bits | p.bit()))
    }

    pub(crate) fn contains(self, piece: Piece) -> bool {
        self.0 & piece.bit() != 0
    }

    /// The pieces of the set that are written from templates.
    pub(crate) fn templated(self) -> impl Iterator<Item = Piece> {
        Piece::TEMPLATED
            .into_iter()
            .filter(move |p| self.contains(*p))
    }
}

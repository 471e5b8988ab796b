//! The one error type: what can go wrong, where, and which exit code it means.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::exit_codes::ExitCode;
use crate::words::{Words, t};

/// A place in a file the user can edit: a campaign file, a template, the settings.
/// Lines and columns are 1-based. Errors and `check` problems both use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Location {
    /// The file as a whole.
    pub(crate) fn file(path: impl Into<PathBuf>) -> Location {
        Location {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    /// The place of byte `offset` in `text`, the contents of `path`.
    pub(crate) fn at_offset(path: impl Into<PathBuf>, text: &str, offset: usize) -> Location {
        let (line, column) = line_column(text, offset);
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }

    /// A line of `path`, without a column.
    pub(crate) fn at_line(path: impl Into<PathBuf>, line: usize) -> Location {
        Location {
            path: path.into(),
            line: Some(line),
            column: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{path}:{line}:{column}"),
            (Some(line), None) => write!(f, "{path}:{line}"),
            _ => write!(f, "{path}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// The user asked for something that cannot be done as asked.
    #[error("{0}")]
    Usage(String),

    /// A file the user can edit (a campaign, the settings) is broken.
    #[error("{location}: {message}")]
    File { location: Location, message: String },

    /// A file with several problems, each at its place: `check` lists them all, and
    /// composing says `summary` (the first, and how many more).
    #[error("{summary}")]
    Several {
        problems: Vec<(Location, String)>,
        summary: String,
    },

    /// Something outside the user's input failed.
    #[error("{0}")]
    Failed(String),

    /// A failure whose details were printed already (the problems `check` found).
    #[error("problems were found")]
    Reported,

    /// The user pressed Ctrl-C or Esc.
    #[error("interrupted")]
    Interrupted,
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub(crate) fn failed(message: impl Into<String>) -> Self {
        Error::Failed(message.into())
    }

    /// A problem with a whole file.
    pub(crate) fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::at(Location::file(path), message)
    }

    /// A problem at a place in a file.
    pub(crate) fn at(location: Location, message: impl Into<String>) -> Self {
        Error::File {
            location,
            message: message.into(),
        }
    }

    pub(crate) fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) | Error::File { .. } | Error::Several { .. } => ExitCode::Usage,
            Error::Failed(_) | Error::Reported => ExitCode::Failure,
            Error::Interrupted => ExitCode::Interrupted,
        }
    }
}

/// Where the TOML parser found a problem in `text`, the contents of `path`.
pub(crate) fn toml_location(path: &Path, text: &str, e: &toml::de::Error) -> Location {
    match e.span() {
        Some(span) => Location::at_offset(path, text, span.start),
        None => Location::file(path),
    }
}

/// An I/O error in plain words, without the temporary path some errors carry.
/// The common ones are said in the user's language; the others as the system says them.
pub(crate) fn plain(w: &Words, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => return t!(w, "files-permission-denied"),
        std::io::ErrorKind::NotFound => return t!(w, "files-not-found"),
        std::io::ErrorKind::StorageFull => return t!(w, "files-disk-full"),
        std::io::ErrorKind::ReadOnlyFilesystem => return t!(w, "files-read-only"),
        std::io::ErrorKind::AlreadyExists => return t!(w, "files-already-exists"),
        std::io::ErrorKind::IsADirectory => return t!(w, "files-is-a-folder"),
        std::io::ErrorKind::NotADirectory => return t!(w, "files-not-a-folder"),
        _ => {}
    }
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => e.kind().to_string(),
    }
}

/// The 1-based line and column of a byte offset in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_errors_name_file_line_and_column() {
        let err = Error::at(
            Location {
                path: "letters/x/campaign.toml".into(),
                line: Some(3),
                column: Some(7),
            },
            "unknown field `foo`",
        );
        assert_eq!(
            err.to_string(),
            "letters/x/campaign.toml:3:7: unknown field `foo`"
        );
        assert_eq!(err.exit_code(), ExitCode::Usage);
        assert_eq!(Location::at_line("a.hbs", 4).to_string(), "a.hbs:4");
        assert_eq!(Location::file("a.hbs").to_string(), "a.hbs");
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        assert_eq!(line_column("ab\ncd\nef", 0), (1, 1));
        assert_eq!(line_column("ab\ncd\nef", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
        // An offset inside a character counts as that character.
        assert_eq!(line_column("é", 1), (1, 1));
    }
}

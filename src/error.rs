//! The one error type: what can go wrong, and which exit code it means.

use std::path::PathBuf;

use crate::exit_codes::ExitCode;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user asked for something that cannot be done as asked.
    #[error("{0}")]
    Usage(String),

    /// A file the user can edit (a campaign, the settings) is broken; `line` and `column` are 1-based.
    #[error("{}: {message}", location(path, *line, *column))]
    File {
        path: PathBuf,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
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

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Error::Failed(message.into())
    }

    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::File {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) | Error::File { .. } => ExitCode::Usage,
            Error::Failed(_) | Error::Reported => ExitCode::Failure,
            Error::Interrupted => ExitCode::Interrupted,
        }
    }
}

fn location(path: &std::path::Path, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!("{}:{line}:{column}", path.display()),
        (Some(line), None) => format!("{}:{line}", path.display()),
        _ => path.display().to_string(),
    }
}

/// The 1-based line and column of a byte offset in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_errors_name_file_line_and_column() {
        let err = Error::File {
            path: "letters/x/campaign.toml".into(),
            line: Some(3),
            column: Some(7),
            message: "unknown field `foo`".into(),
        };
        assert_eq!(
            err.to_string(),
            "letters/x/campaign.toml:3:7: unknown field `foo`"
        );
        assert_eq!(err.exit_code(), ExitCode::Usage);
    }

    #[test]
    fn offsets_become_lines_and_columns() {
        assert_eq!(line_column("ab\ncd\nef", 0), (1, 1));
        assert_eq!(line_column("ab\ncd\nef", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
    }
}

//! What was given, and where from: the command line, the environment, the settings
//! file, or a question. A value keeps its source, so that an error names the right
//! place to fix it.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::format::{Format, Part};
use crate::postal::{EnvelopeLayout, Paper};
use crate::values::Checked;
use crate::words::{Words, t};

/// Where a value came from, so that an error names the right place to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Flag(&'static str),
    Env(&'static str),
    Settings {
        path: PathBuf,
        key: &'static str,
    },
    /// The question for the From address.
    FromQuestion,
}

impl Source {
    /// Where the value came from, in words: `--name`, "the environment variable …".
    pub(crate) fn shown(&self, w: &Words) -> String {
        match self {
            Source::Flag(flag) => flag.to_string(),
            Source::Env(var) => t!(w, "request-source-env", var = *var),
            Source::Settings { path, key } => t!(
                w,
                "request-source-settings",
                key = *key,
                path = path.display().to_string()
            ),
            Source::FromQuestion => t!(w, "request-source-from-question"),
        }
    }
}

/// A value as it was given, and where from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sourced {
    pub value: String,
    pub source: Source,
}

impl Sourced {
    pub(crate) fn flag(flag: &'static str, value: impl Into<String>) -> Sourced {
        Sourced {
            value: value.into(),
            source: Source::Flag(flag),
        }
    }

    /// The value checked by `check`; a refusal names where the value came from.
    pub(super) fn checked(&self, w: &Words, check: impl Fn(&str) -> Checked) -> Result<String> {
        check(&self.value).map_err(|why| {
            Error::usage(t!(
                w,
                "request-refused",
                source = self.source.shown(w),
                why = why
            ))
        })
    }
}

/// What the command line and the environment give, before any check.
#[derive(Debug, Clone, Default)]
pub(crate) struct Given {
    pub campaign: Option<String>,
    pub name: Option<Sourced>,
    pub lang: Option<Sourced>,
    pub city: Option<Sourced>,
    pub note: Option<Sourced>,
    /// The name and the town in the Latin script.
    pub latin_name: Option<Sourced>,
    pub latin_city: Option<Sourced>,
    /// The notes of other languages than the letter's: the language, the note.
    pub note_for: Vec<(Sourced, Sourced)>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub from: Option<Sourced>,
    pub format: Option<Format>,
    pub part: Option<Part>,
    /// The columns to break text lines at.
    pub wrap: Option<u16>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub copy: bool,
    pub address: Vec<String>,
    pub country: Option<Sourced>,
    pub paper: Option<Paper>,
    pub envelope: Option<EnvelopeLayout>,
    pub recipients: Vec<String>,
    pub font: Option<PathBuf>,
    pub open: bool,
}

//! Saved settings: the answers a user chose to remember, in `config.toml` in their
//! config folder (XDG on Linux). The offer to remember them is a question of the request.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::atomic_file::{self, Replace};
use crate::error::{Error, Location, Result, plain, toml_location};
use crate::words::{Words, t};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Settings {
    pub name: Option<String>,
    pub lang: Option<String>,
    pub city: Option<String>,
    pub from: Option<String>,
    /// The sender's postal address, one line each, for printed letters.
    pub address: Option<Vec<String>>,
    /// The sender's country (ISO 3166), for the country line of printed letters.
    pub country: Option<String>,
    /// False once the user said not to remember anything: they are not asked again.
    pub remember: Option<bool>,
}

/// The saved settings, or none; a broken file is an error, never a silent reset.
pub(crate) fn load(w: &Words, path: &Path) -> Result<Option<Settings>> {
    let unusable = |why: String| {
        Error::at(
            Location::file(path),
            t!(w, "settings-fix-or-skip", why = why),
        )
    };
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| unusable(t!(w, "settings-not-utf8")))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(unusable(t!(w, "settings-cannot-read", why = plain(w, &e))));
        }
    };
    toml::from_str(&text).map(Some).map_err(|e| {
        Error::at(
            toml_location(path, &text, &e),
            t!(
                w,
                "settings-fix-or-skip",
                why = e.message().trim_end().to_string()
            ),
        )
    })
}

pub(crate) fn save(w: &Words, path: &Path, settings: &Settings) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::failed(t!(
                w,
                "settings-cannot-create",
                path = dir.display().to_string(),
                why = plain(w, &e)
            ))
        })?;
    }
    let text = toml::to_string(settings)
        .map_err(|e| Error::failed(t!(w, "settings-cannot-write", why = e.to_string())))?;
    atomic_file::write(w, path, text.as_bytes(), Replace::Always)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_file_is_bad_input_that_names_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("config.toml");
        std::fs::create_dir(&folder).unwrap();
        let binary = dir.path().join("binary.toml");
        std::fs::write(&binary, b"name = \"\xff\"\n").unwrap();
        for path in [&folder, &binary] {
            let err = load(&Words::english(), path).unwrap_err();
            assert_eq!(err.exit_code(), crate::exit_codes::ExitCode::Usage);
            let message = err.to_string();
            assert!(
                message.starts_with(&path.display().to_string()),
                "{message}"
            );
            assert!(message.contains("--no-config"), "{message}");
        }
    }

    #[test]
    fn a_broken_file_names_its_line_and_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "name = \"Ada\"\ncolour = 1\n").unwrap();
        let err = load(&Words::english(), &path).unwrap_err().to_string();
        assert!(err.contains("config.toml:2:1"), "{err}");
        assert!(err.contains("--no-config"), "{err}");
    }
}

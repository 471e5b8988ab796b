//! Saved settings: the defaults a user chose to remember, in `config.toml` in their
//! config folder (XDG on Linux).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, line_column};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub name: Option<String>,
    pub lang: Option<String>,
    pub city: Option<String>,
    pub from: Option<String>,
    /// False once the user said not to remember anything: they are not asked again.
    pub remember: Option<bool>,
}

/// Where the settings live, when the system has a config folder.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "sister-letter")
        .map(|d| d.config_dir().join("config.toml"))
}

/// The saved settings, or none; a broken file is an error, never a silent reset.
pub fn load(path: &Path) -> Result<Option<Settings>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::failed(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    toml::from_str(&text).map(Some).map_err(|e| {
        let (line, column) = e.span().map(|s| line_column(&text, s.start)).unzip();
        Error::File {
            path: path.to_path_buf(),
            line,
            column,
            message: format!(
                "{} (fix it, or run with --no-config)",
                e.message().trim_end()
            ),
        }
    })
}

pub fn save(path: &Path, settings: &Settings) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
    }
    let text = toml::to_string(settings)
        .map_err(|e| Error::failed(format!("cannot write the settings: {e}")))?;
    crate::output::to_file(path, &text, true)
}

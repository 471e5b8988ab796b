//! Saved settings: the answers a user chose to remember, in `config.toml` in their
//! config folder (XDG on Linux). The offer to remember them is a question of the request.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::atomic_file::{self, Replace};
use crate::careful_read;
use crate::error::{Error, Location, Result, plain, toml_location};
use crate::words::{Words, t};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Settings {
    pub name: Option<String>,
    pub lang: Option<String>,
    pub city: Option<String>,
    /// The name and the town in the Latin script, for letters in languages written in it.
    pub latin_name: Option<String>,
    pub latin_city: Option<String>,
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
    let text = match careful_read::read(w, path, careful_read::DATA, None) {
        Ok(Some(contents)) => {
            String::from_utf8(contents.bytes).map_err(|_| unusable(t!(w, "settings-not-utf8")))?
        }
        Ok(None) => return Ok(None),
        Err(why) => return Err(unusable(t!(w, "settings-cannot-read", why = why))),
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
    // A link to someone else's file is not ours to write through.
    if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink())
        && let Ok(target) = std::fs::metadata(path)
        // SAFETY: geteuid has no preconditions and cannot fail.
        && std::os::unix::fs::MetadataExt::uid(&target) != unsafe { libc::geteuid() }
    {
        return Err(Error::failed(t!(
            w,
            "settings-link-to-another-user",
            path = path.display().to_string()
        )));
    }
    let text = toml::to_string(settings)
        .map_err(|e| Error::failed(t!(w, "settings-cannot-write", why = e.to_string())))?;
    atomic_file::write(w, path, text.as_bytes(), Replace::Always)
}

/// Saves `mine`, the settings this run ends with, where the run found `base`: the file is
/// read again first, and only what this run changed from `base` is written over what is
/// there now, so that two runs saving at once each keep what the other saved.
pub(crate) fn update(
    w: &Words,
    path: &Path,
    base: Option<&Settings>,
    mine: &Settings,
) -> Result<()> {
    match load(w, path)? {
        Some(theirs) => save(
            w,
            path,
            &merged(&base.cloned().unwrap_or_default(), mine, &theirs),
        ),
        // Nothing there now: nothing of another run's to keep.
        None => save(w, path, mine),
    }
}

/// `theirs`, with each value that `mine` changed from `base`.
fn merged(base: &Settings, mine: &Settings, theirs: &Settings) -> Settings {
    fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
        match mine == base {
            true => theirs.clone(),
            false => mine.clone(),
        }
    }
    Settings {
        name: pick(&base.name, &mine.name, &theirs.name),
        lang: pick(&base.lang, &mine.lang, &theirs.lang),
        city: pick(&base.city, &mine.city, &theirs.city),
        latin_name: pick(&base.latin_name, &mine.latin_name, &theirs.latin_name),
        latin_city: pick(&base.latin_city, &mine.latin_city, &theirs.latin_city),
        from: pick(&base.from, &mine.from, &theirs.from),
        address: pick(&base.address, &mine.address, &theirs.address),
        country: pick(&base.country, &mine.country, &theirs.country),
        remember: pick(&base.remember, &mine.remember, &theirs.remember),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_never_written_through_a_link_to_another_user_s_file() {
        let w = Words::english();
        let dir = tempfile::tempdir().unwrap();
        let theirs = dir.path().join("theirs.toml");
        std::fs::write(&theirs, "name = \"Bea\"\n").unwrap();
        // Owned by another user: as root, chown makes it so; as anyone else, a file of
        // root's stands for it.
        // SAFETY: geteuid has no preconditions.
        let target = match unsafe { libc::geteuid() } {
            0 => {
                std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
                theirs.clone()
            }
            _ => std::path::PathBuf::from("/etc/hostname"),
        };
        let path = dir.path().join("config.toml");
        std::os::unix::fs::symlink(&target, &path).unwrap();
        let before = std::fs::read(&target).unwrap();
        let err = save(&w, &path, &Settings::default()).unwrap_err();
        assert!(err.to_string().contains("another user"), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), before);
        // A link to one's own file is followed, as before.
        let own = dir.path().join("own.toml");
        std::fs::write(&own, "").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&own, &link).unwrap();
        save(&w, &link, &Settings::default()).unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    }

    #[test]
    fn two_runs_saving_at_once_keep_what_each_changed() {
        let w = Words::english();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let base = Settings {
            name: Some("Ada".into()),
            lang: Some("fr".into()),
            ..Settings::default()
        };
        save(&w, &path, &base).unwrap();
        // Both runs started from `base`; one saves a town, then the other a From address.
        let first = Settings {
            city: Some("Lyon".into()),
            ..base.clone()
        };
        let second = Settings {
            from: Some("ada@example.org".into()),
            ..base.clone()
        };
        update(&w, &path, Some(&base), &first).unwrap();
        update(&w, &path, Some(&base), &second).unwrap();
        let kept = load(&w, &path).unwrap().unwrap();
        assert_eq!(kept.city.as_deref(), Some("Lyon"), "{kept:?}");
        assert_eq!(kept.from.as_deref(), Some("ada@example.org"), "{kept:?}");
        assert_eq!(kept.name.as_deref(), Some("Ada"));
    }

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

//! Saved settings: the answers a user chose to remember, in `config.toml` in their
//! config folder (XDG on Linux), and the offer to remember them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::plain;
use crate::atomic_file::{self, Replace};
use crate::error::{Error, Location, Result, toml_location};
use crate::prompt::Ask;
use crate::words::{self, t};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
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

/// Where the settings live, when the system has a config folder.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "sister-letter")
        .map(|d| d.config_dir().join("config.toml"))
}

/// The saved settings, or none; a broken file is an error, never a silent reset.
pub fn load(path: &Path) -> Result<Option<Settings>> {
    let unusable =
        |why: String| Error::at(Location::file(path), t!(w, "settings-fix-or-skip", why = why));
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
            t!(w, "settings-fix-or-skip",
                why = e.message().trim_end().to_string()
            ),
        )
    })
}

pub fn save(path: &Path, settings: &Settings) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::failed(t!(w, "settings-cannot-create",
                path = dir.display().to_string(),
                why = plain(w, &e)
            ))
        })?;
    }
    let text = toml::to_string(settings)
        .map_err(|e| Error::failed(t!(w, "settings-cannot-write", why = e.to_string())))?;
    atomic_file::write(path, text.as_bytes(), Replace::Always)
}

/// After a run that asked questions: offer, once, to keep `answers` in `path`. A
/// settings file, even one that only says "no", means the offer was made. The letter is
/// out by then: settings that cannot be saved are a warning, not a failure.
pub fn offer_to_remember(
    ask: &mut dyn Ask,
    path: &Path,
    saved: Option<&Settings>,
    answers: Settings,
) -> Result<()> {
    // What this run did not ask for (a From address when no message was saved, a postal
    // address when no letter was printed) stays as saved.
    let answers = match saved {
        Some(saved) => Settings {
            city: answers.city.or_else(|| saved.city.clone()),
            from: answers.from.or_else(|| saved.from.clone()),
            address: answers.address.or_else(|| saved.address.clone()),
            country: answers.country.or_else(|| saved.country.clone()),
            ..answers
        },
        None => answers,
    };
    // Once said no, never asked again; answers already kept are not offered again.
    let question = match saved {
        Some(saved) if saved.remember == Some(false) || *saved == answers => return Ok(()),
        Some(_) => t!(w, "settings-ask-update", kept = kept(&answers)),
        None => t!(w, "settings-ask-remember",
            kept = kept(&answers),
            path = path.display().to_string()
        ),
    };
    let settings = if ask.confirm(&question, true)? {
        answers
    } else if saved.is_some() {
        return Ok(());
    } else {
        Settings {
            remember: Some(false),
            ..Settings::default()
        }
    };
    if let Err(e) = save(path, &settings) {
        crate::output::warn(&t!(w, "settings-not-remembered", why = e.to_string()));
    }
    Ok(())
}

/// What will be kept, in words: "your name (Ada), language (fr) and town (Lyon)".
fn kept(answers: &Settings) -> String {
    let address = answers.address.as_ref().map(|lines| lines.join(", "));
    let parts: Vec<String> = [
        answers
            .name
            .clone()
            .map(|v| t!(w, "settings-kept-name", value = v)),
        answers
            .lang
            .as_deref()
            .map(|v| t!(w, "settings-kept-language", value = words::language_name(v, v))),
        answers
            .city
            .clone()
            .map(|v| t!(w, "settings-kept-city", value = v)),
        answers
            .from
            .clone()
            .map(|v| t!(w, "settings-kept-from", value = v)),
        address.map(|v| t!(w, "settings-kept-address", value = v)),
        answers
            .country
            .clone()
            .map(|v| t!(w, "settings-kept-country", value = v)),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Never empty: a run that asked has a name and a language.
    t!(w, "settings-kept", list = words::list(&parts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::scripted::{Answer, Scripted};

    fn answers() -> Settings {
        Settings {
            name: Some("Ada".into()),
            lang: Some("fr".into()),
            ..Settings::default()
        }
    }

    #[test]
    fn yes_keeps_the_answers_and_no_keeps_only_the_refusal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sister-letter/config.toml");
        let mut ask = Scripted::new(&[Answer::Confirm(true)]);
        offer_to_remember(&mut ask, &path, None, answers()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(answers()));

        let path = dir.path().join("other.toml");
        let mut ask = Scripted::new(&[Answer::Confirm(false)]);
        offer_to_remember(&mut ask, &path, None, answers()).unwrap();
        let refused = load(&path).unwrap().unwrap();
        assert_eq!(refused.remember, Some(false));
        assert_eq!(refused.name, None);
    }

    #[test]
    fn the_offer_names_what_is_kept_and_changed_answers_can_update_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let mut ask = Scripted::new(&[Answer::Confirm(true)]);
        offer_to_remember(&mut ask, &path, None, answers()).unwrap();
        assert!(
            ask.transcript[0]
                .starts_with("Remember for next time your name (Ada) and language (French) (in ")
        );
        let changed = Settings {
            city: Some("Lyon".into()),
            ..answers()
        };
        let mut ask = Scripted::new(&[Answer::Confirm(true)]);
        offer_to_remember(&mut ask, &path, Some(&answers()), changed.clone()).unwrap();
        assert_eq!(
            ask.transcript,
            [
                "Update your saved answers to these: your name (Ada), language (French) and town (Lyon)?"
            ]
        );
        assert_eq!(load(&path).unwrap(), Some(changed.clone()));
        // The same answers again: nothing to offer.
        let mut ask = Scripted::new(&[]);
        offer_to_remember(&mut ask, &path, Some(&changed), changed.clone()).unwrap();
    }

    #[test]
    fn an_update_keeps_what_this_run_did_not_ask_for() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let saved = Settings {
            from: Some("ada@example.org".into()),
            ..answers()
        };
        // A printed letter: a postal address asked, no From address.
        let printed = Settings {
            address: Some(vec!["1 rue X".into()]),
            ..answers()
        };
        let mut ask = Scripted::new(&[Answer::Confirm(true)]);
        offer_to_remember(&mut ask, &path, Some(&saved), printed).unwrap();
        assert!(
            ask.transcript[0].contains("email address (ada@example.org)"),
            "{:?}",
            ask.transcript
        );
        let kept = load(&path).unwrap().unwrap();
        assert_eq!(kept.from.as_deref(), Some("ada@example.org"));
        assert_eq!(kept.address, Some(vec!["1 rue X".to_string()]));
    }

    #[test]
    fn the_offer_is_made_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        // No answer is scripted: asking would panic.
        let mut ask = Scripted::new(&[]);
        let refused = Settings {
            remember: Some(false),
            ..Settings::default()
        };
        offer_to_remember(&mut ask, &path, Some(&refused), answers()).unwrap();
        assert!(!path.exists());
    }

    #[test]
    fn an_unreadable_file_is_bad_input_that_names_the_way_out() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("config.toml");
        std::fs::create_dir(&folder).unwrap();
        let binary = dir.path().join("binary.toml");
        std::fs::write(&binary, b"name = \"\xff\"\n").unwrap();
        for path in [&folder, &binary] {
            let err = load(path).unwrap_err();
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
        let err = load(&path).unwrap_err().to_string();
        assert!(err.contains("config.toml:2:1"), "{err}");
        assert!(err.contains("--no-config"), "{err}");
    }
}

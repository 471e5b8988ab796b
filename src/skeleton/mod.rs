//! `new`: a campaign skeleton for a new city pair, from `--place` and `--lang` or asked
//! in a terminal. What it writes is in `text.rs`; here, what it is told and asked.
//! Nothing it writes is a fact: every fact is a placeholder (`check::PLACEHOLDER`) or a
//! commented example, and every sourced table says `confidence = "unverified"`.

mod text;

use std::path::Path;

use jiff::civil::Date;

use crate::atomic_file;
use crate::campaign::{is_id, is_language_code};
use crate::country;
use crate::error::{Error, Result};
use crate::prompt::Ask;
use crate::values::Checked;
use crate::words::{Words, t};

/// The longest place name taken.
const MAX_PLACE: usize = 100;

/// A city: its name as the first language writes it, and its country (ISO 3166-1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    pub name: String,
    pub country: String,
}

/// The city pair and the letters' languages: the first is the one the city written to
/// reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub city: Place,
    pub sister: Place,
    pub languages: Vec<String>,
}

/// What the command line gave: `--place` (at most twice) and `--lang` (repeated).
pub(crate) struct NewGiven<'a> {
    pub places: &'a [String],
    pub languages: &'a [String],
}

impl NewGiven<'_> {
    /// Whether nothing needs asking.
    pub(crate) fn whole(&self) -> bool {
        self.places.len() >= 2 && !self.languages.is_empty()
    }
}

/// Writes the skeleton of campaign `id` to `dir`, whole or not at all; with `ask`,
/// what the flags do not give is asked. How many files it wrote.
pub(crate) fn new(
    w: &Words,
    id: &str,
    dir: &Path,
    given: &NewGiven,
    ask: Option<&mut dyn Ask>,
    today: Date,
) -> Result<usize> {
    if !is_id(id) {
        return Err(Error::usage(t!(
            w,
            "new-bad-id",
            id = id.escape_debug().to_string()
        )));
    }
    // Before any question: a folder that would be refused at the end.
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        let shown = dir.display().to_string();
        return Err(Error::usage(t!(w, "files-folder-not-empty", path = shown)));
    }
    let pair = pair(w, given, ask)?;
    let files: Vec<(String, Vec<u8>, u32)> = text::files(id, &pair, today)
        .into_iter()
        .map(|(path, text)| (path, text.into_bytes(), 0o666))
        .collect();
    atomic_file::write_folder(w, dir, &files)?;
    Ok(files.len())
}

/// The pair, from the flags, with what they lack asked; without a terminal, a usage
/// error that says what to give.
fn pair(w: &Words, given: &NewGiven, ask: Option<&mut dyn Ask>) -> Result<Pair> {
    if given.places.len() > 2 {
        return Err(Error::usage(t!(w, "new-too-many-places")));
    }
    let mut places = Vec::new();
    for typed in given.places {
        places.push(Place::from_checked(&place(w, typed).map_err(Error::usage)?));
    }
    let mut languages = Vec::new();
    for typed in given.languages {
        languages.push(language(w, typed).map_err(Error::usage)?);
    }
    if let Some(twice) = repeated(&languages) {
        return Err(Error::usage(t!(w, "new-language-twice", code = twice)));
    }
    if !given.whole() {
        let Some(ask) = ask else {
            return Err(Error::usage(t!(w, "new-give-or-ask")));
        };
        while places.len() < 2 {
            places.push(ask_place(w, ask, places.len())?);
        }
        if languages.is_empty() {
            languages = ask_languages(w, ask, &places[0].name)?;
        }
    }
    let sister = places.pop().expect("two places");
    let city = places.pop().expect("two places");
    Ok(Pair {
        city,
        sister,
        languages,
    })
}

/// A place as `--place` gives it: `NAME:CC`.
fn place(w: &Words, typed: &str) -> Checked {
    let Some((name, code)) = typed.rsplit_once(':') else {
        return Err(t!(w, "new-bad-place", place = typed.to_string()));
    };
    let name = place_name(w, name)?;
    let code = country_code(w, code)?;
    Ok(format!("{name}:{code}"))
}

/// A place's name: a line of text.
fn place_name(w: &Words, typed: &str) -> Checked {
    let name = typed.trim();
    if name.is_empty() || name.chars().count() > MAX_PLACE || name.chars().any(char::is_control) {
        return Err(t!(w, "new-bad-place-name", max = MAX_PLACE));
    }
    Ok(name.to_string())
}

/// An ISO 3166-1 alpha-2 code, in any case; in capitals.
fn country_code(w: &Words, typed: &str) -> Checked {
    let code = typed.trim().to_ascii_uppercase();
    if !country::is_code(&code) {
        return Err(t!(w, "new-bad-country", code = typed.to_string()));
    }
    Ok(code)
}

/// A language code as campaigns write them (`de`, `pt-BR`).
fn language(w: &Words, typed: &str) -> Checked {
    // The primary language in lowercase, as campaigns write it: `DE` is `de`.
    let code = typed.trim().replace('_', "-");
    let code = match code.split_once('-') {
        Some((primary, rest)) => format!("{}-{rest}", primary.to_ascii_lowercase()),
        None => code.to_ascii_lowercase(),
    };
    if !is_language_code(&code) {
        return Err(t!(w, "new-bad-language", code = typed.to_string()));
    }
    Ok(code)
}

/// The first code given twice.
fn repeated(codes: &[String]) -> Option<String> {
    codes
        .iter()
        .enumerate()
        .find(|(i, c)| codes[..*i].contains(c))
        .map(|(_, c)| c.clone())
}

/// Asks the city written to (`which` 0) or its sister city (1): its name, then its
/// country.
fn ask_place(w: &Words, ask: &mut dyn Ask, which: usize) -> Result<Place> {
    let (name_question, country_question) = match which {
        0 => (t!(w, "new-ask-city"), t!(w, "new-ask-city-country")),
        _ => (t!(w, "new-ask-sister"), t!(w, "new-ask-sister-country")),
    };
    let name = ask.text(w, &name_question, None, &|v| place_name(w, v))?;
    let name = place_name(w, &name).map_err(Error::usage)?;
    let code = ask.text(w, &country_question, None, &|v| country_code(w, v))?;
    let country = country_code(w, &code).map_err(Error::usage)?;
    Ok(Place { name, country })
}

/// Asks the letters' languages, as codes separated by commas or spaces.
fn ask_languages(w: &Words, ask: &mut dyn Ask, city: &str) -> Result<Vec<String>> {
    let languages = |typed: &str| -> std::result::Result<Vec<String>, String> {
        let codes: Vec<String> = typed
            .split([',', ' '])
            .filter(|c| !c.is_empty())
            .map(|c| language(w, c))
            .collect::<std::result::Result<_, _>>()?;
        if codes.is_empty() {
            return Err(t!(w, "new-no-language"));
        }
        if let Some(twice) = repeated(&codes) {
            return Err(t!(w, "new-language-twice", code = twice));
        }
        Ok(codes)
    };
    let question = t!(w, "new-ask-languages", city = city.to_string());
    let typed = ask.text(w, &question, None, &|v| languages(v).map(|l| l.join(", ")))?;
    languages(&typed).map_err(Error::usage)
}

impl Place {
    /// A place from a checked `NAME:CC`.
    fn from_checked(checked: &str) -> Place {
        let (name, country) = checked.rsplit_once(':').expect("checked");
        Place {
            name: name.to_string(),
            country: country.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;

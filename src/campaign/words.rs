//! A campaign's own words: `words/<lang>/<area>.ftl`, Fluent messages for the letter
//! areas only (the headings of a package, the words of a printed page), looked up before
//! the bundled ones, so that an organiser can add a language without a rebuild. They are
//! untrusted input like the templates: a size cap, no control or hidden characters, and
//! Fluent that parses.

use std::collections::BTreeMap;

use super::Campaign;
use crate::error::{Error, Location, Result};
use crate::values::first_hidden;
use crate::words::{LETTER_AREAS, Words, parse_messages, t};

/// The folder of a campaign's words.
pub(crate) const WORDS_DIR: &str = "words";

/// The most a campaign's words file may weigh.
const MAX_WORDS_FILE: usize = 64 * 1024;

/// The relative path of a campaign's words for `language` in `area`.
pub(crate) fn file(language: &str, area: &str) -> String {
    format!("{WORDS_DIR}/{language}/{area}.ftl")
}

/// The language and letter area a campaign's words file is for, when its path is one a
/// campaign may give: `words/<lang>/<area>.ftl`.
pub(crate) fn area_of(relative: &str) -> Option<(&str, &'static str)> {
    let rest = relative.strip_prefix(WORDS_DIR)?.strip_prefix('/')?;
    let (language, name) = rest.split_once('/')?;
    let area = name.strip_suffix(".ftl")?;
    let area = LETTER_AREAS.into_iter().find(|a| *a == area)?;
    Some((language, area))
}

impl Campaign {
    /// The words of a letter in `language`: the campaign's own files first, then the
    /// bundled ones, then English.
    pub(crate) fn words(&self, w: &Words, language: &str) -> Result<Words> {
        let mut given = BTreeMap::new();
        for area in LETTER_AREAS {
            let relative = file(language, area);
            if let Some(text) = self.read(w, &relative)? {
                if let Some((line, message)) = vet(w, area, &text).into_iter().next() {
                    return Err(Error::at(
                        Location::at_line(self.path_of(&relative), line),
                        message,
                    ));
                }
                given.insert(area.to_string(), text);
            }
        }
        Ok(Words::letter(language, given))
    }
}

/// What is wrong with a campaign's words file for `area`, each at its line: its size,
/// a control or hidden character, a Fluent mistake, a message of another area.
pub(crate) fn vet(w: &Words, area: &str, text: &str) -> Vec<(usize, String)> {
    if text.len() > MAX_WORDS_FILE {
        return vec![(
            1,
            t!(
                w,
                "campaign-words-too-large",
                size = text.len() / 1024,
                max = MAX_WORDS_FILE / 1024
            ),
        )];
    }
    if let Some((line, c)) = first_hidden(text) {
        let code = format!("{:04X}", c as u32);
        return vec![(line, t!(w, "campaign-words-hidden", code = code))];
    }
    let (ids, errors) = parse_messages(text);
    let mut problems: Vec<(usize, String)> = errors
        .into_iter()
        .map(|(line, why)| (line, t!(w, "campaign-words-mistake", why = why)))
        .collect();
    let prefix = format!("{area}-");
    for id in ids.iter().filter(|id| !id.starts_with(&prefix)) {
        let line = text
            .lines()
            .position(|l| l.starts_with(id.as_str()))
            .map_or(1, |n| n + 1);
        problems.push((
            line,
            t!(
                w,
                "campaign-words-other-area",
                id = id.as_str(),
                area = area.to_string()
            ),
        ));
    }
    problems
}

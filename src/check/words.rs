//! The rule of `check` for a campaign's own words (`words/<lang>/<area>.ftl`): only the
//! letter areas may be given, for the campaign's languages; each file is held to the
//! rules of untrusted input; and every message a campaign language lacks is named, since
//! a letter in it says that one in English.

use super::{Problem, Subject};
use crate::campaign::{WORDS_DIR, vet_words, words_area_of};
use crate::error::Location;
use crate::locale;
use crate::words::{LETTER_AREAS, t};

pub(crate) fn words(s: &Subject) -> Vec<Problem> {
    let (w, campaign) = (s.w, s.campaign);
    let mut problems = Vec::new();
    for relative in campaign.list(WORDS_DIR) {
        let path = campaign.path_of(&relative);
        let Some((language, area)) = words_area_of(&relative) else {
            let files = LETTER_AREAS.map(|a| format!("{a}.ftl")).join(", ");
            problems.push(Problem::error(
                Location::file(path),
                t!(w, "check-words-not-a-letter-area", files = files),
            ));
            continue;
        };
        if !campaign.data.languages.contains_key(language) {
            problems.push(Problem::warning(
                Location::file(&path),
                t!(
                    w,
                    "check-words-unknown-language",
                    code = language.to_string()
                ),
            ));
        }
        match campaign.read(w, &relative) {
            Ok(Some(text)) => problems.extend(
                vet_words(w, area, &text)
                    .into_iter()
                    .map(|(line, message)| Problem::error(Location::at_line(&path, line), message)),
            ),
            Ok(None) => {}
            Err(e) => problems.push(Problem::from_error(e)),
        }
    }
    for language in campaign.data.languages.keys() {
        let covered = locale::parse(language).is_some_and(|tag| locale::has_data(&tag));
        if !covered {
            problems.push(Problem::warning(
                Location::file(campaign.path_of(crate::campaign::CAMPAIGN_FILE)),
                t!(w, "check-words-no-cldr", code = language.to_string()),
            ));
        }
        // A file with a problem is reported above.
        let Ok(words) = campaign.words(w, language) else {
            continue;
        };
        for id in words.missing() {
            let area = id.split('-').next().unwrap_or_default();
            problems.push(Problem::warning(
                Location::file(campaign.path_of(&crate::campaign::words_file(language, area))),
                t!(
                    w,
                    "check-words-missing",
                    code = language.to_string(),
                    id = id.as_str()
                ),
            ));
        }
    }
    problems
}

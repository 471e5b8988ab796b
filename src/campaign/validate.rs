//! What a campaign file must be before anything of it reaches a file name, a header or
//! the terminal: ids and language codes of a strict form, no control characters in any
//! text, and web addresses that are web addresses. The composer refuses a campaign that
//! breaks these; `check` lists every break.

use super::{CampaignData, Key, Localized, RecipientData};
use crate::values::{self, is_hidden_control};
use crate::words::{Words, t};

/// One break of the rules, at a place in the campaign file.
pub(crate) struct Invalid<'a> {
    pub at: Vec<Key<'a>>,
    /// Whether `at` names a table's key (`[languages.CODE]`) rather than a value.
    pub is_key: bool,
    pub message: String,
}

/// Every break of the rules in `data`.
pub(crate) fn invalid<'a>(w: &Words, data: &'a CampaignData) -> Vec<Invalid<'a>> {
    let mut found = Vec::new();
    let mut at = collector(&mut found);
    names(w, &mut at, data);
    for (i, r) in data.recipients.iter().enumerate() {
        recipient(w, &mut at, i, r);
    }
    who_is_who(w, &mut at, data);
    links_and_contacts(w, &mut at, data);
    drop(at);
    found
}

/// The campaign's id and title, its languages, and its places.
fn names<'a>(w: &Words, at: &mut Report<'_, 'a>, data: &'a CampaignData) {
    use Key::Name;
    if !is_id(&data.id) {
        at(
            vec![Name("id")],
            false,
            t!(
                w,
                "campaign-bad-campaign-id",
                id = data.id.escape_debug().to_string()
            ),
        );
    }
    text(w, at, vec![Name("title")], &data.title);
    for (code, language) in &data.languages {
        if !is_language_code(code) {
            at(
                vec![Name("languages"), Name(code.as_str())],
                true,
                t!(
                    w,
                    "campaign-bad-language-code",
                    code = code.escape_debug().to_string()
                ),
            );
        }
        text(
            w,
            at,
            vec![Name("languages"), Name(code.as_str()), Name("name")],
            &language.name,
        );
    }
    for (id, name) in &data.places {
        if !is_id(id) {
            at(
                vec![Name("places"), Name(id.as_str())],
                true,
                t!(
                    w,
                    "campaign-bad-place-id",
                    id = id.escape_debug().to_string()
                ),
            );
        }
        localized(w, at, vec![Name("places"), Name(id.as_str())], name);
    }
    if let Some(url) = &data.website {
        web(w, at, vec![Name("website")], url);
    }
    cities(w, at, data);
}

/// `cities` names two places of the campaign.
fn cities<'a>(w: &Words, at: &mut Report<'_, 'a>, data: &'a CampaignData) {
    use Key::{Index, Name};
    if !data.cities.is_empty() && data.cities.len() != 2 {
        let count = data.cities.len();
        at(
            vec![Name("cities")],
            false,
            t!(w, "check-cities-count", count = count),
        );
    }
    for (n, id) in data.cities.iter().enumerate() {
        if !data.places.contains_key(id) {
            at(
                vec![Name("cities"), Index(n)],
                false,
                t!(
                    w,
                    "check-cities-unknown-place",
                    id = id.escape_debug().to_string()
                ),
            );
        }
    }
}

/// The links, the postal addresses, the phone and the social handles.
fn links_and_contacts<'a>(w: &Words, at: &mut Report<'_, 'a>, data: &'a CampaignData) {
    use Key::{Index, Name};
    for (i, l) in data.links.iter().enumerate() {
        localized(w, at, vec![Name("link"), Index(i), Name("title")], &l.title);
        if let Some(url) = &l.url {
            web(w, at, vec![Name("link"), Index(i), Name("url")], url);
        }
    }
    for (i, p) in data.postal.iter().enumerate() {
        localized(
            w,
            at,
            vec![Name("postal"), Index(i), Name("label")],
            &p.label,
        );
        if let Some(country) = &p.country {
            localized(
                w,
                at,
                vec![Name("postal"), Index(i), Name("country")],
                country,
            );
        }
        if let Some(code) = &p.country_code
            && !crate::country::is_code(code)
        {
            at(
                vec![Name("postal"), Index(i), Name("country_code")],
                false,
                t!(
                    w,
                    "campaign-bad-country-code",
                    code = code.escape_debug().to_string()
                ),
            );
        }
        for (n, line) in p.lines.iter().enumerate() {
            text(
                w,
                at,
                vec![Name("postal"), Index(i), Name("lines"), Index(n)],
                line,
            );
        }
    }
    if let Some(phone) = &data.phone {
        text(w, at, vec![Name("phone"), Name("number")], &phone.number);
        localized(w, at, vec![Name("phone"), Name("office")], &phone.office);
        localized(w, at, vec![Name("phone"), Name("place")], &phone.place);
    }
    if let Some(social) = &data.social {
        for (n, handle) in social.handles.iter().enumerate() {
            text(
                w,
                at,
                vec![Name("social"), Name("handles"), Index(n)],
                handle,
            );
        }
        for (n, entry) in social.entries.iter().enumerate() {
            let here = |field| vec![Name("social"), Name("handle"), Index(n), Name(field)];
            text(w, at, here("handle"), &entry.handle);
            text(w, at, here("owner"), &entry.owner);
        }
    }
}

/// A closure that keeps each break it is told of.
fn collector<'a, 'f>(found: &'f mut Vec<Invalid<'a>>) -> impl FnMut(Vec<Key<'a>>, bool, String) + 'f
where
    'a: 'f,
{
    move |at, is_key, message| {
        found.push(Invalid {
            at,
            is_key,
            message,
        })
    }
}

/// The breaks of one recipient's entry, the `i`-th.
fn recipient<'a>(w: &Words, at: &mut Report<'_, 'a>, i: usize, r: &'a RecipientData) {
    use Key::{Index, Name};
    let here = |field: &'static str| vec![Name("recipient"), Index(i), Name(field)];
    if !is_id(&r.id) {
        at(
            here("id"),
            false,
            t!(
                w,
                "campaign-bad-recipient-id",
                id = r.id.escape_debug().to_string()
            ),
        );
    }
    localized(w, at, here("office"), &r.office);
    if let Some(s) = &r.salutation {
        localized(w, at, here("salutation"), s);
    }
    if let Some(site) = &r.website {
        web(w, at, here("website"), site);
    }
    if let Some(h) = &r.holder {
        let holder =
            |field: &'static str| vec![Name("recipient"), Index(i), Name("holder"), Name(field)];
        localized(w, at, holder("name"), &h.name);
        if let Some(s) = &h.salutation {
            localized(w, at, holder("salutation"), s);
        }
    }
}

/// Recipients are named once, read languages the campaign has, and have addresses a
/// header can carry; postal addresses name a recipient that exists. (Sets, not scans:
/// a campaign of many recipients is checked in time that grows with their number.)
fn who_is_who<'a>(w: &Words, at: &mut Report<'_, 'a>, data: &'a CampaignData) {
    use Key::{Index, Name};
    let mut seen = std::collections::HashSet::new();
    for (i, r) in data.recipients.iter().enumerate() {
        let here = |field: &'static str| vec![Name("recipient"), Index(i), Name(field)];
        if !seen.insert(r.id.as_str()) {
            at(
                here("id"),
                false,
                t!(w, "check-recipient-twice", id = r.id.as_str()),
            );
        }
        if let Some(email) = &r.email
            && let Err(why) = values::email(w, email)
        {
            let message = t!(w, "check-recipient-email", id = r.id.as_str(), why = why);
            at(here("email"), false, message);
        }
        for (n, code) in r.reads.iter().enumerate() {
            if !data.languages.contains_key(code) {
                at(
                    vec![Name("recipient"), Index(i), Name("reads"), Index(n)],
                    false,
                    t!(
                        w,
                        "check-recipient-unknown-language",
                        id = r.id.as_str(),
                        code = code.as_str()
                    ),
                );
            }
        }
    }
    for (i, p) in data.postal.iter().enumerate() {
        if let Some(id) = &p.recipient
            && !seen.contains(id.as_str())
        {
            at(
                vec![Name("postal"), Index(i), Name("recipient")],
                false,
                t!(w, "check-postal-unknown-recipient", id = id.as_str()),
            );
        }
    }
}

/// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit.
pub(crate) fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A BCP 47 tag as campaigns use them: a primary language of 2 or 3 letters, then
/// subtags of letters and digits (`fr`, `ko`, `pt-BR`, `zh-Hant`).
pub(crate) fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

type Report<'r, 'a> = dyn FnMut(Vec<Key<'a>>, bool, String) + 'r;

/// One line of text for a reader: no control characters, which a terminal would obey.
fn text<'a>(w: &Words, at: &mut Report<'_, 'a>, keys: Vec<Key<'a>>, value: &str) {
    if let Some(c) = value
        .chars()
        .find(|&c| c.is_control() || (!c.is_ascii() && is_hidden_control(c)))
    {
        at(
            keys,
            false,
            t!(
                w,
                "campaign-control-character",
                value = value.escape_debug().to_string(),
                code = format!("{:04X}", c as u32)
            ),
        );
    }
}

fn localized<'a>(w: &Words, at: &mut Report<'_, 'a>, keys: Vec<Key<'a>>, value: &'a Localized) {
    for (code, one) in value.texts() {
        let mut here = keys.clone();
        if let Some(code) = code {
            here.push(Key::Name(code));
        }
        text(w, at, here, one);
    }
}

fn web<'a>(w: &Words, at: &mut Report<'_, 'a>, keys: Vec<Key<'a>>, url: &str) {
    let scheme = url.starts_with("https://") || url.starts_with("http://");
    if !scheme || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        at(
            keys,
            false,
            t!(
                w,
                "campaign-not-web-address",
                value = url.escape_debug().to_string()
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_language_codes_have_a_strict_form() {
        for good in ["icheon-limoges", "limoges_mayor", "a1"] {
            assert!(is_id(good), "{good}");
        }
        for bad in ["", "x y>z", "../x", "Icheon", "-x", "é"] {
            assert!(!is_id(bad), "{bad}");
        }
        for good in ["fr", "ko", "pt-BR", "zh-Hant", "gsw"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "../../x", "f", "FR", "fr_FR", "fr-", "francais"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}

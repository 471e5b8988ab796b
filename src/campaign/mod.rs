//! Campaigns: the facts (a TOML file) and the templates of one campaign, read from the
//! copy embedded in the binary or from a folder given with `--letters`.

mod catalogue;

mod schema;
mod spans;
mod validate;
mod words;

pub(crate) use catalogue::{Catalogue, for_check};

#[cfg(test)]
pub(crate) use schema::{CAMPAIGN as SCHEMA, Field, Kind};
pub(crate) use spans::{Key, Spans};
pub(crate) use validate::invalid;
pub(crate) use validate::{is_id, is_language_code};
pub(crate) use words::{WORDS_DIR, area_of as words_area_of, file as words_file, vet as vet_words};

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::{Deserialize, Deserializer};

use crate::atomic_file::folder_of;
use crate::error::{Error, Location, Result, toml_location};
use crate::piece::Piece;
use crate::words::{Words, t};
use catalogue::Origin;

/// The file that makes a folder a campaign.
pub(crate) const CAMPAIGN_FILE: &str = "campaign.toml";

/// Text for the reader: one text for every language, or a table of texts keyed by
/// language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Localized {
    Same(String),
    Per(BTreeMap<String, String>),
}

/// Read by what the value is, a text or a table. (serde's untagged enums buffer every
/// value and build an error for each variant that does not match: a third of the
/// campaign's reading time, for the many tables of texts.)
impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Text;
        impl<'de> serde::de::Visitor<'de> for Text {
            type Value = Localized;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a table of texts by language code")
            }

            fn visit_str<E: serde::de::Error>(
                self,
                text: &str,
            ) -> std::result::Result<Localized, E> {
                Ok(Localized::Same(text.to_string()))
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                map: M,
            ) -> std::result::Result<Localized, M::Error> {
                let texts =
                    BTreeMap::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Localized::Per(texts))
            }
        }
        deserializer.deserialize_any(Text)
    }
}

impl Localized {
    /// The text in `language`, else English, else any.
    pub(crate) fn get(&self, language: &str) -> &str {
        match self {
            Localized::Same(text) => text,
            Localized::Per(texts) => texts
                .get(language)
                .or_else(|| texts.get("en"))
                .or_else(|| texts.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Whether there is a text written for `language`.
    pub(crate) fn has(&self, language: &str) -> bool {
        match self {
            Localized::Same(_) => true,
            Localized::Per(texts) => texts.contains_key(language),
        }
    }

    /// Every text, with its language when it has one.
    pub(crate) fn texts(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Localized::Same(text) => vec![(None, text.as_str())],
            Localized::Per(texts) => texts
                .iter()
                .map(|(code, text)| (Some(code.as_str()), text.as_str()))
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CampaignData {
    pub id: String,
    pub title: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
    /// The campaign's own web page, offered when a supporter shares the campaign.
    pub website: Option<String>,
    /// The two cities of the pair, as ids of `places`: the main recipients' city first,
    /// then its sister city. Without it, an invitation to share needs `share.hbs`.
    #[serde(default)]
    pub cities: Vec<String>,
    pub languages: BTreeMap<String, Language>,
    /// Place names as each language writes them, by id.
    #[serde(default)]
    pub places: BTreeMap<String, Localized>,
    #[serde(rename = "recipient", default)]
    pub recipients: Vec<RecipientData>,
    #[serde(rename = "link", default)]
    pub links: Vec<LinkData>,
    #[serde(default)]
    pub postal: Vec<PostalData>,
    pub phone: Option<PhoneData>,
    pub social: Option<SocialData>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Language {
    /// The language's name in itself: "Français", "한국어".
    pub name: String,
    /// False for a translation no native speaker has reviewed yet.
    #[serde(default = "yes")]
    pub reviewed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Send {
    To,
    Cc,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RecipientData {
    pub id: String,
    pub send: Send,
    /// How a copy in a language the main recipients do not read is sent to this one.
    #[serde(default = "cc")]
    pub send_copy: Send,
    /// The languages the office reads, in order; empty means every language.
    #[serde(default)]
    pub reads: Vec<String>,
    pub office: Localized,
    /// How to address the office when no holder is on file (no gender assumed).
    pub salutation: Option<Localized>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Whether printed letters go to it when the user names none (`--recipient`).
    #[serde(default)]
    pub post: bool,
    pub holder: Option<Holder>,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Holder {
    pub name: Localized,
    /// How to address the holder while the term runs.
    pub salutation: Option<Localized>,
    #[serde(default, deserialize_with = "optional_date")]
    pub term_ends: Option<Date>,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

/// Which national rules a postal address follows, so `check` can hold it to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Convention {
    Fr,
    Kr,
    Other,
}

/// What a link leads to, so that the letters know where to offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum LinkKind {
    Video,
    Petition,
    Other,
}

/// A link the letters may give; without a `url` it is never offered to the reader.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LinkData {
    pub kind: LinkKind,
    pub title: Localized,
    pub url: Option<String>,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    #[allow(dead_code)]
    // the day the fact was checked: read by people; `check` dates recipients only
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PostalData {
    /// Whose address it is: a recipient's id.
    pub recipient: Option<String>,
    /// False for a block kept for the sender's reference (a romanized copy).
    #[serde(default = "yes")]
    pub envelope: bool,
    pub label: Localized,
    /// The country the address is in: ISO 3166-1 alpha-2, like DE.
    pub country_code: Option<String>,
    /// The older way to say the country (`fr`, `kr`, `other`), read when there is no
    /// `country_code`; `check` suggests the code instead.
    pub convention: Option<Convention>,
    pub lines: Vec<String>,
    /// The country line as each language writes it; where given, it wins over the
    /// country's name in the language's data (CLDR).
    pub country: Option<Localized>,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    #[allow(dead_code)]
    // the day the fact was checked: read by people; `check` dates recipients only
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PhoneData {
    pub number: String,
    pub office: Localized,
    pub place: Localized,
    pub timezone: String,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    #[allow(dead_code)]
    // the day the fact was checked: read by people; `check` dates recipients only
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SocialData {
    /// The old form, handles without an owner or a confidence: never tagged, and
    /// `check` suggests `[[social.handle]]`.
    #[serde(default)]
    pub handles: Vec<String>,
    #[serde(rename = "handle", default)]
    pub entries: Vec<HandleData>,
    pub confidence: Option<Confidence>,
    /// Where the fact was checked: required, so that every fact names its source; read by
    /// people, not by the program.
    #[allow(dead_code)]
    pub source: String,
    #[serde(deserialize_with = "date")]
    #[allow(dead_code)]
    // the day the fact was checked: read by people; `check` dates recipients only
    pub checked: Date,
}

/// One social-media account the post may tag: only when its owner is confirmed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HandleData {
    /// Without `@`.
    pub handle: String,
    /// Who holds the account, as far as is known.
    #[allow(dead_code)] // read by people
    pub owner: String,
    pub confidence: Confidence,
}

impl HandleData {
    /// Whether the post may tag it: its owner is confirmed, by one good source at least.
    pub(crate) fn tagged(&self) -> bool {
        matches!(self.confidence, Confidence::High | Confidence::Medium)
    }
}

/// How sure a fact is: several consistent sources, one good or older source, a weak
/// one, or none at all. Composing warns when a letter uses an unverified fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Confidence {
    High,
    Medium,
    Low,
    Unverified,
}

/// Whether a fact's confidence says it is not confirmed at all.
pub(crate) fn unverified(confidence: Option<Confidence>) -> bool {
    confidence == Some(Confidence::Unverified)
}

fn yes() -> bool {
    true
}

fn cc() -> Send {
    Send::Cc
}

fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let value = toml::value::Datetime::deserialize(deserializer)?;
    to_date(&value).map_err(serde::de::Error::custom)
}

fn optional_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
    date(deserializer).map(Some)
}

/// Marks a date's error inside the TOML parser's message, which takes no words: the
/// problem and its value, said in the user's words once parsing is over (`parse`).
const DATE_ERROR: char = '\u{1}';

fn to_date(value: &toml::value::Datetime) -> Result<Date, String> {
    let marked = |problem: &str, why: &str| {
        format!("{DATE_ERROR}{problem}{DATE_ERROR}{value}{DATE_ERROR}{why}")
    };
    match (&value.date, &value.time) {
        (Some(d), None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
            .map_err(|e| marked("invalid", &e.to_string())),
        _ => Err(marked("not-a-date", "")),
    }
}

/// A date's error marked by `to_date`, in words; any other message as it is.
fn date_error(w: &Words, message: &str) -> String {
    let mut parts = message.trim_end().split(DATE_ERROR).skip(1);
    match (parts.next(), parts.next(), parts.next()) {
        (Some("invalid"), Some(value), Some(why)) => t!(
            w,
            "campaign-invalid-date",
            value = value.to_string(),
            why = why.to_string()
        ),
        (Some(_), Some(value), _) => t!(w, "campaign-not-a-date", value = value.to_string()),
        _ => message.trim_end().to_string(),
    }
}

/// One campaign: its facts, and the way to its files.
#[derive(Debug, Clone)]
pub(crate) struct Campaign {
    pub data: CampaignData,
    origin: Origin,
}

impl Campaign {
    pub(crate) fn id(&self) -> &str {
        &self.data.id
    }

    /// The path a file of this campaign is known by in messages: `letters/ID/...` for
    /// the embedded copy, the real path otherwise.
    pub(crate) fn path_of(&self, relative: &str) -> PathBuf {
        self.origin.path_of(relative)
    }

    /// The text of one of the campaign's files, or None when it does not exist.
    pub(crate) fn read(&self, w: &Words, relative: &str) -> Result<Option<String>> {
        Ok(self.origin.read(w, relative)?.map(|(text, _)| text))
    }

    /// As `read`, with the file's permission bits (0o666 for a bundled file).
    pub(crate) fn read_with_mode(
        &self,
        w: &Words,
        relative: &str,
    ) -> Result<Option<(String, u32)>> {
        self.origin.read(w, relative)
    }

    /// The relative path of a piece's template.
    pub(crate) fn template_file(language: &str, piece: Piece) -> Option<String> {
        piece
            .template()
            .map(|name| format!("templates/{language}/{name}.hbs"))
    }

    /// Every file of the campaign, as relative paths, for `export`.
    pub(crate) fn files(&self, w: &Words) -> Result<Vec<String>> {
        let mut files = vec![CAMPAIGN_FILE.to_string()];
        for language in self.data.languages.keys() {
            for piece in Piece::TEMPLATED
                .into_iter()
                .chain(Piece::OPTIONALLY_TEMPLATED)
            {
                if let Some(file) = Self::template_file(language, piece)
                    && self.read(w, &file)?.is_some()
                {
                    files.push(file);
                }
            }
        }
        // The campaign's own words, as `check` lets them be.
        for file in self.list(WORDS_DIR) {
            if words::area_of(&file).is_some() && self.read(w, &file)?.is_some() {
                files.push(file);
            }
        }
        Ok(files)
    }

    /// What lies in one of the campaign's folders, as relative paths (see `Origin::list`).
    pub(crate) fn list(&self, sub: &str) -> Vec<String> {
        self.origin.list(sub)
    }

    pub(crate) fn languages_list(&self) -> String {
        self.data
            .languages
            .iter()
            .map(|(code, l)| format!("{code} ({})", l.name))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Parses a campaign file, naming the file, line and column of every problem.
pub(crate) fn parse(w: &Words, path: &std::path::Path, text: &str) -> Result<CampaignData> {
    toml::from_str(text).map_err(|e| {
        let first = Error::at(toml_location(path, text, &e), date_error(w, e.message()));
        // serde stops at the first problem; the schema finds them all. A file that is
        // not TOML has only the parser's.
        let Ok(root) = toml::de::DeTable::parse(text) else {
            return first;
        };
        let mut found = schema::problems(w, &root).into_iter();
        match found.next() {
            None => first,
            Some((offset, message)) if found.len() == 0 => {
                Error::at(Location::at_offset(path, text, offset), message)
            }
            Some(head) => {
                let problems: Vec<(Location, String)> = std::iter::once(head)
                    .chain(found)
                    .map(|(offset, message)| (Location::at_offset(path, text, offset), message))
                    .collect();
                let (location, message) = &problems[0];
                let summary = t!(
                    w,
                    "campaign-several-problems",
                    first = format!("{location}: {message}"),
                    more = problems.len() - 1,
                    path = folder_of(path).display().to_string()
                );
                Error::Several { problems, summary }
            }
        }
    })
}

/// Text in `language`, else English, else any.
pub(crate) fn localized<'a>(text: &'a Localized, language: &str) -> &'a str {
    text.get(language)
}

impl PostalData {
    /// The country the address is in: its code, else the one its convention names.
    pub(crate) fn destination(&self) -> Option<String> {
        match (&self.country_code, self.convention) {
            (Some(code), _) => Some(code.trim().to_ascii_uppercase()),
            (None, Some(Convention::Fr)) => Some("FR".into()),
            (None, Some(Convention::Kr)) => Some("KR".into()),
            (None, _) => None,
        }
    }

    /// The country line in `language`: the block's own text in that language, else the
    /// country's name there in capitals, else the block's text in another language
    /// (English first), else the code.
    pub(crate) fn country_in(&self, language: &str) -> String {
        let own = self.country.as_ref();
        if let Some(text) = own.filter(|c| c.has(language)) {
            return text.get(language).to_string();
        }
        let code = self.destination();
        if let Some(name) = code
            .as_deref()
            .and_then(|code| crate::country::name(code, language))
        {
            return name.to_uppercase();
        }
        match own {
            Some(text) => text.get(language).to_string(),
            None => code.unwrap_or_default(),
        }
    }
}

impl RecipientData {
    /// Whether the office reads `language`.
    pub(crate) fn reads(&self, language: &str) -> bool {
        self.reads.is_empty() || self.reads.iter().any(|l| l == language)
    }
}

impl CampaignData {
    /// Whether a letter in `language` is a copy: no main recipient reads it.
    pub(crate) fn is_copy(&self, language: &str) -> bool {
        let mut main = self.recipients.iter().filter(|r| r.send == Send::To);
        main.clone().next().is_some() && !main.any(|r| r.reads(language))
    }

    /// For a copy in `language`, the language of the letter it copies: the first that
    /// the first main recipient reads (as the printed letters choose it). None for a
    /// letter that is no copy.
    pub(crate) fn original_language(&self, language: &str) -> Option<&str> {
        if !self.is_copy(language) {
            return None;
        }
        self.recipients
            .iter()
            .find(|r| r.send == Send::To)
            .and_then(|r| r.reads.first())
            .map(String::as_str)
            .filter(|original| *original != language)
    }

    /// The names of the two cities in `language`: the main recipients' city, then its
    /// sister city; None when `cities` does not name two places.
    pub(crate) fn city_names(&self, language: &str) -> Option<(&str, &str)> {
        match self.cities.as_slice() {
            [main, sister] => Some((
                self.places.get(main)?.get(language),
                self.places.get(sister)?.get(language),
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn unknown_fields_are_errors_with_a_position() {
        let text = "id = \"x\"\ntitle = \"t\"\nchecked = 2026-01-01\nlanguages = {}\ncolour = 1\n";
        let err = parse(&Words::english(), Path::new("c.toml"), text)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("c.toml:5:1: unknown field `colour`"),
            "{err}"
        );
    }

    #[test]
    fn a_bad_date_is_said_in_the_user_s_words() {
        let text = "id = \"x\"\ntitle = \"t\"\nchecked = 2026-02-01T10:00:00\nlanguages = {}\n";
        let fr = Words::speaking("fr").unwrap();
        let err = parse(&fr, Path::new("c.toml"), text)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "c.toml:3:11: une date de la forme 2026-11-25 est attendue, et non 2026-02-01T10:00:00"
        );
    }

    #[test]
    fn text_falls_back_to_english_then_any() {
        let text = Localized::Per(
            [("en".into(), "Mayor".into()), ("fr".into(), "Maire".into())]
                .into_iter()
                .collect(),
        );
        assert_eq!(localized(&text, "fr"), "Maire");
        assert_eq!(localized(&text, "ko"), "Mayor");
        assert!(text.has("fr") && !text.has("ko"));
        assert_eq!(localized(&Localized::Per(BTreeMap::new()), "ko"), "");
        let same = Localized::Same("Limoges".into());
        assert_eq!(same.get("ko"), "Limoges");
        assert!(same.has("ko"));
    }
}

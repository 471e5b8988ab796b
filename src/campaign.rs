//! Campaigns: the facts (a TOML file) and the templates of one campaign, read from the
//! copy embedded in the binary or from a folder given with `--letters`.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use rust_embed::RustEmbed;
use serde::{Deserialize, Deserializer};

use crate::error::{Error, Result, line_column};

/// The campaigns compiled into the binary: everything under `letters/`.
#[derive(RustEmbed)]
#[folder = "letters/"]
struct Embedded;

/// The file that makes a folder a campaign.
pub const CAMPAIGN_FILE: &str = "campaign.toml";

/// The pieces each language must have a template for.
pub const PIECES: [&str; 4] = ["subject", "body", "phone", "post"];

/// Text in several languages, keyed by language code.
pub type Localized = BTreeMap<String, String>;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignData {
    pub id: String,
    pub title: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
    pub languages: BTreeMap<String, Language>,
    #[serde(rename = "recipient", default)]
    pub recipients: Vec<RecipientData>,
    #[serde(default)]
    pub postal: Vec<PostalData>,
    pub phone: Option<PhoneData>,
    pub social: Option<SocialData>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The language's name in itself: "Français", "한국어".
    pub name: String,
    /// False for a translation no native speaker has reviewed yet.
    #[serde(default = "yes")]
    pub reviewed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Send {
    To,
    Cc,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecipientData {
    pub id: String,
    pub send: Send,
    pub office: Localized,
    pub email: Option<String>,
    pub website: Option<String>,
    pub holder: Option<Holder>,
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    pub name: String,
    pub family_name: Option<String>,
    #[serde(default, deserialize_with = "optional_date")]
    pub term_ends: Option<Date>,
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

/// Which national rules a postal address follows, so `check` can hold it to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Convention {
    Fr,
    Kr,
    Other,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostalData {
    pub label: Localized,
    pub convention: Convention,
    pub lines: Vec<String>,
    pub country: Localized,
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneData {
    pub number: String,
    pub office: Localized,
    pub place: String,
    pub timezone: String,
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocialData {
    pub handles: Vec<String>,
    pub source: String,
    #[serde(deserialize_with = "date")]
    pub checked: Date,
}

fn yes() -> bool {
    true
}

fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let value = toml::value::Datetime::deserialize(deserializer)?;
    to_date(&value).map_err(serde::de::Error::custom)
}

fn optional_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
    date(deserializer).map(Some)
}

fn to_date(value: &toml::value::Datetime) -> Result<Date, String> {
    match (&value.date, &value.time) {
        (Some(d), None) => Date::new(d.year as i16, d.month as i8, d.day as i8)
            .map_err(|e| format!("invalid date {value}: {e}")),
        _ => Err(format!("expected a date like 2026-11-25, found {value}")),
    }
}

/// Where a campaign's files are read from.
#[derive(Debug, Clone)]
enum Origin {
    Embedded { prefix: String },
    Folder(PathBuf),
}

impl Origin {
    fn path_of(&self, relative: &str) -> PathBuf {
        match self {
            Origin::Embedded { prefix } => Path::new("letters").join(prefix).join(relative),
            Origin::Folder(dir) => dir.join(relative),
        }
    }

    fn read(&self, relative: &str) -> Result<Option<String>> {
        match self {
            Origin::Embedded { prefix } => match Embedded::get(&format!("{prefix}/{relative}")) {
                Some(file) => String::from_utf8(file.data.into_owned())
                    .map(Some)
                    .map_err(|_| Error::file(self.path_of(relative), "not valid UTF-8")),
                None => Ok(None),
            },
            Origin::Folder(dir) => read_optional(&dir.join(relative)),
        }
    }
}

/// One campaign: its facts, and the way to its templates.
#[derive(Debug, Clone)]
pub struct Campaign {
    pub data: CampaignData,
    origin: Origin,
}

impl Campaign {
    pub fn id(&self) -> &str {
        &self.data.id
    }

    /// The path a file of this campaign is known by in messages: `letters/ID/...` for
    /// the embedded copy, the real path otherwise.
    pub fn path_of(&self, relative: &str) -> PathBuf {
        self.origin.path_of(relative)
    }

    /// The text of one of the campaign's files, or None when it does not exist.
    pub fn read(&self, relative: &str) -> Result<Option<String>> {
        self.origin.read(relative)
    }

    /// The relative path of a template.
    pub fn template_file(language: &str, piece: &str) -> String {
        format!("templates/{language}/{piece}.hbs")
    }

    /// Every file of the campaign, as relative paths, for `export`.
    pub fn files(&self) -> Result<Vec<String>> {
        let mut files = vec![CAMPAIGN_FILE.to_string()];
        for language in self.data.languages.keys() {
            for piece in PIECES {
                let file = Self::template_file(language, piece);
                if self.read(&file)?.is_some() {
                    files.push(file);
                }
            }
        }
        Ok(files)
    }

    pub fn languages_list(&self) -> String {
        self.data
            .languages
            .iter()
            .map(|(code, l)| format!("{code} ({})", l.name))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Error::file(path, "not valid UTF-8")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::failed(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

/// Parses a campaign file, naming the file, line and column of any problem.
pub fn parse(path: &Path, text: &str) -> Result<CampaignData> {
    toml::from_str(text).map_err(|e| {
        let (line, column) = match e.span() {
            Some(span) => {
                let (l, c) = line_column(text, span.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        Error::File {
            path: path.to_path_buf(),
            line,
            column,
            message: e.message().trim_end().to_string(),
        }
    })
}

/// The campaigns a run can choose from: the embedded ones, replaced or joined by those of
/// `--letters`. An embedded campaign is parsed only when it is used: its folder's name is
/// its id, so it can be found without reading it.
#[derive(Debug)]
pub struct Catalogue {
    /// The campaigns of `--letters`, parsed, since only their files tell their ids.
    folders: Vec<Campaign>,
    /// The embedded campaigns by id, each parsed on first use.
    embedded: Vec<(String, OnceCell<Campaign>)>,
}

impl Catalogue {
    pub fn load(letters: Option<&Path>) -> Result<Catalogue> {
        let folders = match letters {
            Some(dir) => from_folder(dir)?,
            None => Vec::new(),
        };
        let embedded = embedded_ids()
            .into_iter()
            .filter(|id| folders.iter().all(|f| f.id() != id))
            .map(|id| (id, OnceCell::new()))
            .collect();
        Ok(Catalogue { folders, embedded })
    }

    /// Every campaign, sorted by id; this parses them all.
    pub fn all(&self) -> Result<Vec<&Campaign>> {
        let mut all: Vec<&Campaign> = self.folders.iter().collect();
        for entry in &self.embedded {
            all.push(parsed(entry)?);
        }
        all.sort_by(|a, b| a.id().cmp(b.id()));
        Ok(all)
    }

    pub fn len(&self) -> usize {
        self.folders.len() + self.embedded.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ids(&self) -> String {
        let mut ids: Vec<&str> = self.folders.iter().map(Campaign::id).collect();
        ids.extend(self.embedded.iter().map(|(id, _)| id.as_str()));
        ids.sort_unstable();
        ids.join(", ")
    }

    /// The campaign named, or the only one there is when none is named.
    pub fn choose(&self, id: Option<&str>) -> Result<&Campaign> {
        match id {
            Some(id) => {
                if let Some(campaign) = self.folders.iter().find(|c| c.id() == id) {
                    return Ok(campaign);
                }
                match self.embedded.iter().find(|(known, _)| known == id) {
                    Some(entry) => parsed(entry),
                    None => Err(Error::usage(format!(
                        "unknown campaign '{id}'; available: {}",
                        self.ids()
                    ))),
                }
            }
            None => match (self.folders.as_slice(), self.embedded.as_slice()) {
                ([only], []) => Ok(only),
                ([], [only]) => parsed(only),
                ([], []) => Err(Error::usage("no campaign found")),
                _ => Err(Error::usage(format!(
                    "several campaigns are available ({}): choose one with --campaign ID",
                    self.ids()
                ))),
            },
        }
    }
}

/// An embedded campaign, parsed now if it was not yet.
fn parsed((id, cell): &(String, OnceCell<Campaign>)) -> Result<&Campaign> {
    if let Some(campaign) = cell.get() {
        return Ok(campaign);
    }
    let campaign = load(Origin::Embedded { prefix: id.clone() })?;
    Ok(cell.get_or_init(|| campaign))
}

/// Every campaign to check, each loaded on its own so that one broken file does not hide
/// the others: the embedded ones and those of `letters`, or those of `dir` alone.
pub fn for_check(
    dir: Option<&Path>,
    letters: Option<&Path>,
) -> Result<Vec<(PathBuf, Result<Campaign>)>> {
    let mut origins = Vec::new();
    match dir {
        Some(dir) => origins.extend(folder_origins(dir)?),
        None => {
            origins.extend(
                embedded_ids()
                    .into_iter()
                    .map(|prefix| Origin::Embedded { prefix }),
            );
            if let Some(letters) = letters {
                origins.extend(folder_origins(letters)?);
            }
        }
    }
    Ok(origins
        .into_iter()
        .map(|origin| (origin.path_of(CAMPAIGN_FILE), load(origin)))
        .collect())
}

/// The folders of `letters/` that hold a campaign: the ids of the bundled campaigns.
fn embedded_ids() -> Vec<String> {
    Embedded::iter()
        .filter_map(|file| {
            let prefix = file.strip_suffix(&format!("/{CAMPAIGN_FILE}"))?;
            (!prefix.contains('/')).then(|| prefix.to_string())
        })
        .collect()
}

/// A folder that is one campaign, or a folder of campaigns.
fn from_folder(dir: &Path) -> Result<Vec<Campaign>> {
    folder_origins(dir)?.into_iter().map(load).collect()
}

fn folder_origins(dir: &Path) -> Result<Vec<Origin>> {
    if dir.join(CAMPAIGN_FILE).is_file() {
        return Ok(vec![Origin::Folder(dir.to_path_buf())]);
    }
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::usage(format!("{}: cannot read the folder: {e}", dir.display())))?;
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.join(CAMPAIGN_FILE).is_file())
        .collect();
    folders.sort();
    if folders.is_empty() {
        return Err(Error::usage(format!(
            "{}: no {CAMPAIGN_FILE} there nor in its sub-folders",
            dir.display()
        )));
    }
    Ok(folders.into_iter().map(Origin::Folder).collect())
}

/// Reads and parses a campaign. A bundled one must have its folder's name as its id: that
/// is how it is found without being parsed.
fn load(origin: Origin) -> Result<Campaign> {
    let path = origin.path_of(CAMPAIGN_FILE);
    let text = origin
        .read(CAMPAIGN_FILE)?
        .ok_or_else(|| Error::file(&path, "missing"))?;
    let data = parse(&path, &text)?;
    if let Origin::Embedded { prefix } = &origin
        && data.id != *prefix
    {
        return Err(Error::file(
            path,
            format!(
                "the id '{}' of a bundled campaign must be its folder's name, '{prefix}'",
                data.id
            ),
        ));
    }
    Ok(Campaign { data, origin })
}

/// Text in `language`, else English, else any.
pub fn localized<'a>(text: &'a Localized, language: &str) -> &'a str {
    text.get(language)
        .or_else(|| text.get("en"))
        .or_else(|| text.values().next())
        .map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_campaign_loads() {
        let catalogue = Catalogue::load(None).unwrap();
        let campaign = catalogue.choose(None).unwrap();
        assert_eq!(campaign.id(), "icheon-limoges");
        assert!(campaign.data.languages.contains_key("fr"));
        // No email address is confirmed for any recipient: none may be on file.
        assert!(campaign.data.recipients.iter().all(|r| r.email.is_none()));
        // Every bundled campaign parses, and its id is its folder's name.
        assert_eq!(catalogue.all().unwrap().len(), catalogue.len());
    }

    #[test]
    fn bundled_campaigns_are_parsed_only_when_used() {
        let mut catalogue = Catalogue::load(None).unwrap();
        // A bundled entry whose files do not exist: any attempt to parse it fails.
        catalogue
            .embedded
            .push(("not-there".to_string(), OnceCell::new()));
        assert_eq!(catalogue.ids(), "icheon-limoges, not-there");
        let campaign = catalogue.choose(Some("icheon-limoges")).unwrap();
        assert!(!campaign.data.title.is_empty());
        assert!(catalogue.embedded[1].1.get().is_none());
        let err = catalogue.choose(Some("not-there")).unwrap_err().to_string();
        assert_eq!(err, "letters/not-there/campaign.toml: missing");
        assert!(catalogue.all().is_err());
    }

    #[test]
    fn unknown_fields_are_errors_with_a_position() {
        let text = "id = \"x\"\ntitle = \"t\"\nchecked = 2026-01-01\nlanguages = {}\ncolour = 1\n";
        let err = parse(Path::new("c.toml"), text).unwrap_err().to_string();
        assert!(
            err.starts_with("c.toml:5:1: unknown field `colour`"),
            "{err}"
        );
    }
}

//! Where campaigns come from: the copy embedded in the binary, replaced or joined by the
//! folders of `--letters`.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

use super::{CAMPAIGN_FILE, Campaign, Spans, invalid, parse};
use crate::atomic_file::folder_of;
use crate::careful_read;
use crate::error::{Error, Result, plain};
use crate::words::{Words, t};

/// The campaigns compiled into the binary: everything under `letters/`.
#[derive(RustEmbed)]
#[folder = "letters/"]
struct Embedded;

/// Where a campaign's files are read from.
#[derive(Debug, Clone)]
pub(super) enum Origin {
    Embedded { prefix: String },
    Folder(PathBuf),
}

impl Origin {
    pub(super) fn path_of(&self, relative: &str) -> PathBuf {
        match self {
            Origin::Embedded { prefix } => Path::new("letters").join(prefix).join(relative),
            Origin::Folder(dir) => dir.join(relative),
        }
    }

    /// The text of a file of the campaign and its permission bits, or None when it does
    /// not exist. A folder's files are read carefully: within the folder, within a cap.
    pub(super) fn read(&self, w: &Words, relative: &str) -> Result<Option<(String, u32)>> {
        let path = self.path_of(relative);
        let text = |bytes: Vec<u8>| {
            String::from_utf8(bytes).map_err(|_| Error::file(&path, t!(w, "campaign-not-utf8")))
        };
        match self {
            Origin::Embedded { prefix } => match Embedded::get(&format!("{prefix}/{relative}")) {
                Some(file) => Ok(Some((text(file.data.into_owned())?, 0o666))),
                None => Ok(None),
            },
            Origin::Folder(dir) => {
                let cap = match relative {
                    CAMPAIGN_FILE => careful_read::DATA,
                    _ => careful_read::TEMPLATE,
                };
                // A file the organiser edits that cannot be read is bad input, as the
                // settings file is: the fix is theirs.
                match careful_read::read(w, &path, cap, Some(dir)) {
                    Ok(Some(contents)) => Ok(Some((text(contents.bytes)?, contents.mode))),
                    Ok(None) => Ok(None),
                    Err(why) => Err(Error::file(&path, t!(w, "campaign-cannot-read", why = why))),
                }
            }
        }
    }
}

impl Origin {
    /// The relative paths of what lies in the campaign's folder `sub` and its folders
    /// one level down (`words/de/package.ftl`), sorted; none when there is no such
    /// folder. What the paths name is read, and judged, by the caller.
    pub(super) fn list(&self, sub: &str) -> Vec<String> {
        let mut found = Vec::new();
        match self {
            Origin::Embedded { prefix } => {
                let start = format!("{prefix}/{sub}/");
                for path in Embedded::iter() {
                    if let Some(rest) = path.strip_prefix(&start) {
                        found.push(format!("{sub}/{rest}"));
                    }
                }
            }
            Origin::Folder(dir) => {
                let names = |path: &Path| -> Vec<(String, bool)> {
                    let Ok(entries) = std::fs::read_dir(path) else {
                        return Vec::new();
                    };
                    entries
                        .filter_map(|e| e.ok())
                        .map(|e| {
                            let folder = e.file_type().is_ok_and(|t| t.is_dir());
                            (e.file_name().to_string_lossy().into_owned(), folder)
                        })
                        .collect()
                };
                for (name, folder) in names(&dir.join(sub)) {
                    match folder {
                        true => found.extend(
                            names(&dir.join(sub).join(&name))
                                .into_iter()
                                .map(|(inner, _)| format!("{sub}/{name}/{inner}")),
                        ),
                        false => found.push(format!("{sub}/{name}")),
                    }
                }
            }
        }
        found.sort();
        found
    }
}

/// The campaigns a run can choose from: the embedded ones, replaced or joined by those of
/// `--letters`. An embedded campaign is parsed only when it is used: its folder's name is
/// its id, so it can be found without reading it.
#[derive(Debug)]
pub(crate) struct Catalogue {
    /// The campaigns of `--letters`, parsed, since only their files tell their ids.
    folders: Vec<Campaign>,
    /// The embedded campaigns by id, each parsed on first use.
    embedded: Vec<(String, OnceCell<Campaign>)>,
    /// Whether `--letters` named one campaign's folder: that campaign is the default.
    one_folder: bool,
}

impl Catalogue {
    pub(crate) fn load(w: &Words, letters: Option<&Path>) -> Result<Catalogue> {
        let one_folder = letters.is_some_and(is_campaign_folder);
        let folders = match letters {
            Some(dir) => folder_origins(w, dir)?
                .into_iter()
                .map(|origin| load(w, origin, Rules::Enforce))
                .collect::<Result<Vec<_>>>()?,
            None => Vec::new(),
        };
        // Two campaigns with one id: `--campaign` could not choose between them.
        for (n, campaign) in folders.iter().enumerate() {
            if let Some(first) = folders[..n].iter().find(|f| f.id() == campaign.id()) {
                return Err(duplicate(w, first, campaign));
            }
        }
        let embedded = embedded_ids()
            .into_iter()
            .filter(|id| folders.iter().all(|f| f.id() != id))
            .map(|id| (id, OnceCell::new()))
            .collect();
        Ok(Catalogue {
            folders,
            embedded,
            one_folder,
        })
    }

    /// Whether a run must be told (or asked) which campaign: there are several, and
    /// `--letters` did not name one campaign's folder.
    pub(crate) fn needs_choice(&self) -> bool {
        self.len() > 1 && !self.one_folder
    }

    /// Every campaign, sorted by id; this parses them all.
    pub(crate) fn all(&self, w: &Words) -> Result<Vec<&Campaign>> {
        let mut all: Vec<&Campaign> = self.folders.iter().collect();
        for entry in &self.embedded {
            all.push(parsed(w, entry)?);
        }
        all.sort_by(|a, b| a.id().cmp(b.id()));
        Ok(all)
    }

    pub(crate) fn len(&self) -> usize {
        self.folders.len() + self.embedded.len()
    }

    pub(crate) fn ids(&self) -> String {
        let mut ids: Vec<&str> = self.folders.iter().map(Campaign::id).collect();
        ids.extend(self.embedded.iter().map(|(id, _)| id.as_str()));
        ids.sort_unstable();
        ids.join(", ")
    }

    /// The campaign named, or the only one there is when none is named.
    pub(crate) fn choose(&self, w: &Words, id: Option<&str>) -> Result<&Campaign> {
        match id {
            Some(id) => {
                if let Some(campaign) = self.folders.iter().find(|c| c.id() == id) {
                    return Ok(campaign);
                }
                match self.embedded.iter().find(|(known, _)| known == id) {
                    Some(entry) => parsed(w, entry),
                    None => Err(Error::usage(t!(
                        w,
                        "campaign-unknown",
                        id = id.escape_debug().to_string(),
                        available = self.ids()
                    ))),
                }
            }
            None => match (self.folders.as_slice(), self.embedded.as_slice()) {
                ([only], _) if self.one_folder => Ok(only),
                ([only], []) => Ok(only),
                ([], [only]) => parsed(w, only),
                ([], []) => Err(Error::usage(t!(w, "campaign-none-found"))),
                _ => Err(Error::usage(t!(
                    w,
                    "campaign-several",
                    available = self.ids()
                ))),
            },
        }
    }
}

/// An embedded campaign, parsed now if it was not yet.
fn parsed<'c>(w: &Words, (id, cell): &'c (String, OnceCell<Campaign>)) -> Result<&'c Campaign> {
    if let Some(campaign) = cell.get() {
        return Ok(campaign);
    }
    let campaign = load(w, Origin::Embedded { prefix: id.clone() }, Rules::Trusted)?;
    Ok(cell.get_or_init(|| campaign))
}

/// Every campaign to check, each loaded on its own so that one broken file does not hide
/// the others: the embedded ones and those of `letters`, or those of `dir` alone.
pub(crate) fn for_check(
    w: &Words,
    dir: Option<&Path>,
    letters: Option<&Path>,
) -> Result<Vec<Result<Campaign>>> {
    let mut origins = Vec::new();
    match dir {
        Some(dir) => origins.extend(folder_origins(w, dir)?),
        None => {
            origins.extend(
                embedded_ids()
                    .into_iter()
                    .map(|prefix| Origin::Embedded { prefix }),
            );
            if let Some(letters) = letters {
                origins.extend(folder_origins(w, letters)?);
            }
        }
    }
    // `check` reports every break of the rules itself, with its place.
    let mut loaded: Vec<Result<Campaign>> = origins
        .into_iter()
        .map(|origin| load(w, origin, Rules::LeaveToCheck))
        .collect();
    // A bundled campaign that a folder's replaces is not the one a run would use.
    let replaced: Vec<String> = loaded
        .iter()
        .flatten()
        .filter(|c| matches!(c.origin, Origin::Folder(_)))
        .map(|c| c.id().to_string())
        .collect();
    loaded.retain(|c| match c {
        Ok(c) => {
            !matches!(c.origin, Origin::Embedded { .. }) || !replaced.iter().any(|id| id == c.id())
        }
        Err(_) => true,
    });
    for n in 0..loaded.len() {
        let (before, rest) = loaded.split_at_mut(n);
        let Some(Ok(campaign)) = rest.first() else {
            continue;
        };
        let first = before
            .iter()
            .flatten()
            .find(|f| f.id() == campaign.id() && !matches!(f.origin, Origin::Embedded { .. }));
        if let Some(first) = first {
            let error = duplicate(w, first, campaign);
            rest[0] = Err(error);
        }
    }
    Ok(loaded)
}

/// Two campaigns of the folders given with one id, both named.
fn duplicate(w: &Words, first: &Campaign, second: &Campaign) -> Error {
    let folder = |c: &Campaign| folder_of(&c.path_of(CAMPAIGN_FILE)).display().to_string();
    Error::file(
        second.path_of(CAMPAIGN_FILE),
        t!(
            w,
            "campaign-duplicate-id",
            id = second.id().to_string(),
            first = folder(first),
            second = folder(second)
        ),
    )
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
fn folder_origins(w: &Words, dir: &Path) -> Result<Vec<Origin>> {
    if is_campaign_folder(dir) {
        return Ok(vec![Origin::Folder(dir.to_path_buf())]);
    }
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Error::usage(t!(
            w,
            "campaign-cannot-read-folder",
            path = dir.display().to_string(),
            why = plain(w, &e)
        ))
    })?;
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.join(CAMPAIGN_FILE).is_file())
        .collect();
    folders.sort();
    if folders.is_empty() {
        return Err(Error::usage(t!(
            w,
            "campaign-no-campaign-file",
            path = dir.display().to_string(),
            file = CAMPAIGN_FILE
        )));
    }
    Ok(folders.into_iter().map(Origin::Folder).collect())
}

/// A folder that holds a campaign file, rather than folders of campaigns.
fn is_campaign_folder(dir: &Path) -> bool {
    dir.join(CAMPAIGN_FILE).is_file()
}

/// Whether a campaign that breaks the rules of `validate` is refused on loading.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rules {
    Enforce,
    LeaveToCheck,
    /// A campaign bundled in the binary: part of the program, which its tests hold to
    /// every rule (`bundled_campaigns_break_no_rule`), so not checked again at each run.
    Trusted,
}

/// Reads and parses a campaign. A bundled one must have its folder's name as its id: that
/// is how it is found without being parsed.
fn load(w: &Words, origin: Origin, rules: Rules) -> Result<Campaign> {
    let path = origin.path_of(CAMPAIGN_FILE);
    let (text, _) = origin
        .read(w, CAMPAIGN_FILE)?
        .ok_or_else(|| Error::file(&path, t!(w, "campaign-missing")))?;
    let data = parse(w, &path, &text)?;
    if rules == Rules::Enforce
        && let Some(first) = invalid(w, &data).into_iter().next()
    {
        let spans = Spans::new(&path, text);
        let location = match first.is_key {
            true => spans.key(&first.at),
            false => spans.value(&first.at),
        };
        return Err(Error::at(location, first.message));
    }
    if let Origin::Embedded { prefix } = &origin
        && data.id != *prefix
    {
        return Err(Error::file(
            path,
            t!(
                w,
                "campaign-bundled-id",
                id = data.id.as_str(),
                folder = prefix.as_str()
            ),
        ));
    }
    Ok(Campaign { data, origin })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_campaign_loads() {
        let catalogue = Catalogue::load(&Words::english(), None).unwrap();
        let campaign = catalogue.choose(&Words::english(), None).unwrap();
        assert_eq!(campaign.id(), "icheon-limoges");
        assert!(campaign.data.languages.contains_key("fr"));
        // No email address is confirmed for any recipient: none may be on file.
        assert!(campaign.data.recipients.iter().all(|r| r.email.is_none()));
        // Every bundled campaign parses, and its id is its folder's name.
        assert_eq!(
            catalogue.all(&Words::english()).unwrap().len(),
            catalogue.len()
        );
    }

    #[test]
    fn bundled_campaigns_break_no_rule() {
        let w = Words::english();
        for id in embedded_ids() {
            let campaign = load(&w, Origin::Embedded { prefix: id.clone() }, Rules::Enforce);
            assert!(campaign.is_ok(), "{id}: {:?}", campaign.err());
        }
        assert!(!embedded_ids().is_empty());
    }

    #[test]
    fn bundled_campaigns_are_parsed_only_when_used() {
        let mut catalogue = Catalogue::load(&Words::english(), None).unwrap();
        // A bundled entry whose files do not exist: any attempt to parse it fails.
        catalogue
            .embedded
            .push(("not-there".to_string(), OnceCell::new()));
        assert_eq!(catalogue.ids(), "icheon-limoges, not-there");
        let campaign = catalogue
            .choose(&Words::english(), Some("icheon-limoges"))
            .unwrap();
        assert!(!campaign.data.title.is_empty());
        assert!(catalogue.embedded[1].1.get().is_none());
        let err = catalogue
            .choose(&Words::english(), Some("not-there"))
            .unwrap_err()
            .to_string();
        assert_eq!(err, "letters/not-there/campaign.toml: missing");
        assert!(catalogue.all(&Words::english()).is_err());
    }
}

//! Phase one of the request: every value given (flags, the environment) or saved (the
//! settings file), checked against the campaign before any question, with no terminal.

use std::path::{Path, PathBuf};

use super::given::{Given, Source, Sourced};
use super::{Printed, Product};
use crate::atomic_file::{Replace, target};
use crate::campaign::{Campaign, Catalogue};
use crate::error::{Error, Result};
use crate::format::{Format, Part, pieces};
use crate::locale;
use crate::output::Sink;
use crate::piece::Piece;
use crate::postal::{MAX_ADDRESS_LINES, PostalRequest};
use crate::settings::Settings;
use crate::surroundings::Surroundings;
use crate::values::{self, Checked};
use crate::words::{Words, t};

/// Phase one's result: every value given, checked; what is None is still to be asked.
#[derive(Debug)]
pub(super) struct Draft<'c> {
    pub campaign: Option<&'c Campaign>,
    /// A language given before the campaign is known; checked once it is.
    pub lang: Option<Sourced>,
    pub name: Option<String>,
    pub city: Option<String>,
    /// The note of the letter's language.
    pub note: Option<String>,
    /// The name and the town in the Latin script, given or saved, and the notes of
    /// other languages.
    pub readers: OtherReaders,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// The From address as given or saved, checked only when the output uses it.
    pub from: Option<Sourced>,
    pub choice: Choice,
    pub notes: Vec<String>,
    pub postal: PostalRequest,
    /// The saved settings, checked: the questions' defaults.
    pub saved: Settings,
    /// The words spoken: the letter's language once it is known.
    pub words: Words,
}

/// What the command line chose to make of the letter.
#[derive(Debug, Clone)]
pub(super) struct Choice {
    pub chosen: Chosen,
    /// Whether the command line chose it (then the menu is not offered).
    pub by_flags: bool,
}

/// A product as chosen: printable letters may still need a file name, given once the
/// campaign and the language are known.
#[derive(Debug, Clone)]
pub(super) enum Chosen {
    Product(Product),
    PrintToNewFile { open: bool },
}

impl Chosen {
    pub(super) fn format(&self) -> Format {
        match self {
            Chosen::Product(product) => product.format(),
            Chosen::PrintToNewFile { .. } => Format::Pdf,
        }
    }

    /// The product, with a new file in the current folder named for the letter.
    pub(super) fn named(self, campaign: &str, language: &str) -> Product {
        match self {
            Chosen::Product(product) => product,
            Chosen::PrintToNewFile { open } => Product::Printable {
                to: Printed::File {
                    path: new_file(&format!("letter-{campaign}-{language}"), "pdf"),
                    replace: Replace::Never,
                    open,
                },
            },
        }
    }
}

/// Checks every value given or saved. Saved values fill in what is not given; in a
/// terminal (`interactive`) they are the questions' defaults instead.
pub(super) fn check<'c>(
    w: &Words,
    given: Given,
    catalogue: &'c Catalogue,
    surroundings: &Surroundings,
    saved: Option<(&Path, &Settings)>,
    interactive: bool,
) -> Result<Draft<'c>> {
    let several = catalogue.needs_choice() && given.campaign.is_none();
    let campaign = if several && interactive {
        None
    } else {
        Some(catalogue.choose(w, given.campaign.as_deref())?)
    };
    // The letter's language, once known, is the language of every later message.
    let mut words = w.clone();
    if let (Some(campaign), Some(lang)) = (campaign, &given.lang) {
        words = words.or_speaking(&language(&words, campaign, lang)?);
    }
    let saved = saved_settings(&words, saved, campaign, &given)?;
    if let (Some(campaign), Some(lang), false) = (campaign, &saved.lang(), interactive) {
        words = words.or_speaking(&language(&words, campaign, lang)?);
    }
    let w = &words;
    let choice = choice(w, &given, surroundings.stdout_terminal)?;
    let postal = postal(w, &given, campaign, &saved.settings, surroundings)?;
    let or_saved = |given: Option<String>, saved: &Option<String>| {
        given.or_else(|| saved.clone().filter(|_| !interactive))
    };
    let mut readers = other_readers(w, &given, campaign)?;
    readers.latin_name = or_saved(readers.latin_name, &saved.settings.latin_name);
    readers.latin_city = or_saved(readers.latin_city, &saved.settings.latin_city);
    let name = given
        .name
        .map(|n| n.checked(w, |v| values::name(w, v)))
        .transpose()?;
    let city = given
        .city
        .map(|c| c.checked(w, |v| values::city(w, v)))
        .transpose()?;
    let from = given.from.or(saved.from());
    if choice.chosen.format() == Format::Eml
        && let Some(from) = &from
    {
        from.checked(w, |v| values::email(w, v))?;
    }
    let (to, cc, notes) = recipients(w, &given.to, &given.cc)?;
    let draft = Draft {
        campaign,
        postal,
        name: or_saved(name, &saved.settings.name),
        city: or_saved(city, &saved.settings.city),
        readers,
        // `--note ''` means no note.
        note: given
            .note
            .filter(|n| !n.value.trim().is_empty())
            .map(|n| n.checked(w, |v| values::note(w, v)))
            .transpose()?,
        to,
        cc,
        notes,
        from,
        lang: given.lang.or_else(|| saved.lang().filter(|_| !interactive)),
        choice,
        saved: saved.settings,
        words,
    };
    if !interactive {
        missing(&draft)?;
    }
    Ok(draft)
}

/// Without a terminal, a missing name and a missing language are said at once.
fn missing(draft: &Draft) -> Result<()> {
    let w = &draft.words;
    let no_lang = draft.campaign.filter(|_| draft.lang.is_none());
    match (draft.name.is_none(), no_lang) {
        (true, Some(campaign)) => Err(no_name_nor_language(w, campaign)),
        (true, None) => Err(no_name(w)),
        (false, Some(campaign)) => Err(no_language(w, campaign)),
        (false, None) => Ok(()),
    }
}

/// The addresses of --to and --cc, each checked and kept once, and a note for each one
/// given twice.
fn recipients(
    w: &Words,
    to: &[String],
    cc: &[String],
) -> Result<(Vec<String>, Vec<String>, Vec<String>)> {
    let addresses = |flag: &'static str, list: &[String]| -> Result<Vec<String>> {
        list.iter()
            .map(|a| match a.contains([',', ';']) {
                // The way to give several is the flag's own: said here, not at a question.
                true => Err(Error::usage(t!(
                    w,
                    "request-one-address-per-flag",
                    flag = flag,
                    value = a.escape_debug().to_string()
                ))),
                false => Sourced::flag(flag, a.as_str()).checked(w, |v| values::email(w, v)),
            })
            .collect()
    };
    let (to, mut notes) = values::distinct(w, addresses("--to", to)?);
    let cc: Vec<String> = addresses("--cc", cc)?
        .into_iter()
        .filter(|c| {
            let twice = to.iter().any(|t| t.eq_ignore_ascii_case(c));
            if twice {
                notes.push(t!(w, "request-twice-to-cc", address = c.clone()));
            }
            !twice
        })
        .collect();
    let (cc, more) = values::distinct(w, cc);
    notes.extend(more);
    Ok((to, cc, notes))
}

/// The saved settings, each value checked, and the file they came from.
struct Saved {
    settings: Settings,
    path: Option<PathBuf>,
}

impl Saved {
    fn sourced(&self, key: &'static str, value: &Option<String>) -> Option<Sourced> {
        let path = self.path.as_ref()?;
        value.as_ref().map(|v| Sourced {
            value: v.clone(),
            source: Source::Settings {
                path: path.clone(),
                key,
            },
        })
    }

    /// The saved language, as given (it is checked against the campaign where used).
    fn lang(&self) -> Option<Sourced> {
        self.sourced("lang", &self.settings.lang)
    }

    /// The saved From address, as given (it is checked where it is used).
    fn from(&self) -> Option<Sourced> {
        self.sourced("from", &self.settings.from)
    }
}

/// Checks every saved value, naming the settings file in any error. The language is
/// checked against the campaign when it is known. A saved value that a flag or variable
/// overrides is neither used nor checked.
fn saved_settings(
    w: &Words,
    saved: Option<(&Path, &Settings)>,
    campaign: Option<&Campaign>,
    given: &Given,
) -> Result<Saved> {
    let Some((path, settings)) = saved else {
        return Ok(Saved {
            settings: Settings::default(),
            path: None,
        });
    };
    let unless = |given: bool, value: &Option<String>| value.clone().filter(|_| !given);
    let kept = Saved {
        settings: Settings {
            name: unless(given.name.is_some(), &settings.name),
            lang: unless(given.lang.is_some(), &settings.lang),
            city: unless(given.city.is_some(), &settings.city),
            latin_name: unless(given.latin_name.is_some(), &settings.latin_name),
            latin_city: unless(given.latin_city.is_some(), &settings.latin_city),
            from: unless(given.from.is_some(), &settings.from),
            address: settings
                .address
                .clone()
                .filter(|_| given.address.is_empty()),
            country: unless(given.country.is_some(), &settings.country),
            remember: settings.remember,
        },
        path: Some(path.to_path_buf()),
    };
    let check = |key, value: &Option<String>, check: fn(&Words, &str) -> Checked| {
        kept.sourced(key, value)
            .map(|v| v.checked(w, |text| check(w, text)))
            .transpose()
    };
    if let (Some(campaign), Some(lang)) = (campaign, &kept.lang()) {
        language(w, campaign, lang)?;
    }
    if let Some(lines) = kept.settings.address.as_ref()
        && lines.len() > MAX_ADDRESS_LINES
    {
        let source = Source::Settings {
            path: path.to_path_buf(),
            key: "address",
        };
        return Err(Error::usage(t!(
            w,
            "request-refused",
            source = source.shown(w),
            why = t!(
                w,
                "request-too-many-address-lines",
                count = lines.len(),
                max = MAX_ADDRESS_LINES
            )
        )));
    }
    let address = kept.settings.address.as_ref().map(|lines| {
        lines
            .iter()
            .map(|line| {
                let line = Some(line.clone());
                check("address", &line, values::address_line).map(Option::unwrap_or_default)
            })
            .collect::<Result<Vec<_>>>()
    });
    let settings = Settings {
        name: check("name", &kept.settings.name, values::name)?,
        city: check("city", &kept.settings.city, values::city)?,
        latin_name: check("latin_name", &kept.settings.latin_name, values::latin_name)?,
        latin_city: check("latin_city", &kept.settings.latin_city, values::latin_city)?,
        address: address.transpose()?,
        country: check("country", &kept.settings.country, values::country)?,
        ..kept.settings.clone()
    };
    Ok(Saved { settings, ..kept })
}

/// What the readers of other languages than the letter's need.
#[derive(Debug, Clone, Default)]
pub(super) struct OtherReaders {
    /// The name and the town in the Latin script.
    pub latin_name: Option<String>,
    pub latin_city: Option<String>,
    /// The notes of other languages (`--note-for`): the language as given, checked once
    /// the campaign is known, and the note, checked.
    pub note_for: Vec<(Sourced, String)>,
}

/// The name and the town in the Latin script, and the notes of other languages, checked
/// (the notes' languages once the campaign is known).
fn other_readers(w: &Words, given: &Given, campaign: Option<&Campaign>) -> Result<OtherReaders> {
    let latin = |given: &Option<Sourced>, check: fn(&Words, &str) -> Checked| {
        given
            .as_ref()
            .map(|v| v.checked(w, |text| check(w, text)))
            .transpose()
    };
    let note_for = (given.note_for.iter())
        .filter(|(_, note)| !note.value.trim().is_empty())
        .map(|(lang, note)| Ok((lang.clone(), note.checked(w, |v| values::note(w, v))?)))
        .collect::<Result<Vec<_>>>()?;
    if let Some(campaign) = campaign {
        notes_for(w, campaign, &note_for)?;
    }
    Ok(OtherReaders {
        latin_name: latin(&given.latin_name, values::latin_name)?,
        latin_city: latin(&given.latin_city, values::latin_city)?,
        note_for,
    })
}

/// The notes of `--note-for`, by the campaign's code of their language.
pub(super) fn notes_for(
    w: &Words,
    campaign: &Campaign,
    given: &[(Sourced, String)],
) -> Result<std::collections::BTreeMap<String, String>> {
    given
        .iter()
        .map(|(lang, note)| Ok((language(w, campaign, lang)?, note.clone())))
        .collect()
}

/// A language the campaign has.
pub(super) fn language(w: &Words, campaign: &Campaign, given: &Sourced) -> Result<String> {
    let code = given.value.trim();
    let known = campaign.data.languages.keys().map(String::as_str);
    match locale::best_match(known, code) {
        Some(found) => Ok(found.to_string()),
        None => Err(Error::usage(t!(
            w,
            "request-unknown-language",
            source = given.source.shown(w),
            campaign = campaign.id().to_string(),
            code = code.escape_debug().to_string(),
            available = campaign.languages_list()
        ))),
    }
}

/// What printed letters need, as given or saved: each value checked, and the
/// recipients named checked against the campaign's postal addresses.
fn postal(
    w: &Words,
    given: &Given,
    campaign: Option<&Campaign>,
    saved: &Settings,
    surroundings: &Surroundings,
) -> Result<PostalRequest> {
    let address = given
        .address
        .iter()
        .map(|line| {
            Sourced::flag("--address", line.as_str()).checked(w, |v| values::address_line(w, v))
        })
        .collect::<Result<Vec<_>>>()?;
    // No more than the sender's block holds on a printed letter.
    if address.len() > MAX_ADDRESS_LINES {
        return Err(Error::usage(t!(
            w,
            "request-too-many-address-lines",
            count = address.len(),
            max = MAX_ADDRESS_LINES
        )));
    }
    let country = match &given.country {
        Some(country) => Some(country.checked(w, |v| values::country(w, v))?),
        None => saved
            .country
            .clone()
            .or_else(|| surroundings.locale_territory.clone()),
    };
    if let (Some(campaign), false) = (campaign, given.recipients.is_empty()) {
        let known: Vec<&str> = campaign
            .data
            .postal
            .iter()
            .filter(|p| p.envelope)
            .filter_map(|p| p.recipient.as_deref())
            .collect();
        if let Some(unknown) = given
            .recipients
            .iter()
            .find(|r| !known.contains(&r.as_str()))
        {
            return Err(Error::usage(t!(
                w,
                "request-unknown-recipient",
                recipient = unknown.escape_debug().to_string(),
                available = known.join(", ")
            )));
        }
    }
    if let Some(font) = &given.font
        && !font.is_file()
    {
        return Err(Error::usage(t!(
            w,
            "request-not-a-font",
            path = font.display().to_string()
        )));
    }
    Ok(PostalRequest {
        address: match address.is_empty() {
            true => saved.address.clone().unwrap_or_default(),
            false => address,
        },
        country,
        paper: given.paper,
        envelope: given.envelope,
        recipients: given.recipients.clone(),
        font: given.font.clone(),
    })
}

/// Flags that contradict each other, or the format.
fn contradictions(w: &Words, given: &Given, format: Format) -> Result<()> {
    let pdf = format == Format::Pdf;
    if given.open && format == Format::Json {
        return Err(Error::usage(t!(w, "request-open-json")));
    }
    if given.open && (given.copy || given.output.is_some()) && !pdf {
        return Err(Error::usage(t!(w, "request-open-with-output")));
    }
    if given.copy && pdf {
        return Err(Error::usage(t!(w, "request-copy-pdf")));
    }
    if let (Some(envelope), Some(paper)) = (given.envelope, given.paper)
        && envelope.paper() != paper
    {
        let name = |paper| match paper {
            crate::postal::Paper::A4 => "a4",
            crate::postal::Paper::Letter => "letter",
        };
        return Err(Error::usage(t!(
            w,
            "request-envelope-paper",
            envelope = envelope.name(),
            takes = name(envelope.paper()),
            paper = name(paper)
        )));
    }
    if given.wrap.is_some() && format != Format::Text {
        return Err(Error::usage(t!(
            w,
            "request-wrap-text-only",
            format = format.name()
        )));
    }
    Ok(())
}

/// What the command line says to make and where; a format that cannot carry the part,
/// a file that cannot be written, or flags that contradict each other are refused here,
/// before any question.
fn choice(w: &Words, given: &Given, stdout_terminal: bool) -> Result<Choice> {
    let format = given.format.unwrap_or(Format::Text);
    let pdf = format == Format::Pdf;
    contradictions(w, given, format)?;
    let part = given
        .part
        .unwrap_or(match given.copy && format == Format::Text {
            true => Part::Only(Piece::Body),
            false => Part::All,
        });
    pieces(w, format, part)?;
    let to = match (&given.output, given.copy) {
        // `-o -` is standard output, as Unix tools take it; but no PDF to a terminal,
        // which would show its bytes as garbage.
        (Some(path), _) if path.as_os_str() == "-" && pdf && stdout_terminal => {
            return Err(Error::usage(t!(w, "request-pdf-to-terminal")));
        }
        (Some(path), _) if path.as_os_str() == "-" => Some(Sink::Stdout),
        (Some(path), _) => {
            let replace = match given.force {
                true => Replace::Always,
                false => Replace::Never,
            };
            writable(w, path, replace).map_err(Error::usage)?;
            Some(Sink::File {
                path: path.clone(),
                replace,
            })
        }
        (None, true) => Some(Sink::Clipboard),
        (None, false) => None,
    };
    let chosen = match (format, to) {
        (Format::Pdf, Some(Sink::File { path, replace })) => Chosen::Product(Product::Printable {
            to: Printed::File {
                path,
                replace,
                open: given.open,
            },
        }),
        // Printed letters go to standard output only when it is not a terminal, and
        // never when they are to be opened: else to a new file.
        (Format::Pdf, None) if stdout_terminal || given.open => {
            Chosen::PrintToNewFile { open: given.open }
        }
        (Format::Pdf, _) => Chosen::Product(Product::Printable {
            to: Printed::Stdout,
        }),
        (_, None) if given.open => Chosen::Product(Product::MailApp),
        (Format::Eml, to) => Chosen::Product(Product::Eml {
            to: to.unwrap_or(Sink::Stdout),
        }),
        (Format::Mailto, to) => Chosen::Product(Product::Mailto {
            to: to.unwrap_or(Sink::Stdout),
        }),
        (Format::Json, to) => Chosen::Product(Product::Json {
            to: to.unwrap_or(Sink::Stdout),
        }),
        (Format::Text, to) => Chosen::Product(Product::Text {
            part,
            to: to.unwrap_or(Sink::Stdout),
            wrap: given.wrap,
        }),
    };
    Ok(Choice {
        chosen,
        by_flags: given.format.is_some()
            || given.part.is_some()
            || given.copy
            || given.output.is_some(),
    })
}

/// A name in the current folder that no file has yet: `stem.ext`, else `stem-2.ext`...
pub(super) fn new_file(stem: &str, ext: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => PathBuf::from(format!("{stem}.{ext}")),
            n => PathBuf::from(format!("{stem}-{n}.{ext}")),
        })
        .find(|p| p.symlink_metadata().is_err())
        .unwrap_or_else(|| PathBuf::from(format!("{stem}.{ext}")))
}

/// Whether a file can be written at `path`.
pub(super) fn writable(w: &Words, path: &Path, replace: Replace) -> Checked {
    target(w, path, replace).map(|_| path.display().to_string())
}

pub(super) fn no_name(w: &Words) -> Error {
    Error::usage(t!(w, "request-no-name"))
}

pub(super) fn no_language(w: &Words, campaign: &Campaign) -> Error {
    Error::usage(t!(
        w,
        "request-no-language",
        available = campaign.languages_list()
    ))
}

fn no_name_nor_language(w: &Words, campaign: &Campaign) -> Error {
    Error::usage(t!(
        w,
        "request-no-name-nor-language",
        available = campaign.languages_list()
    ))
}

//! The validated request: who signs, in which language, for which campaign, and what to
//! do with the letter. It is made in two phases: first everything given (flags, the
//! environment, the saved settings) is checked, with no terminal; then, in a terminal,
//! only what is still missing is asked.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::atomic_file::{Replace, target};
use crate::campaign::{Campaign, Catalogue, Send, localized};
use crate::error::{Error, Result};
use crate::format::pdf::Paper;
use crate::format::{Format, Part, Piece, Pieces, pieces};
use crate::letter::{LetterRequest, Sender};
use crate::output::Destination;
use crate::postal::{PostalRequest, locale_territory};
use crate::prompt::Ask;
use crate::settings::Settings;
use crate::values::{self, Checked};
use crate::words::{self, match_language, t};

/// Where a value came from, so that an error names the right place to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Settings {
        path: PathBuf,
        key: &'static str,
    },
    /// The question for the From address.
    FromQuestion,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => f.write_str(&t!(w, "request-source-env", var = *var)),
            Source::Settings { path, key } => f.write_str(&t!(w, "request-source-settings",
                key = *key,
                path = path.display().to_string()
            )),
            Source::FromQuestion => f.write_str(&t!(w, "request-source-from-question")),
        }
    }
}

/// A value as it was given, and where from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced {
    pub value: String,
    pub source: Source,
}

impl Sourced {
    pub fn flag(flag: &'static str, value: impl Into<String>) -> Sourced {
        Sourced {
            value: value.into(),
            source: Source::Flag(flag),
        }
    }

    /// The value checked by `check`; a refusal names where the value came from.
    fn checked(&self, check: impl Fn(&str) -> Checked) -> Result<String> {
        check(&self.value).map_err(|why| {
            Error::usage(t!(w, "request-refused",
                source = self.source.to_string(),
                why = why
            ))
        })
    }
}

/// What the command line and the environment give, before any check.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub campaign: Option<String>,
    pub name: Option<Sourced>,
    pub lang: Option<Sourced>,
    pub city: Option<Sourced>,
    pub note: Option<Sourced>,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub from: Option<Sourced>,
    pub format: Option<Format>,
    pub part: Option<Part>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub copy: bool,
    pub address: Vec<String>,
    pub country: Option<Sourced>,
    pub paper: Option<Paper>,
    pub recipients: Vec<String>,
    pub font: Option<PathBuf>,
    pub open: bool,
    /// Whether standard output is a terminal.
    pub stdout_terminal: bool,
    /// Whether there is a display (for the clipboard) and a desktop to open things with:
    /// the menu offers only what can work.
    pub display: bool,
    pub desktop: bool,
}

/// The whole request: the letter, and what to do with it.
#[derive(Debug, Clone)]
pub struct Request {
    pub letter: LetterRequest,
    pub format: Format,
    pub part: Part,
    /// The pieces `format` and `part` print: the only ones composed.
    pub pieces: Pieces,
    pub destination: Destination,
    /// Whether any question was asked (then the user may want their answers remembered).
    pub asked: bool,
    /// What the user should know about what was given: an address given twice.
    pub notes: Vec<String>,
    pub postal: PostalRequest,
}

impl Request {
    /// How the output is named to the user: "the email body", "the eml message".
    /// Said only when a message names it: each run reads the words it prints.
    pub fn what(&self) -> String {
        match self.format {
            Format::Text => match self.part {
                Part::All => t!(w, "request-what-all"),
                Part::Only(Piece::Subject) => t!(w, "request-what-subject"),
                Part::Only(Piece::Body) => t!(w, "request-what-body"),
                Part::Only(Piece::Recipients) => t!(w, "request-what-recipients"),
                Part::Only(Piece::Addresses) => t!(w, "request-what-addresses"),
                Part::Only(Piece::Phone) => t!(w, "request-what-phone"),
                Part::Only(Piece::Post) => t!(w, "request-what-post"),
            },
            Format::Pdf => t!(w, "request-what-pdf"),
            other => t!(w, "request-what-message", format = other.name()),
        }
    }

    /// What a user who says "remember" keeps.
    pub fn answers(&self) -> Settings {
        let letter = &self.letter;
        Settings {
            name: Some(letter.sender.name.clone()),
            lang: Some(letter.language.clone()),
            city: letter.sender.city.clone(),
            from: letter.from.clone(),
            address: Some(self.postal.address.clone()).filter(|a| !a.is_empty()),
            country: self.postal.country.clone(),
            remember: None,
        }
    }
}

/// What the interactive run may offer to do with the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Print,
    OpenMailApp,
    Copy,
    SaveEml,
    SavePdf,
    Mailto,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::Print,
        Action::OpenMailApp,
        Action::Copy,
        Action::SaveEml,
        Action::SavePdf,
        Action::Mailto,
    ];

    fn label(self) -> String {
        match self {
            Action::Print => t!(w, "request-action-print"),
            Action::OpenMailApp => t!(w, "request-action-open"),
            Action::Copy => t!(w, "request-action-copy"),
            Action::SaveEml => t!(w, "request-action-eml"),
            Action::SavePdf => t!(w, "request-action-pdf"),
            Action::Mailto => t!(w, "request-action-mailto"),
        }
    }
}

/// Checks what was given and saved, then asks `ask` (when there is a terminal) for what
/// is still missing. Every problem with what was given is reported before any question.
pub fn resolve(
    given: Given,
    catalogue: &Catalogue,
    saved: Option<(&Path, &Settings)>,
    ask: Option<&mut dyn Ask>,
) -> Result<Request> {
    let draft = Draft::check(given, catalogue, saved, ask.is_some())?;
    draft.complete(catalogue, ask)
}

/// Phase one's result: every value given, checked; what is None is still to be asked.
#[derive(Debug)]
struct Draft<'c> {
    campaign: Option<&'c Campaign>,
    /// A language given before the campaign is known; checked once it is.
    lang: Option<Sourced>,
    name: Option<String>,
    city: Option<String>,
    note: Option<String>,
    to: Vec<String>,
    cc: Vec<String>,
    /// The From address as given or saved, checked only when the output uses it.
    from: Option<Sourced>,
    output: Output,
    notes: Vec<String>,
    postal: PostalRequest,
    /// Whether there is a display and a desktop.
    surroundings: (bool, bool),
    /// The saved settings, checked: the questions' defaults.
    saved: Settings,
}

/// The saved settings, each value checked, and the saved language and From address as
/// given (they are checked where they are used).
struct Saved {
    settings: Settings,
    lang: Option<Sourced>,
    from: Option<Sourced>,
}

impl Saved {
    /// Checks every saved value, naming the settings file in any error. The language is
    /// checked against the campaign when it is known.
    /// A saved value that a flag or variable overrides is neither used nor checked.
    fn check(
        saved: Option<(&Path, &Settings)>,
        campaign: Option<&Campaign>,
        given: &Given,
    ) -> Result<Saved> {
        let Some((path, settings)) = saved else {
            return Ok(Saved {
                settings: Settings::default(),
                lang: None,
                from: None,
            });
        };
        let unless = |given: bool, value: &Option<String>| value.clone().filter(|_| !given);
        let settings = &Settings {
            name: unless(given.name.is_some(), &settings.name),
            lang: unless(given.lang.is_some(), &settings.lang),
            city: unless(given.city.is_some(), &settings.city),
            from: unless(given.from.is_some(), &settings.from),
            address: settings
                .address
                .clone()
                .filter(|_| given.address.is_empty()),
            country: unless(given.country.is_some(), &settings.country),
            remember: settings.remember,
        };
        let sourced = |key: &'static str, value: &Option<String>| {
            value.as_ref().map(|v| Sourced {
                value: v.clone(),
                source: Source::Settings {
                    path: path.to_path_buf(),
                    key,
                },
            })
        };
        let check = |key, value: &Option<String>, check: fn(&str) -> Checked| {
            sourced(key, value).map(|v| v.checked(check)).transpose()
        };
        let lang = sourced("lang", &settings.lang);
        if let (Some(campaign), Some(lang)) = (campaign, &lang) {
            language(campaign, lang)?;
        }
        let checked = Settings {
            name: check("name", &settings.name, values::name)?,
            city: check("city", &settings.city, values::city)?,
            from: settings.from.clone(),
            lang: settings.lang.clone(),
            address: settings
                .address
                .as_ref()
                .map(|lines| {
                    lines
                        .iter()
                        .map(|line| {
                            let source = Source::Settings {
                                path: path.to_path_buf(),
                                key: "address",
                            };
                            Sourced {
                                value: line.clone(),
                                source,
                            }
                            .checked(values::address_line)
                        })
                        .collect::<Result<Vec<_>>>()
                })
                .transpose()?,
            country: check("country", &settings.country, values::country)?,
            remember: settings.remember,
        };
        let from = sourced("from", &settings.from);
        Ok(Saved {
            settings: checked,
            lang,
            from,
        })
    }
}

/// What to print and where, as far as the command line says.
#[derive(Debug, Clone)]
struct Output {
    format: Format,
    part: Part,
    pieces: Pieces,
    destination: Destination,
    /// Whether the command line chose any of it (then the menu is not offered).
    chosen: bool,
}

impl Output {
    /// A new file to write, named once the campaign and the language are known.
    fn named(self, letter: &LetterRequest) -> Output {
        match self.destination {
            Destination::NewFile => {
                let stem = format!("letter-{}-{}", letter.campaign, letter.language);
                Output {
                    destination: Destination::File {
                        path: new_file(&stem, "pdf"),
                        replace: Replace::Never,
                    },
                    ..self
                }
            }
            _ => self,
        }
    }
}

impl<'c> Draft<'c> {
    /// Phase one: every value given or saved, checked, with no terminal. Saved values
    /// fill in what is not given; in a terminal they are the questions' defaults instead.
    fn check(
        given: Given,
        catalogue: &'c Catalogue,
        saved: Option<(&Path, &Settings)>,
        interactive: bool,
    ) -> Result<Draft<'c>> {
        let several = catalogue.len() > 1 && given.campaign.is_none();
        let campaign = if several && interactive {
            None
        } else {
            Some(catalogue.choose(given.campaign.as_deref())?)
        };
        // The letter's language, once known, is the language of every later message.
        if let (Some(campaign), Some(lang)) = (campaign, &given.lang) {
            words::speak(&language(campaign, lang)?);
        }
        let saved = Saved::check(saved, campaign, &given)?;
        if let (Some(campaign), Some(lang), false) = (campaign, &saved.lang, interactive) {
            words::speak(&language(campaign, lang)?);
        }
        let output = output(&given)?;
        let postal = postal(&given, campaign, &saved.settings)?;
        let addresses = |flag: &'static str, list: &[String]| -> Result<Vec<String>> {
            list.iter()
                .map(|a| match a.contains([',', ';']) {
                    // The way to give several is the flag's own: said here, not at a question.
                    true => Err(Error::usage(t!(w, "request-one-address-per-flag",
                        flag = flag,
                        value = a.escape_debug().to_string()
                    ))),
                    false => Sourced::flag(flag, a.as_str()).checked(values::email),
                })
                .collect()
        };
        let or_saved = |given: Option<String>, saved: &Option<String>| {
            given.or_else(|| saved.clone().filter(|_| !interactive))
        };
        let name = given.name.map(|n| n.checked(values::name)).transpose()?;
        let city = given.city.map(|c| c.checked(values::city)).transpose()?;
        let from = given.from.or(saved.from.clone());
        if output.format == Format::Eml
            && let Some(from) = &from
        {
            from.checked(values::email)?;
        }
        let (to, mut notes) = values::distinct(addresses("--to", &given.to)?);
        let cc: Vec<String> = addresses("--cc", &given.cc)?
            .into_iter()
            .filter(|c| {
                let twice = to.iter().any(|t| t.eq_ignore_ascii_case(c));
                if twice {
                    notes.push(t!(w, "request-twice-to-cc", address = c.clone()));
                }
                !twice
            })
            .collect();
        let (cc, more) = values::distinct(cc);
        notes.extend(more);
        let draft = Draft {
            campaign,
            postal,
            surroundings: (given.display, given.desktop),
            name: or_saved(name, &saved.settings.name),
            city: or_saved(city, &saved.settings.city),
            // `--note ''` means no note.
            note: given
                .note
                .filter(|n| !n.value.trim().is_empty())
                .map(|n| n.checked(values::note))
                .transpose()?,
            to,
            cc,
            notes,
            from,
            lang: given.lang.or_else(|| saved.lang.filter(|_| !interactive)),
            output,
            saved: saved.settings,
        };
        if !interactive {
            // Both missing are said at once.
            let no_lang = draft.campaign.filter(|_| draft.lang.is_none());
            match (draft.name.is_none(), no_lang) {
                (true, Some(campaign)) => return Err(no_name_nor_language(campaign)),
                (true, None) => return Err(no_name()),
                (false, Some(campaign)) => return Err(no_language(campaign)),
                (false, None) => {}
            }
        }
        Ok(draft)
    }

    /// Phase two: asks for what is missing. Optional questions come only in a run that
    /// had to ask for something required: a command line that names the signer and the
    /// language is complete.
    fn complete(self, catalogue: &'c Catalogue, mut ask: Option<&mut dyn Ask>) -> Result<Request> {
        let saved = &self.saved;
        let mut asked = false;
        let campaign = match self.campaign {
            Some(campaign) => campaign,
            None => required(None, &mut ask, &mut asked, no_campaign, |a| {
                choose_campaign(a, catalogue)
            })?,
        };
        // The language first: every later question is asked in it.
        let known = self
            .lang
            .as_ref()
            .map(|l| language(campaign, l))
            .transpose()?;
        let language = required(
            known,
            &mut ask,
            &mut asked,
            || no_language(campaign),
            |a| choose_language(a, campaign, saved),
        )?;
        words::speak(&language);
        let name = required(self.name, &mut ask, &mut asked, no_name, |a| {
            let default = saved.name.as_deref();
            a.text(&t!(w, "request-ask-name"), default, &values::name)
        })?;

        if !asked {
            ask = None;
        }
        let city = match ask {
            None => self.city.or_else(|| saved.city.clone()),
            Some(_) => self.city,
        };
        let city = optional(city, &mut ask, &mut asked, |a| {
            let default = saved.city.as_deref();
            a.optional_text(&t!(w, "request-ask-city"), default, &values::city)
        })?;
        let note = optional(self.note, &mut ask, &mut asked, |a| {
            a.optional_text(&t!(w, "request-ask-note"), None, &values::note)
        })?;
        // Printed letters chosen on the command line use no email address.
        let printed = self.output.chosen && self.output.format == Format::Pdf;
        let recipient_emails = match ask.as_deref_mut() {
            Some(a) if self.to.is_empty() && !printed => {
                ask_addresses(a, campaign, &language, &mut asked)?
            }
            _ => BTreeMap::new(),
        };
        let mut letter = LetterRequest {
            campaign: campaign.id().to_string(),
            language,
            sender: Sender { name, city, note },
            recipient_emails,
            to: self.to,
            cc: self.cc,
            from: None,
        };
        let mut postal = self.postal;
        let mut from = self.from;
        let output = match ask.as_deref_mut() {
            Some(a) if !self.output.chosen => choose_action(a, &letter, self.surroundings)?,
            _ => self.output,
        };
        // What the output needs, asked for whether the menu or a flag chose it: a
        // message's From line, a printed letter's return address.
        match (output.format, ask) {
            (Format::Eml, Some(a)) if from.is_none() => {
                from = a
                    .optional_text(&t!(w, "request-ask-from"), None, &values::email)?
                    .map(|address| Sourced {
                        value: address,
                        source: Source::FromQuestion,
                    });
            }
            (Format::Pdf, Some(a)) => ask_postal(a, &mut postal)?,
            _ => {}
        }
        let output = output.named(&letter);
        // Only a message has a From address: a bad one fails only a run that uses it.
        if output.format == Format::Eml {
            letter.from = from.map(|f| f.checked(values::email)).transpose()?;
        }
        Ok(Request {
            letter,
            format: output.format,
            part: output.part,
            pieces: output.pieces,
            destination: output.destination,
            asked,
            notes: self.notes,
            postal,
        })
    }
}

/// The value given, else the answer to a question, else (with no terminal) `missing`.
fn required<T>(
    given: Option<T>,
    ask: &mut Option<&mut dyn Ask>,
    asked: &mut bool,
    missing: impl FnOnce() -> Error,
    question: impl FnOnce(&mut dyn Ask) -> Result<T>,
) -> Result<T> {
    match (given, ask.as_deref_mut()) {
        (Some(value), _) => Ok(value),
        (None, Some(a)) => {
            *asked = true;
            question(a)
        }
        (None, None) => Err(missing()),
    }
}

/// The value given, else the answer to a question that may be skipped, else none.
fn optional<T>(
    given: Option<T>,
    ask: &mut Option<&mut dyn Ask>,
    asked: &mut bool,
    question: impl FnOnce(&mut dyn Ask) -> Result<Option<T>>,
) -> Result<Option<T>> {
    match (given, ask.as_deref_mut()) {
        (Some(value), _) => Ok(Some(value)),
        (None, Some(a)) => {
            *asked = true;
            question(a)
        }
        (None, None) => Ok(None),
    }
}

fn no_name() -> Error {
    Error::usage(t!(w, "request-no-name"))
}

fn no_language(campaign: &Campaign) -> Error {
    Error::usage(t!(w, "request-no-language",
        available = campaign.languages_list()
    ))
}

fn no_name_nor_language(campaign: &Campaign) -> Error {
    Error::usage(t!(w, "request-no-name-nor-language",
        available = campaign.languages_list()
    ))
}

fn no_campaign() -> Error {
    Error::usage(t!(w, "request-no-campaign"))
}

/// A language the campaign has.
fn language(campaign: &Campaign, given: &Sourced) -> Result<String> {
    let code = given.value.trim();
    let known = campaign.data.languages.keys().map(String::as_str);
    if let Some(found) = match_language(known, code) {
        Ok(found.to_string())
    } else {
        Err(Error::usage(t!(w, "request-unknown-language",
            source = given.source.to_string(),
            campaign = campaign.id().to_string(),
            code = code.escape_debug().to_string(),
            available = campaign.languages_list()
        )))
    }
}

/// What printed letters need, as given or saved: each value checked, and the
/// recipients named checked against the campaign's postal addresses.
fn postal(given: &Given, campaign: Option<&Campaign>, saved: &Settings) -> Result<PostalRequest> {
    let address = given
        .address
        .iter()
        .map(|line| Sourced::flag("--address", line.as_str()).checked(values::address_line))
        .collect::<Result<Vec<_>>>()?;
    let country = match &given.country {
        Some(country) => Some(country.checked(values::country)?),
        None => saved
            .country
            .clone()
            .or_else(|| locale_territory().map(str::to_string)),
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
            return Err(Error::usage(t!(w, "request-unknown-recipient",
                recipient = unknown.escape_debug().to_string(),
                available = known.join(", ")
            )));
        }
    }
    if let Some(font) = &given.font
        && !font.is_file()
    {
        return Err(Error::usage(t!(w, "request-not-a-font",
            path = font.display().to_string()
        )));
    }
    if given.open && given.format == Some(Format::Json) {
        return Err(Error::usage(t!(w, "request-open-json")));
    }
    if given.open && (given.copy || given.output.is_some()) && given.format != Some(Format::Pdf) {
        return Err(Error::usage(t!(w, "request-open-with-output")));
    }
    if given.copy && given.format == Some(Format::Pdf) {
        return Err(Error::usage(t!(w, "request-copy-pdf")));
    }
    Ok(PostalRequest {
        address: if address.is_empty() {
            saved.address.clone().unwrap_or_default()
        } else {
            address
        },
        country,
        paper: given.paper,
        recipients: given.recipients.clone(),
        font: given.font.clone(),
        open: given.open,
    })
}

/// What the command line says to print and where; a format that cannot carry the part,
/// or a file that cannot be written, is refused here, before any question.
fn output(given: &Given) -> Result<Output> {
    let format = given.format.unwrap_or(Format::Text);
    let part = given
        .part
        .unwrap_or(if given.copy && format == Format::Text {
            Part::Only(Piece::Body)
        } else {
            Part::All
        });
    let pieces = pieces(format, part)?;
    let destination = match (&given.output, given.copy) {
        // `-o -` is standard output, as Unix tools take it.
        (Some(path), _) if path.as_os_str() == "-" => Destination::Stdout,
        (Some(path), _) => {
            let replace = if given.force {
                Replace::Always
            } else {
                Replace::Never
            };
            writable(path, replace).map_err(Error::usage)?;
            Destination::File {
                path: path.clone(),
                replace,
            }
        }
        (None, true) => Destination::Clipboard,
        (None, false) if given.open && format != Format::Pdf => Destination::MailApp,
        // Printed letters go to standard output only when it is not a terminal, and
        // never when they are to be opened: else to a new file, named once the campaign
        // and the language are known.
        (None, false) if format == Format::Pdf && (given.stdout_terminal || given.open) => {
            Destination::NewFile
        }
        (None, false) => Destination::Stdout,
    };
    Ok(Output {
        format,
        part,
        pieces,
        destination,
        chosen: given.format.is_some()
            || given.part.is_some()
            || given.copy
            || given.output.is_some(),
    })
}

/// A name in the current folder that no file has yet: `stem.ext`, else `stem-2.ext`...
fn new_file(stem: &str, ext: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => PathBuf::from(format!("{stem}.{ext}")),
            n => PathBuf::from(format!("{stem}-{n}.{ext}")),
        })
        .find(|p| p.symlink_metadata().is_err())
        .unwrap_or_else(|| PathBuf::from(format!("{stem}.{ext}")))
}

/// Whether a file can be written at `path`.
fn writable(path: &Path, replace: Replace) -> Checked {
    target(path, replace).map(|_| path.display().to_string())
}

fn choose_campaign<'c>(ask: &mut dyn Ask, catalogue: &'c Catalogue) -> Result<&'c Campaign> {
    let all = catalogue.all()?;
    let items: Vec<String> = all
        .iter()
        .map(|c| format!("{} ({})", c.data.title, c.id()))
        .collect();
    Ok(all[ask.choose(&t!(w, "request-ask-campaign"), &items, 0)?])
}

fn choose_language(ask: &mut dyn Ask, campaign: &Campaign, saved: &Settings) -> Result<String> {
    let codes: Vec<&String> = campaign.data.languages.keys().collect();
    let names: Vec<String> = campaign
        .data
        .languages
        .values()
        .map(|l| l.name.clone())
        .collect();
    // The saved language, else the one spoken (the locale's), else the first.
    let position = |code: &str| codes.iter().position(|c| *c == code);
    let default = saved
        .lang
        .as_deref()
        .and_then(position)
        .or_else(|| {
            match_language(codes.iter().map(|c| c.as_str()), words::spoken()).and_then(position)
        })
        .unwrap_or(0);
    Ok(codes[ask.choose(&t!(w, "request-ask-language"), &names, default)?].clone())
}

/// An address for each main recipient that has none on file, or none when skipped.
fn ask_addresses(
    ask: &mut dyn Ask,
    campaign: &Campaign,
    language: &str,
    asked: &mut bool,
) -> Result<BTreeMap<String, String>> {
    let mut found = BTreeMap::new();
    // The main recipients of the letter in this language: a copy goes to those who read it.
    let copy = campaign.data.is_copy(language);
    for r in &campaign.data.recipients {
        let main = match copy {
            false => r.send == Send::To,
            true => r.reads(language) && r.send_copy == Send::To,
        };
        if main && r.email.is_none() {
            *asked = true;
            let office = localized(&r.office, words::spoken()).to_string();
            let prompt = t!(w, "request-ask-email", office = office);
            if let Some(address) = ask.optional_text(&prompt, None, &values::email)? {
                found.insert(r.id.clone(), address);
            }
        }
    }
    Ok(found)
}

/// The menu of what to do with the letter.
fn choose_action(
    ask: &mut dyn Ask,
    letter: &LetterRequest,
    (display, desktop): (bool, bool),
) -> Result<Output> {
    // Only what can work here: no clipboard without a display, no app without a desktop.
    let offered: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| match a {
            Action::Copy => display,
            Action::OpenMailApp => desktop,
            _ => true,
        })
        .collect();
    let labels: Vec<String> = offered.iter().map(|a| a.label()).collect();
    let chosen = offered[ask.choose(&t!(w, "request-ask-action"), &labels, 0)?];
    let (format, part, destination) = match chosen {
        Action::Print => (Format::Text, Part::All, Destination::Stdout),
        Action::OpenMailApp => (Format::Mailto, Part::All, Destination::MailApp),
        Action::Copy => (
            Format::Text,
            Part::Only(Piece::Body),
            Destination::Clipboard,
        ),
        Action::Mailto => (Format::Mailto, Part::All, Destination::Stdout),
        Action::SaveEml => (Format::Eml, Part::All, save_as(ask, letter, "eml")?),
        Action::SavePdf => (Format::Pdf, Part::All, save_as(ask, letter, "pdf")?),
    };
    Ok(Output {
        format,
        part,
        pieces: pieces(format, part)?,
        destination,
        chosen: true,
    })
}

/// A new file to save to, asked with a free name in the current folder as the default.
fn save_as(ask: &mut dyn Ask, letter: &LetterRequest, ext: &str) -> Result<Destination> {
    let stem = format!("letter-{}-{}", letter.campaign, letter.language);
    let default = new_file(&stem, ext).display().to_string();
    let check = |p: &str| match p.trim() {
        "" => Err(t!(w, "request-file-name-missing")),
        // The flag that would replace it is no answer to a question.
        p if Path::new(p).exists() => Err(t!(w, "request-file-exists", path = p.to_string())),
        p => writable(Path::new(p), Replace::Never).map(|_| p.to_string()),
    };
    let path = ask.text(&t!(w, "request-ask-save-as"), Some(&default), &check)?;
    Ok(Destination::File {
        path: path.into(),
        replace: Replace::Never,
    })
}

/// The sender's postal address and country, for printed letters, when not known yet.
fn ask_postal(ask: &mut dyn Ask, postal: &mut PostalRequest) -> Result<()> {
    if postal.address.is_empty() {
        for n in 1..=4 {
            let prompt = match n {
                1 => t!(w, "request-ask-address-first"),
                n => t!(w, "request-ask-address-next", number = n),
            };
            match ask.optional_text(&prompt, None, &values::address_line)? {
                Some(line) => postal.address.push(line),
                None => break,
            }
        }
    }
    if postal.country.is_none() {
        postal.country = ask.optional_text(&t!(w, "request-ask-country"), None, &values::country)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::scripted::{Answer, Scripted};

    fn catalogue() -> Catalogue {
        Catalogue::load(None).unwrap()
    }

    fn given(name: Option<&str>, lang: Option<&str>) -> Given {
        Given {
            name: name.map(|n| Sourced::flag("--name", n)),
            lang: lang.map(|l| Sourced::flag("--lang", l)),
            ..Given::default()
        }
    }

    /// Runs the questions with a scripted user, and checks every answer was used.
    fn ask(given: Given, saved: Option<&Settings>, answers: &[Answer]) -> (Request, Vec<String>) {
        let path = Path::new("/home/ada/.config/sister-letter/config.toml");
        let mut user = Scripted::new(answers);
        let request = resolve(
            given,
            &catalogue(),
            saved.map(|s| (path, s)),
            Some(&mut user as &mut dyn Ask),
        )
        .unwrap();
        assert!(user.finished(), "answers left over: {:?}", user.transcript);
        (request, user.transcript)
    }

    #[test]
    fn a_complete_command_line_asks_nothing() {
        let (request, transcript) = ask(given(Some("Ada"), Some("fr")), None, &[]);
        assert!(transcript.is_empty() && !request.asked);
        assert_eq!(request.letter.language, "fr");
        assert_eq!(request.format, Format::Text);
        assert_eq!(request.destination, Destination::Stdout);
    }

    #[test]
    fn a_bare_run_asks_everything_in_order() {
        let (request, transcript) = ask(
            Given::default(),
            None,
            &[
                Answer::Choose("English"),
                Answer::Type("Zoë"),
                Answer::Type("Lyon, France"),
                Answer::Type(""),
                Answer::Type("maire@example.org"),
                Answer::Type(""),
                Answer::Choose("Print"),
            ],
        );
        assert_eq!(
            transcript,
            [
                "Language of the letter",
                "Your name (it signs the letter)",
                "Your town and country (Enter to skip)",
                "A sentence of your own, so that letters differ (Enter to skip)",
                "Email address for the Mayor of Limoges (Enter to skip)",
                "Email address for the Limoges City Council (Enter to skip)",
                "What should I do with the letter?",
            ]
        );
        let letter = &request.letter;
        assert_eq!(letter.sender.name, "Zoë");
        assert_eq!(letter.language, "en");
        assert_eq!(letter.sender.city.as_deref(), Some("Lyon, France"));
        assert_eq!(letter.sender.note, None);
        assert_eq!(
            letter
                .recipient_emails
                .get("limoges_mayor")
                .map(String::as_str),
            Some("maire@example.org")
        );
        assert!(request.asked);
    }

    #[test]
    fn a_refused_answer_is_explained_and_asked_again() {
        let (request, transcript) = ask(
            given(None, Some("en")),
            None,
            &[
                Answer::Type("Ada\u{1b}[31m"),
                Answer::Type("Ada"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type("not-an-address"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Choose("mailto"),
            ],
        );
        assert!(transcript[1].contains("refused: the name holds a control character"));
        assert!(
            transcript[6]
                .starts_with("  refused: 'not-an-address' is not an email address: it has no @")
        );
        assert_eq!(request.letter.sender.name, "Ada");
        assert_eq!(request.format, Format::Mailto);
    }

    #[test]
    fn saved_answers_are_the_defaults_in_a_terminal_and_fill_in_without_one() {
        let saved = Settings {
            name: Some("Ada Saved".into()),
            lang: Some("en".into()),
            city: Some("Lyon".into()),
            ..Settings::default()
        };
        let (request, transcript) = ask(
            Given::default(),
            Some(&saved),
            &[
                Answer::Choose("English"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Choose("Print"),
            ],
        );
        assert_eq!(transcript[1], "Your name (it signs the letter)");
        assert_eq!(request.letter.sender.name, "Ada Saved");
        assert_eq!(request.letter.sender.city.as_deref(), Some("Lyon"));

        // Without a terminal, the saved answers complete the command line.
        let path = Path::new("config.toml");
        let request = resolve(Given::default(), &catalogue(), Some((path, &saved)), None).unwrap();
        assert_eq!(request.letter.sender.name, "Ada Saved");
        assert_eq!(request.letter.language, "en");
        assert_eq!(request.letter.sender.city.as_deref(), Some("Lyon"));
        assert!(!request.asked);
    }

    #[test]
    fn saving_as_eml_asks_for_a_new_file_in_a_folder_that_exists() {
        let dir = tempfile::tempdir().unwrap();
        let taken = dir.path().join("taken.eml");
        std::fs::write(&taken, "x").unwrap();
        let taken = Box::leak(taken.display().to_string().into_boxed_str());
        let missing = Box::leak(
            dir.path()
                .join("no/such/letter.eml")
                .display()
                .to_string()
                .into_boxed_str(),
        );
        let fresh = Box::leak(
            dir.path()
                .join("new.eml")
                .display()
                .to_string()
                .into_boxed_str(),
        );
        let (request, transcript) = ask(
            given(None, Some("en")),
            None,
            &[
                Answer::Type("Ada"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Choose(".eml"),
                Answer::Type(taken),
                Answer::Type(missing),
                Answer::Type(fresh),
                Answer::Type("ada@example.org"),
            ],
        );
        assert!(transcript.iter().any(|l| l.contains("exists already")));
        assert!(transcript.iter().any(|l| l.contains("does not exist")));
        assert_eq!(request.format, Format::Eml);
        assert_eq!(request.letter.from.as_deref(), Some("ada@example.org"));
        assert_eq!(
            request.destination,
            Destination::File {
                path: PathBuf::from(&*fresh),
                replace: Replace::Never
            }
        );
    }

    #[test]
    fn a_printable_letter_asks_for_a_file_and_the_sender_s_postal_address() {
        let dir = tempfile::tempdir().unwrap();
        let file = Box::leak(
            dir.path()
                .join("lettre.pdf")
                .display()
                .to_string()
                .into_boxed_str(),
        );
        let given = Given {
            country: None,
            ..given(None, Some("fr"))
        };
        let mut answers = vec![
            Answer::Type("Zoë"),
            Answer::Type("Lyon"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Choose("PDF"),
            Answer::Type(file),
            Answer::Type("12 rue de la République"),
            Answer::Type("69002 Lyon"),
            Answer::Type(""),
        ];
        // The country is asked only when the locale does not tell it.
        if locale_territory().is_none() {
            answers.push(Answer::Type("fr"));
        }
        let (request, transcript) = ask(given, None, &answers);
        assert_eq!(request.format, Format::Pdf);
        assert_eq!(
            request.postal.address,
            ["12 rue de la République", "69002 Lyon"]
        );
        // A French letter given: every question is in French.
        assert!(
            transcript
                .iter()
                .any(|q| q.starts_with("Ligne 1 de votre adresse postale")),
            "{transcript:?}"
        );
        assert_eq!(transcript[0], "Votre nom (pour signer la lettre)");
        if locale_territory().is_none() {
            assert_eq!(request.postal.country.as_deref(), Some("FR"));
        }
        assert_eq!(
            request.answers().address,
            Some(vec![
                "12 rue de la République".to_string(),
                "69002 Lyon".to_string()
            ])
        );
    }

    #[test]
    fn everything_given_is_checked_before_the_first_question() {
        let dir = tempfile::tempdir().unwrap();
        let cases: Vec<(Given, &str)> = vec![
            (
                Given {
                    format: Some(Format::Eml),
                    part: Some(Part::Only(Piece::Body)),
                    ..Given::default()
                },
                "--format eml always carries the whole letter",
            ),
            (
                Given {
                    to: vec!["nobody".into()],
                    ..Given::default()
                },
                "--to: 'nobody' is not an email address",
            ),
            (
                Given {
                    cc: vec!["a@example.org;b@example.org".into()],
                    ..Given::default()
                },
                "--cc: 'a@example.org;b@example.org' holds more than one address: repeat --cc for each one",
            ),
            (
                Given {
                    output: Some(dir.path().join("none/x.eml")),
                    ..Given::default()
                },
                "does not exist",
            ),
            (
                given(None, Some("de")),
                "--lang: the campaign 'icheon-limoges' has no language 'de'",
            ),
            (
                Given {
                    campaign: Some("paris-tokyo".into()),
                    ..Given::default()
                },
                "unknown campaign 'paris-tokyo'",
            ),
        ];
        for (given, expected) in cases {
            // No answer is scripted: a question would panic.
            let mut user = Scripted::new(&[]);
            let err = resolve(given, &catalogue(), None, Some(&mut user as &mut dyn Ask))
                .unwrap_err()
                .to_string();
            assert!(err.contains(expected), "{expected:?} not in {err:?}");
            assert!(user.transcript.is_empty());
        }
    }

    #[test]
    fn errors_name_where_the_value_came_from() {
        let path = Path::new("/home/ada/.config/sister-letter/config.toml");
        let saved = Settings {
            name: Some("Ada\nBcc: x".into()),
            lang: Some("en".into()),
            ..Settings::default()
        };
        let err = resolve(Given::default(), &catalogue(), Some((path, &saved)), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("'name' in the settings file /home/ada/.config/sister-letter/config.toml: the name holds a control character"),
            "{err}"
        );
        let env = Given {
            lang: Some(Sourced {
                value: "xx".into(),
                source: Source::Env("SISTER_LETTER_LANG"),
            }),
            ..given(Some("Ada"), None)
        };
        let err = resolve(env, &catalogue(), None, None)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("the environment variable SISTER_LETTER_LANG: the campaign"),
            "{err}"
        );
    }

    #[test]
    fn without_a_terminal_what_is_missing_is_an_error() {
        let err = resolve(given(None, Some("en")), &catalogue(), None, None).unwrap_err();
        assert!(err.to_string().contains("pass --name NAME"), "{err}");
        let err = resolve(given(Some("Ada"), None), &catalogue(), None, None).unwrap_err();
        assert!(err.to_string().contains("pass --lang CODE"), "{err}");
        let request = resolve(given(Some("Ada"), Some("ko")), &catalogue(), None, None).unwrap();
        assert!(!request.asked);
        // Both missing: said at once (in English again: the Korean letter spoke Korean).
        crate::words::speak("en");
        let err = resolve(given(None, None), &catalogue(), None, None).unwrap_err();
        assert!(
            err.to_string().contains("--name NAME and --lang CODE"),
            "{err}"
        );
    }

    #[test]
    fn a_message_chosen_by_a_flag_asks_for_the_from_address_too() {
        let given = Given {
            format: Some(Format::Eml),
            ..given(None, Some("en"))
        };
        let (request, transcript) = ask(
            given,
            None,
            &[
                Answer::Type("Ada"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type("ada@example.org"),
            ],
        );
        assert_eq!(
            transcript.last().map(String::as_str),
            Some("Your email address, for the message's From line (Enter to skip)")
        );
        assert_eq!(request.letter.from.as_deref(), Some("ada@example.org"));
    }

    #[test]
    fn the_korean_copy_asks_for_the_addresses_of_its_own_readers() {
        let (request, transcript) = ask(
            given(Some("김지현"), None),
            None,
            &[
                Answer::Choose("한국어"),
                Answer::Type(""),
                Answer::Type(""),
                Answer::Type("mayor@icheon.example.org"),
                Answer::Type(""),
                Answer::Choose("출력"),
            ],
        );
        // Asked in English until Korean is chosen, then in Korean.
        assert_eq!(
            transcript,
            [
                "Language of the letter",
                "사는 도시와 나라 (건너뛰려면 Enter)",
                "편지마다 달라지도록 직접 덧붙일 한 문장 (건너뛰려면 Enter)",
                "이천시장 이메일 주소 (건너뛰려면 Enter)",
                "이천시의회 이메일 주소 (건너뛰려면 Enter)",
                "편지를 어떻게 할까요?",
            ]
        );
        assert_eq!(
            request
                .letter
                .recipient_emails
                .get("icheon_mayor")
                .map(String::as_str),
            Some("mayor@icheon.example.org")
        );
    }

    #[test]
    fn language_codes_are_matched_as_people_type_them() {
        let known: Vec<String> = ["en", "fr", "fr-CA", "ko"].map(String::from).to_vec();
        let find = |typed| match_language(known.iter().map(String::as_str), typed);
        assert_eq!(find("fr"), Some("fr"));
        assert_eq!(find("FR"), Some("fr"));
        assert_eq!(find("fr_FR"), Some("fr"));
        assert_eq!(find("fr-fr"), Some("fr"));
        assert_eq!(find("fr_CA"), Some("fr-CA"), "an exact tag wins");
        assert_eq!(find(" Ko "), Some("ko"));
        assert_eq!(find("de"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn ctrl_c_at_a_question_ends_the_run() {
        let mut user = Scripted::new(&[Answer::Interrupt]);
        let err = resolve(
            Given::default(),
            &catalogue(),
            None,
            Some(&mut user as &mut dyn Ask),
        )
        .unwrap_err();
        assert!(matches!(err, Error::Interrupted));
    }
}

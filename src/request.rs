//! The validated request: who signs, in which language, for which campaign, and what to
//! do with the letter. Everything the user typed is checked here, once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use email_address::{EmailAddress, Options};

use crate::campaign::{Campaign, Catalogue, Send, localized};
use crate::cli::ComposeArgs;
use crate::error::{Error, Result};
use crate::prompt::Ask;
use crate::settings::Settings;

/// The longest name accepted; a name is a signature, not a paragraph.
pub const MAX_NAME: usize = 200;
/// The longest town-and-country line accepted.
pub const MAX_CITY: usize = 200;
/// The longest personal sentence accepted.
pub const MAX_NOTE: usize = 2000;

/// The person who signs the letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    pub name: String,
    pub city: Option<String>,
    pub note: Option<String>,
}

/// One piece of the letter, or all of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    All,
    Subject,
    Body,
    Recipients,
    Addresses,
    Phone,
    Post,
}

impl Part {
    /// How the piece is named in messages to the user.
    pub fn describe(self) -> &'static str {
        match self {
            Part::All => "whole letter package",
            Part::Subject => "subject",
            Part::Body => "email body",
            Part::Recipients => "recipient list",
            Part::Addresses => "postal addresses",
            Part::Phone => "call script",
            Part::Post => "social post",
        }
    }
}

/// How the letter is turned into bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Eml,
    Mailto,
    Json,
}

/// What the letter is made of: everything `compose` needs.
#[derive(Debug, Clone)]
pub struct LetterRequest {
    pub campaign: String,
    pub language: String,
    pub sender: Sender,
    /// Addresses for recipients on file that have none, by recipient id.
    pub recipient_emails: BTreeMap<String, String>,
    /// Further addresses given with --to and --cc.
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub from: Option<String>,
}

/// Where the bytes go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File { path: PathBuf, force: bool },
    Clipboard,
}

/// The whole request: the letter, and what to do with it.
#[derive(Debug, Clone)]
pub struct Request {
    pub letter: LetterRequest,
    pub format: Format,
    pub part: Part,
    pub destination: Destination,
    /// Whether any question was asked (then the user may want their answers remembered).
    pub asked: bool,
}

/// What the interactive run may offer to do with the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Print,
    Copy,
    SaveEml,
    Mailto,
}

/// Checks what the command line, the environment and the saved settings gave, and asks
/// `ask` (when there is a terminal) for what is still missing.
pub fn resolve(
    args: ComposeArgs,
    catalogue: &Catalogue,
    saved: &Settings,
    mut ask: Option<&mut dyn Ask>,
    actions: &[Action],
) -> Result<Request> {
    let mut asked = false;
    let campaign = match (&args.campaign, ask.as_deref_mut()) {
        (None, Some(ask)) if catalogue.len() > 1 => {
            asked = true;
            let all = catalogue.all()?;
            let items: Vec<String> = all
                .iter()
                .map(|c| format!("{} ({})", c.data.title, c.id()))
                .collect();
            all[ask.choose("Which campaign?", &items, 0)?]
        }
        _ => catalogue.choose(args.campaign.as_deref())?,
    };

    let name = match (args.name.as_deref(), ask.as_deref_mut()) {
        (Some(name), _) => check_name(name)?,
        (None, Some(ask)) => {
            asked = true;
            let default = saved.name.as_deref();
            ask.text(
                "Your name (it signs the letter)",
                default,
                false,
                &check_name,
            )?
            .expect("a required answer")
        }
        (None, None) => match saved.name.as_deref() {
            Some(name) => check_name(name)?,
            None => {
                return Err(Error::usage(
                    "no name to sign the letter with: pass --name NAME or set SISTER_LETTER_NAME (or run in a terminal to be asked)",
                ));
            }
        },
    };

    let language = match (args.lang.as_deref(), ask.as_deref_mut()) {
        (Some(code), _) => check_language(campaign, code)?,
        (None, Some(ask)) => {
            asked = true;
            let codes: Vec<&String> = campaign.data.languages.keys().collect();
            let names: Vec<String> = campaign
                .data
                .languages
                .values()
                .map(|l| l.name.clone())
                .collect();
            let default = saved
                .lang
                .as_ref()
                .and_then(|l| codes.iter().position(|c| *c == l))
                .unwrap_or(0);
            codes[ask.choose("Language of the letter", &names, default)?].clone()
        }
        (None, None) => match saved.lang.as_deref() {
            Some(code) => check_language(campaign, code)?,
            None => {
                return Err(Error::usage(format!(
                    "no language chosen: pass --lang CODE or set SISTER_LETTER_LANG; available: {}",
                    campaign.languages_list()
                )));
            }
        },
    };

    // Optional questions come only in a run that had to ask for something required: a
    // command line that names the campaign, the signer and the language is complete.
    if !asked {
        ask = None;
    }
    let city = match (args.city.as_deref(), ask.as_deref_mut()) {
        (Some(city), _) => Some(check_city(city)?),
        (None, Some(ask)) => {
            asked = true;
            let default = saved.city.as_deref();
            ask.text(
                "Your town and country (Enter to skip)",
                default,
                true,
                &check_city,
            )?
        }
        (None, None) => saved.city.as_deref().map(check_city).transpose()?,
    };

    let note = match (args.note.as_deref(), ask.as_deref_mut()) {
        (Some(note), _) => Some(check_note(note)?),
        (None, Some(ask)) => {
            asked = true;
            ask.text(
                "A sentence of your own, so that letters differ (Enter to skip)",
                None,
                true,
                &check_note,
            )?
        }
        (None, None) => None,
    };

    let mut recipient_emails = BTreeMap::new();
    if let (Some(ask), true) = (ask.as_deref_mut(), args.to.is_empty()) {
        for r in &campaign.data.recipients {
            if r.send == Send::To && r.email.is_none() {
                asked = true;
                let office = localized(&r.office, "en");
                let prompt = format!("Email address for the {office} (Enter to skip)");
                let check = |a: &str| check_email("--to", a);
                if let Some(address) = ask.text(&prompt, None, true, &check)? {
                    recipient_emails.insert(r.id.clone(), address);
                }
            }
        }
    }

    let addresses = |flag: &str, list: &[String]| -> Result<Vec<String>> {
        list.iter().map(|a| check_email(flag, a)).collect()
    };
    let from = match args.from.as_deref().or(saved.from.as_deref()) {
        Some(address) => Some(check_email("--from", address)?),
        None => None,
    };
    let letter = LetterRequest {
        campaign: campaign.id().to_string(),
        language,
        sender: Sender { name, city, note },
        recipient_emails,
        to: addresses("--to", &args.to)?,
        cc: addresses("--cc", &args.cc)?,
        from,
    };

    let chose_output =
        args.format.is_some() || args.part.is_some() || args.copy || args.output.is_some();
    let mut format = args.format.unwrap_or(Format::Text);
    let mut part = args.part.unwrap_or(if args.copy && format == Format::Text {
        Part::Body
    } else {
        Part::All
    });
    let mut destination = match (args.output, args.copy) {
        (Some(path), _) => Destination::File {
            path,
            force: args.force,
        },
        (None, true) => Destination::Clipboard,
        (None, false) => Destination::Stdout,
    };
    if let (Some(ask), true, false) = (ask, asked, chose_output) {
        let labels: Vec<String> = actions
            .iter()
            .map(|a| match a {
                Action::Print => "Print it all here".to_string(),
                Action::Copy => "Copy the email body to the clipboard".to_string(),
                Action::SaveEml => "Save it as an .eml file for your mail program".to_string(),
                Action::Mailto => "Show a mailto: link".to_string(),
            })
            .collect();
        match actions[ask.choose("What should I do with the letter?", &labels, 0)?] {
            Action::Print => {}
            Action::Copy => {
                part = Part::Body;
                destination = Destination::Clipboard;
            }
            Action::SaveEml => {
                format = Format::Eml;
                let default = format!("letter-{}-{}.eml", letter.campaign, letter.language);
                let check = |p: &str| {
                    let p = p.trim();
                    if p.is_empty() {
                        Err(Error::usage("give a file name"))
                    } else if std::path::Path::new(p).exists() {
                        Err(Error::usage(format!(
                            "{p} exists already: give another name"
                        )))
                    } else {
                        Ok(p.to_string())
                    }
                };
                let path = ask
                    .text("Save as", Some(&default), false, &check)?
                    .expect("a required answer");
                destination = Destination::File {
                    path: path.into(),
                    force: false,
                };
            }
            Action::Mailto => format = Format::Mailto,
        }
    }
    Ok(Request {
        letter,
        format,
        part,
        destination,
        asked,
    })
}

/// A language the campaign has.
pub fn check_language(campaign: &Campaign, code: &str) -> Result<String> {
    let code = code.trim();
    if campaign.data.languages.contains_key(code) {
        Ok(code.to_string())
    } else {
        Err(Error::usage(format!(
            "--lang: the campaign '{}' has no language '{}'; available: {}",
            campaign.id(),
            code.escape_debug(),
            campaign.languages_list()
        )))
    }
}

/// A name or a town: one line of printable text.
pub fn check_line(what: &str, flag: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::usage(format!("{flag}: the {what} is empty")));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "{flag}: the {what} holds a control character (a line break, a tab or an escape sequence); give it on one line of plain text"
        )));
    }
    let length = value.chars().count();
    if length > max {
        return Err(Error::usage(format!(
            "{flag}: the {what} is {length} characters long; at most {max} are allowed"
        )));
    }
    Ok(value.to_string())
}

pub fn check_name(value: &str) -> Result<String> {
    check_line("name", "--name", value, MAX_NAME)
}

pub fn check_city(value: &str) -> Result<String> {
    check_line("town and country", "--city", value, MAX_CITY)
}

/// A sentence of the sender's own: line breaks are allowed, other control characters
/// are not.
pub fn check_note(value: &str) -> Result<String> {
    let value = value.trim().replace("\r\n", "\n");
    if value.is_empty() {
        return Err(Error::usage("--note: the note is empty"));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::usage(
            "--note: the note holds a control character (a tab or an escape sequence); give plain text",
        ));
    }
    let length = value.chars().count();
    if length > MAX_NOTE {
        return Err(Error::usage(format!(
            "--note: the note is {length} characters long; at most {MAX_NOTE} are allowed"
        )));
    }
    Ok(value)
}

/// An email address as a mail header can carry it safely: a bare addr-spec with a
/// domain that has a dot, and no white space, quotes or control characters.
pub fn check_email(flag: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let options = Options::default()
        .without_display_text()
        .without_domain_literal()
        .with_required_tld();
    let plain = !value.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\\' | '<' | '>' | ',' | ';')
    });
    match EmailAddress::parse_with_options(value, options) {
        Ok(_) if plain => Ok(value.to_string()),
        Ok(_) => Err(Error::usage(format!(
            "{flag} '{}': give a plain address like name@example.org, without quotes, spaces or a display name",
            value.escape_debug()
        ))),
        Err(e) => Err(Error::usage(format!(
            "{flag} '{}' is not an email address ({e}); give one like name@example.org",
            value.escape_debug()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_one_clean_line() {
        assert_eq!(
            check_name("  Zoë Kraus-Müller ").unwrap(),
            "Zoë Kraus-Müller"
        );
        assert!(check_name("").is_err());
        assert!(check_name("   ").is_err());
        assert!(check_name("Ada\nBcc: x@example.org").is_err());
        assert!(check_name("Ada\u{1b}[31m").is_err());
        assert!(check_name(&"a".repeat(MAX_NAME)).is_ok());
        assert!(check_name(&"a".repeat(MAX_NAME + 1)).is_err());
    }

    #[test]
    fn notes_may_span_lines_but_hold_no_escapes() {
        assert_eq!(check_note("one\r\ntwo").unwrap(), "one\ntwo");
        assert!(check_note("bad \u{1b}[2J").is_err());
    }

    #[test]
    fn emails_must_be_plain_addresses() {
        assert!(check_email("--to", "mayor@example.org").is_ok());
        for bad in [
            "mayor",
            "mayor@",
            "@example.org",
            "mayor@localhost",
            "Mayor <mayor@example.org>",
            "a@example.org\r\nBcc: b@example.org",
            "a@example.org, b@example.org",
            "\"a b\"@example.org",
        ] {
            assert!(check_email("--to", bad).is_err(), "{bad:?} was accepted");
        }
    }
}

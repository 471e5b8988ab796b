//! Phase two of the request: in a terminal, what is still missing is asked, in the
//! letter's language once it is chosen; and, after the letter is out, the offer to
//! remember the answers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::Timestamp;

use super::checks::{
    Chosen, Draft, OtherReaders, language, new_file, no_language, no_name, writable,
};
use super::given::{Source, Sourced};
use super::{Printed, Product, Request};
use crate::atomic_file::Replace;
use crate::campaign::{Campaign, Catalogue, Send, localized};
use crate::error::{Error, Result};
use crate::format::{Format, MAILTO_SAFE_LENGTH, Part, mailto};
use crate::letter::{self, LetterRequest, Sender};
use crate::locale;
use crate::output::Sink;
use crate::piece::{Piece, Pieces};
use crate::postal::PostalRequest;
use crate::prompt::Ask;
use crate::settings::{self, Settings};
use crate::surroundings::Surroundings;
use crate::values;
use crate::words::{Words, t};

/// Asks for what is missing. Optional questions come only in a run that had to ask for
/// something required: a command line that names the signer and the language is
/// complete.
pub(super) fn complete<'c>(
    mut draft: Draft<'c>,
    catalogue: &'c Catalogue,
    surroundings: &Surroundings,
    mut ask: Option<&mut dyn Ask>,
    now: Timestamp,
) -> Result<Request<'c>> {
    let mut asked = false;
    let (campaign, language) = campaign_and_language(
        &draft,
        catalogue,
        surroundings.locale_language.as_deref(),
        &mut ask,
        &mut asked,
    )?;
    let words = draft.words.or_speaking(&language);
    let w = &words;
    let sender = signer(w, campaign, &language, &mut draft, (&mut ask, &mut asked))?;
    // Printed letters chosen on the command line use no email address.
    let printed = draft.choice.by_flags && draft.choice.chosen.format() == Format::Pdf;
    let recipient_emails = match ask.as_deref_mut() {
        Some(a) if draft.to.is_empty() && !printed => {
            ask_addresses(w, a, campaign, &language, &mut asked)?
        }
        _ => BTreeMap::new(),
    };
    let mut letter = LetterRequest {
        campaign: campaign.id().to_string(),
        language,
        sender,
        recipient_emails,
        to: draft.to,
        cc: draft.cc,
        from: None,
        territory: draft
            .postal
            .country
            .clone()
            .or_else(|| surroundings.locale_territory.clone()),
    };
    let mut postal = draft.postal;
    let menu = ask.is_some() && !draft.choice.by_flags;
    let chosen = match ask.as_deref_mut() {
        Some(a) if menu => first_action(w, a, campaign, &letter, surroundings, now)?,
        _ => draft.choice.chosen,
    };
    let product = chosen.named(&letter.campaign, &letter.language);
    let mut asked_languages = BTreeSet::new();
    if let Some(a) = ask.as_deref_mut() {
        let done = &mut asked_languages;
        before_action(w, a, campaign, (&mut letter, &mut postal, done), &product)?;
    }
    let mut from = draft.from;
    letter.from = what_it_needs(w, &product, &mut from, &mut postal, ask)?;
    letter.territory = postal.country.clone().or(letter.territory);
    Ok(Request {
        campaign,
        letter,
        product,
        asked,
        menu,
        from,
        notes: draft.notes,
        postal,
        words,
        asked_languages,
    })
}

/// Who signs: the name (asked when missing), then the town and the note, asked only in
/// a run that had to ask for something required (else `ask` becomes None).
fn signer(
    w: &Words,
    campaign: &Campaign,
    language: &str,
    draft: &mut Draft,
    (ask, asked): (&mut Option<&mut dyn Ask>, &mut bool),
) -> Result<Sender> {
    let saved = &draft.saved;
    let name = required(
        draft.name.take(),
        ask,
        asked,
        || no_name(w),
        |a| {
            a.text(w, &t!(w, "request-ask-name"), saved.name.as_deref(), &|v| {
                values::name(w, v)
            })
        },
    )?;
    if !*asked {
        *ask = None;
    }
    let given = (draft.city.take(), draft.note.take());
    let (city, note) = town_and_note(w, given, saved, ask, asked)?;
    sender(
        w,
        campaign,
        (name, city, note),
        &draft.readers,
        saved,
        language,
    )
}

/// The signer: the note given or answered is the letter language's, with the notes of
/// `--note-for`; the Latin-script forms given, else those saved with the same name and
/// town.
fn sender(
    w: &Words,
    campaign: &Campaign,
    (name, city, note): (String, Option<String>, Option<String>),
    readers: &OtherReaders,
    saved: &Settings,
    language: &str,
) -> Result<Sender> {
    let mut notes = super::checks::notes_for(w, campaign, &readers.note_for)?;
    notes.extend(note.map(|n| (language.to_string(), n)));
    let same_name = saved.name.as_deref() == Some(name.as_str());
    let same_city = saved.city.is_some() && saved.city == city;
    Ok(Sender {
        latin_name: (readers.latin_name.clone())
            .or_else(|| saved.latin_name.clone().filter(|_| same_name)),
        latin_city: (readers.latin_city.clone())
            .or_else(|| saved.latin_city.clone().filter(|_| same_city)),
        name,
        city,
        notes,
    })
}

/// Before an action: for printable letters, their recipients; then what the readers of
/// its letters need.
fn before_action(
    w: &Words,
    ask: &mut dyn Ask,
    campaign: &Campaign,
    (letter, postal, done): (
        &mut LetterRequest,
        &mut PostalRequest,
        &mut BTreeSet<String>,
    ),
    product: &Product,
) -> Result<()> {
    if let Product::Printable { .. } = product {
        choose_recipients(w, ask, campaign, postal)?;
    }
    for_other_readers(w, ask, campaign, letter, product, done)
}

/// Before an action that makes letters in a language, what their readers need, asked
/// once for each language: the name and the town in the Latin script when a letter in
/// a language written in it would write them with no Latin letter; and, for a letter in
/// another language than the one chosen (the original inside a copy), its note.
fn for_other_readers(
    w: &Words,
    ask: &mut dyn Ask,
    campaign: &Campaign,
    letter: &mut LetterRequest,
    product: &Product,
    done: &mut BTreeSet<String>,
) -> Result<()> {
    let mut languages = vec![letter.language.clone()];
    if product.pieces().contains(Piece::Body)
        && let Some(original) = campaign.data.original_language(&letter.language)
    {
        languages.push(original.to_string());
    }
    for language in languages {
        if !done.insert(language.clone()) {
            continue;
        }
        let name = campaign
            .data
            .languages
            .get(&language)
            .map(|l| l.name.as_str());
        let shown = w.language_name(&language, name.unwrap_or(&language));
        let lacking: Vec<&'static str> = (letter.sender.lacks_latin(&language).iter())
            .map(|(what, _)| *what)
            .collect();
        for what in lacking {
            let sender = &mut letter.sender;
            let (given, form) = match what {
                "name" => (sender.name.clone(), &mut sender.latin_name),
                _ => (
                    sender.city.clone().unwrap_or_default(),
                    &mut sender.latin_city,
                ),
            };
            let prompt = t!(
                w,
                "request-ask-latin",
                what = what,
                value = given,
                language = shown.clone()
            );
            *form = ask.optional_text(w, &prompt, None, &|v| values::latin(w, what, v))?;
        }
        if language != letter.language && !letter.sender.notes.contains_key(&language) {
            let prompt = t!(w, "request-ask-note-for", language = shown);
            let note = ask.optional_text(w, &prompt, None, &|v| values::note(w, v))?;
            letter.sender.notes.extend(note.map(|n| (language, n)));
        }
    }
    Ok(())
}

/// The campaign and the letter's language, given or asked (every later question is
/// asked in that language).
fn campaign_and_language<'c>(
    draft: &Draft<'c>,
    catalogue: &'c Catalogue,
    locale: Option<&str>,
    ask: &mut Option<&mut dyn Ask>,
    asked: &mut bool,
) -> Result<(&'c Campaign, String)> {
    let w = &draft.words;
    let campaign = match draft.campaign {
        Some(campaign) => campaign,
        None => required(
            None,
            ask,
            asked,
            || Error::usage(t!(w, "request-no-campaign")),
            |a| choose_campaign(w, a, catalogue),
        )?,
    };
    let known = draft
        .lang
        .as_ref()
        .map(|l| language(w, campaign, l))
        .transpose()?;
    let language = required(
        known,
        ask,
        asked,
        || no_language(w, campaign),
        |a| choose_language(w, a, campaign, &draft.saved, locale),
    )?;
    Ok((campaign, language))
}

/// Whether the letter fits a mailto: link that mail apps take whole.
pub(super) fn mailto_fits(campaign: &Campaign, letter: &LetterRequest, now: Timestamp) -> bool {
    // The words of warnings are not said: any will do.
    let pieces = Pieces::of(&[Piece::Subject, Piece::Body]);
    letter::compose(&Words::english(), campaign, letter, now, pieces)
        .is_ok_and(|l| mailto(&l).len() <= MAILTO_SAFE_LENGTH)
}

/// What the product needs, asked for whether the menu or a flag chose it: a message's
/// From line (the From address it gets, checked), a printed letter's return address.
fn what_it_needs(
    w: &Words,
    product: &Product,
    from: &mut Option<Sourced>,
    postal: &mut PostalRequest,
    ask: Option<&mut dyn Ask>,
) -> Result<Option<String>> {
    match (product, ask) {
        (Product::Eml { .. }, Some(a)) if from.is_none() => {
            *from = a
                .optional_text(w, &t!(w, "request-ask-from"), None, &|v| {
                    values::email(w, v)
                })?
                .map(|address| Sourced {
                    value: address,
                    source: Source::FromQuestion,
                });
        }
        (Product::Printable { .. }, Some(a)) => ask_postal(w, a, postal)?,
        _ => {}
    }
    // Only a message has a From address: a bad one fails only a run that uses it.
    match product {
        Product::Eml { .. } => from
            .clone()
            .map(|f| f.checked(w, |v| values::email(w, v)))
            .transpose(),
        _ => Ok(None),
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

fn choose_campaign<'c>(
    w: &Words,
    ask: &mut dyn Ask,
    catalogue: &'c Catalogue,
) -> Result<&'c Campaign> {
    let all = catalogue.all(w)?;
    let items: Vec<String> = all
        .iter()
        .map(|c| format!("{} ({})", c.data.title, c.id()))
        .collect();
    Ok(all[ask.choose(w, &t!(w, "request-ask-campaign"), &items, 0)?])
}

fn choose_language(
    w: &Words,
    ask: &mut dyn Ask,
    campaign: &Campaign,
    saved: &Settings,
    locale: Option<&str>,
) -> Result<String> {
    let codes: Vec<&String> = campaign.data.languages.keys().collect();
    let names: Vec<String> = campaign
        .data
        .languages
        .values()
        .map(|l| l.name.clone())
        .collect();
    // The saved language, else the locale's (German in a German locale, though the
    // program speaks no German), else the one spoken, else the first.
    let position = |code: &str| codes.iter().position(|c| *c == code);
    let matching = |code: &str| locale::best_match(codes.iter().map(|c| c.as_str()), code);
    let default = saved
        .lang
        .as_deref()
        .and_then(position)
        .or_else(|| locale.and_then(matching).and_then(position))
        .or_else(|| matching(w.code()).and_then(position))
        .unwrap_or(0);
    Ok(codes[ask.choose(w, &t!(w, "request-ask-language"), &names, default)?].clone())
}

/// An address for each main recipient that has none on file, or none when skipped.
fn ask_addresses(
    w: &Words,
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
            let office = localized(&r.office, w.code()).to_string();
            let prompt = t!(w, "request-ask-email", office = office);
            if let Some(address) = ask.optional_text(w, &prompt, None, &|v| values::email(w, v))? {
                found.insert(r.id.clone(), address);
            }
        }
    }
    Ok(found)
}

/// What the interactive run may offer to do with the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Print,
    CopySubject,
    CopyBody,
    OpenMailApp,
    SaveEml,
    SavePdf,
    Phone,
    Post,
    Share,
    Mailto,
    Done,
}

impl Action {
    const ALL: [Action; 11] = [
        Action::Print,
        Action::CopySubject,
        Action::CopyBody,
        Action::OpenMailApp,
        Action::SaveEml,
        Action::SavePdf,
        Action::Phone,
        Action::Post,
        Action::Share,
        Action::Mailto,
        Action::Done,
    ];

    fn label(self, w: &Words, clipboard: bool) -> String {
        match self {
            Action::Print => t!(w, "request-action-print"),
            Action::CopySubject => t!(w, "request-action-copy-subject"),
            Action::CopyBody => t!(w, "request-action-copy"),
            Action::OpenMailApp => t!(w, "request-action-open"),
            Action::SaveEml => t!(w, "request-action-eml"),
            Action::SavePdf => t!(w, "request-action-pdf"),
            Action::Phone => t!(w, "request-action-phone"),
            Action::Post if clipboard => t!(w, "request-action-copy-post"),
            Action::Post => t!(w, "request-action-post"),
            Action::Share if clipboard => t!(w, "request-action-copy-share"),
            Action::Share => t!(w, "request-action-share"),
            Action::Mailto => t!(w, "request-action-mailto"),
            Action::Done => t!(w, "request-action-done"),
        }
    }

    /// Whether the action can work here, and is worth offering at this point.
    fn offered(self, here: &Here) -> bool {
        match self {
            // No clipboard without a display, no app without a desktop.
            Action::CopySubject | Action::CopyBody => here.clipboard,
            Action::OpenMailApp => here.desktop,
            // A link too long for mail apps is no way to send the letter.
            Action::Mailto => here.mailto_fits,
            // An invitation needs the campaign's two cities, or its own template.
            Action::Share => here.share,
            Action::Done => here.again,
            _ => true,
        }
    }
}

/// What the menu may offer here: what the surroundings allow, whether the letter fits a
/// mailto: link, and whether something was done already (then "Done" ends the sitting).
#[derive(Debug, Clone, Copy)]
pub(super) struct Here {
    clipboard: bool,
    desktop: bool,
    mailto_fits: bool,
    share: bool,
    again: bool,
}

impl Here {
    /// `can`: whether the letter fits a mailto: link, and whether an invitation for a
    /// friend can be made.
    pub(super) fn new(surroundings: &Surroundings, can: (bool, bool), again: bool) -> Here {
        Here {
            clipboard: surroundings.display.any(),
            desktop: surroundings.desktop(),
            mailto_fits: can.0,
            share: can.1,
            again,
        }
    }
}

/// Whether an invitation for a friend can be made in the letter's language: from the
/// campaign's template, or from the program's words with the campaign's two cities.
pub(super) fn can_share(campaign: &Campaign, letter: &LetterRequest) -> bool {
    let language = letter.language.as_str();
    let template = Campaign::template_file(language, Piece::Share).is_some_and(|file| {
        campaign
            .read(&Words::english(), &file)
            .ok()
            .flatten()
            .is_some()
    });
    template || campaign.data.city_names(language).is_some()
}

/// The menu of what to do with the letter; None for "Done".
fn choose_action(
    w: &Words,
    ask: &mut dyn Ask,
    letter: &LetterRequest,
    here: &Here,
) -> Result<Option<Chosen>> {
    let offered: Vec<Action> = Action::ALL
        .into_iter()
        .filter(|a| a.offered(here))
        .collect();
    let labels: Vec<String> = offered.iter().map(|a| a.label(w, here.clipboard)).collect();
    let question = match here.again {
        true => t!(w, "request-ask-next-action"),
        false => t!(w, "request-ask-action"),
    };
    let chosen = offered[ask.choose(w, &question, &labels, 0)?];
    let text = |piece: Piece, to: Sink| Product::Text {
        part: Part::Only(piece),
        to,
        wrap: None,
    };
    let product = match chosen {
        Action::Done => return Ok(None),
        Action::Print => Product::Text {
            part: Part::All,
            to: Sink::Stdout,
            wrap: None,
        },
        Action::CopySubject => text(Piece::Subject, Sink::Clipboard),
        Action::CopyBody => text(Piece::Body, Sink::Clipboard),
        Action::OpenMailApp => Product::MailApp,
        Action::Phone => text(Piece::Phone, Sink::Stdout),
        Action::Post if here.clipboard => text(Piece::Post, Sink::Clipboard),
        Action::Post => text(Piece::Post, Sink::Stdout),
        Action::Share if here.clipboard => text(Piece::Share, Sink::Clipboard),
        Action::Share => text(Piece::Share, Sink::Stdout),
        Action::Mailto => Product::Mailto { to: Sink::Stdout },
        Action::SaveEml => {
            let (path, replace) = save_as(w, ask, letter, "eml")?;
            Product::Eml {
                to: Sink::File { path, replace },
            }
        }
        Action::SavePdf => {
            let (path, replace) = save_as(w, ask, letter, "pdf")?;
            Product::Printable {
                to: Printed::File {
                    path,
                    replace,
                    open: false,
                },
            }
        }
    };
    Ok(Some(Chosen::Product(product)))
}

/// The sender's town (saved, when no question is asked) and personal sentence.
fn town_and_note(
    w: &Words,
    (city, note): (Option<String>, Option<String>),
    saved: &Settings,
    ask: &mut Option<&mut dyn Ask>,
    asked: &mut bool,
) -> Result<(Option<String>, Option<String>)> {
    let city = match ask {
        None => city.or_else(|| saved.city.clone()),
        Some(_) => city,
    };
    let city = optional(city, ask, asked, |a| {
        let default = saved.city.as_deref();
        a.optional_text(w, &t!(w, "request-ask-city"), default, &|v| {
            values::city(w, v)
        })
    })?;
    let note = optional(note, ask, asked, |a| {
        a.optional_text(w, &t!(w, "request-ask-note"), None, &|v| values::note(w, v))
    })?;
    Ok((city, note))
}

/// The first action, chosen from the menu (Esc ends the run, as any question does).
fn first_action(
    w: &Words,
    ask: &mut dyn Ask,
    campaign: &Campaign,
    letter: &LetterRequest,
    surroundings: &Surroundings,
    now: Timestamp,
) -> Result<Chosen> {
    let can = (
        mailto_fits(campaign, letter, now),
        can_share(campaign, letter),
    );
    let here = Here::new(surroundings, can, false);
    choose_action(w, ask, letter, &here)?.ok_or(Error::Interrupted)
}

/// After an action chosen from the menu, the next one, with every answer kept; false
/// when the user is done.
pub(super) fn next_action(ask: &mut dyn Ask, request: &mut Request, here: &Here) -> Result<bool> {
    let w = &request.words.clone();
    let Some(chosen) = choose_action(w, ask, &request.letter, here)? else {
        return Ok(false);
    };
    let letter = &mut request.letter;
    let product = chosen.named(&letter.campaign, &letter.language);
    let done = &mut request.asked_languages;
    let state = (&mut *letter, &mut request.postal, done);
    before_action(w, ask, request.campaign, state, &product)?;
    let from = what_it_needs(
        w,
        &product,
        &mut request.from,
        &mut request.postal,
        Some(ask),
    )?;
    letter.from = from.or(letter.from.take());
    letter.territory = request.postal.country.clone().or(letter.territory.take());
    request.product = product;
    Ok(true)
}

/// A new file to save to, asked with a free name in the current folder as the default.
fn save_as(
    w: &Words,
    ask: &mut dyn Ask,
    letter: &LetterRequest,
    ext: &str,
) -> Result<(std::path::PathBuf, Replace)> {
    let stem = format!("letter-{}-{}", letter.campaign, letter.language);
    let default = new_file(&stem, ext).display().to_string();
    let check = |p: &str| match p.trim() {
        "" => Err(t!(w, "request-file-name-missing")),
        // The flag that would replace it is no answer to a question.
        p if Path::new(p).exists() => Err(t!(w, "request-file-exists", path = p.to_string())),
        p => writable(w, Path::new(p), Replace::Never).map(|_| p.to_string()),
    };
    let path = ask.text(w, &t!(w, "request-ask-save-as"), Some(&default), &check)?;
    Ok((path.into(), Replace::Never))
}

/// Who gets a printed letter, when `--recipient` did not say: a list to tick of the
/// recipients with a postal address, those the campaign posts to by default ticked.
fn choose_recipients(
    w: &Words,
    ask: &mut dyn Ask,
    campaign: &Campaign,
    postal: &mut PostalRequest,
) -> Result<()> {
    if !postal.recipients.is_empty() {
        return Ok(());
    }
    let ids = crate::postal::with_address(campaign);
    let by_default = crate::postal::posted_by_default(campaign);
    let office = |id: &String| {
        let r = campaign.data.recipients.iter().find(|r| &r.id == id);
        r.map_or(id.as_str(), |r| localized(&r.office, w.code()))
            .to_string()
    };
    let items: Vec<String> = ids.iter().map(office).collect();
    let ticked: Vec<bool> = ids
        .iter()
        .map(|id| by_default.is_empty() || by_default.contains(id))
        .collect();
    let mut prompt = t!(w, "request-ask-recipients");
    loop {
        let chosen = ask.choose_many(w, &prompt, &items, &ticked)?;
        if !chosen.is_empty() {
            postal.recipients = chosen.into_iter().map(|i| ids[i].clone()).collect();
            return Ok(());
        }
        prompt = t!(w, "request-ask-recipients-again");
    }
}

/// The sender's postal address and country, for printed letters, when not known yet.
fn ask_postal(w: &Words, ask: &mut dyn Ask, postal: &mut PostalRequest) -> Result<()> {
    if postal.address.is_empty() {
        for n in 1..=4 {
            let prompt = match n {
                1 => t!(w, "request-ask-address-first"),
                n => t!(w, "request-ask-address-next", number = n),
            };
            match ask.optional_text(w, &prompt, None, &|v| values::address_line(w, v))? {
                Some(line) => postal.address.push(line),
                None => break,
            }
        }
    }
    if postal.country.is_none() {
        postal.country = ask.optional_text(w, &t!(w, "request-ask-country"), None, &|v| {
            values::country(w, v)
        })?;
    }
    Ok(())
}

/// After a run that asked questions: offer, once, to keep `answers` in `path`. A
/// settings file, even one that only says "no", means the offer was made. The letter is
/// out by then: settings that cannot be saved are not a failure, but a warning, given
/// back.
pub(crate) fn offer_to_remember(
    w: &Words,
    ask: &mut dyn Ask,
    path: &Path,
    saved: Option<&Settings>,
    answers: Settings,
) -> Result<Option<String>> {
    // What this run did not ask for (a From address when no message was saved, a postal
    // address when no letter was printed) stays as saved.
    let answers = match saved {
        Some(saved) => Settings {
            city: answers.city.or_else(|| saved.city.clone()),
            latin_name: answers.latin_name.or_else(|| saved.latin_name.clone()),
            latin_city: answers.latin_city.or_else(|| saved.latin_city.clone()),
            from: answers.from.or_else(|| saved.from.clone()),
            address: answers.address.or_else(|| saved.address.clone()),
            country: answers.country.or_else(|| saved.country.clone()),
            ..answers
        },
        None => answers,
    };
    // Once said no, never asked again; answers already kept are not offered again.
    let question = match saved {
        Some(saved) if saved.remember == Some(false) || *saved == answers => return Ok(None),
        Some(_) => t!(w, "settings-ask-update", kept = kept(w, &answers)),
        None => t!(
            w,
            "settings-ask-remember",
            kept = kept(w, &answers),
            path = path.display().to_string()
        ),
    };
    let settings = if ask.confirm(w, &question, true)? {
        answers
    } else if saved.is_some() {
        return Ok(None);
    } else {
        Settings {
            remember: Some(false),
            ..Settings::default()
        }
    };
    Ok(settings::update(w, path, saved, &settings)
        .err()
        .map(|e| t!(w, "settings-not-remembered", why = e.to_string())))
}

/// What will be kept, in words: "your name (Ada), language (fr) and town (Lyon)".
fn kept(w: &Words, answers: &Settings) -> String {
    let address = answers.address.as_ref().map(|lines| lines.join(", "));
    let parts: Vec<String> = [
        answers
            .name
            .clone()
            .map(|v| t!(w, "settings-kept-name", value = v)),
        answers
            .lang
            .as_deref()
            .map(|v| t!(w, "settings-kept-language", value = w.language_name(v, v))),
        answers
            .city
            .clone()
            .map(|v| t!(w, "settings-kept-city", value = v)),
        answers
            .latin_name
            .clone()
            .map(|v| t!(w, "settings-kept-latin-name", value = v)),
        answers
            .latin_city
            .clone()
            .map(|v| t!(w, "settings-kept-latin-city", value = v)),
        answers
            .from
            .clone()
            .map(|v| t!(w, "settings-kept-from", value = v)),
        address.map(|v| t!(w, "settings-kept-address", value = v)),
        answers
            .country
            .clone()
            .map(|v| t!(w, "settings-kept-country", value = v)),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Never empty: a run that asked has a name and a language.
    t!(w, "settings-kept", list = w.list(&parts))
}

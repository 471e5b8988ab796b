//! Composing: a request and a campaign make a letter, as plain data. No I/O here but
//! reading the campaign's templates.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Value, json};

use crate::campaign::{
    CAMPAIGN_FILE, Campaign, Holder, LinkKind, RecipientData, Send, localized, unverified,
};
use crate::error::{Error, Result};
use crate::labels::Labels;
use crate::locale;
use crate::piece::{Piece, Pieces};
use crate::share;
use crate::templates::Templates;
use crate::values;
use crate::words::{Words, t};

/// The person who signs the letter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Sender {
    pub name: String,
    pub city: Option<String>,
    /// The name and the town in the Latin script, for a letter in a language written in
    /// it when they have no Latin letter (`--latin-name`, `--latin-city`).
    pub latin_name: Option<String>,
    pub latin_city: Option<String>,
    /// The sender's own sentence, by the language it is written in: a letter carries
    /// only the one in its language.
    pub notes: BTreeMap<String, String>,
}

/// What a letter in one language says of its sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Signed<'s> {
    pub name: &'s str,
    pub city: Option<&'s str>,
    pub note: Option<&'s str>,
}

impl Sender {
    /// The name, town and note of a letter in `language`: in a language written in the
    /// Latin script (CLDR's likely subtags), a name or town with no Latin letter is
    /// written in its Latin-script form when there is one, else as given.
    pub(crate) fn in_language(&self, language: &str) -> Signed<'_> {
        let latin = locale::writes_latin(language);
        let form = |given: &str, latin_form: &Option<String>| -> bool {
            latin && !values::has_latin_letters(given) && latin_form.is_some()
        };
        let name = match form(&self.name, &self.latin_name) {
            true => self.latin_name.as_deref().unwrap_or(&self.name),
            false => &self.name,
        };
        let city = self
            .city
            .as_deref()
            .map(|c| match form(c, &self.latin_city) {
                true => self.latin_city.as_deref().unwrap_or(c),
                false => c,
            });
        Signed {
            name,
            city,
            note: self.notes.get(language).map(String::as_str),
        }
    }

    /// What a letter in `language` lacks to be read by its readers: the flag of each of
    /// the name and the town that has no Latin letter nor Latin-script form, in a
    /// language written in the Latin script.
    pub(crate) fn lacks_latin(&self, language: &str) -> Vec<(&'static str, &str)> {
        if !locale::writes_latin(language) {
            return Vec::new();
        }
        let lacks = |given: &str, form: &Option<String>| {
            form.is_none() && !values::has_latin_letters(given)
        };
        let mut missing = Vec::new();
        if lacks(&self.name, &self.latin_name) {
            missing.push(("name", self.name.as_str()));
        }
        if let Some(city) = self.city.as_deref().filter(|c| lacks(c, &self.latin_city)) {
            missing.push(("city", city));
        }
        missing
    }
}

/// What a letter is made of, beyond the campaign: everything `compose` needs.
#[derive(Debug, Clone)]
pub(crate) struct LetterRequest {
    pub campaign: String,
    pub language: String,
    pub sender: Sender,
    /// Addresses for recipients on file that have none, by recipient id.
    pub recipient_emails: BTreeMap<String, String>,
    /// Further addresses given with --to and --cc.
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub from: Option<String>,
    /// Where the sender writes from (ISO 3166, like US), for the letter's dates and
    /// clock: `--country`, else the locale's territory.
    pub territory: Option<String>,
}

/// Everything a supporter needs to act, in one language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Letter {
    pub campaign: String,
    pub language: String,
    /// The pieces below are None when the run did not ask for them (see `Pieces`); the
    /// phone also when the campaign has no number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    pub to: Vec<Recipient>,
    pub cc: Vec<Recipient>,
    pub postal: Vec<PostalAddress>,
    pub phone: Option<Phone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// For a copy with its body, the letter it copies: sent with it (see `message`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<Original>,
    /// The invitation for a friend, when asked for (`-p share`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<String>,
    pub warnings: Vec<String>,
    /// The words around the letter, in its language.
    #[serde(skip)]
    pub labels: Labels,
}

/// The letter a copy copies, in the language its main recipients read, from the same
/// sender.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Original {
    pub language: String,
    pub subject: String,
    pub body: String,
    /// What heads it after the copy, in the copy's language: "Here is the original
    /// letter, as sent to …".
    #[serde(skip)]
    pub heading: String,
    /// Its subject as a printed letter gives it, in its language: « Objet : … ».
    #[serde(skip)]
    pub subject_line: String,
}

impl Letter {
    /// The body as it is sent: the letter, and after a copy, the original it copies
    /// under its heading, so that the copy's claim to copy a letter is true.
    pub(crate) fn message(&self) -> String {
        let body = self.body.as_deref().unwrap_or_default();
        match &self.original {
            None => body.to_string(),
            Some(o) => format!(
                "{}\n\n{}\n\n{}\n\n{}",
                body.trim_end(),
                o.heading,
                o.subject_line,
                o.body
            ),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(crate) struct Recipient {
    /// The recipient's id in the campaign (for `--recipient`); None for an address the
    /// user added.
    pub id: Option<String>,
    /// The office, in the letter's language; None for an address the user added.
    pub office: Option<String>,
    /// The person, only while their term on file runs.
    pub name: Option<String>,
    pub email: Option<String>,
    /// Where an address may be found when none is on file.
    pub website: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PostalAddress {
    pub label: String,
    /// The lines as they go on the envelope, the country last.
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Phone {
    pub number: String,
    pub office: String,
    /// "It is 14:05 on Wednesday in Limoges (Europe/Paris)."
    pub local_time: String,
    pub script: String,
}

/// Fills the campaign's templates of `pieces` for `request`, as of `now`.
pub(crate) fn compose(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
    pieces: Pieces,
) -> Result<Letter> {
    let (lists, context) = prepare(w, campaign, request, now);
    let templates = Templates::load(w, campaign, request.language.as_str(), pieces)?;
    let render = |piece: Piece| templates.render(w, piece, &context);
    let mut letter = finish(w, campaign, request, now, lists, pieces, &render)?;
    if pieces.contains(Piece::Body) {
        attach_original(w, campaign, request, now, &mut letter)?;
    }
    if pieces.contains(Piece::Share) {
        letter.share = Some(invitation(
            w,
            campaign,
            request.language.as_str(),
            &context,
        )?);
    }
    Ok(letter)
}

/// For a copy, the letter it copies, composed for the same sender, with its warnings
/// that the copy does not already have.
fn attach_original(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
    letter: &mut Letter,
) -> Result<()> {
    let data = &campaign.data;
    let copy = request.language.as_str();
    let Some(language) = data.original_language(copy) else {
        return Ok(());
    };
    let original_request = LetterRequest {
        language: language.to_string(),
        ..request.clone()
    };
    let pieces = Pieces::of(&[Piece::Subject, Piece::Body]);
    let original = compose(w, campaign, &original_request, now, pieces)?;
    let offices: Vec<String> = data
        .recipients
        .iter()
        .filter(|r| r.send == Send::To)
        .map(|r| localized(&r.office, copy).to_string())
        .collect();
    let words = campaign.words(w, copy)?;
    let heading = t!(
        &words,
        "package-original",
        recipients = words.list(&offices)
    );
    let subject = original.subject.unwrap_or_default();
    for warning in original.warnings {
        if !letter.warnings.contains(&warning) {
            letter.warnings.push(warning);
        }
    }
    letter.original = Some(Original {
        language: language.to_string(),
        subject_line: original.labels.subject_line(&subject),
        subject,
        body: original.body.unwrap_or_default(),
        heading,
    });
    Ok(())
}

/// The letter of `request` for each of `addressees`, the templates read once: a printed
/// letter is addressed to the office it is posted to (the templates' `addressee`, by
/// recipient id); None composes it as for email, `addressee` null.
pub(crate) fn compose_each(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
    pieces: Pieces,
    addressees: &[Option<&str>],
) -> Result<Vec<Letter>> {
    let (lists, context) = prepare(w, campaign, request, now);
    let templates = Templates::load(w, campaign, request.language.as_str(), pieces)?;
    let mut letters = Vec::new();
    for addressee in addressees {
        let mut context = context.clone();
        address_to(&mut context, *addressee);
        let render = |piece: Piece| templates.render(w, piece, &context);
        letters.push(finish(
            w,
            campaign,
            request,
            now,
            lists.clone(),
            pieces,
            &render,
        )?);
    }
    Ok(letters)
}

/// Sets the templates' `addressee` to the recipient `id` as `recipients.ID` shows it,
/// with its `id`; to null without one.
fn address_to(context: &mut Value, id: Option<&str>) {
    let addressee = id
        .and_then(|id| context["recipients"].get(id).cloned().map(|r| (id, r)))
        .map_or(Value::Null, |(id, mut r)| {
            r["id"] = Value::from(id);
            r
        });
    context["addressee"] = addressee;
}

/// The recipients, the warnings, and what the templates see.
pub(crate) fn prepare(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
) -> (Lists, Value) {
    let ((to, cc, mut warnings), context) = prepare_as(w, campaign, request, now, Fill::AsOnFile);
    no_latin_form(w, campaign, request, &mut warnings);
    unverified_contacts(w, &campaign.data, &mut warnings);
    ((to, cc, warnings), context)
}

/// What the templates can see on any day: every holder in office, every link with an
/// address. `check` holds templates to it, so that a branch today's data does not take
/// is checked too.
pub(crate) fn every_branch(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
) -> Value {
    prepare_as(w, campaign, request, now, Fill::Everything).1
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fill {
    AsOnFile,
    Everything,
}

fn prepare_as(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
    fill: Fill,
) -> (Lists, Value) {
    let language = request.language.as_str();
    let data = &campaign.data;
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let mut warnings = Vec::new();

    if let Some(lang) = data.languages.get(language).filter(|l| !l.reviewed) {
        warnings.push(t!(
            w,
            "letter-unreviewed",
            language = w.language_name(language, &lang.name)
        ));
    }

    // A letter in a language no main recipient reads is a copy for those who read it.
    let copy = data.is_copy(language);
    let mut to = Vec::new();
    let mut cc = Vec::new();
    let mut context_recipients = serde_json::Map::new();
    for r in &data.recipients {
        let office = localized(&r.office, language).to_string();
        let holder = match fill {
            Fill::AsOnFile => in_office(w, r, today, &mut warnings),
            Fill::Everything => r.holder.as_ref(),
        };
        let salutation = holder
            .and_then(|h| h.salutation.as_ref())
            .or(r.salutation.as_ref())
            .map_or(office.as_str(), |s| s.get(language))
            .to_string();
        // The campaign's address as a header carries it (an international domain in its
        // ASCII form); loading refused any that is not one address.
        let email = r
            .email
            .as_deref()
            .and_then(|e| values::email(w, e).ok())
            .or_else(|| request.recipient_emails.get(&r.id).cloned());
        let recipient = Recipient {
            id: Some(r.id.clone()),
            office: Some(office.clone()),
            name: holder.map(|h| h.name.get(language).to_string()),
            email: email.clone(),
            website: r.website.clone(),
        };
        context_recipients.insert(
            r.id.clone(),
            json!({
                "office": office,
                "name": recipient.name,
                "salutation": salutation,
                "email": email,
                "website": r.website,
            }),
        );
        let role = match copy {
            false => Some(r.send),
            true => r.reads(language).then_some(r.send_copy),
        };
        if role.is_some() && fill == Fill::AsOnFile {
            unverified_people(w, r, holder, &mut warnings);
        }
        match role {
            Some(Send::To) => to.push(recipient),
            Some(Send::Cc) => cc.push(recipient),
            None => {}
        }
    }
    to.extend(request.to.iter().map(|a| added(a)));
    cc.extend(request.cc.iter().map(|a| added(a)));

    let context = context(campaign, request, context_recipients, fill, today);
    ((to, cc, warnings), context)
}

/// A warning for the name and the town a letter in a Latin-script language writes as
/// given, having no Latin letter: how to give their Latin-script form.
fn no_latin_form(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    warnings: &mut Vec<String>,
) {
    let language = request.language.as_str();
    let name = campaign
        .data
        .languages
        .get(language)
        .map_or(language, |l| l.name.as_str());
    for (what, value) in request.sender.lacks_latin(language) {
        warnings.push(t!(
            w,
            "letter-no-latin-form",
            what = what,
            value = value.to_string(),
            language = w.language_name(language, name)
        ));
    }
}

/// A warning for a recipient of the letter, or the holder it names, that the campaign
/// marks unverified.
fn unverified_people(
    w: &Words,
    r: &RecipientData,
    holder: Option<&Holder>,
    warnings: &mut Vec<String>,
) {
    let spoken = w.code();
    let office = localized(&r.office, spoken).to_string();
    if unverified(r.confidence) {
        let fact = t!(w, "letter-fact-recipient", office = office.clone());
        warnings.push(t!(w, "letter-unverified", fact = fact));
    }
    if let Some(h) = holder.filter(|h| unverified(h.confidence)) {
        let name = h.name.get(spoken).to_string();
        let fact = t!(w, "letter-fact-holder", name = name, office = office);
        warnings.push(t!(w, "letter-unverified", fact = fact));
    }
}

/// Warnings for the postal blocks, the phone and the links offered that the campaign
/// marks unverified. (A handle that is not confirmed is never tagged.)
fn unverified_contacts(
    w: &Words,
    data: &crate::campaign::CampaignData,
    warnings: &mut Vec<String>,
) {
    let spoken = w.code();
    let mut facts = Vec::new();
    for p in data.postal.iter().filter(|p| unverified(p.confidence)) {
        facts.push(t!(
            w,
            "letter-fact-postal",
            label = p.label.get(spoken).to_string()
        ));
    }
    if let Some(phone) = data.phone.as_ref().filter(|p| unverified(p.confidence)) {
        facts.push(t!(w, "letter-fact-phone", number = phone.number.clone()));
    }
    for l in &data.links {
        if let (Some(url), true) = (&l.url, unverified(l.confidence)) {
            facts.push(t!(w, "letter-fact-link", url = url.clone()));
        }
    }
    for fact in facts {
        warnings.push(t!(w, "letter-unverified", fact = fact));
    }
}

/// A recipient the user added by address (`--to`, `--cc`).
fn added(address: &str) -> Recipient {
    Recipient {
        id: None,
        office: None,
        name: None,
        email: Some(address.to_string()),
        website: None,
    }
}

/// The holder of a recipient's office while the term on file runs; after it, none,
/// and a warning naming them in the language the user reads these words in.
fn in_office<'r>(
    w: &Words,
    recipient: &'r RecipientData,
    today: jiff::civil::Date,
    warnings: &mut Vec<String>,
) -> Option<&'r Holder> {
    let holder = recipient.holder.as_ref()?;
    match holder.term_ends {
        Some(end) if end < today => {
            let spoken = w.code();
            warnings.push(t!(
                w,
                "letter-term-ended",
                holder = holder.name.get(spoken).to_string(),
                office = localized(&recipient.office, spoken).to_string(),
                end = w.date(end)
            ));
            None
        }
        _ => Some(holder),
    }
}

/// What the templates see.
fn context(
    campaign: &Campaign,
    request: &LetterRequest,
    recipients: serde_json::Map<String, Value>,
    fill: Fill,
    today: jiff::civil::Date,
) -> Value {
    let data = &campaign.data;
    let language = request.language.as_str();
    let signed = request.sender.in_language(language);
    // A link is offered only with its address; on any day, every link may have one.
    let offered = |kind: LinkKind| -> Vec<Value> {
        data.links
            .iter()
            .filter(|l| l.kind == kind)
            .filter_map(|l| {
                let url = match (&l.url, fill) {
                    (Some(url), _) => url.as_str(),
                    (None, Fill::Everything) => "https://example.org/",
                    (None, Fill::AsOnFile) => return None,
                };
                Some(json!({ "title": l.title.get(language), "url": url }))
            })
            .collect()
    };
    let places: serde_json::Map<String, Value> = data
        .places
        .iter()
        .map(|(id, name)| (id.clone(), Value::from(name.get(language))))
        .collect();
    let mut context = json!({
        "campaign": {
            "id": data.id,
            "title": data.title,
            // On any day, a campaign may have put its website on file.
            "website": match fill {
                Fill::AsOnFile => data.website.as_deref(),
                Fill::Everything => Some(data.website.as_deref().unwrap_or("https://example.org/")),
            },
        },
        "language": language,
        // For `{{#if (gte today 20270207)}}`: words that must stay true after a date.
        "today": date_number(today),
        "sender": {
            "name": signed.name,
            "city": signed.city,
            "note": signed.note,
        },
        "recipients": Value::Object(recipients),
        "places": Value::Object(places),
        "videos": offered(LinkKind::Video),
        "petition": offered(LinkKind::Petition).into_iter().next(),
        "links": offered(LinkKind::Other),
        "phone": data.phone.as_ref().map(|p| json!({
            "number": p.number,
            "office": localized(&p.office, language),
            "place": p.place.get(language),
        })),
        // Only the handles whose owner is confirmed: a post must not tag a stranger.
        "social": {
            "handles": data.social.iter()
                .flat_map(|s| &s.entries)
                .filter(|h| h.tagged())
                .map(|h| h.handle.as_str())
                .collect::<Vec<_>>(),
        },
    });
    // Any day, a printed letter may be addressed to any recipient: to the first, for `check`.
    let sample = data.recipients.first().filter(|_| fill == Fill::Everything);
    address_to(&mut context, sample.map(|r| r.id.as_str()));
    context
}

/// A date as the number a template compares: 2026-12-01 is 20261201.
fn date_number(date: jiff::civil::Date) -> i64 {
    i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

/// The invitation for a friend, refused when X would refuse it, as `check` does.
fn invitation(w: &Words, campaign: &Campaign, language: &str, context: &Value) -> Result<String> {
    let (text, file) = share::invitation(w, campaign, language, context)?;
    let weight = x_length(&text);
    if weight > POST_LIMIT {
        return Err(Error::file(
            campaign.path_of(&file),
            t!(w, "check-share-too-long", weight = weight, max = POST_LIMIT),
        ));
    }
    Ok(text)
}

/// The social post, refused when X would refuse it, as `check` does.
fn post(
    w: &Words,
    campaign: &Campaign,
    language: &str,
    render: &dyn Fn(Piece) -> Result<String>,
) -> Result<String> {
    let post = render(Piece::Post)?.trim().to_string();
    let weight = x_length(&post);
    if weight > POST_LIMIT {
        let file = Campaign::template_file(language, Piece::Post).unwrap_or_default();
        return Err(Error::file(
            campaign.path_of(&file),
            t!(w, "check-post-too-long", weight = weight, max = POST_LIMIT),
        ));
    }
    Ok(post)
}

pub(crate) type Lists = (Vec<Recipient>, Vec<Recipient>, Vec<String>);

fn finish(
    w: &Words,
    campaign: &Campaign,
    request: &LetterRequest,
    now: Timestamp,
    (to, cc, warnings): Lists,
    pieces: Pieces,
    render: &dyn Fn(Piece) -> Result<String>,
) -> Result<Letter> {
    let data = &campaign.data;
    let language = request.language.as_str();
    let words = campaign
        .words(w, language)?
        .in_territory(request.territory.as_deref());
    let labels = Labels::of(&words);
    let mut warnings = warnings;
    warnings.extend(missing_words(w, language, &words));
    let phone = match data
        .phone
        .as_ref()
        .filter(|_| pieces.contains(Piece::Phone))
    {
        Some(p) => {
            let zone = jiff::tz::TimeZone::get(&p.timezone).map_err(|e| {
                Error::file(
                    campaign.path_of(CAMPAIGN_FILE),
                    t!(
                        w,
                        "letter-bad-timezone",
                        zone = p.timezone.clone(),
                        why = e.to_string()
                    ),
                )
            })?;
            Some(Phone {
                number: p.number.clone(),
                office: localized(&p.office, language).to_string(),
                local_time: labels.local_time(&now.to_zoned_datetime(zone), p.place.get(language)),
                script: render(Piece::Phone)?,
            })
        }
        None => None,
    };

    let postal = postal_addresses(data, language);

    Ok(Letter {
        campaign: data.id.clone(),
        language: language.to_string(),
        subject: pieces
            .contains(Piece::Subject)
            .then(|| render(Piece::Subject))
            .transpose()?
            .map(|s| s.trim().replace(['\n', '\r'], " ")),
        body: pieces
            .contains(Piece::Body)
            .then(|| render(Piece::Body))
            .transpose()?,
        to,
        cc,
        postal,
        phone,
        post: pieces
            .contains(Piece::Post)
            .then(|| post(w, campaign, language, render))
            .transpose()?,
        original: None,
        share: None,
        warnings,
        labels,
    })
}

/// The one warning of a letter whose language lacks some of its words (said in English).
fn missing_words(w: &Words, language: &str, words: &Words) -> Option<String> {
    let missing = words.missing();
    (!missing.is_empty()).then(|| {
        t!(
            w,
            "letter-words-missing",
            language = language.to_string(),
            count = missing.len(),
            ids = missing.join(", ")
        )
    })
}

/// Each address whole, in `language`, its country line last.
fn postal_addresses(data: &crate::campaign::CampaignData, language: &str) -> Vec<PostalAddress> {
    data.postal
        .iter()
        .map(|p| PostalAddress {
            label: localized(&p.label, language).to_string(),
            lines: p
                .lines
                .iter()
                .cloned()
                .chain(std::iter::once(p.country_in(language)))
                .collect(),
        })
        .collect()
}

/// What X lets a post weigh.
pub(crate) const POST_LIMIT: usize = 280;

/// A post's length as X counts it: a URL weighs 23; Latin, Greek, Cyrillic and common
/// punctuation weigh 1; everything else (CJK, emoji) weighs 2.
pub(crate) fn x_length(text: &str) -> usize {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let bare = word.trim_end();
            let url = bare.starts_with("http://") || bare.starts_with("https://");
            let rest = &word[bare.len()..];
            if url {
                23 + rest.chars().count()
            } else {
                word.chars().map(weight).sum()
            }
        })
        .sum()
}

fn weight(c: char) -> usize {
    match c as u32 {
        // An emoji's variation selector and joiner add nothing of their own.
        0xFE0F | 0x200D => 0,
        0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_numbers_in_their_order() {
        assert_eq!(date_number(jiff::civil::date(2026, 12, 1)), 20261201);
        assert_eq!(date_number(jiff::civil::date(2027, 2, 7)), 20270207);
        assert!(
            date_number(jiff::civil::date(2026, 12, 31))
                < date_number(jiff::civil::date(2027, 1, 1))
        );
    }

    #[test]
    fn posts_are_weighed_as_x_does() {
        assert_eq!(x_length("hello"), 5);
        assert_eq!(
            x_length("see https://example.org/a/very/long/path/indeed now"),
            4 + 23 + 4
        );
        assert_eq!(x_length("이천"), 4);
        assert_eq!(x_length("🐾"), 2);
    }
}

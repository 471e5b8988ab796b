//! The rules of `check`, one function per concern, each returning its problems.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{Problem, Subject};
use crate::campaign::{Confidence, Convention, Key, Localized, invalid, localized};
use crate::words::t;

/// The longest line La Poste reads on an envelope.
const FRENCH_LINE: usize = 38;

use Key::{Index, Name};

/// What composing refuses too (`campaign::invalid`): ids and language codes of a strict
/// form, no hidden characters, web and email addresses, recipients named once.
pub(super) fn identifiers_and_text(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    invalid(w, &s.campaign.data)
        .into_iter()
        .map(|i| {
            let location = match i.is_key {
                true => s.spans.key(&i.at),
                false => s.spans.value(&i.at),
            };
            Problem::error(location, i.message)
        })
        .collect()
}

/// The facts marked unverified, as notes; and the old list of handles, which the post
/// no longer tags.
pub(super) fn confidence(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let data = &s.campaign.data;
    let spoken = w.code();
    let mut problems = Vec::new();
    let mut note = |confidence: Option<Confidence>, at: &[Key], fact: String| {
        if confidence == Some(Confidence::Unverified) {
            let at = s.spans.value(at);
            problems.push(Problem::note(at, t!(w, "check-unverified", fact = fact)));
        }
    };
    for (i, r) in data.recipients.iter().enumerate() {
        let office = localized(&r.office, spoken).to_string();
        let fact = t!(w, "letter-fact-recipient", office = office.clone());
        note(
            r.confidence,
            &[Name("recipient"), Index(i), Name("confidence")],
            fact,
        );
        if let Some(h) = &r.holder {
            let at = [
                Name("recipient"),
                Index(i),
                Name("holder"),
                Name("confidence"),
            ];
            let name = h.name.get(spoken).to_string();
            note(
                h.confidence,
                &at,
                t!(w, "letter-fact-holder", name = name, office = office),
            );
        }
    }
    for (i, l) in data.links.iter().enumerate() {
        let title = l.title.get(spoken).to_string();
        let fact = t!(w, "letter-fact-link", url = l.url.clone().unwrap_or(title));
        note(
            l.confidence,
            &[Name("link"), Index(i), Name("confidence")],
            fact,
        );
    }
    for (i, p) in data.postal.iter().enumerate() {
        let fact = t!(
            w,
            "letter-fact-postal",
            label = p.label.get(spoken).to_string()
        );
        note(
            p.confidence,
            &[Name("postal"), Index(i), Name("confidence")],
            fact,
        );
    }
    if let Some(phone) = &data.phone {
        let fact = t!(w, "letter-fact-phone", number = phone.number.clone());
        note(phone.confidence, &[Name("phone"), Name("confidence")], fact);
    }
    problems.extend(handles(s));
    problems
}

/// The social handles marked unverified, as notes; the old list, which the post no
/// longer tags, with the new form suggested.
fn handles(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let mut problems = Vec::new();
    if let Some(social) = &s.campaign.data.social {
        if social.confidence == Some(Confidence::Unverified) {
            let fact = t!(w, "letter-fact-social");
            let at = s.spans.value(&[Name("social"), Name("confidence")]);
            problems.push(Problem::note(at, t!(w, "check-unverified", fact = fact)));
        }
        for (i, h) in social.entries.iter().enumerate() {
            let at = [Name("social"), Name("handle"), Index(i), Name("confidence")];
            let fact = t!(
                w,
                "letter-fact-handle",
                handle = h.handle.clone(),
                owner = h.owner.clone()
            );
            if h.confidence == Confidence::Unverified {
                let message = t!(w, "check-unverified-handle", fact = fact);
                problems.push(Problem::note(s.spans.value(&at), message));
            }
        }
        if !social.handles.is_empty() {
            problems.push(Problem::warning(
                s.spans.value(&[Name("social"), Name("handles")]),
                t!(w, "check-old-handles"),
            ));
        }
    }
    problems
}

/// Every text meant for the reader exists in every language of the campaign.
pub(super) fn languages(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let data = &s.campaign.data;
    let mut problems = Vec::new();
    // `field` says which text it is (a key of the message `check-no-text`), `id` whose.
    let mut every_language = |field: &str, id: &str, at: &[Key], texts: &Localized| {
        for code in data.languages.keys() {
            if !texts.has(code) {
                problems.push(Problem::error(
                    s.spans.value(at),
                    t!(
                        w,
                        "check-no-text",
                        field = field,
                        id = id,
                        code = code.as_str()
                    ),
                ));
            }
        }
    };
    for (i, r) in data.recipients.iter().enumerate() {
        let at = |field| [Name("recipient"), Index(i), Name(field)];
        let id = r.id.as_str();
        every_language("office", id, &at("office"), &r.office);
        if let Some(salutation) = &r.salutation {
            every_language("salutation", id, &at("salutation"), salutation);
        }
        if let Some(h) = &r.holder {
            let at = |field| [Name("recipient"), Index(i), Name("holder"), Name(field)];
            every_language("holder-name", id, &at("name"), &h.name);
            if let Some(salutation) = &h.salutation {
                every_language("holder-salutation", id, &at("salutation"), salutation);
            }
        }
    }
    for (id, name) in &data.places {
        let at = [Name("places"), Name(id)];
        every_language("place", id, &at, name);
    }
    for (i, l) in data.links.iter().enumerate() {
        let at = [Name("link"), Index(i), Name("title")];
        every_language("link-title", "", &at, &l.title);
    }
    for (i, p) in data.postal.iter().enumerate() {
        let at = |field| [Name("postal"), Index(i), Name(field)];
        every_language("postal-label", "", &at("label"), &p.label);
        every_language("postal-country", "", &at("country"), &p.country);
    }
    if let Some(phone) = &data.phone {
        every_language(
            "phone-office",
            "",
            &[Name("phone"), Name("office")],
            &phone.office,
        );
        every_language(
            "phone-place",
            "",
            &[Name("phone"), Name("place")],
            &phone.place,
        );
    }
    problems
}

/// Terms that have ended, and facts not checked for a year.
pub(super) fn terms_and_freshness(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let data = &s.campaign.data;
    let today = s.now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let year_ago = today.checked_sub(12.months()).unwrap_or(today);
    let mut problems = Vec::new();
    let language = w.code();
    // `name` is a person's or an office's; None for the campaign itself.
    let mut stale = |checked: Date, name: Option<&str>, at: &[Key]| {
        if checked < year_ago {
            let date = w.date(checked);
            problems.push(Problem::warning(
                s.spans.value(at),
                match name {
                    Some(name) => t!(w, "check-stale", name = name, date = date),
                    None => t!(w, "check-stale-campaign", date = date),
                },
            ));
        }
    };
    for (i, r) in data.recipients.iter().enumerate() {
        let office = localized(&r.office, language);
        if let Some(h) = &r.holder {
            stale(
                h.checked,
                Some(h.name.get(language)),
                &[Name("recipient"), Index(i), Name("holder"), Name("checked")],
            );
        }
        stale(
            r.checked,
            Some(office),
            &[Name("recipient"), Index(i), Name("checked")],
        );
    }
    stale(data.checked, None, &[Name("checked")]);
    for (i, r) in data.recipients.iter().enumerate() {
        let Some(h) = &r.holder else { continue };
        if let Some(end) = h.term_ends.filter(|end| *end < today) {
            problems.push(Problem::warning(
                s.spans
                    .value(&[Name("recipient"), Index(i), Name("holder"), Name("name")]),
                t!(
                    w,
                    "check-term-ended",
                    holder = h.name.get(language),
                    office = localized(&r.office, language),
                    end = w.date(end)
                ),
            ));
        }
    }
    problems
}

/// The phone number is international, and its time zone exists.
pub(super) fn phone(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let Some(phone) = &s.campaign.data.phone else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    let digits = phone.number.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .number
        .chars()
        .all(|c| c.is_ascii_digit() || " -().+".contains(c));
    let international = phone
        .number
        .strip_prefix('+')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if !international || !allowed || !(8..=15).contains(&digits) {
        problems.push(Problem::error(
            s.spans.value(&[Name("phone"), Name("number")]),
            t!(
                w,
                "check-phone-not-international",
                number = phone.number.as_str()
            ),
        ));
    }
    if jiff::tz::TimeZone::get(&phone.timezone).is_err() {
        problems.push(Problem::error(
            s.spans.value(&[Name("phone"), Name("timezone")]),
            t!(w, "check-not-a-time-zone", zone = phone.timezone.as_str()),
        ));
    }
    problems
}

/// Postal addresses follow their country's rules and end with a country in capitals.
pub(super) fn postal(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let data = &s.campaign.data;
    let mut problems = Vec::new();
    for (i, p) in data.postal.iter().enumerate() {
        if p.convention == Convention::Fr {
            for (n, line) in p.lines.iter().enumerate() {
                let length = line.chars().count();
                if length > FRENCH_LINE {
                    problems.push(Problem::error(
                        s.spans
                            .value(&[Name("postal"), Index(i), Name("lines"), Index(n)]),
                        t!(
                            w,
                            "check-french-line-too-long",
                            line = line.as_str(),
                            length = length,
                            max = FRENCH_LINE
                        ),
                    ));
                }
            }
        }
        for (code, country) in p.country.texts() {
            if country.trim().is_empty() || country.to_uppercase() != *country {
                let mut at = vec![Name("postal"), Index(i), Name("country")];
                at.extend(code.map(Name));
                let message = match code {
                    Some(code) => t!(
                        w,
                        "check-country-not-capitals",
                        code = code,
                        country = country
                    ),
                    None => t!(w, "check-country-not-capitals-same", country = country),
                };
                problems.push(Problem::error(s.spans.value(&at), message));
            }
        }
    }
    // What the PDF cannot print in an envelope's window, with the longest country line
    // the block can end with.
    let envelopes: Vec<(usize, Vec<String>)> = data
        .postal
        .iter()
        .enumerate()
        .filter(|(_, p)| p.envelope)
        .map(|(i, p)| {
            let country = p
                .country
                .texts()
                .into_iter()
                .map(|(_, c)| c)
                .max_by_key(|c| c.chars().count());
            let mut lines = p.lines.clone();
            lines.extend(country.map(str::to_string));
            (i, lines)
        })
        .collect();
    let addresses: Vec<Vec<String>> = envelopes.iter().map(|(_, l)| l.clone()).collect();
    for ((i, _), refused) in envelopes
        .iter()
        .zip(crate::format::pdf::windows_refuse(w, &addresses))
    {
        if let Some(why) = refused {
            problems.push(Problem::error(
                s.spans.value(&[Name("postal"), Index(*i), Name("lines")]),
                why,
            ));
        }
    }
    problems
}

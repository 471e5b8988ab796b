//! The rules of `check`, one function per concern, each returning its problems.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{Problem, Subject};
use crate::campaign::{Confidence, Key, Localized, invalid, localized};
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
        // A country's code gives its name in every language with data.
        if let Some(country) = &p.country {
            every_language("postal-country", "", &at("country"), country);
        }
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

/// Each postal block says its country by code; the older `convention` still works,
/// and the code is suggested instead.
pub(super) fn postal_country(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let mut problems = Vec::new();
    for (i, p) in s.campaign.data.postal.iter().enumerate() {
        let at = |field| s.spans.value(&[Name("postal"), Index(i), Name(field)]);
        match (&p.country_code, p.convention, p.destination()) {
            (Some(_), _, _) => {}
            (None, Some(convention), Some(code)) => problems.push(Problem::warning(
                at("convention"),
                t!(
                    w,
                    "check-postal-use-country-code",
                    convention = format!("{convention:?}").to_lowercase(),
                    code = code
                ),
            )),
            (None, _, _) => problems.push(Problem::warning(
                at("lines"),
                t!(w, "check-postal-no-country-code"),
            )),
        }
        if p.country.is_none() && p.country_code.is_none() {
            problems.push(Problem::error(
                at("lines"),
                t!(w, "check-postal-no-country"),
            ));
        }
    }
    problems
}

/// The address rules of the countries `check` knows (France's line length, the USA's
/// last line, postcode before town in Germany and France), and a note naming the
/// countries whose rules it does not know.
pub(super) fn postal_rules(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let mut problems = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for (i, p) in s.campaign.data.postal.iter().enumerate() {
        let line_at = |n: usize| {
            s.spans
                .value(&[Name("postal"), Index(i), Name("lines"), Index(n)])
        };
        let last = p.lines.len().saturating_sub(1);
        let town = p.lines.last().map_or("", String::as_str);
        let code = p.destination();
        match code.as_deref() {
            Some("FR") => {
                for (n, line) in p.lines.iter().enumerate() {
                    let length = line.chars().count();
                    if length > FRENCH_LINE {
                        problems.push(Problem::error(
                            line_at(n),
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
                if !postcode_then_town(town) {
                    problems.push(Problem::error(
                        line_at(last),
                        t!(w, "check-postcode-before-town", line = town, country = "FR"),
                    ));
                }
            }
            Some("DE") if !postcode_then_town(town) => problems.push(Problem::error(
                line_at(last),
                t!(w, "check-postcode-before-town", line = town, country = "DE"),
            )),
            Some("US") if !us_last_line(town) => problems.push(Problem::error(
                line_at(last),
                t!(w, "check-us-last-line", line = town),
            )),
            Some("DE" | "US") => {}
            // Without a code, `postal_country` has said so already.
            None => {}
            Some(other) => {
                let name = other.to_string();
                if !unknown.contains(&name) {
                    unknown.push(name.clone());
                    let at = [Name("postal"), Index(i), Name("country_code")];
                    problems.push(Problem::note(
                        s.spans.value(&at),
                        t!(w, "check-postal-rules-unknown", country = name),
                    ));
                }
            }
        }
    }
    problems
}

/// A town line as France and Germany write it: a five-digit postcode, then the town
/// ("87000 LIMOGES", "52062 Aachen").
fn postcode_then_town(line: &str) -> bool {
    let mut parts = line.splitn(2, ' ');
    let postcode = parts.next().unwrap_or_default();
    let town = parts.next().unwrap_or_default().trim();
    postcode.len() == 5 && postcode.chars().all(|c| c.is_ascii_digit()) && !town.is_empty()
}

/// The USPS two-letter codes of the states, the District of Columbia, the territories,
/// the freely associated states and the military post offices (Publication 28,
/// appendix B).
const US_STATES: &str = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA \
MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS \
GU MP PR VI FM MH PW AA AE AP";

/// The last line of a US address as USPS Publication 28 writes it: "CITY ST ZIP", in
/// capitals, the ZIP code of five digits or ZIP+4 ("TACOMA WA 98402").
fn us_last_line(line: &str) -> bool {
    let mut words = line.rsplitn(3, ' ');
    let (zip, state, city) = (words.next(), words.next(), words.next());
    let (Some(zip), Some(state), Some(city)) = (zip, state, city) else {
        return false;
    };
    let digits = |part: &str, n: usize| part.len() == n && part.chars().all(|c| c.is_ascii_digit());
    let zip_ok = match zip.split_once('-') {
        Some((five, four)) => digits(five, 5) && digits(four, 4),
        None => digits(zip, 5),
    };
    let city_ok = !city.trim().is_empty() && city.to_uppercase() == city;
    zip_ok && US_STATES.split(' ').any(|s| s == state) && city_ok
}

/// Every postal block ends with a country line in capitals, and fits every window.
pub(super) fn postal(s: &Subject) -> Vec<Problem> {
    let w = s.w;
    let data = &s.campaign.data;
    let mut problems = Vec::new();
    for (i, p) in data.postal.iter().enumerate() {
        let Some(country) = &p.country else { continue };
        for (code, country) in country.texts() {
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
            let mut countries: Vec<String> = p
                .country
                .iter()
                .flat_map(|c| c.texts())
                .map(|(_, c)| c.to_string())
                .collect();
            countries.extend(data.languages.keys().map(|l| p.country_in(l)));
            let country = countries.into_iter().max_by_key(|c| c.chars().count());
            let mut lines = p.lines.clone();
            lines.extend(country);
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

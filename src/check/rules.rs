//! The rules of `check`, one function per concern, each returning its problems.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{Problem, Subject};
use crate::campaign::{Campaign, Convention, Key, Localized, localized};
use crate::format::piece::Piece;
use crate::letter::{LetterRequest, Sender, prepare};
use crate::templates::Templates;
use crate::values::{self, MAX_NAME};

/// The longest line La Poste reads on an envelope.
const FRENCH_LINE: usize = 38;
/// What X lets a post weigh.
const POST_LIMIT: usize = 280;

type Rule = fn(&Subject) -> Vec<Problem>;

/// Every rule, in the order their problems are listed.
pub const ALL: [Rule; 6] = [
    languages,
    recipients,
    terms_and_freshness,
    phone,
    postal,
    templates,
];

use Key::{Index, Name};

/// Every text meant for the reader exists in every language of the campaign.
fn languages(s: &Subject) -> Vec<Problem> {
    let data = &s.campaign.data;
    let mut problems = Vec::new();
    let mut every_language = |what: String, at: &[Key], texts: &Localized| {
        for code in data.languages.keys() {
            if !texts.contains_key(code) {
                problems.push(Problem::error(
                    s.spans.value(at),
                    format!("{what} has no '{code}' text"),
                ));
            }
        }
    };
    for (i, r) in data.recipients.iter().enumerate() {
        let at = [Name("recipient"), Index(i), Name("office")];
        every_language(format!("recipient '{}': office", r.id), &at, &r.office);
    }
    for (i, p) in data.postal.iter().enumerate() {
        let at = |field| [Name("postal"), Index(i), Name(field)];
        every_language("postal address: label".into(), &at("label"), &p.label);
        every_language("postal address: country".into(), &at("country"), &p.country);
    }
    if let Some(phone) = &data.phone {
        let at = [Name("phone"), Name("office")];
        every_language("phone: office".into(), &at, &phone.office);
    }
    problems
}

/// Email addresses on file are plain addresses a header can carry.
fn recipients(s: &Subject) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, r) in s.campaign.data.recipients.iter().enumerate() {
        if let Some(email) = &r.email
            && let Err(why) = values::email(email)
        {
            problems.push(Problem::error(
                s.spans.value(&[Name("recipient"), Index(i), Name("email")]),
                format!("recipient '{}': {why}", r.id),
            ));
        }
    }
    problems
}

/// Terms that have ended, and facts not checked for a year.
fn terms_and_freshness(s: &Subject) -> Vec<Problem> {
    let data = &s.campaign.data;
    let today = s.now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let year_ago = today.checked_sub(12.months()).unwrap_or(today);
    let mut problems = Vec::new();
    let mut stale = |checked: Date, what: &str, at: &[Key]| {
        if checked < year_ago {
            problems.push(Problem::warning(
                s.spans.value(at),
                format!("{what} was last checked on {checked}, more than 12 months ago"),
            ));
        }
    };
    for (i, r) in data.recipients.iter().enumerate() {
        let office = localized(&r.office, "en");
        if let Some(h) = &r.holder {
            stale(
                h.checked,
                &h.name,
                &[Name("recipient"), Index(i), Name("holder"), Name("checked")],
            );
        }
        stale(
            r.checked,
            office,
            &[Name("recipient"), Index(i), Name("checked")],
        );
    }
    stale(data.checked, "the campaign", &[Name("checked")]);
    for (i, r) in data.recipients.iter().enumerate() {
        let Some(h) = &r.holder else { continue };
        if let Some(end) = h.term_ends.filter(|end| *end < today) {
            problems.push(Problem::warning(
                s.spans
                    .value(&[Name("recipient"), Index(i), Name("holder"), Name("name")]),
                format!(
                    "the term of {} as {} ended on {end}: check who holds the office now",
                    h.name,
                    localized(&r.office, "en")
                ),
            ));
        }
    }
    problems
}

/// The phone number is international, and its time zone exists.
fn phone(s: &Subject) -> Vec<Problem> {
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
            format!(
                "phone number '{}' is not international: write + and the country code, like +33 5 55 45 60 00",
                phone.number
            ),
        ));
    }
    if jiff::tz::TimeZone::get(&phone.timezone).is_err() {
        problems.push(Problem::error(
            s.spans.value(&[Name("phone"), Name("timezone")]),
            format!(
                "'{}' is not a time zone (use an IANA name like Europe/Paris)",
                phone.timezone
            ),
        ));
    }
    problems
}

/// Postal addresses follow their country's rules and end with a country in capitals.
fn postal(s: &Subject) -> Vec<Problem> {
    let data = &s.campaign.data;
    let mut problems = Vec::new();
    for (i, p) in data.postal.iter().enumerate() {
        if p.convention == Convention::Fr {
            for (n, line) in p.lines.iter().enumerate() {
                let length = line.chars().count();
                if length > FRENCH_LINE {
                    problems.push(Problem::error(
                        s.spans.value(&[Name("postal"), Index(i), Name("lines"), Index(n)]),
                        format!(
                            "French postal line '{line}' has {length} characters; La Poste reads at most {FRENCH_LINE}"
                        ),
                    ));
                }
            }
        }
        for code in data.languages.keys() {
            if let Some(country) = p.country.get(code)
                && (country.trim().is_empty() || country.to_uppercase() != *country)
            {
                problems.push(Problem::error(
                    s.spans
                        .value(&[Name("postal"), Index(i), Name("country"), Name(code)]),
                    format!(
                        "the address must end with a country line in capitals; '{code}' has '{country}'"
                    ),
                ));
            }
        }
    }
    problems
}

/// Each template parses, and renders in strict mode with sample data: the longest name
/// allowed, a town and a note; the social post fits X.
fn templates(s: &Subject) -> Vec<Problem> {
    let mut problems = Vec::new();
    for language in s.campaign.data.languages.keys() {
        problems.extend(language_templates(s.campaign, language, s));
    }
    problems
}

fn language_templates(campaign: &Campaign, language: &str, s: &Subject) -> Vec<Problem> {
    let request = LetterRequest {
        campaign: campaign.id().to_string(),
        language: language.to_string(),
        sender: Sender {
            name: "W".repeat(MAX_NAME),
            city: Some("Sample Town, Country".into()),
            note: Some("A sentence of the sender's own.".into()),
        },
        recipient_emails: Default::default(),
        to: Vec::new(),
        cc: Vec::new(),
        from: None,
    };
    let (_, context) = prepare(campaign, &request, s.now);
    let mut problems = Vec::new();
    for piece in Piece::TEMPLATED {
        let mut templates = Templates::empty();
        if let Err(e) = templates.add(campaign, language, piece) {
            problems.push(Problem::from_error(e));
            continue;
        }
        match templates.render(piece, &context) {
            Err(e) => problems.push(Problem::from_error(e)),
            Ok(post) if piece == Piece::Post => {
                let weight = x_length(post.trim());
                if weight > POST_LIMIT {
                    let file = Campaign::template_file(language, piece).unwrap_or_default();
                    problems.push(Problem::error(
                        crate::error::Location::file(campaign.path_of(&file)),
                        format!("the post weighs {weight} as X counts (URLs 23, CJK and emoji 2); at most {POST_LIMIT}"),
                    ));
                }
            }
            Ok(_) => {}
        }
    }
    problems
}

/// A post's length as X counts it: a URL weighs 23; Latin, Greek, Cyrillic and common
/// punctuation weigh 1; everything else (CJK, emoji) weighs 2.
pub fn x_length(text: &str) -> usize {
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

//! `check`: every problem of every campaign, each with its file and line, so an
//! organiser can fix them all in one pass.

use std::path::{Path, PathBuf};

use jiff::{Timestamp, ToSpan};

use crate::campaign::{CAMPAIGN_FILE, Campaign, Convention, Localized, PIECES, localized};
use crate::error::Error;
use crate::letter::{Templates, prepare};
use crate::request::{LetterRequest, MAX_NAME, Sender, check_email};

/// The longest line La Poste reads on an envelope.
const FRENCH_LINE: usize = 38;
/// What X lets a post weigh.
const POST_LIMIT: usize = 280;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone)]
pub struct Problem {
    pub severity: Severity,
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let location = match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.path.display()),
            (Some(l), None) => format!("{}:{l}", self.path.display()),
            _ => self.path.display().to_string(),
        };
        write!(f, "{location}: {what}: {}", self.message)
    }
}

fn from_error(e: Error, severity: Severity) -> Problem {
    match e {
        Error::File {
            path,
            line,
            column,
            message,
        } => Problem {
            severity,
            path,
            line,
            column,
            message,
        },
        other => Problem {
            severity,
            path: PathBuf::new(),
            line: None,
            column: None,
            message: other.to_string(),
        },
    }
}

/// Every problem of `campaigns`, as of `now`.
pub fn check(
    campaigns: Vec<(PathBuf, crate::error::Result<Campaign>)>,
    now: Timestamp,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (_, loaded) in campaigns {
        match loaded {
            Ok(campaign) => check_campaign(&campaign, now, &mut problems),
            Err(e) => problems.push(from_error(e, Severity::Error)),
        }
    }
    problems
}

fn check_campaign(campaign: &Campaign, now: Timestamp, problems: &mut Vec<Problem>) {
    let file = campaign.path_of(CAMPAIGN_FILE);
    let text = campaign
        .read(CAMPAIGN_FILE)
        .ok()
        .flatten()
        .unwrap_or_default();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|i| i + 1);
    let mut at = |severity, needle: &str, message: String| {
        problems.push(Problem {
            severity,
            path: file.clone(),
            line: line_of(needle),
            column: None,
            message,
        });
    };
    let data = &campaign.data;
    let languages: Vec<&String> = data.languages.keys().collect();
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let year_ago = today.checked_sub(12.months()).unwrap_or(today);

    let mut every_language = |what: &str, needle: &str, texts: &Localized| {
        for code in &languages {
            if !texts.contains_key(*code) {
                at(
                    Severity::Error,
                    needle,
                    format!("{what} has no '{code}' text"),
                );
            }
        }
    };
    for r in &data.recipients {
        every_language(
            &format!("recipient '{}': office", r.id),
            &format!("id = \"{}\"", r.id),
            &r.office,
        );
    }
    for p in &data.postal {
        let first = p.lines.first().map_or("[[postal]]", String::as_str);
        every_language("postal address: label", first, &p.label);
        every_language("postal address: country", first, &p.country);
    }
    if let Some(phone) = &data.phone {
        every_language("phone: office", "[phone]", &phone.office);
    }

    for r in &data.recipients {
        let needle = format!("id = \"{}\"", r.id);
        if let Some(email) = &r.email
            && let Err(e) = check_email("email", email)
        {
            at(Severity::Error, email, format!("recipient '{}': {e}", r.id));
        }
        if let Some(h) = &r.holder {
            if let Some(end) = h.term_ends.filter(|end| *end < today) {
                at(
                    Severity::Warning,
                    &h.name,
                    format!(
                        "the term of {} as {} ended on {end}: check who holds the office now",
                        h.name,
                        localized(&r.office, "en")
                    ),
                );
            }
            if h.checked < year_ago {
                at(
                    Severity::Warning,
                    &h.name,
                    format!(
                        "{} was last checked on {}, more than 12 months ago",
                        h.name, h.checked
                    ),
                );
            }
        }
        if r.checked < year_ago {
            at(
                Severity::Warning,
                &needle,
                format!(
                    "{} was last checked on {}, more than 12 months ago",
                    localized(&r.office, "en"),
                    r.checked
                ),
            );
        }
    }
    if data.checked < year_ago {
        at(
            Severity::Warning,
            "checked =",
            format!(
                "the campaign was last checked on {}, more than 12 months ago",
                data.checked
            ),
        );
    }

    if let Some(phone) = &data.phone {
        let digits = phone.number.chars().filter(char::is_ascii_digit).count();
        let allowed = phone
            .number
            .chars()
            .all(|c| c.is_ascii_digit() || " -().+".contains(c));
        let international = phone.number.starts_with('+')
            && phone.number[1..].starts_with(|c: char| c.is_ascii_digit());
        if !international || !allowed || !(8..=15).contains(&digits) {
            at(
                Severity::Error,
                &phone.number,
                format!(
                    "phone number '{}' is not international: write + and the country code, like +33 5 55 45 60 00",
                    phone.number
                ),
            );
        }
        if jiff::tz::TimeZone::get(&phone.timezone).is_err() {
            at(
                Severity::Error,
                &phone.timezone,
                format!(
                    "'{}' is not a time zone (use an IANA name like Europe/Paris)",
                    phone.timezone
                ),
            );
        }
    }

    for p in &data.postal {
        if p.convention == Convention::Fr {
            for line in &p.lines {
                let length = line.chars().count();
                if length > FRENCH_LINE {
                    at(
                        Severity::Error,
                        line,
                        format!(
                            "French postal line '{line}' has {length} characters; La Poste reads at most {FRENCH_LINE}"
                        ),
                    );
                }
            }
        }
        for code in &languages {
            if let Some(country) = p.country.get(*code)
                && (country.trim().is_empty() || country.to_uppercase() != *country)
            {
                let first = p.lines.first().map_or("[[postal]]", String::as_str);
                at(
                    Severity::Error,
                    first,
                    format!(
                        "the address must end with a country line in capitals; '{code}' has '{country}'"
                    ),
                );
            }
        }
    }

    for code in &languages {
        check_templates(campaign, code, now, problems);
    }
}

/// Each template parses, and renders in strict mode with sample data: the longest name
/// allowed, a town and a note.
fn check_templates(
    campaign: &Campaign,
    language: &str,
    now: Timestamp,
    problems: &mut Vec<Problem>,
) {
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
    let (_, context) = prepare(campaign, &request, now);
    for piece in PIECES {
        let mut templates = Templates::empty();
        if let Err(e) = templates.add(campaign, language, piece) {
            problems.push(from_error(e, Severity::Error));
            continue;
        }
        match templates.render(piece, &context) {
            Err(e) => problems.push(from_error(e, Severity::Error)),
            Ok(post) if piece == "post" => {
                let weight = x_length(post.trim());
                if weight > POST_LIMIT {
                    problems.push(Problem {
                        severity: Severity::Error,
                        path: campaign.path_of(&Campaign::template_file(language, piece)),
                        line: None,
                        column: None,
                        message: format!("the post weighs {weight} as X counts (URLs 23, CJK and emoji 2); at most {POST_LIMIT}"),
                    });
                }
            }
            Ok(_) => {}
        }
    }
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

/// Writes a campaign's files into `dir`, refusing to replace any.
pub fn export(campaign: &Campaign, dir: &Path) -> crate::error::Result<Vec<PathBuf>> {
    let files = campaign.files()?;
    let targets: Vec<PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    if let Some(taken) = targets.iter().find(|t| t.exists()) {
        return Err(Error::usage(format!(
            "{} exists already: export into a new folder",
            taken.display()
        )));
    }
    for (file, target) in files.iter().zip(&targets) {
        let text = campaign.read(file)?.unwrap_or_default();
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::failed(format!("cannot create {}: {e}", parent.display())))?;
        }
        crate::output::to_file(target, &text, false)?;
    }
    Ok(targets)
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

//! Letters for the post: one envelope for each recipient with a postal address, holding
//! the letter in a language it reads (a copy is followed by the letter it copies),
//! addressed as the post of the sender's country wants, laid out as a PDF.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::Timestamp;

use crate::campaign::{Campaign, Convention, PostalData, RecipientData, Send};
use crate::error::{Error, Result};
use crate::format::pdf::{self, Document, FontChoice, Paper, PostalLetter};
use crate::piece::{Piece, Pieces};
use crate::labels::Labels;
use crate::letter::{self, Letter, LetterRequest};
use crate::values;
use crate::words::t;

/// What printed letters need beyond the letter: the sender's postal address and
/// country, the paper, the recipients to write to, a font, and whether to open them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostalRequest {
    pub address: Vec<String>,
    /// ISO 3166, like FR; None when neither given nor known from the locale.
    pub country: Option<String>,
    /// None: the paper the locale's territory uses.
    pub paper: Option<Paper>,
    /// Recipients' ids to write to; empty: every recipient with a postal address.
    pub recipients: Vec<String>,
    pub font: Option<PathBuf>,
    /// Open what was written with the desktop's handler.
    pub open: bool,
}

/// The territory of the user's locale (`fr_FR.UTF-8` -> FR), from LC_ALL, LC_MESSAGES or
/// LANG, the first that is set.
pub fn locale_territory() -> Option<&'static str> {
    static TERRITORY: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    TERRITORY
        .get_or_init(|| {
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|var| std::env::var(var).ok())
                .find(|v| !v.is_empty())?;
            let territory = locale.split(['.', '@']).next()?.split_once('_')?.1;
            values::country(territory).ok()
        })
        .as_deref()
}

/// The printable letters as PDF bytes, and the warnings of the letters they hold.
pub fn printable(
    campaign: &Campaign,
    letter: &LetterRequest,
    postal: &PostalRequest,
    now: Timestamp,
) -> Result<(Vec<u8>, Vec<String>)> {
    let data = &campaign.data;
    let mut letters: BTreeMap<String, Letter> = BTreeMap::new();
    let mut envelopes = Vec::new();
    for block in envelope_blocks(campaign, postal) {
        let Some(recipient) = data
            .recipients
            .iter()
            .find(|r| Some(&r.id) == block.recipient.as_ref())
        else {
            continue;
        };
        let mut documents = Vec::new();
        let destination = destination_country(block);
        for (n, language) in languages_for(campaign, recipient, &letter.language)
            .into_iter()
            .enumerate()
        {
            if !letters.contains_key(&language) {
                let request = LetterRequest {
                    language: language.clone(),
                    ..letter.clone()
                };
                let pieces = Pieces::of(&[Piece::Subject, Piece::Body]);
                letters.insert(
                    language.clone(),
                    letter::compose(campaign, &request, now, pieces)?,
                );
            }
            if let Some(composed) = letters.get(&language) {
                let mut document = document(composed, letter, now);
                // The letter a translation copies, after it in the same envelope: said so,
                // so that it is not read as addressed to this recipient.
                if n > 0 {
                    let heading = Labels::of(&language).original.to_string();
                    document.paragraphs.insert(0, heading);
                }
                documents.push(document);
            }
        }
        let abroad = postal.country.is_none() || destination != postal.country.as_deref();
        // The sender's country line for a letter abroad, when the town does not end
        // with it: the name the campaign gives that country, as the destination reads it.
        let home = postal.country.as_deref().and_then(|code| {
            data.postal
                .iter()
                .find(|b| destination_country(b) == Some(code))
                .map(|b| b.country.get(destination.map_or("en", language_of_country)))
        });
        envelopes.push(PostalLetter {
            sender: sender_block(letter, postal, abroad.then_some(home)),
            recipient: address(block, postal.country.as_deref()),
            documents,
        });
    }
    if envelopes.is_empty() {
        return Err(Error::usage(t!(w, "postal-no-recipient",
            campaign = campaign.id().to_string()
        )));
    }
    let paper = postal
        .paper
        .unwrap_or_else(|| default_paper(postal.country.as_deref()));
    let font = match &postal.font {
        Some(path) => FontChoice::File(path),
        None => FontChoice::Embedded,
    };
    let bytes = pdf::render(&envelopes, paper, font)?;
    let mut warnings: Vec<String> = Vec::new();
    for warning in letters.values().flat_map(|l| &l.warnings) {
        if !warnings.contains(warning) {
            warnings.push(warning.clone());
        }
    }
    Ok((bytes, warnings))
}

/// The address blocks that go on an envelope, of the recipients asked for.
fn envelope_blocks<'c>(campaign: &'c Campaign, postal: &PostalRequest) -> Vec<&'c PostalData> {
    campaign
        .data
        .postal
        .iter()
        .filter(|p| p.envelope)
        .filter(|p| match &p.recipient {
            Some(id) => postal.recipients.is_empty() || postal.recipients.contains(id),
            None => false,
        })
        .collect()
}

/// The languages of a recipient's letters, in order: the supporter's when it reads it,
/// else the first it reads; a copy is followed by the letter it copies.
pub fn languages_for(campaign: &Campaign, recipient: &RecipientData, chosen: &str) -> Vec<String> {
    let data = &campaign.data;
    let first = match recipient.reads(chosen) {
        true => chosen.to_string(),
        false => recipient
            .reads
            .first()
            .cloned()
            .unwrap_or_else(|| chosen.to_string()),
    };
    let mut languages = vec![first.clone()];
    if data.is_copy(&first) {
        let original = if !data.is_copy(chosen) {
            Some(chosen.to_string())
        } else {
            data.recipients
                .iter()
                .find(|r| r.send == Send::To)
                .and_then(|r| r.reads.first().cloned())
        };
        if let Some(original) = original.filter(|o| *o != first) {
            languages.push(original);
        }
    }
    languages
}

/// One letter laid out for paper: the place and date, the subject, the paragraphs from
/// the salutation to the closing, and the signature.
fn document(composed: &Letter, request: &LetterRequest, now: Timestamp) -> Document {
    let labels = Labels::of(&composed.language);
    let body = composed.body.as_deref().unwrap_or_default();
    let mut paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|p| p.trim_matches('\n').to_string())
        .filter(|p| !p.trim().is_empty())
        .collect();
    let signature = match paragraphs.last() {
        Some(last)
            if last.starts_with(&request.sender.name) || last.contains(&request.sender.name) =>
        {
            paragraphs
                .pop()
                .map(|p| p.lines().map(str::to_string).collect())
                .unwrap_or_default()
        }
        _ => vec![request.sender.name.clone()],
    };
    Document {
        language: composed.language.clone(),
        place_date: place_and_date(&composed.language, town(request), now),
        subject: format!(
            "{}{} {}",
            labels.subject,
            labels.colon,
            composed.subject.as_deref().unwrap_or_default()
        ),
        paragraphs,
        signature,
    }
}

/// The sender's town: `--city` up to its first comma.
fn town(request: &LetterRequest) -> Option<&str> {
    request
        .sender
        .city
        .as_deref()
        .and_then(|c| c.split(',').next())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// « Lyon, le 25 novembre 2026 », "Lyon, 25 November 2026", "2026년 11월 25일", as of
/// `now` in this machine's time zone.
pub fn place_and_date(language: &str, town: Option<&str>, now: Timestamp) -> String {
    let zone = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let date = now.to_zoned_datetime(zone).date();
    let (day, month, year) = (date.day(), date.month() as usize, date.year());
    match language {
        "fr" | "fr-FR" | "fr-BE" | "fr-CH" | "fr-CA" => {
            const MONTHS: [&str; 12] = [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ];
            let day = if day == 1 {
                "1er".to_string()
            } else {
                day.to_string()
            };
            let date = format!("le {day} {} {year}", MONTHS[month - 1]);
            match town {
                Some(town) => format!("{town}, {date}"),
                None => date,
            }
        }
        "ko" => format!("{year}년 {month}월 {day}일"),
        _ => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let date = format!("{day} {} {year}", MONTHS[month - 1]);
            match town {
                Some(town) => format!("{town}, {date}"),
                None => date,
            }
        }
    }
}

/// The sender's block: name, then the postal address (else the town). A letter that
/// goes abroad (`abroad` is then the campaign's name for the sender's country, if it
/// knows one) ends it with the sender's country, from `--city` ("Lyon, France"), else
/// with that name.
fn sender_block(
    request: &LetterRequest,
    postal: &PostalRequest,
    abroad: Option<Option<&str>>,
) -> Vec<String> {
    let mut lines = vec![request.sender.name.clone()];
    if postal.address.is_empty() {
        lines.extend(request.sender.city.clone());
        return lines;
    }
    lines.extend(postal.address.iter().cloned());
    let country = request
        .sender
        .city
        .as_deref()
        .and_then(|c| c.rsplit_once(','))
        .map(|(_, country)| country.trim().to_uppercase())
        .filter(|c| !c.is_empty());
    let country = match abroad {
        Some(home) => country.or_else(|| home.map(str::to_string)),
        None => None,
    };
    if let Some(country) = country {
        let last = lines.last().map(|l| l.to_uppercase());
        if last.as_deref() != Some(country.as_str()) {
            lines.push(country);
        }
    }
    lines
}

/// The country an address block is in, from the rules it follows.
fn destination_country(block: &PostalData) -> Option<&'static str> {
    match block.convention {
        Convention::Fr => Some("FR"),
        Convention::Kr => Some("KR"),
        Convention::Other => None,
    }
}

/// The lines for the window: the country line only for a letter that goes abroad, in
/// the language of the sender's country, as that country's post reads it.
fn address(block: &PostalData, sender_country: Option<&str>) -> Vec<String> {
    let destination = destination_country(block);
    let mut lines = block.lines.clone();
    if sender_country.is_none() || destination != sender_country {
        let language = sender_country.map_or("en", language_of_country);
        lines.push(block.country.get(language).to_string());
    }
    lines
}

/// The language a country's post writes addresses in, among those campaigns carry.
fn language_of_country(country: &str) -> &'static str {
    match country {
        "FR" | "BE" | "LU" | "MC" | "CH" | "SN" | "CI" | "HT" => "fr",
        "KR" => "ko",
        _ => "en",
    }
}

/// The paper the sender's country uses (else the locale's): Letter in the Americas that
/// use it and the Philippines, A4 everywhere else.
pub fn default_paper(country: Option<&str>) -> Paper {
    let territory = locale_territory();
    match country.or(territory) {
        Some(
            "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "GT" | "CR" | "PA" | "DO" | "PR"
            | "SV",
        ) => Paper::Letter,
        _ => Paper::A4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::Catalogue;

    #[test]
    fn each_recipient_gets_a_letter_it_can_read() {
        let catalogue = Catalogue::load(None).unwrap();
        let campaign = catalogue.choose(None).unwrap();
        let of = |id: &str, chosen: &str| {
            let r = campaign
                .data
                .recipients
                .iter()
                .find(|r| r.id == id)
                .unwrap();
            languages_for(campaign, r, chosen)
        };
        assert_eq!(of("limoges_mayor", "en"), ["en"]);
        assert_eq!(of("limoges_mayor", "fr"), ["fr"]);
        assert_eq!(of("icheon_mayor", "en"), ["ko", "en"]);
        assert_eq!(of("icheon_council", "fr"), ["ko", "fr"]);
        // In Korean: Limoges gets the French letter; Icheon the copy, then the French.
        assert_eq!(of("limoges_mayor", "ko"), ["fr"]);
        assert_eq!(of("icheon_mayor", "ko"), ["ko", "fr"]);
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let now: Timestamp = "2026-11-25T13:05:00Z".parse().unwrap();
        assert_eq!(
            place_and_date("fr", Some("Lyon"), now),
            "Lyon, le 25 novembre 2026"
        );
        assert_eq!(place_and_date("en", None, now), "25 November 2026");
        assert_eq!(place_and_date("ko", Some("Lyon"), now), "2026년 11월 25일");
        let first: Timestamp = "2026-05-01T12:00:00Z".parse().unwrap();
        assert_eq!(place_and_date("fr", None, first), "le 1er mai 2026");
    }

    #[test]
    fn the_country_line_is_for_letters_that_go_abroad() {
        let catalogue = Catalogue::load(None).unwrap();
        let campaign = catalogue.choose(None).unwrap();
        let limoges = &campaign.data.postal[0];
        let icheon = &campaign.data.postal[1];
        assert_eq!(
            address(limoges, Some("FR")).last().unwrap(),
            "87000 LIMOGES"
        );
        assert_eq!(address(limoges, Some("US")).last().unwrap(), "FRANCE");
        assert_eq!(address(icheon, Some("FR")).last().unwrap(), "CORÉE DU SUD");
        assert_eq!(
            address(icheon, Some("GB")).last().unwrap(),
            "REPUBLIC OF KOREA"
        );
        assert_eq!(address(icheon, Some("KR")).last().unwrap(), "이천시장 귀하");
        assert_eq!(address(icheon, None).last().unwrap(), "REPUBLIC OF KOREA");
    }

    #[test]
    fn a_sender_abroad_ends_with_a_country_even_without_one_in_the_town() {
        let letter = LetterRequest {
            campaign: "icheon-limoges".into(),
            language: "ko".into(),
            sender: crate::letter::Sender {
                name: "김지현".into(),
                city: None,
                note: None,
            },
            recipient_emails: Default::default(),
            to: Vec::new(),
            cc: Vec::new(),
            from: None,
        };
        let postal = PostalRequest {
            address: vec!["서울특별시 종로구 세종대로 175".into(), "03154".into()],
            country: Some("KR".into()),
            paper: None,
            recipients: Vec::new(),
            font: None,
            open: false,
        };
        let block = sender_block(&letter, &postal, Some(Some("CORÉE DU SUD")));
        assert_eq!(block.last().map(String::as_str), Some("CORÉE DU SUD"));
        assert_eq!(block.len(), 4);
        // At home, no country line.
        assert_eq!(sender_block(&letter, &postal, None).len(), 3);
        // The town's own country wins.
        let lyon = LetterRequest {
            sender: crate::letter::Sender {
                city: Some("Lyon, France".into()),
                ..letter.sender.clone()
            },
            ..letter.clone()
        };
        let block = sender_block(&lyon, &postal, Some(Some("CORÉE DU SUD")));
        assert_eq!(block.last().map(String::as_str), Some("FRANCE"));
    }
}

//! Letters for the post: one envelope for each recipient with a postal address, holding
//! the letter in a language it reads (a copy is followed by the letter it copies),
//! addressed as the post of the sender's country wants. The envelopes are data; the PDF
//! is laid out from them under `format/pdf`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::Timestamp;

use crate::campaign::{Campaign, Convention, PostalData, RecipientData, Send};
use crate::error::{Error, Result};
use crate::letter::{self, Letter, LetterRequest};
use crate::piece::{Piece, Pieces};
use crate::words::{Words, t};

/// The sheet the letter is printed on, and so the envelope it is posted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paper {
    /// 210 × 297 mm, folded in three for a French DL window envelope (NF Z 11-001).
    A4,
    /// 8 1/2 × 11 in, folded in three for a US #10 window envelope.
    Letter,
}

/// The most lines of the sender's own postal address (under their name) a printed
/// letter's sender block holds; the interactive flow asks for at most four.
pub(crate) const MAX_ADDRESS_LINES: usize = 5;

/// What printed letters need beyond the letter: the sender's postal address and
/// country, the paper, the recipients to write to, and a font.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PostalRequest {
    pub address: Vec<String>,
    /// ISO 3166, like FR; None when neither given nor known from the locale.
    pub country: Option<String>,
    /// The paper chosen; None: the one the sender's country uses.
    pub paper: Option<Paper>,
    /// Recipients' ids to write to; empty: every recipient with a postal address.
    pub recipients: Vec<String>,
    pub font: Option<PathBuf>,
}

/// One envelope: the sender's block, the address in the window, and the languages of
/// the letters it holds, in order (a copy first, then the letter it copies).
#[derive(Debug, Clone)]
pub(crate) struct Envelope {
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub languages: Vec<String>,
}

/// The printable letters: the envelopes, the letters they hold by language, and who
/// signs them.
#[derive(Debug, Clone)]
pub(crate) struct Printable {
    pub envelopes: Vec<Envelope>,
    pub letters: BTreeMap<String, Letter>,
    pub signer: String,
    /// The paper, and so the envelope's window.
    pub paper: Paper,
    /// The sender's town: `--city` up to its first comma.
    pub town: Option<String>,
}

/// The envelopes for the recipients asked for, with the letters they hold composed.
pub(crate) fn printable(
    w: &Words,
    campaign: &Campaign,
    letter: &LetterRequest,
    postal: &PostalRequest,
    now: Timestamp,
) -> Result<Printable> {
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
        let destination = destination_country(block);
        let languages = languages_for(campaign, recipient, &letter.language);
        for language in &languages {
            if !letters.contains_key(language) {
                let request = LetterRequest {
                    language: language.clone(),
                    ..letter.clone()
                };
                let pieces = Pieces::of(&[Piece::Subject, Piece::Body]);
                letters.insert(
                    language.clone(),
                    letter::compose(w, campaign, &request, now, pieces)?,
                );
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
        envelopes.push(Envelope {
            sender: sender_block(letter, postal, abroad.then_some(home)),
            recipient: address(block, postal.country.as_deref()),
            languages,
        });
    }
    if envelopes.is_empty() {
        return Err(Error::usage(t!(
            w,
            "postal-no-recipient",
            campaign = campaign.id().to_string()
        )));
    }
    Ok(Printable {
        envelopes,
        letters,
        signer: letter.sender.name.clone(),
        paper: postal
            .paper
            .unwrap_or_else(|| default_paper(postal.country.as_deref())),
        town: town(letter).map(str::to_string),
    })
}

impl Printable {
    /// The warnings of the letters the envelopes hold, each once.
    pub(crate) fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = Vec::new();
        for warning in self.letters.values().flat_map(|l| &l.warnings) {
            if !warnings.contains(warning) {
                warnings.push(warning.clone());
            }
        }
        warnings
    }
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
pub(crate) fn languages_for(
    campaign: &Campaign,
    recipient: &RecipientData,
    chosen: &str,
) -> Vec<String> {
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

/// The paper the sender's country uses (whose default is the locale's): Letter in the
/// Americas that use it and the Philippines, A4 everywhere else.
fn default_paper(country: Option<&str>) -> Paper {
    match country {
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
        let catalogue = Catalogue::load(&Words::english(), None).unwrap();
        let campaign = catalogue.choose(&Words::english(), None).unwrap();
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
    fn the_country_line_is_for_letters_that_go_abroad() {
        let catalogue = Catalogue::load(&Words::english(), None).unwrap();
        let campaign = catalogue.choose(&Words::english(), None).unwrap();
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

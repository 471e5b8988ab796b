//! Letters for the post: one envelope for each recipient with a postal address, holding
//! the letter in a language it reads (a copy is followed by the letter it copies),
//! addressed as the post of the sender's country wants. The envelopes are data; the PDF
//! is laid out from them under `format/pdf`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::Timestamp;

use crate::campaign::{Campaign, PostalData, RecipientData, Send, localized};
use crate::error::{Error, Result};
use crate::letter::{self, Letter, LetterRequest, Sender, Signed};
use crate::piece::{Piece, Pieces};
use crate::words::{Words, t};

/// The sheet the letter is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8 1/2 × 11 in.
    Letter,
}

/// The window envelope a letter is folded for: where its window is, and so where the
/// address goes and the folds fall. The figures and their standards are in
/// `format/pdf/layout.rs`, one entry each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnvelopeLayout {
    /// A4 in a DL envelope with a right-hand window, as France sells it (NF Z 11-001).
    DlRight,
    /// A4 as DIN 5008 form B, in a DIN 680 DL envelope (left window): Germany, Austria.
    DinB,
    /// A4 in a DL envelope with a left window: the UK and other A4 countries.
    DlLeft,
    /// Letter in a US #10 window envelope.
    Number10,
}

impl EnvelopeLayout {
    pub(crate) const ALL: [EnvelopeLayout; 4] = [
        EnvelopeLayout::DlRight,
        EnvelopeLayout::DinB,
        EnvelopeLayout::DlLeft,
        EnvelopeLayout::Number10,
    ];

    /// The layout's name, as `--envelope` takes it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            EnvelopeLayout::DlRight => "dl-right",
            EnvelopeLayout::DinB => "din-b",
            EnvelopeLayout::DlLeft => "dl-left",
            EnvelopeLayout::Number10 => "us-10",
        }
    }

    /// The sheet the envelope is made for.
    pub(crate) fn paper(self) -> Paper {
        match self {
            EnvelopeLayout::Number10 => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The window envelope sold where the sender posts: Letter in the Americas that use
    /// it and the Philippines; France's right-hand window in France (and for a sender
    /// whose country is not known, as before countries had layouts); DIN 5008 form B in
    /// Germany and Austria; a DL left window in the UK and every other A4 country.
    pub(crate) fn for_country(country: Option<&str>) -> EnvelopeLayout {
        match country {
            None | Some("FR") => EnvelopeLayout::DlRight,
            Some("DE" | "AT") => EnvelopeLayout::DinB,
            Some(
                "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "GT" | "CR" | "PA" | "DO" | "PR"
                | "SV",
            ) => EnvelopeLayout::Number10,
            Some(_) => EnvelopeLayout::DlLeft,
        }
    }

    /// The envelope for a letter: the one asked for (`--envelope`), else the sender's
    /// country's when it takes the sheet asked for (`--paper`), else that sheet's own
    /// (#10 for Letter, a DL left window for A4).
    pub(crate) fn chosen(
        country: Option<&str>,
        paper: Option<Paper>,
        envelope: Option<EnvelopeLayout>,
    ) -> EnvelopeLayout {
        let usual = EnvelopeLayout::for_country(country);
        match (envelope, paper) {
            (Some(envelope), _) => envelope,
            (None, Some(paper)) if paper != usual.paper() => match paper {
                Paper::Letter => EnvelopeLayout::Number10,
                Paper::A4 => EnvelopeLayout::DlLeft,
            },
            (None, _) => usual,
        }
    }
}

/// The language each country's post wants the destination's country written in, where
/// this table knows it; English where it is silent (the postal union's other language).
/// - FR, French: La Poste, « Bien rédiger l'adresse » (the country of destination in
///   capitals, in French, on the last line).
/// - DE, German: Deutsche Post, "Internationale Briefe richtig adressieren" (the
///   country of destination in capitals, in German, on the last line).
/// - US, English: USPS Publication 28, 2 International Addresses (the country name in
///   capital letters, in English, on the last line).
/// - KR, English: Korea Post's guide to international mail (the country of destination
///   in English capitals).
const POST_LANGUAGES: [(&str, &str); 4] = [("FR", "fr"), ("DE", "de"), ("US", "en"), ("KR", "en")];

/// The language the post of `country` reads a destination's name in.
fn post_language(country: Option<&str>) -> &'static str {
    POST_LANGUAGES
        .iter()
        .find(|(code, _)| Some(*code) == country)
        .map_or("en", |(_, language)| language)
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
    /// The envelope chosen (`--envelope`); None: the one sold where the sender posts.
    pub envelope: Option<EnvelopeLayout>,
    /// Recipients' ids to write to; empty: those the campaign posts to by default.
    pub recipients: Vec<String>,
    pub font: Option<PathBuf>,
}

/// One envelope: the recipient it goes to, the sender's block, the address in the
/// window, and the letters it holds, in order (a copy first, addressed to this
/// recipient, then the letter it copies, as sent).
#[derive(Debug, Clone)]
pub(crate) struct Envelope {
    /// The recipient's office in the language the program speaks, for the list of envelopes.
    pub office: String,
    pub sender: Vec<String>,
    pub recipient: Vec<String>,
    pub letters: Vec<Letter>,
}

/// The printable letters: the envelopes and who signs them.
#[derive(Debug, Clone)]
pub(crate) struct Printable {
    pub envelopes: Vec<Envelope>,
    /// Who signs, with the Latin-script forms of the name and town when given.
    pub sender: Sender,
    /// The envelope, its window and the sheet it takes.
    pub envelope: EnvelopeLayout,
}

impl Printable {
    /// The signer and their town (`--city` up to its first comma) as a letter in
    /// `language` writes them: in Latin letters for a Latin-script language, when given.
    pub(crate) fn signer(&self, language: &str) -> (String, Option<String>) {
        let signed = self.sender.in_language(language);
        (
            signed.name.to_string(),
            town(signed.city).map(str::to_string),
        )
    }
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
    // Each envelope's letters: the first addressed to its recipient, the others as sent.
    let mut planned = Vec::new();
    for block in envelope_blocks(campaign, postal) {
        let Some(recipient) = data
            .recipients
            .iter()
            .find(|r| Some(&r.id) == block.recipient.as_ref())
        else {
            continue;
        };
        let letters: Vec<(String, Option<&str>)> =
            languages_for(campaign, recipient, &letter.language)
                .into_iter()
                .enumerate()
                .map(|(n, language)| (language, (n == 0).then_some(recipient.id.as_str())))
                .collect();
        planned.push((block, recipient, letters));
    }
    let composed = compose_all(w, campaign, letter, now, &planned)?;
    let mut envelopes = Vec::new();
    for (block, recipient, letters) in &planned {
        let destination = block.destination();
        let sender_country = postal.country.as_deref();
        let abroad = sender_country.is_none() || destination.as_deref() != sender_country;
        let home = sender_country
            .filter(|_| abroad)
            .map(|code| sender_country_line(data, code, destination.as_deref()));
        // The return address, as the first letter's reader writes names.
        let first = letters
            .first()
            .map_or(letter.language.as_str(), |(l, _)| l.as_str());
        envelopes.push(Envelope {
            office: localized(&recipient.office, w.code()).to_string(),
            sender: sender_block(letter.sender.in_language(first), postal, home.as_deref()),
            recipient: address(block, sender_country),
            letters: letters
                .iter()
                .filter_map(|(language, to)| composed.get(&(language.clone(), *to)).cloned())
                .collect(),
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
        sender: letter.sender.clone(),
        envelope: EnvelopeLayout::chosen(postal.country.as_deref(), postal.paper, postal.envelope),
    })
}

/// An envelope planned: its address block, its recipient, and its letters by language
/// and addressee.
type Planned<'c> = (
    &'c PostalData,
    &'c RecipientData,
    Vec<(String, Option<&'c str>)>,
);

/// Every letter the envelopes hold, by language and addressee, each language's
/// templates read once.
fn compose_all<'c>(
    w: &Words,
    campaign: &Campaign,
    letter: &LetterRequest,
    now: Timestamp,
    planned: &[Planned<'c>],
) -> Result<BTreeMap<(String, Option<&'c str>), Letter>> {
    let mut wanted: BTreeMap<&str, Vec<Option<&'c str>>> = BTreeMap::new();
    for (language, to) in planned.iter().flat_map(|(_, _, letters)| letters) {
        let addressees = wanted.entry(language.as_str()).or_default();
        if !addressees.contains(to) {
            addressees.push(*to);
        }
    }
    let mut composed = BTreeMap::new();
    for (language, addressees) in wanted {
        let request = LetterRequest {
            language: language.to_string(),
            ..letter.clone()
        };
        let pieces = Pieces::of(&[Piece::Subject, Piece::Body]);
        let letters = letter::compose_each(w, campaign, &request, now, pieces, &addressees)?;
        for (to, composed_letter) in addressees.into_iter().zip(letters) {
            composed.insert((language.to_string(), to), composed_letter);
        }
    }
    Ok(composed)
}

impl Printable {
    /// The warnings of the letters the envelopes hold, each once.
    pub(crate) fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = Vec::new();
        let letters = self.envelopes.iter().flat_map(|e| &e.letters);
        for warning in letters.flat_map(|l| &l.warnings) {
            if !warnings.contains(warning) {
                warnings.push(warning.clone());
            }
        }
        warnings
    }
}

/// The address blocks that go on an envelope, of the recipients asked for; when none
/// is, of those the campaign posts to by default (every one with an address when it
/// marks none).
fn envelope_blocks<'c>(campaign: &'c Campaign, postal: &PostalRequest) -> Vec<&'c PostalData> {
    let chosen = match postal.recipients.is_empty() {
        false => postal.recipients.clone(),
        true => posted_by_default(campaign),
    };
    campaign
        .data
        .postal
        .iter()
        .filter(|p| p.envelope)
        .filter(|p| match &p.recipient {
            Some(id) => chosen.is_empty() || chosen.contains(id),
            None => false,
        })
        .collect()
}

/// The ids of the recipients printed letters go to when the user names none: those
/// the campaign marks `post = true` (none: every recipient with an address).
pub(crate) fn posted_by_default(campaign: &Campaign) -> Vec<String> {
    campaign
        .data
        .recipients
        .iter()
        .filter(|r| r.post)
        .map(|r| r.id.clone())
        .collect()
}

/// The ids of the recipients with a postal address for an envelope, in the campaign's
/// order.
pub(crate) fn with_address(campaign: &Campaign) -> Vec<String> {
    let data = &campaign.data;
    data.recipients
        .iter()
        .filter(|r| {
            data.postal
                .iter()
                .any(|p| p.envelope && p.recipient.as_ref() == Some(&r.id))
        })
        .map(|r| r.id.clone())
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
fn town(city: Option<&str>) -> Option<&str> {
    city.and_then(|c| c.split(',').next())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The sender's country for a letter abroad, in capitals: in French when the
/// destination's post reads French, else in English (the postal union's languages); the
/// campaign's own name for that country when it has one in that language.
fn sender_country_line(
    data: &crate::campaign::CampaignData,
    code: &str,
    destination: Option<&str>,
) -> String {
    let language = match post_language(destination) {
        "fr" => "fr",
        _ => "en",
    };
    data.postal
        .iter()
        .find(|b| b.destination().as_deref() == Some(code))
        .and_then(|b| b.country.as_ref().filter(|c| c.has(language)))
        .map(|c| c.get(language).to_string())
        .or_else(|| crate::country::name(code, language).map(|n| n.to_uppercase()))
        .unwrap_or_else(|| code.to_string())
}

/// The sender's block: name, then the postal address (else the town). On a letter that
/// goes abroad, `home` is the sender's country, which ends the block (unless its last
/// line says it already).
fn sender_block(signed: Signed, postal: &PostalRequest, home: Option<&str>) -> Vec<String> {
    let mut lines = vec![signed.name.to_string()];
    if postal.address.is_empty() {
        lines.extend(signed.city.map(str::to_string));
        return lines;
    }
    lines.extend(postal.address.iter().cloned());
    if let Some(country) = home {
        let last = lines.last().map(|l| l.to_uppercase());
        if last.as_deref() != Some(country) {
            lines.push(country.to_string());
        }
    }
    lines
}

/// The lines for the window: the country line only for a letter that goes abroad, in
/// the language the sender's post reads it in.
fn address(block: &PostalData, sender_country: Option<&str>) -> Vec<String> {
    let mut lines = block.lines.clone();
    if sender_country.is_none() || block.destination().as_deref() != sender_country {
        lines.push(block.country_in(post_language(sender_country)));
    }
    lines
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
    fn a_sender_abroad_ends_with_their_country_never_with_the_town_s() {
        let letter = LetterRequest {
            campaign: "icheon-limoges".into(),
            language: "ko".into(),
            sender: crate::letter::Sender {
                name: "김지현".into(),
                city: None,
                ..Default::default()
            },
            recipient_emails: Default::default(),
            to: Vec::new(),
            cc: Vec::new(),
            from: None,
            territory: None,
        };
        let postal = PostalRequest {
            address: vec!["서울특별시 종로구 세종대로 175".into(), "03154".into()],
            country: Some("KR".into()),
            ..PostalRequest::default()
        };
        let block = sender_block(
            letter.sender.in_language("ko"),
            &postal,
            Some("CORÉE DU SUD"),
        );
        assert_eq!(block.last().map(String::as_str), Some("CORÉE DU SUD"));
        assert_eq!(block.len(), 4);
        // At home, no country line.
        assert_eq!(
            sender_block(letter.sender.in_language("ko"), &postal, None).len(),
            3
        );
        // The town's last part is not a country.
        let lyon = LetterRequest {
            sender: crate::letter::Sender {
                city: Some("Tacoma, WA".into()),
                ..letter.sender.clone()
            },
            ..letter.clone()
        };
        let block = sender_block(lyon.sender.in_language("ko"), &postal, Some("CORÉE DU SUD"));
        assert_eq!(block.last().map(String::as_str), Some("CORÉE DU SUD"));
    }

    #[test]
    fn the_sender_s_country_is_french_for_a_french_post_else_english() {
        let catalogue = Catalogue::load(&Words::english(), None).unwrap();
        let data = &catalogue.choose(&Words::english(), None).unwrap().data;
        // The campaign's own name wins; else the country's name.
        assert_eq!(sender_country_line(data, "KR", Some("FR")), "CORÉE DU SUD");
        assert_eq!(sender_country_line(data, "DE", Some("FR")), "ALLEMAGNE");
        assert_eq!(sender_country_line(data, "DE", Some("KR")), "GERMANY");
        assert_eq!(sender_country_line(data, "US", None), "UNITED STATES");
    }

    #[test]
    fn the_country_line_is_in_the_language_of_the_sender_s_post() {
        let catalogue = Catalogue::load(&Words::english(), None).unwrap();
        let campaign = catalogue.choose(&Words::english(), None).unwrap();
        let limoges = &campaign.data.postal[0];
        // From Germany, in German, though the campaign has no German text.
        assert_eq!(address(limoges, Some("DE")).last().unwrap(), "FRANKREICH");
        assert_eq!(address(limoges, Some("KR")).last().unwrap(), "FRANCE");
    }

    #[test]
    fn the_envelope_is_the_one_sold_where_the_sender_posts() {
        use EnvelopeLayout::*;
        let chosen = |country, paper, envelope| EnvelopeLayout::chosen(country, paper, envelope);
        assert_eq!(chosen(Some("FR"), None, None), DlRight);
        assert_eq!(chosen(None, None, None), DlRight);
        assert_eq!(chosen(Some("DE"), None, None), DinB);
        assert_eq!(chosen(Some("AT"), None, None), DinB);
        assert_eq!(chosen(Some("GB"), None, None), DlLeft);
        assert_eq!(chosen(Some("KR"), None, None), DlLeft);
        assert_eq!(chosen(Some("US"), None, None), Number10);
        // The sheet asked for, in the country's envelope when it takes it.
        assert_eq!(chosen(Some("FR"), Some(Paper::Letter), None), Number10);
        assert_eq!(chosen(Some("US"), Some(Paper::A4), None), DlLeft);
        assert_eq!(chosen(Some("DE"), Some(Paper::A4), None), DinB);
        assert_eq!(chosen(Some("FR"), None, Some(DinB)), DinB);
    }
}

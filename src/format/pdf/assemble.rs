//! The printable letters' assembly: each envelope's letters turned into the documents
//! the layout prints (place and date, subject line, paragraphs, signature), a copy's
//! original under its heading.

use jiff::civil::Date;

use super::{Document, PostalLetter};
use crate::labels::Labels;
use crate::letter::Letter;
use crate::locale;
use crate::postal::Printable;
use crate::words::Words;

/// The envelopes of `printable` as the layout takes them, dated `date` (the day where
/// the sender is).
pub(super) fn envelopes(printable: &Printable, date: Date) -> Vec<PostalLetter> {
    printable
        .envelopes
        .iter()
        .map(|envelope| {
            let documents = envelope
                .languages
                .iter()
                .enumerate()
                .filter_map(|(n, language)| {
                    let composed = printable.letters.get(language)?;
                    let mut document = document(composed, printable, date);
                    // The letter a translation copies, after it in the same envelope:
                    // said so, so that it is not read as addressed to this recipient.
                    if n > 0 {
                        let heading = Labels::of(language).original.to_string();
                        document.paragraphs.insert(0, heading);
                    }
                    Some(document)
                })
                .collect();
            PostalLetter {
                sender: envelope.sender.clone(),
                recipient: envelope.recipient.clone(),
                documents,
            }
        })
        .collect()
}

/// One letter laid out for paper: the place and date, the subject, the paragraphs from
/// the salutation to the closing, and the signature.
fn document(composed: &Letter, printable: &Printable, date: Date) -> Document {
    let signer = &printable.signer;
    let labels = Labels::of(&composed.language);
    let body = composed.body.as_deref().unwrap_or_default();
    let mut paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|p| p.trim_matches('\n').to_string())
        .filter(|p| !p.trim().is_empty())
        .collect();
    let signature = match paragraphs.last() {
        Some(last) if last.starts_with(signer.as_str()) || last.contains(signer.as_str()) => {
            paragraphs
                .pop()
                .map(|p| p.lines().map(str::to_string).collect())
                .unwrap_or_default()
        }
        _ => vec![signer.clone()],
    };
    Document {
        language: composed.language.clone(),
        place_date: place_and_date(&composed.language, printable.town.as_deref(), date),
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

/// « Lyon, le 25 novembre 2026 », "Lyon, 25 November 2026", "2026년 11월 25일": the
/// date as the language writes it in a sentence (CLDR's, or the program's words for it).
fn place_and_date(language: &str, town: Option<&str>, date: Date) -> String {
    let tag = locale::parse(language).unwrap_or_default();
    let words = Words::speaking(language).unwrap_or_else(Words::english);
    let day = words.date_in(&tag, date);
    let date = match tag.language.as_str() {
        "fr" => format!("le {day}"),
        "ko" => return day,
        _ => day,
    };
    match town {
        Some(town) => format!("{town}, {date}"),
        None => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = jiff::civil::date(2026, 11, 25);
        assert_eq!(
            place_and_date("fr", Some("Lyon"), day),
            "Lyon, le 25 novembre 2026"
        );
        assert_eq!(place_and_date("en", None, day), "25 November 2026");
        assert_eq!(place_and_date("ko", Some("Lyon"), day), "2026년 11월 25일");
        let first = jiff::civil::date(2026, 5, 1);
        assert_eq!(place_and_date("fr", None, first), "le 1er mai 2026");
        assert_eq!(place_and_date("fr-CA", None, first), "le 1er mai 2026");
        assert_eq!(
            place_and_date("de", Some("Berlin"), day),
            "Berlin, 25. November 2026"
        );
        assert_eq!(
            place_and_date("en-US", Some("Seattle"), day),
            "Seattle, November 25, 2026"
        );
    }
}

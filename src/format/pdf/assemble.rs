//! The printable letters' assembly: each envelope's letters turned into the documents
//! the layout prints (place and date, subject line, paragraphs, signature), a copy's
//! original under its heading.

use jiff::civil::Date;

use super::{Document, PostalLetter};
use crate::letter::Letter;
use crate::postal::Printable;

/// The envelopes of `printable` as the layout takes them, dated `date` (the day where
/// the sender is).
pub(super) fn envelopes(printable: &Printable, date: Date) -> Vec<PostalLetter> {
    printable
        .envelopes
        .iter()
        .map(|envelope| {
            let documents = envelope
                .letters
                .iter()
                .enumerate()
                .map(|(n, composed)| {
                    let mut document = document(composed, printable, date);
                    // The letter a translation copies, after it in the same envelope:
                    // said so, so that it is not read as addressed to this recipient.
                    if n > 0 {
                        document.heading = Some(composed.labels.original());
                    }
                    document
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
    let (signer, town) = printable.signer(&composed.language);
    let signer = &signer;
    let labels = &composed.labels;
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
        place_date: labels.place_and_date(town.as_deref(), date),
        subject: labels.subject_line(composed.subject.as_deref().unwrap_or_default()),
        paragraphs,
        signature,
        heading: None,
    }
}

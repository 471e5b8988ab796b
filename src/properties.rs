//! Property tests over what users type: no input can add a mail header.

use std::collections::BTreeMap;

use mail_parser::MessageParser;
use proptest::prelude::*;

use crate::campaign::Catalogue;
use crate::format::{self, Format, Rendering};
use crate::letter::{self, LetterRequest, Sender};
use crate::values;
use crate::words::Words;

/// Text a user might type, and text an attacker would.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéü김 ]{1,30}",
        "[a-z ]{0,10}(\r\n|\n|\r)(Bcc|To|Subject|Content-Type): [a-z@.]{1,20}",
        "[a-zA-Z\"<>@,;:=?\\\\ ]{0,40}",
    ]
}

fn address() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,10}@[a-z]{1,10}\\.(org|fr|kr)",
        "[a-z]{1,10}@[a-zéèüß이천]{1,10}\\.(org|fr|kr|한국)",
        "[a-zé이]{1,10}@[a-z]{1,10}\\.org",
        "[a-z]{1,10}@[a-z]{1,10}\\.org(\r\n|\n)(Bcc|Cc): [a-z]@evil\\.org",
        "[a-z\"<> ,;]{1,10}@[a-z.]{1,10}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn eml_has_exactly_the_expected_headers(
        name in typed(), city in typed(), note in typed(),
        to in address(), cc in address(), from in address(),
    ) {
        // What validation refuses ends with exit 2 (tried below); what it lets through
        // must never reach the headers. A refused field is replaced by a plain one, so
        // that every case builds a message.
        let w = &Words::english();
        let name = values::name(w, &name).unwrap_or_else(|_| "Ada".into());
        let city = values::city(w, &city).ok();
        let note = values::note(w, &note).ok();
        let to = values::email(w, &to).unwrap_or_else(|_| "to@example.org".into());
        let cc = values::email(w, &cc).unwrap_or_else(|_| "cc@example.org".into());
        let from = values::email(w, &from).unwrap_or_else(|_| "me@example.org".into());
        let catalogue = Catalogue::load(w, None).unwrap();
        let campaign = catalogue.choose(w, None).unwrap();
        let letter_request = LetterRequest {
            campaign: campaign.id().to_string(),
            language: "fr".into(),
            sender: Sender {
                name: name.clone(),
                city,
                notes: note.map(|n| ("fr".to_string(), n)).into_iter().collect(),
                ..Sender::default()
            },
            recipient_emails: BTreeMap::new(),
            to: vec![to.clone()],
            cc: vec![cc.clone()],
            from: Some(from.clone()),
            territory: None,
        };
        let now = "2026-11-25T13:05:00Z".parse().unwrap();
        let pieces = Format::Eml.whole();
        let letter = letter::compose(w, campaign, &letter_request, now, pieces).unwrap();
        let rendering = Rendering::Eml { from: Some((&name, &from)), now };
        let eml = format::render(w, &letter, &rendering).unwrap();
        // Whatever was typed, the message is ASCII, as local mail tools need it.
        prop_assert!(eml.is_ascii(), "{}", eml);
        let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
        let mut names: Vec<String> = message.headers().iter().map(|h| h.name().to_string()).collect();
        names.sort();
        prop_assert_eq!(
            names,
            ["Cc", "Content-Transfer-Encoding", "Content-Type", "Date", "From", "MIME-Version", "Message-ID", "Subject", "To"]
        );
        let sender = message.from().unwrap().first().unwrap();
        prop_assert_eq!(sender.name(), Some(name.as_str()));
        prop_assert_eq!(sender.address(), Some(from.as_str()));
        let to_list: Vec<_> = message.to().unwrap().iter().map(|a| a.address().unwrap().to_string()).collect();
        prop_assert_eq!(to_list, vec![to]);
        let cc_list: Vec<_> = message.cc().unwrap().iter().map(|a| a.address().unwrap().to_string()).collect();
        prop_assert_eq!(cc_list, vec![cc]);
    }
}

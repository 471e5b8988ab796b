//! The letter as an RFC 5322 message, built by mail-builder, with LF line endings as
//! local mail tools (sendmail -t, msmtp -t, neomutt -H) read them.

use jiff::Timestamp;
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::{BodyPart, MimePart};

use super::composed;
use crate::error::{Error, Result};
use crate::letter::Letter;
use crate::words::{Words, t};

pub(crate) fn eml(
    w: &Words,
    letter: &Letter,
    from: Option<(&str, &str)>,
    now: Timestamp,
) -> Result<String> {
    let domain = from
        .and_then(|(_, address)| address.rsplit_once('@'))
        .map_or("sister-letter.invalid", |(_, domain)| domain);
    let message_id = format!(
        "{}.{}.{}@{domain}",
        now.as_nanosecond(),
        std::process::id(),
        letter.campaign
    );
    let body = letter.message();
    let body = body.as_str();
    let mut message = MessageBuilder::new()
        .message_id(message_id)
        .date(now.as_second())
        .subject(composed(&letter.subject));
    message = match needs_guard(body) {
        false => message.text_body(body),
        true => message.body(
            MimePart::new(
                "text/plain",
                BodyPart::Text(guarded_quoted_printable(body).into()),
            )
            .transfer_encoding("quoted-printable"),
        ),
    };
    if let Some((name, address)) = from {
        message = match name.contains("=?") {
            false => message.from((name, address)),
            true => message.header("From", Raw::new(mailboxes(&[(Some(name), address)]))),
        };
    }
    for (header, list) in [("To", &letter.to), ("Cc", &letter.cc)] {
        let entries: Vec<(Option<&str>, &str)> = list
            .iter()
            .filter_map(|r| Some((r.office.as_deref(), r.email.as_deref()?)))
            .collect();
        if entries.is_empty() {
            continue;
        }
        message = match entries
            .iter()
            .any(|(name, _)| name.is_some_and(|n| n.contains("=?")))
        {
            true => message.header(header, Raw::new(mailboxes(&entries))),
            false => {
                let list = Address::new_list(
                    entries
                        .iter()
                        .map(|(name, email)| Address::new_address(*name, *email))
                        .collect(),
                );
                match header {
                    "To" => message.to(list),
                    _ => message.cc(list),
                }
            }
        };
    }
    let crlf = message
        .write_to_string()
        .map_err(|e| Error::failed(t!(w, "format-cannot-build-message", why = e.to_string())))?;
    Ok(crlf.replace("\r\n", "\n"))
}

/// Whether the body has a line that mail tools take for something else: a lone `.`
/// ends the message for `sendmail` without `-i`, and `From ` at a line's start is
/// rewritten (or splits the message) in mbox files.
fn needs_guard(body: &str) -> bool {
    body.lines().any(|l| l == "." || l.starts_with("From "))
}

/// The body in quoted-printable, with every line that is a lone `.` or starts with
/// `From ` written with its first character encoded (`=2E`, `=46rom `), which decodes to
/// the same text.
fn guarded_quoted_printable(body: &str) -> String {
    let crlf = body.replace("\r\n", "\n").replace('\n', "\r\n");
    // Two characters short of the limit, for `From ` that becomes `=46rom `.
    let options = quoted_printable::Options::default().line_length_limit(74);
    quoted_printable::encode_with_options(crlf, options)
        .split("\r\n")
        .map(|line| match line {
            "." => "=2E".to_string(),
            l if l.starts_with("From ") => format!("=46{}", &l[1..]),
            l => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// Mailboxes whose display names are written as RFC 2047 encoded words: for names that
/// hold `=?`, which mail readers decode even inside a quoted string, so that such a name
/// shows as typed.
fn mailboxes(entries: &[(Option<&str>, &str)]) -> String {
    entries
        .iter()
        .map(|(name, email)| match name {
            Some(name) => format!("{} <{email}>", encoded_words(name)),
            None => format!("<{email}>"),
        })
        .collect::<Vec<_>>()
        .join(",\r\n ")
}

/// `text` as Q-encoded words (RFC 2047), each at most 75 characters, folded.
fn encoded_words(text: &str) -> String {
    const OPEN: &str = "=?utf-8?q?";
    const ROOM: usize = 75 - OPEN.len() - 2;
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let mut bytes = [0u8; 4];
        let encoded: String = match c {
            ' ' => "_".to_string(),
            c if c.is_ascii_alphanumeric() || "!*+-/".contains(c) => c.to_string(),
            c => c
                .encode_utf8(&mut bytes)
                .bytes()
                .map(|b| format!("={b:02X}"))
                .collect(),
        };
        if word.len() + encoded.len() > ROOM {
            words.push(format!("{OPEN}{word}?="));
            word.clear();
        }
        word.push_str(&encoded);
    }
    words.push(format!("{OPEN}{word}?="));
    words.join("\r\n ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_mail_tools_would_take_for_something_else_are_encoded() {
        let body = "Dear Mayor,\n.\nFrom Lyon, with thanks.\n..\n";
        let encoded = guarded_quoted_printable(body);
        let lines: Vec<&str> = encoded.split("\r\n").collect();
        assert_eq!(
            lines,
            ["Dear Mayor,", "=2E", "=46rom Lyon, with thanks.", "..", ""]
        );
        let decoded =
            quoted_printable::decode(encoded.as_bytes(), quoted_printable::ParseMode::Strict)
                .unwrap();
        assert_eq!(
            String::from_utf8(decoded).unwrap().replace("\r\n", "\n"),
            body
        );
        assert!(!needs_guard("Dear Mayor,\n..\nfrom Lyon\n"));
    }

    #[test]
    fn encoded_words_stay_short() {
        let long = "=?utf-8?B?RXZpbA==?= ".repeat(10);
        for word in encoded_words(&long).split("\r\n ") {
            assert!(word.len() <= 75 && word.starts_with("=?utf-8?q?"), "{word}");
        }
    }
}

//! The letter as an RFC 6068 mailto: link.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::composed;
use crate::letter::{Letter, Recipient};

/// Longer links are cut by many mail apps and refused by webmail.
pub(crate) const MAILTO_SAFE_LENGTH: usize = 2000;

/// Everything but RFC 3986's unreserved characters is encoded in a query value.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// In the path, `@` may stand as it is.
const ADDRESS: &AsciiSet = &QUERY.remove(b'@');

pub(crate) fn mailto(letter: &Letter) -> String {
    link(letter, true)
}

/// The link without the body: To, Cc and Subject, for a letter too long for a link,
/// whose body is pasted into the message instead.
pub(crate) fn mailto_without_body(letter: &Letter) -> String {
    link(letter, false)
}

fn link(letter: &Letter, with_body: bool) -> String {
    let mut link = String::from("mailto:");
    link.push_str(&addresses(&letter.to));
    let mut query = Vec::new();
    let cc = addresses(&letter.cc);
    if !cc.is_empty() {
        query.push(format!("cc={cc}"));
    }
    query.push(format!("subject={}", encode(composed(&letter.subject))));
    if with_body {
        query.push(format!("body={}", encode(&letter.message())));
    }
    link.push('?');
    link.push_str(&query.join("&"));
    link
}

fn addresses(list: &[Recipient]) -> String {
    list.iter()
        .filter_map(|r| r.email.as_deref())
        .map(|e| utf8_percent_encode(e, ADDRESS).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Line breaks become CRLF, as RFC 6068 asks, then everything is percent-encoded.
fn encode(text: &str) -> String {
    let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
    utf8_percent_encode(&crlf, QUERY).to_string()
}

//! The letter as an RFC 5322 message, built by mail-builder, with LF line endings as
//! local mail tools (sendmail -t, msmtp -t, neomutt -H) read them.

use jiff::Timestamp;
use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;

use super::composed;
use crate::error::{Error, Result};
use crate::letter::{Letter, Recipient};
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
    let mut message = MessageBuilder::new()
        .message_id(message_id)
        .date(now.as_second())
        .subject(composed(&letter.subject))
        .text_body(composed(&letter.body));
    if let Some((name, address)) = from {
        message = message.from((name, address));
    }
    if let Some(to) = address_list(&letter.to) {
        message = message.to(to);
    }
    if let Some(cc) = address_list(&letter.cc) {
        message = message.cc(cc);
    }
    let crlf = message
        .write_to_string()
        .map_err(|e| Error::failed(t!(w, "format-cannot-build-message", why = e.to_string())))?;
    Ok(crlf.replace("\r\n", "\n"))
}

fn address_list(list: &[Recipient]) -> Option<Address<'_>> {
    let addresses: Vec<Address> = list
        .iter()
        .filter_map(|r| {
            let email = r.email.as_deref()?;
            Some(Address::new_address(r.office.as_deref(), email))
        })
        .collect();
    (!addresses.is_empty()).then(|| Address::new_list(addresses))
}

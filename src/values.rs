//! The limits and checks of the values a user gives: names, towns, notes, addresses.
//! Each check says what is wrong in plain words; the caller says where the value came
//! from (a flag, the environment, the settings file, a question).

use email_address::{EmailAddress, Options};

use crate::words::{Words, t};

/// Characters that change how text shows without being seen: line and paragraph
/// separators, the bidirectional controls and marks, and invisible ones that break or
/// hide words (zero-width space, byte-order mark, soft hyphen, word joiner and the
/// invisible operators). The zero-width joiners that emoji and some scripts need are not
/// among them.
pub(crate) fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{2060}'..='\u{2064}')
}

/// The first character of a file an organiser writes (a template, a words file) that a
/// terminal would obey or that hides text: a control character but line ends and tabs,
/// or a hidden one; with its line.
pub(crate) fn first_hidden(text: &str) -> Option<(usize, char)> {
    // The hidden characters are all outside ASCII: most characters are tested once.
    let hidden = |c: char| match c.is_ascii() {
        true => c.is_ascii_control() && !matches!(c, '\n' | '\t'),
        false => c.is_control() || is_hidden_control(c),
    };
    let at = text.find(hidden)?;
    let line = text[..at].matches('\n').count() + 1;
    Some((line, text[at..].chars().next().unwrap_or_default()))
}

/// Characters that show as nothing: white space, and the fillers of Hangul and Braille.
/// A name made of them alone would sign a letter with nothing.
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}' | '\u{2800}'
        )
}

/// The longest name accepted; a name is a signature, not a paragraph.
pub(crate) const MAX_NAME: usize = 200;
/// The longest town-and-country line accepted.
pub(crate) const MAX_CITY: usize = 200;
/// The longest personal sentence accepted.
pub(crate) const MAX_NOTE: usize = 2000;

/// A checked value, or why it was refused.
pub(crate) type Checked = std::result::Result<String, String>;

/// A name or a town: one line of printable text. `what` is `name`, `city` or
/// `address`, as the messages choose their words.
fn one_line(w: &Words, what: &'static str, value: &str, max: usize) -> Checked {
    let value = value.trim();
    if value.chars().all(is_blank) {
        return Err(t!(w, "values-empty", what = what));
    }
    if value.chars().any(char::is_control) {
        return Err(t!(w, "values-control", what = what));
    }
    if value.chars().any(is_hidden_control) {
        return Err(t!(w, "values-hidden", what = what));
    }
    let length = value.chars().count();
    if length > max {
        return Err(t!(
            w,
            "values-too-long",
            what = what,
            length = length,
            max = max
        ));
    }
    Ok(value.to_string())
}

pub(crate) fn name(w: &Words, value: &str) -> Checked {
    one_line(w, "name", value, MAX_NAME)
}

pub(crate) fn city(w: &Words, value: &str) -> Checked {
    one_line(w, "city", value, MAX_CITY)
}

/// Whether `text` has a letter of the Latin script (Unicode's Script property): a name
/// without one, like 김민지, needs a Latin-script form in a French or English letter.
pub(crate) fn has_latin_letters(text: &str) -> bool {
    use unicode_script::{Script, UnicodeScript};
    text.chars()
        .any(|c| c.is_alphabetic() && c.script() == Script::Latin)
}

/// The Latin-script form of a name or town (`--latin-name`, `--latin-city`): one line,
/// with Latin letters.
pub(crate) fn latin(w: &Words, what: &'static str, value: &str) -> Checked {
    let max = match what {
        "name" => MAX_NAME,
        _ => MAX_CITY,
    };
    let value = one_line(w, what, value, max)?;
    match has_latin_letters(&value) {
        true => Ok(value),
        false => Err(t!(w, "values-no-latin", what = what)),
    }
}

pub(crate) fn latin_name(w: &Words, value: &str) -> Checked {
    latin(w, "name", value)
}

pub(crate) fn latin_city(w: &Words, value: &str) -> Checked {
    latin(w, "city", value)
}

/// The longest line of a postal address accepted.
pub(crate) const MAX_ADDRESS_LINE: usize = 100;

/// A line of the sender's postal address.
pub(crate) fn address_line(w: &Words, value: &str) -> Checked {
    one_line(w, "address", value, MAX_ADDRESS_LINE)
}

/// A country as ISO 3166-1 writes it: two letters, like FR or KR, of a country that
/// exists (in either case).
pub(crate) fn country(w: &Words, value: &str) -> Checked {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()) {
        match crate::country::is_code(&code) {
            true => Ok(code),
            false => Err(t!(w, "values-unknown-country", value = code)),
        }
    } else {
        Err(t!(
            w,
            "values-not-a-country",
            value = value.escape_debug().to_string()
        ))
    }
}

/// A sentence of the sender's own: line breaks are allowed, other control characters
/// are not.
pub(crate) fn note(w: &Words, value: &str) -> Checked {
    // Line ends as any system writes them: CRLF, or a lone CR.
    let value = value.trim().replace("\r\n", "\n").replace('\r', "\n");
    if value.is_empty() {
        return Err(t!(w, "values-note-empty"));
    }
    if value
        .chars()
        .any(|c| (c.is_control() && c != '\n') || is_hidden_control(c))
    {
        return Err(t!(w, "values-note-control"));
    }
    let length = value.chars().count();
    if length > MAX_NOTE {
        return Err(t!(
            w,
            "values-note-too-long",
            length = length,
            max = MAX_NOTE
        ));
    }
    Ok(value)
}

/// An email address as a mail header can carry it safely: a bare addr-spec whose
/// domain has a dot, in ASCII (an international domain in its IDNA form). A local part
/// that is not ASCII needs SMTPUTF8, which local mail tools do not negotiate.
pub(crate) fn email(w: &Words, value: &str) -> Checked {
    let value = value.trim();
    let shown = value.escape_debug().to_string();
    if value.contains(',') || value.contains(';') {
        return Err(t!(w, "values-several-addresses", value = shown));
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\\' | '<' | '>'))
    {
        return Err(t!(w, "values-address-not-plain", value = shown));
    }
    let Some((local, domain)) = value.rsplit_once('@') else {
        return Err(t!(w, "values-address-no-at", value = shown));
    };
    if local.is_empty() || domain.is_empty() {
        return Err(t!(w, "values-address-missing-part", value = shown));
    }
    if !local.is_ascii() {
        return Err(t!(w, "values-address-not-ascii", value = shown));
    }
    let domain = match idna::domain_to_ascii(domain) {
        Ok(ascii) if ascii.contains('.') && !ascii.starts_with('.') && !ascii.ends_with('.') => {
            ascii
        }
        _ => {
            return Err(t!(
                w,
                "values-address-bad-domain",
                value = shown,
                domain = domain.escape_debug().to_string()
            ));
        }
    };
    let address = format!("{local}@{domain}");
    let options = Options::default()
        .without_display_text()
        .without_domain_literal()
        .with_required_tld();
    match EmailAddress::parse_with_options(&address, options) {
        Ok(_) => Ok(address),
        Err(_) => Err(t!(w, "values-address-invalid", value = shown)),
    }
}

/// The addresses with each one kept once (compared without regard to case), and a note
/// for each one left out.
pub(crate) fn distinct(w: &Words, addresses: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut kept: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    for address in addresses {
        if kept.iter().any(|k| k.eq_ignore_ascii_case(&address)) {
            notes.push(t!(w, "values-given-twice", address = address.clone()));
        } else {
            kept.push(address);
        }
    }
    (kept, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w() -> Words {
        Words::english()
    }

    #[test]
    fn names_are_one_clean_line() {
        assert_eq!(
            name(&w(), "  Zoë Kraus-Müller ").unwrap(),
            "Zoë Kraus-Müller"
        );
        for bad in [
            "",
            "   ",
            "Ada\nBcc: x@example.org",
            "Ada\u{1b}[31m",
            "a\tb",
            "Ada\u{2028}Bea",
            "Ada\u{202e}aeB",
            "\u{2066}Ada",
            "Ada\u{200F}",
            "\u{FEFF}Ada",
            "A\u{00AD}da",
            "\u{3164}",
            "\u{3164}\u{3164} \u{115F}",
        ] {
            assert!(name(&w(), bad).is_err(), "{bad:?} was accepted");
            assert!(city(&w(), bad).is_err(), "{bad:?} was accepted");
        }
        assert!(name(&w(), &"a".repeat(MAX_NAME)).is_ok());
        assert!(name(&w(), &"a".repeat(MAX_NAME + 1)).is_err());
        assert!(city(&w(), &"a".repeat(MAX_CITY + 1)).is_err());
        assert_eq!(city(&w(), " Lyon, France ").unwrap(), "Lyon, France");
    }

    #[test]
    fn notes_may_span_lines_but_hold_no_escapes() {
        assert_eq!(note(&w(), "one\r\ntwo").unwrap(), "one\ntwo");
        assert!(has_latin_letters("Zoë Kraus-Müller"));
        assert!(has_latin_letters("김 Kim"));
        assert!(!has_latin_letters("김민지"));
        assert!(!has_latin_letters("서울, 123"));
        assert!(!has_latin_letters("Москва"));
        assert_eq!(latin_name(&w(), " Kim Min-ji ").unwrap(), "Kim Min-ji");
        assert!(latin_name(&w(), "김민지").is_err());
        assert!(latin_city(&w(), "").is_err());
        assert_eq!(note(&w(), "one\rtwo").unwrap(), "one\ntwo");
        assert!(note(&w(), "a\u{2029}b").is_err());
        assert!(note(&w(), "bad \u{1b}[2J").is_err());
        assert!(note(&w(), "  ").is_err());
        assert!(note(&w(), &"a".repeat(MAX_NOTE + 1)).is_err());
    }

    #[test]
    fn an_address_given_twice_is_kept_once() {
        let (kept, notes) = distinct(
            &w(),
            vec![
                "Mayor@Example.org".into(),
                "other@example.org".into(),
                "mayor@example.org".into(),
            ],
        );
        assert_eq!(kept, ["Mayor@Example.org", "other@example.org"]);
        assert_eq!(
            notes,
            ["mayor@example.org was given twice; it is used once"]
        );
    }

    #[test]
    fn emails_must_be_plain_addresses() {
        assert_eq!(
            email(&w(), " mayor@example.org ").unwrap(),
            "mayor@example.org"
        );
        // An international domain goes in its ASCII form.
        assert_eq!(
            email(&w(), "maire@mairie-limogés.fr").unwrap(),
            "maire@xn--mairie-limogs-mhb.fr"
        );
        assert!(
            email(&w(), "시장@이천.kr")
                .unwrap_err()
                .contains("SMTPUTF8")
        );
        assert!(
            email(&w(), "a@b.org,c@d.org")
                .unwrap_err()
                .contains("more than one address")
        );
        assert!(email(&w(), "mayor").unwrap_err().contains("no @"));
        for bad in [
            "mayor",
            "mayor@",
            "@example.org",
            "mayor@localhost",
            "Mayor <mayor@example.org>",
            "a@example.org\r\nBcc: b@example.org",
            "a@example.org, b@example.org",
            "\"a b\"@example.org",
        ] {
            assert!(email(&w(), bad).is_err(), "{bad:?} was accepted");
        }
    }
}

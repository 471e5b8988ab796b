//! The shape of a campaign file, as data: which keys each table has, which are
//! required, and what kind of value each holds. serde stops at a file's first problem;
//! this walks the whole parsed document and finds them all (unknown and missing keys,
//! values of the wrong kind, bad dates and choices), each at its place, so that `check`
//! lists them in one run. It runs only when serde refuses a file, and a test holds it to
//! the serde types field by field.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{date_error, to_date};
use crate::words::{Words, t};

/// What a key holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Text,
    /// A text, or a table of texts by language code.
    Localized,
    Date,
    Bool,
    /// One of these words.
    Choice(&'static [&'static str]),
    Texts,
    Table(&'static [Field]),
    /// An array of tables: `[[recipient]]`.
    Tables(&'static [Field]),
    /// A table of any keys, each holding this kind: `[languages.CODE]`.
    Map(&'static Kind),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn required(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: true,
    }
}

const fn optional(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        required: false,
    }
}

pub(crate) const CONFIDENCE: &[&str] = &["high", "medium", "low", "unverified"];
const SEND: &[&str] = &["to", "cc"];
const LINK_KIND: &[&str] = &["video", "petition", "other"];
const CONVENTION: &[&str] = &["fr", "kr", "other"];

/// The fields every fact's table ends with.
const SOURCED: [Field; 3] = [
    optional("confidence", Kind::Choice(CONFIDENCE)),
    required("source", Kind::Text),
    required("checked", Kind::Date),
];

const fn sourced<const N: usize, const M: usize>(fields: [Field; N]) -> [Field; M] {
    let mut all = [SOURCED[0]; M];
    let mut i = 0;
    while i < N {
        all[i] = fields[i];
        i += 1;
    }
    while i < M {
        all[i] = SOURCED[i - N];
        i += 1;
    }
    all
}

pub(crate) const LANGUAGE: &[Field] = &[
    required("name", Kind::Text),
    optional("reviewed", Kind::Bool),
];

pub(crate) const HOLDER: &[Field] = &sourced::<3, 6>([
    required("name", Kind::Localized),
    optional("salutation", Kind::Localized),
    optional("term_ends", Kind::Date),
]);

pub(crate) const RECIPIENT: &[Field] = &sourced::<10, 13>([
    required("id", Kind::Text),
    required("send", Kind::Choice(SEND)),
    optional("send_copy", Kind::Choice(SEND)),
    optional("reads", Kind::Texts),
    required("office", Kind::Localized),
    optional("salutation", Kind::Localized),
    optional("email", Kind::Text),
    optional("website", Kind::Text),
    optional("post", Kind::Bool),
    optional("holder", Kind::Table(HOLDER)),
]);

pub(crate) const LINK: &[Field] = &sourced::<3, 6>([
    required("kind", Kind::Choice(LINK_KIND)),
    required("title", Kind::Localized),
    optional("url", Kind::Text),
]);

pub(crate) const POSTAL: &[Field] = &sourced::<7, 10>([
    optional("recipient", Kind::Text),
    optional("envelope", Kind::Bool),
    required("label", Kind::Localized),
    optional("country_code", Kind::Text),
    optional("convention", Kind::Choice(CONVENTION)),
    required("lines", Kind::Texts),
    optional("country", Kind::Localized),
]);

pub(crate) const PHONE: &[Field] = &sourced::<4, 7>([
    required("number", Kind::Text),
    required("office", Kind::Localized),
    required("place", Kind::Localized),
    required("timezone", Kind::Text),
]);

pub(crate) const HANDLE: &[Field] = &[
    required("handle", Kind::Text),
    required("owner", Kind::Text),
    required("confidence", Kind::Choice(CONFIDENCE)),
];

pub(crate) const SOCIAL: &[Field] = &sourced::<2, 5>([
    optional("handles", Kind::Texts),
    optional("handle", Kind::Tables(HANDLE)),
]);

/// The whole file.
pub(crate) const CAMPAIGN: &[Field] = &[
    required("id", Kind::Text),
    required("title", Kind::Text),
    required("checked", Kind::Date),
    optional("website", Kind::Text),
    optional("cities", Kind::Texts),
    required("languages", Kind::Map(&Kind::Table(LANGUAGE))),
    optional("places", Kind::Map(&Kind::Localized)),
    optional("recipient", Kind::Tables(RECIPIENT)),
    optional("link", Kind::Tables(LINK)),
    optional("postal", Kind::Tables(POSTAL)),
    optional("phone", Kind::Table(PHONE)),
    optional("social", Kind::Table(SOCIAL)),
];

/// One problem: the byte offset it is at, and what it is.
pub(crate) type Found = (usize, String);

/// Every problem of the parsed document `root`.
pub(crate) fn problems(w: &Words, root: &Spanned<DeTable>) -> Vec<Found> {
    let mut found = Vec::new();
    table(w, CAMPAIGN, root.get_ref(), root.span().start, &mut found);
    found.sort_by_key(|(offset, _)| *offset);
    found
}

/// The keys of one table, which starts at `start`.
fn table(w: &Words, fields: &[Field], table: &DeTable, start: usize, found: &mut Vec<Found>) {
    for (key, value) in table {
        match fields.iter().find(|f| f.name == key.get_ref().as_ref()) {
            Some(field) => self::value(w, field.name, field.kind, value, found),
            None => {
                let known: Vec<String> = fields.iter().map(|f| format!("`{}`", f.name)).collect();
                found.push((
                    key.span().start,
                    t!(
                        w,
                        "campaign-unknown-field",
                        field = key.get_ref().escape_debug().to_string(),
                        known = known.join(", ")
                    ),
                ));
            }
        }
    }
    for field in fields.iter().filter(|f| f.required) {
        if table.get(field.name).is_none() {
            found.push((start, t!(w, "campaign-missing-field", field = field.name)));
        }
    }
}

/// One value, which should be of `kind`.
fn value(w: &Words, name: &str, kind: Kind, value: &Spanned<DeValue>, found: &mut Vec<Found>) {
    let at = value.span().start;
    let wrong = |found: &mut Vec<Found>| {
        found.push((
            at,
            t!(
                w,
                "campaign-wrong-kind",
                field = name.to_string(),
                expected = expected(w, kind),
                found = value.get_ref().type_str()
            ),
        ))
    };
    match (kind, value.get_ref()) {
        (Kind::Text, DeValue::String(_)) | (Kind::Bool, DeValue::Boolean(_)) => {}
        (Kind::Localized, DeValue::String(_)) => {}
        (Kind::Localized, DeValue::Table(texts)) => {
            for (_, text) in texts {
                self::value(w, name, Kind::Text, text, found);
            }
        }
        (Kind::Date, DeValue::Datetime(date)) => {
            if let Err(marked) = to_date(date) {
                found.push((at, date_error(w, &marked)));
            }
        }
        (Kind::Choice(choices), DeValue::String(word)) => {
            if !choices.contains(&word.as_ref()) {
                found.push((
                    at,
                    t!(
                        w,
                        "campaign-unknown-choice",
                        field = name.to_string(),
                        value = word.escape_debug().to_string(),
                        choices = choices.join(", ")
                    ),
                ));
            }
        }
        (Kind::Texts, DeValue::Array(items)) => {
            for item in items {
                self::value(w, name, Kind::Text, item, found);
            }
        }
        (Kind::Table(fields), DeValue::Table(t)) => table(w, fields, t, at, found),
        (Kind::Tables(fields), DeValue::Array(items)) => {
            for item in items {
                match item.get_ref() {
                    DeValue::Table(t) => table(w, fields, t, item.span().start, found),
                    _ => self::value(w, name, Kind::Table(fields), item, found),
                }
            }
        }
        (Kind::Map(each), DeValue::Table(entries)) => {
            for (key, entry) in entries {
                self::value(w, key.get_ref(), *each, entry, found);
            }
        }
        _ => wrong(found),
    }
}

/// What a kind of value is, in words.
fn expected(w: &Words, kind: Kind) -> String {
    match kind {
        Kind::Text => t!(w, "campaign-kind-text"),
        Kind::Localized => t!(w, "campaign-kind-localized"),
        Kind::Date => t!(w, "campaign-kind-date"),
        Kind::Bool => t!(w, "campaign-kind-bool"),
        Kind::Choice(choices) => t!(w, "campaign-kind-choice", choices = choices.join(", ")),
        Kind::Texts => t!(w, "campaign-kind-texts"),
        Kind::Table(_) | Kind::Map(_) => t!(w, "campaign-kind-table"),
        Kind::Tables(_) => t!(w, "campaign-kind-tables"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaign::{
        CampaignData, HandleData, Holder, Language, LinkData, PhoneData, PostalData, RecipientData,
        SocialData,
    };
    use serde::de::{Deserialize, Deserializer, Visitor, value::Error as Plain};

    /// The field names serde's derive gives a struct, captured as it asks for them.
    fn fields_of<T: for<'de> Deserialize<'de>>() -> Vec<&'static str> {
        struct Capture<'a>(&'a mut Vec<&'static str>);
        impl<'de> Deserializer<'de> for Capture<'_> {
            type Error = Plain;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Plain> {
                Err(serde::de::Error::custom("not a struct"))
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Plain> {
                self.0.extend(fields);
                Err(serde::de::Error::custom("captured"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
                bytes byte_buf option unit unit_struct newtype_struct seq tuple
                tuple_struct map enum identifier ignored_any
            }
        }
        let mut fields = Vec::new();
        let _ = T::deserialize(Capture(&mut fields));
        fields.sort_unstable();
        fields
    }

    fn names(fields: &[Field]) -> Vec<&'static str> {
        let mut names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names
    }

    /// The schema has the fields of the types serde reads, no more, no fewer.
    #[test]
    fn the_schema_is_the_serde_types() {
        assert_eq!(names(CAMPAIGN), fields_of::<CampaignData>());
        assert_eq!(names(LANGUAGE), fields_of::<Language>());
        assert_eq!(names(RECIPIENT), fields_of::<RecipientData>());
        assert_eq!(names(HOLDER), fields_of::<Holder>());
        assert_eq!(names(LINK), fields_of::<LinkData>());
        assert_eq!(names(POSTAL), fields_of::<PostalData>());
        assert_eq!(names(PHONE), fields_of::<PhoneData>());
        assert_eq!(names(SOCIAL), fields_of::<SocialData>());
        assert_eq!(names(HANDLE), fields_of::<HandleData>());
    }

    fn found(text: &str) -> Vec<(usize, String)> {
        let root = DeTable::parse(text).unwrap();
        problems(&Words::english(), &root)
            .into_iter()
            .map(|(offset, message)| (crate::error::line_column(text, offset).0, message))
            .collect()
    }

    #[test]
    fn the_bundled_campaign_fits_the_schema() {
        let text = include_str!("../../letters/icheon-limoges/campaign.toml");
        assert_eq!(found(text), []);
    }

    #[test]
    fn every_problem_is_found_with_its_line() {
        let text = "\
id = \"x\"
checked = 2026-02-01T10:00:00
colour = 1
[languages.en]
name = 3
[[recipient]]
id = \"a\"
send = \"bcc\"
office = \"Mayor\"
source = \"s\"
checked = 2026-01-01
confidence = \"sure\"
";
        let found = found(text);
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [1, 2, 3, 5, 8, 12], "{found:?}");
        let messages: Vec<&str> = found.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(messages[0], "missing field `title`");
        assert_eq!(
            messages[1],
            "expected a date like 2026-11-25, found 2026-02-01T10:00:00"
        );
        assert!(
            messages[2]
                .starts_with("unknown field `colour`; this table's fields are `id`, `title`")
        );
        assert_eq!(messages[3], "`name` should be a text, not a TOML integer");
        assert_eq!(
            messages[4],
            "`send` cannot be \"bcc\": choose one of to, cc"
        );
        assert_eq!(
            messages[5],
            "`confidence` cannot be \"sure\": choose one of high, medium, low, unverified"
        );
    }
}

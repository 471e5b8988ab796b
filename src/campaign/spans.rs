//! Where a value stands in a campaign file, from the TOML parser's own spans, so that
//! `check` names the line that declares a value rather than the first line that merely
//! contains the same text.

use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::error::Location;

/// One step of a path into a TOML document: a key, or an index into an array.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Key<'a> {
    Name(&'a str),
    Index(usize),
}

/// A parsed campaign file that can say where its values are.
pub(crate) struct Spans {
    path: PathBuf,
    text: String,
}

impl Spans {
    pub(crate) fn new(path: &Path, text: String) -> Spans {
        Spans {
            path: path.to_path_buf(),
            text,
        }
    }

    /// The place of the value at `keys`, or of the nearest enclosing value that exists.
    pub(crate) fn value(&self, keys: &[Key]) -> Location {
        self.find(keys, false)
    }

    /// The place of the last key of `keys` itself (a table's name: `[languages.ko]`).
    pub(crate) fn key(&self, keys: &[Key]) -> Location {
        self.find(keys, true)
    }

    fn find(&self, keys: &[Key], want_key: bool) -> Location {
        let Ok(root) = DeTable::parse(&self.text) else {
            return Location::file(&self.path);
        };
        let mut span = root.span();
        let mut current: Option<&Spanned<DeValue>> = None;
        let mut table: Option<&DeTable> = Some(root.get_ref());
        for key in keys {
            let next = match (key, table, current.map(Spanned::get_ref)) {
                (Key::Name(name), Some(t), _) => t.get_key_value(*name).map(|(k, v)| {
                    if want_key {
                        span = k.span();
                    }
                    v
                }),
                (Key::Index(i), _, Some(DeValue::Array(items))) => items.get(*i),
                _ => None,
            };
            let Some(value) = next else { break };
            if !want_key || matches!(key, Key::Index(_)) {
                span = value.span();
            }
            current = Some(value);
            table = match value.get_ref() {
                DeValue::Table(t) => Some(t),
                _ => None,
            };
        }
        Location::at_offset(&self.path, &self.text, span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
id = \"x\"
# source = \"Kim\"
[languages.ko]
name = \"한국어\"

[[recipient]]
id = \"a\"
source = \"Kim\"

[[recipient]]
id = \"b\"
[recipient.holder]
name = \"Kim\"
";

    fn line(location: Location) -> Option<usize> {
        location.line
    }

    #[test]
    fn values_are_found_where_they_are_declared() {
        let spans = Spans::new(Path::new("c.toml"), TEXT.to_string());
        let at = |keys: &[Key]| line(spans.value(keys));
        assert_eq!(at(&[Key::Name("id")]), Some(1));
        // The holder's name, not the earlier `source` lines that hold the same text.
        assert_eq!(
            at(&[
                Key::Name("recipient"),
                Key::Index(1),
                Key::Name("holder"),
                Key::Name("name")
            ]),
            Some(13)
        );
        assert_eq!(
            at(&[Key::Name("recipient"), Key::Index(1), Key::Name("id")]),
            Some(11)
        );
        // A value that is not there: the nearest enclosing one.
        assert_eq!(
            at(&[Key::Name("recipient"), Key::Index(0), Key::Name("email")]),
            spans.value(&[Key::Name("recipient"), Key::Index(0)]).line
        );
        assert_eq!(
            line(spans.key(&[Key::Name("languages"), Key::Name("ko")])),
            Some(3)
        );
    }
}

//! The program's own words, in the supporter's language: every question, menu entry,
//! message, warning and error. They are Fluent files, `words/<language>/<area>.ftl`,
//! embedded in the binary; a message's id begins with its area (`request-ask-name` is in
//! `request.ftl`), and an area's file is read the first time one of its messages is
//! said, so a run that says nothing reads none.
//!
//! The language is a value: a `Words` speaks one language, and what says something is
//! handed the `Words` to say it with. A run starts with the locale's language and, once
//! the letter's language is known, makes a `Words` for that one.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use fluent_bundle::{FluentBundle, FluentResource};
use rust_embed::RustEmbed;

pub(crate) use fluent_bundle::FluentArgs as Args;

use crate::locale::{self, Tag};

/// Says message `id` with `words`, with named arguments: `t!(w, "request-ask-name")`,
/// `t!(w, "output-saved", what = what, path = path.display().to_string())`.
macro_rules! t {
    ($words:expr, $id:literal) => {
        $crate::words::Words::text($words, $id, None)
    };
    ($words:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::words::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::words::Words::text($words, $id, Some(&args))
    }};
}
pub(crate) use t;

/// The languages the program speaks: every message of every area is bundled for them.
/// The first is the one it falls back on.
pub(crate) const LANGUAGES: [&str; 3] = ["en", "fr", "ko"];

/// The languages bundled for letters only: the areas in `LETTER_AREAS`, the words a
/// recipient or a package reads. Questions and errors are in a program language.
pub(crate) const LETTER_LANGUAGES: [&str; 4] = ["de", "es", "it", "cs"];

/// The areas a letter language has, and all a campaign's own `words/<lang>/` may give:
/// the headings of a package and its phone line (`package`), and the words of a printed
/// page (`page`).
pub(crate) const LETTER_AREAS: [&str; 2] = ["package", "page"];

#[derive(RustEmbed)]
#[folder = "words/"]
struct Files;

/// The messages of one area in one language.
type Bundle = FluentBundle<FluentResource>;

/// Where the messages of a language are found, in the order they are looked up.
#[derive(Debug, Clone)]
enum Source {
    /// A campaign's own files, by area: only letter areas, already checked.
    Given(Rc<BTreeMap<String, String>>),
    /// The files bundled in `words/<code>/`.
    Bundled(&'static str),
}

/// The words of one language, with the areas read so far.
pub(crate) struct Words {
    /// The language spoken, as the campaign or the person wrote its code.
    code: String,
    /// Where messages are looked up; bundled English is always last.
    sources: Vec<Source>,
    /// How many of `sources` are the language's own: the rest is English to fall back on.
    own: usize,
    /// Where the words are written, for CLDR's dates and clock: the sender's country
    /// (US: "December 1, 2026", "2:05 PM"); None: the language's own default.
    territory: Option<String>,
    /// The areas read so far, by source and area.
    read: RefCell<HashMap<(usize, String), Option<Bundle>>>,
}

/// The same language, with nothing read yet.
impl Clone for Words {
    fn clone(&self) -> Words {
        Words {
            territory: self.territory.clone(),
            ..Words::from_sources(self.code.clone(), self.sources[..self.own].to_vec())
        }
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.code())
    }
}

impl Words {
    fn from_sources(code: String, mut sources: Vec<Source>) -> Words {
        let own = sources.len();
        if !sources
            .iter()
            .any(|s| matches!(s, Source::Bundled(c) if *c == LANGUAGES[0]))
        {
            sources.push(Source::Bundled(LANGUAGES[0]));
        }
        Words {
            code,
            sources,
            own,
            territory: None,
            read: RefCell::new(HashMap::new()),
        }
    }

    fn of(language: usize) -> Words {
        let code = LANGUAGES[language];
        Words::from_sources(code.to_string(), vec![Source::Bundled(code)])
    }

    /// English, the language the program falls back on.
    pub(crate) fn english() -> Words {
        Words::of(0)
    }

    /// The words of `code` (as a person types it: `fr`, `FR`, `fr_CA`) when the program
    /// speaks that language.
    pub(crate) fn speaking(code: &str) -> Option<Words> {
        crate::locale::best_match(LANGUAGES, code)
            .and_then(|found| LANGUAGES.iter().position(|l| *l == found))
            .map(Words::of)
    }

    /// The words of `code` when the program speaks that language, else `self`'s.
    pub(crate) fn or_speaking(&self, code: &str) -> Words {
        Words::speaking(code).unwrap_or_else(|| self.clone())
    }

    /// The words of a letter in `code`, a campaign's language: first the campaign's own
    /// files (`given`, by area), then those bundled for the language, then English,
    /// message by message.
    pub(crate) fn letter(code: &str, given: BTreeMap<String, String>) -> Words {
        let mut sources = Vec::new();
        if !given.is_empty() {
            sources.push(Source::Given(Rc::new(given)));
        }
        let bundled = locale::best_match(
            LANGUAGES.iter().chain(LETTER_LANGUAGES.iter()).copied(),
            code,
        );
        if let Some(bundled) = bundled {
            sources.push(Source::Bundled(bundled));
        }
        Words::from_sources(code.to_string(), sources)
    }

    /// The language spoken.
    pub(crate) fn code(&self) -> &str {
        &self.code
    }

    /// The letter areas' messages this language says in English, for want of its own:
    /// empty for a language bundled whole, or given whole by its campaign.
    pub(crate) fn missing(&self) -> Vec<String> {
        let english = Source::Bundled(LANGUAGES[0]);
        let own = &self.sources[..self.own];
        // A bundled language has every letter message (a test makes sure of it): its
        // files need not be read to know.
        if own.iter().any(|s| matches!(s, Source::Bundled(_))) {
            return Vec::new();
        }
        let mut missing = Vec::new();
        for area in LETTER_AREAS {
            let has: Vec<String> = own
                .iter()
                .flat_map(|s| text_of(s, &self.code, area).map(|(t, _)| message_ids(&t)))
                .flatten()
                .collect();
            let Some((text, _)) = text_of(&english, LANGUAGES[0], area) else {
                continue;
            };
            missing.extend(
                message_ids(&text)
                    .into_iter()
                    .filter(|id| !has.contains(id)),
            );
        }
        missing
    }

    /// The message `id` in the language spoken, with its arguments; in English when the
    /// language lacks it, and the id itself when no language has it (a test makes sure
    /// every id said exists in every language).
    pub(crate) fn text(&self, id: &str, args: Option<&Args>) -> String {
        (0..self.sources.len())
            .find_map(|source| self.format(source, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    fn format(&self, source: usize, id: &str, args: Option<&Args>) -> Option<String> {
        let area = id.split('-').next().unwrap_or_default();
        let mut read = self.read.borrow_mut();
        let bundle = read
            .entry((source, area.to_string()))
            .or_insert_with(|| bundle_of(&self.sources[source], &self.code, area))
            .as_ref()?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// A count in the language spoken, its digits grouped: 2,143 or 2 143.
    pub(crate) fn number(&self, n: usize) -> String {
        let digits = n.to_string();
        let separator = t!(self, "words-thousands-separator");
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(&separator);
            }
            out.push(c);
        }
        out
    }

    /// The same words, written in `territory` (ISO 3166, like US), for dates and times.
    pub(crate) fn in_territory(mut self, territory: Option<&str>) -> Words {
        self.territory = territory.map(str::to_string);
        self
    }

    /// The language spoken, as a tag for CLDR, with its territory when one is known.
    pub(crate) fn tag(&self) -> Tag {
        let tag = locale::parse(self.code()).unwrap_or_default();
        match &self.territory {
            Some(territory) => locale::with_territory(&tag, territory),
            None => tag,
        }
    }

    /// A day as a sentence in the language spoken writes it: 22 December 2026, 1er avril
    /// 2026, 2026년 3월 22일.
    pub(crate) fn date(&self, day: jiff::civil::Date) -> String {
        self.date_in(&self.tag(), day)
    }

    /// A day as `tag` writes it in a sentence: CLDR's long date (`locale::long_date`),
    /// which the language spoken may rewrite with its message `date-long` when it is
    /// `tag`'s language (French writes the first of the month « 1er »).
    pub(crate) fn date_in(&self, tag: &Tag, day: jiff::civil::Date) -> String {
        let date = locale::long_date(tag, day);
        if tag.language.as_str() != self.code() {
            return date;
        }
        // Numbers without grouping: a year is not a count.
        t!(
            self,
            "date-long",
            date = date,
            day = day.day(),
            month = locale::month_name(tag, day),
            year = day.year().to_string()
        )
    }

    /// A language named in a sentence of the language spoken ("the Korean text"), as
    /// CLDR names it; `name`, the campaign's own name for it, when CLDR has none.
    pub(crate) fn language_name(&self, code: &str, name: &str) -> String {
        locale::parse(code)
            .and_then(|language| locale::language_name(&self.tag(), &language))
            .unwrap_or_else(|| name.to_string())
    }

    /// A list in the language spoken, as CLDR writes it: "a", "a and b", "a, b and c",
    /// « a, b et c ».
    pub(crate) fn list(&self, items: &[String]) -> String {
        locale::list(&self.tag(), items)
    }
}

/// The language of a locale's messages, as POSIX chooses the variable: `fr_FR.UTF-8`
/// gives `fr_FR`; C and POSIX give none.
pub(crate) fn locale_language(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|v| !v.is_empty())?;
    let code = value.split(['.', '@']).next().unwrap_or_default();
    match code {
        "" | "C" | "POSIX" => None,
        code => Some(code.to_string()),
    }
}

/// The text of one area from one source, with the language it is written in: an
/// embedded file, or a campaign's (which `check` and the campaign's reading have parsed
/// already).
fn text_of<'s>(source: &'s Source, code: &'s str, area: &str) -> Option<(String, &'s str)> {
    match source {
        Source::Bundled(folder) => {
            let file = Files::get(&format!("{folder}/{area}.ftl"))?;
            Some((String::from_utf8(file.data.into_owned()).ok()?, *folder))
        }
        Source::Given(files) => Some((files.get(area)?.clone(), code)),
    }
}

/// The bundled English text of a letter area (`package`, `page`): what `new` gives a
/// campaign in a language the program does not bundle, to translate.
pub(crate) fn english_letter_area(area: &str) -> Option<String> {
    debug_assert!(LETTER_AREAS.contains(&area));
    text_of(&Source::Bundled(LANGUAGES[0]), LANGUAGES[0], area).map(|(text, _)| text)
}

/// Whether the program bundles words for `code` (a campaign's language code), as a
/// program language or a letter language.
pub(crate) fn is_bundled(code: &str) -> bool {
    locale::best_match(
        LANGUAGES.iter().chain(LETTER_LANGUAGES.iter()).copied(),
        code,
    )
    .is_some()
}

fn bundle_of(source: &Source, code: &str, area: &str) -> Option<Bundle> {
    text_of(source, code, area).map(|(text, code)| bundle(code, text))
}

/// A bundle of the messages of `text`, for the language `code`.
fn bundle(code: &str, text: String) -> Bundle {
    // A file with a mistake still gives the messages that parsed; a test keeps the
    // bundled files free of mistakes, and `check` a campaign's.
    let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
    let language = code
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![language]);
    // Terminals show Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The ids of the messages of a Fluent text, and the mistakes that kept some from being
/// read, each at its line.
pub(crate) fn parse_messages(text: &str) -> (Vec<String>, Vec<(usize, String)>) {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let ids = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let line_of = |at: usize| text[..at.min(text.len())].matches('\n').count() + 1;
    let errors = errors
        .into_iter()
        .map(|e| (line_of(e.pos.start), e.kind.to_string()))
        .collect();
    (ids, errors)
}

fn message_ids(text: &str) -> Vec<String> {
    parse_messages(text).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Every message id of every file, with its arguments, by language.
    fn messages(language: &str) -> BTreeSet<(String, String)> {
        let mut found = BTreeSet::new();
        for path in Files::iter().filter(|p| p.starts_with(&format!("{language}/"))) {
            let file = Files::get(&path).unwrap();
            let source = String::from_utf8(file.data.into_owned()).unwrap();
            let resource = match FluentResource::try_new(source) {
                Ok(r) => r,
                Err((_, errors)) => panic!("{path}: {errors:?}"),
            };
            let area = Path::new(path.as_ref())
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .to_string();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    assert!(
                        id.starts_with(&format!("{area}-")),
                        "{path}: {id} does not begin with '{area}-'"
                    );
                    found.insert((area.clone(), id));
                }
            }
        }
        found
    }

    /// A program language has every message of every area; a letter language every
    /// message of the letter areas, and nothing else.
    #[test]
    fn every_language_has_every_message_of_its_kind_and_files_parse() {
        let english = messages("en");
        assert!(english.len() > 50, "{}", english.len());
        let letter: BTreeSet<_> = english
            .iter()
            .filter(|(area, _)| LETTER_AREAS.contains(&area.as_str()))
            .cloned()
            .collect();
        assert!(letter.len() > 10, "{}", letter.len());
        let mut wrong = Vec::new();
        let kinds = LANGUAGES[1..]
            .iter()
            .map(|l| (l, &english))
            .chain(LETTER_LANGUAGES.iter().map(|l| (l, &letter)));
        for (language, expected) in kinds {
            let other = messages(language);
            let missing: Vec<_> = expected.difference(&other).collect();
            let extra: Vec<_> = other.difference(expected).collect();
            if !missing.is_empty() {
                wrong.push(format!("{language} lacks {missing:?}"));
            }
            if !extra.is_empty() {
                wrong.push(format!("{language} has more: {extra:?}"));
            }
        }
        let folders: BTreeSet<String> = Files::iter()
            .filter_map(|p| p.split('/').next().map(str::to_string))
            .collect();
        let known: BTreeSet<String> = LANGUAGES
            .iter()
            .chain(LETTER_LANGUAGES.iter())
            .map(|l| l.to_string())
            .collect();
        assert_eq!(folders, known, "a folder of words/ is not a known language");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_letter_language_falls_back_to_english_message_by_message() {
        let de = Words::letter("de", BTreeMap::new());
        assert_eq!(t!(&de, "package-subject"), "Betreff");
        assert!(de.missing().is_empty(), "{:?}", de.missing());
        let given = BTreeMap::from([(
            "package".to_string(),
            "package-subject = Temat\npackage-to = Do\n".to_string(),
        )]);
        let pl = Words::letter("pl", given);
        assert_eq!(t!(&pl, "package-subject"), "Temat");
        assert_eq!(t!(&pl, "package-cc"), "Cc");
        assert_eq!(t!(&pl, "page-date", date = "x"), "x");
        let missing = pl.missing();
        assert!(missing.contains(&"package-cc".to_string()), "{missing:?}");
        assert!(!missing.contains(&"package-to".to_string()), "{missing:?}");
        assert!(
            missing.contains(&"page-original".to_string()),
            "{missing:?}"
        );
        // The campaign's words win over the bundled ones.
        let given = BTreeMap::from([("package".to_string(), "package-to = Für\n".to_string())]);
        let de = Words::letter("de-AT", given);
        assert_eq!(t!(&de, "package-to"), "Für");
        assert_eq!(t!(&de, "package-subject"), "Betreff");
    }

    /// Every id the source says through `t!` names a message that exists, and every
    /// message is said somewhere.
    #[test]
    fn every_id_said_exists() {
        let english: BTreeSet<String> = messages("en").into_iter().map(|(_, id)| id).collect();
        let mut said = BTreeSet::new();
        let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let name = path.file_name().unwrap().to_string_lossy();
                if ["tests.rs", "samples.rs", "properties.rs"].contains(&name.as_ref()) {
                    continue;
                }
                let whole = std::fs::read_to_string(&path).unwrap();
                // What the program says, not its tests (this one quotes `t!(`).
                let source = whole.split("#[cfg(test)]\nmod tests {").next().unwrap();
                for (at, _) in source.match_indices("t!(") {
                    let before = source[..at].chars().next_back().unwrap_or(' ');
                    if before.is_alphanumeric() || before == '_' {
                        continue; // format!(, print!( ...
                    }
                    // The id, after the words, on the same line or the next.
                    let Some((_, quoted)) = source[at + 3..].split_once(',') else {
                        continue;
                    };
                    let Some(quoted) = quoted.trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let id = quoted.split('"').next().unwrap();
                    said.insert(id.to_string());
                    assert!(
                        english.contains(id),
                        "{}: t!(\"{id}\") has no message",
                        path.display()
                    );
                }
            }
        }
        assert!(said.len() > 50, "{}", said.len());
        let unsaid: Vec<_> = english.difference(&said).collect();
        assert!(unsaid.is_empty(), "never said: {unsaid:?}");
    }

    #[test]
    fn the_locale_chooses_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            locale_language(env(&[("LANG", "fr_FR.UTF-8")])).as_deref(),
            Some("fr_FR")
        );
        assert_eq!(
            locale_language(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "ko_KR.UTF-8")])).as_deref(),
            Some("ko_KR")
        );
        assert_eq!(
            locale_language(env(&[("LC_ALL", ""), ("LC_MESSAGES", "de_DE@euro")])).as_deref(),
            Some("de_DE")
        );
        assert_eq!(locale_language(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(locale_language(env(&[])), None);
    }

    #[test]
    fn a_language_is_spoken_as_typed_and_lists_read_naturally() {
        let fr = Words::speaking("FR_ca").unwrap();
        assert_eq!(fr.code(), "fr");
        assert_eq!(fr.number(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(fr.number(999), "999");
        assert_eq!(fr.list(&["a".into(), "b".into(), "c".into()]), "a, b et c");
        assert!(Words::speaking("de").is_none());
        assert_eq!(
            fr.or_speaking("de").code(),
            "fr",
            "an unknown language changes nothing"
        );
        let ko = Words::speaking("ko-KR").unwrap();
        assert_eq!(ko.code(), "ko");
        let day = jiff::civil::date(2026, 4, 1);
        assert_eq!(fr.date(day), "1er avril 2026");
        assert_eq!(fr.language_name("ko", "한국어"), "coréen");
        assert_eq!(ko.date(day), "2026년 4월 1일");
        assert_eq!(ko.language_name("de", "Deutsch"), "독일어");
        assert_eq!(ko.language_name("qaa", "Kitsune"), "Kitsune");
        assert_eq!(fr.date(jiff::civil::date(2026, 12, 22)), "22 décembre 2026");
        assert_eq!(
            fr.date_in(&locale::parse("de").unwrap(), day),
            "1. April 2026",
            "French words do not rewrite a German date"
        );
        assert_eq!(ko.list(&["a".into(), "b".into()]), "a 및 b");
        let en = Words::english();
        assert_eq!(
            en.list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c",
            "no serial comma: the English of en-001"
        );
        assert_eq!(en.date(jiff::civil::date(2026, 12, 22)), "22 December 2026");
        assert_eq!(en.language_name("fr", "Français"), "French");
        assert_eq!(en.number(2143), "2,143");
        assert_eq!(en.list(&["a".into(), "b".into()]), "a and b");
        assert_eq!(en.list(&["a".into()]), "a");
    }
}

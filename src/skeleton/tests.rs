use super::*;
use crate::campaign::{Field, Kind, SCHEMA};
use crate::prompt::scripted::{Answer, Scripted};

fn pair(languages: &[&str]) -> Pair {
    Pair {
        city: Place {
            name: "Musterstadt".into(),
            country: "DE".into(),
        },
        sister: Place {
            name: "Gaenari \"Nord\"".into(),
            country: "KR".into(),
        },
        languages: languages.iter().map(|l| l.to_string()).collect(),
    }
}

fn today() -> Date {
    jiff::civil::date(2026, 12, 1)
}

fn skeleton(languages: &[&str]) -> Vec<(String, String)> {
    text::files("musterstadt-gaenari", &pair(languages), today())
}

/// The lines of a TOML text, commented or not, as they would read uncommented.
fn uncommented(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_start().trim_start_matches('#').trim_start())
}

/// Whether a table header (`[a.b]`, `[[a]]`), commented or not, names `name`.
fn has_header(text: &str, name: &str) -> bool {
    uncommented(text).any(|l| {
        l.starts_with('[')
            && l.trim_matches(|c| c == '[' || c == ']')
                .split('.')
                .any(|part| part == name)
    })
}

/// The fields of `fields` (and of their tables) that `text` does not show.
fn missing(text: &str, fields: &[Field], within: &str, found: &mut Vec<String>) {
    for field in fields {
        let shown = format!("{within}{}", field.name);
        let nested = match field.kind {
            Kind::Table(inner) | Kind::Tables(inner) => Some(inner),
            Kind::Map(Kind::Table(inner)) => Some(*inner),
            Kind::Map(_) => Some(&[][..]),
            _ => None,
        };
        match nested {
            Some(inner) => {
                // A table: a header, or (in `[recipient]`) the table's own lines.
                if !has_header(text, field.name) {
                    found.push(shown.clone());
                }
                missing(text, inner, &format!("{shown}."), found);
            }
            None => {
                let key = format!("{} =", field.name);
                if !uncommented(text).any(|l| l.starts_with(&key)) {
                    found.push(shown);
                }
            }
        }
    }
}

#[test]
fn every_field_of_the_schema_is_in_the_skeleton() {
    let files = skeleton(&["de", "ko"]);
    let (_, toml) = &files[0];
    let mut found = Vec::new();
    missing(toml, SCHEMA, "", &mut found);
    assert!(found.is_empty(), "missing {found:?} in:\n{toml}");
}

#[test]
fn the_skeleton_parses_and_every_sourced_table_is_unverified() {
    for languages in [&["en"][..], &["de", "ko"], &["pl", "ko", "fr"]] {
        let files = skeleton(languages);
        let (_, toml) = &files[0];
        let data = crate::campaign::parse(&Words::english(), Path::new("c.toml"), toml)
            .unwrap_or_else(|e| panic!("{e}\n{toml}"));
        assert_eq!(data.id, "musterstadt-gaenari");
        assert_eq!(data.languages.len(), languages.len());
        assert_eq!(data.recipients.len(), 3);
        assert_eq!(data.postal.len(), 2);
        let sources = toml.lines().filter(|l| l.starts_with("source =")).count();
        let unverified = toml
            .lines()
            .filter(|l| *l == "confidence = \"unverified\"")
            .count();
        assert_eq!((sources, unverified), (5, 5), "{toml}");
        // No fact: no holder, email, phone or web address is filled in.
        assert!(
            data.recipients
                .iter()
                .all(|r| r.holder.is_none() && r.email.is_none() && r.website.is_none())
        );
        assert!(data.phone.is_none() && data.social.is_none() && data.links.is_empty());
        // A name with a quote is written as TOML writes it.
        let sister = data.places["sister_city"].get(languages[0]);
        assert_eq!(sister, "Gaenari \"Nord\"");
    }
}

#[test]
fn the_skeleton_mentions_no_bundled_place_and_no_contact() {
    // The English words given to translate are the program's own, examples and all.
    let files = skeleton(&["de", "ko", "pl"]);
    for (path, text) in files.iter().filter(|(p, _)| !p.starts_with("words/")) {
        let lower = text.to_lowercase();
        for word in ["icheon", "limoges", "이천", "리모주"] {
            assert!(!lower.contains(word), "{path} mentions {word}");
        }
        let address = text.split_whitespace().find(|w| {
            w.split_once('@')
                .is_some_and(|(_, host)| host.contains('.'))
        });
        assert_eq!(address, None, "{path}");
        // Web addresses and numbers only as commented examples, without a host or digits.
        let mut hosts = text.split("://").skip(1);
        assert!(hosts.all(|rest| rest.starts_with('…')), "{path}");
        let mut numbers = text.split('+').skip(1);
        assert!(numbers.all(|rest| !rest.starts_with(|c: char| c.is_ascii_digit())));
    }
}

#[test]
fn templates_for_each_language_and_words_only_for_an_unbundled_one() {
    let paths: Vec<String> = skeleton(&["de-AT", "pl", "ko"])
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    for language in ["de-AT", "pl", "ko"] {
        for piece in ["subject", "body", "phone", "post"] {
            let path = format!("templates/{language}/{piece}.hbs");
            assert!(paths.contains(&path), "{path}: {paths:?}");
        }
    }
    let words: Vec<&String> = paths.iter().filter(|p| p.starts_with("words/")).collect();
    assert_eq!(words, ["words/pl/package.ftl", "words/pl/page.ftl"]);
    let files = skeleton(&["pl"]);
    let (_, package) = files
        .iter()
        .find(|(p, _)| p.ends_with("package.ftl"))
        .unwrap();
    assert!(package.starts_with("# The program's English words"));
    assert!(package.contains("package-subject = Subject"));
}

#[test]
fn flags_are_checked_and_nothing_is_asked_without_a_terminal() {
    let w = Words::english();
    let ask = |places: &[&str], languages: &[&str]| {
        let places: Vec<String> = places.iter().map(|s| s.to_string()).collect();
        let languages: Vec<String> = languages.iter().map(|s| s.to_string()).collect();
        let given = NewGiven {
            places: &places,
            languages: &languages,
        };
        super::pair(&w, &given, None).map_err(|e| e.to_string())
    };
    let given = ask(&["Aachen:de", "Ansan:KR"], &["de", "ko"]).unwrap();
    assert_eq!(given.city.country, "DE");
    assert_eq!(given.sister.name, "Ansan");
    assert_eq!(given.languages, ["de", "ko"]);
    for (places, languages, error) in [
        (&[][..], &[][..], "or run in a terminal"),
        (&["Aachen:DE"], &["de"], "or run in a terminal"),
        (&["Aachen:DE", "Ansan:KR"], &[], "or run in a terminal"),
        (&["Aachen", "Ansan:KR"], &["de"], "give NAME:CC"),
        (
            &["Aachen:XX", "Ansan:KR"],
            &["de"],
            "'XX' is not an ISO 3166",
        ),
        (&["A:DE", "B:KR", "C:FR"], &["de"], "give --place twice"),
        (&["A:DE", "B:KR"], &["de", "DE"], "'de' is given twice"),
        (&["A:DE", "B:KR"], &["german"], "not a language code"),
    ] {
        let got = ask(places, languages).unwrap_err();
        assert!(got.contains(error), "{places:?} {languages:?}: {got}");
    }
}

#[test]
fn what_the_flags_lack_is_asked() {
    let w = Words::english();
    let places = vec!["Tacoma:US".to_string()];
    let given = NewGiven {
        places: &places,
        languages: &[],
    };
    let mut script = Scripted::new(&[
        Answer::Type("Gunsan"),
        Answer::Type("Korea"),
        Answer::Type("kr"),
        Answer::Type("en ko"),
    ]);
    let pair = super::pair(&w, &given, Some(&mut script)).unwrap();
    assert!(script.finished());
    assert_eq!(pair.city.name, "Tacoma");
    assert_eq!(pair.sister.country, "KR");
    assert_eq!(pair.languages, ["en", "ko"]);
    assert_eq!(
        script.transcript,
        [
            "Its sister city (its name)",
            "The sister city's country (an ISO 3166 code, like KR)",
            "  refused: 'Korea' is not an ISO 3166 country code (like DE, KR, US)",
            "The sister city's country (an ISO 3166 code, like KR)",
            "The letters' languages, the first the one Tacoma reads (codes, like de, ko)",
        ]
    );
}

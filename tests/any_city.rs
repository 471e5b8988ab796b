//! Any sister city, any language: two campaigns of the tests' own (`tests/fixtures/`):
//! a German letter to Aachen and an English one to Tacoma, each with a Korean copy,
//! composed by senders in Germany, the USA, France and Korea, as text, eml, json and
//! printable letters read back by poppler's tools.

mod common;

use std::path::{Path, PathBuf};

use common::poppler::{tool, word_box};
use common::{Home, Test};

/// The first of December 2026, in the afternoon in Europe and the morning in the USA.
const DECEMBER_1: &str = "2026-12-01T16:30:00Z";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A run on a fixture campaign, by a sender named Sam Park, on the first of December.
fn run(campaign: &str, lang: &str) -> Test {
    Test::new()
        .letters(&fixture(campaign))
        .env("SISTER_LETTER_NOW", DECEMBER_1)
        .args(["-n", "Sam Park", "-l", lang])
}

/// The printable letters of `test` with `args`, as the file and its text.
fn printed(home: &Home, test: Test, args: &[&str]) -> (PathBuf, String) {
    let file = home.path().join("letters.pdf");
    let _ = std::fs::remove_file(&file);
    test.args(["-f", "pdf", "-o"]).arg(&file).args(args).ok();
    let text = tool("pdftotext", &[], &file);
    (file, text)
}

#[test]
fn both_campaigns_pass_check() {
    for campaign in ["ansan-aachen", "gunsan-tacoma"] {
        let (code, report) = common::check(&fixture(campaign));
        assert_eq!(code, Some(0), "{campaign}:\n{report}");
        assert!(!report.contains(": error: "), "{campaign}:\n{report}");
    }
}

#[test]
fn a_german_package_has_no_english_word_around_the_letter() {
    let (text, stderr) = run("ansan-aachen", "de").ok();
    for heading in [
        "Betreff\n",
        "\nAn\n",
        "\nBrief\n",
        "\nPostanschriften\n",
        "\nBeitrag für soziale Medien\n",
        "keine E-Mail-Adresse bekannt",
    ] {
        assert!(text.contains(heading), "{heading:?} in:\n{text}");
    }
    for english in [
        "Subject",
        "\nTo\n",
        "\nLetter\n",
        "Postal addresses",
        "Social post",
        "no email address",
        "look for one",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    assert!(!stderr.contains("has no words"), "{stderr}");
}

#[test]
fn the_german_and_korean_letters_as_eml_and_json() {
    let eml = run("ansan-aachen", "de")
        .args(["-f", "eml", "--from", "sam@example.org"])
        .stdout();
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .unwrap();
    assert!(
        message.subject().unwrap().starts_with("Bitte sprechen Sie"),
        "{eml}"
    );
    assert!(
        message
            .body_text(0)
            .unwrap()
            .contains("Mit freundlichen Grüßen")
    );
    let json = run("ansan-aachen", "ko").args(["-f", "json"]).stdout();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["language"], "ko");
    assert!(
        value["subject"].as_str().unwrap().starts_with("[사본]"),
        "{json}"
    );
    let to: Vec<&str> = value["to"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(to, ["ansan_mayor"], "{json}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_germany_to_aachen_no_country_line_a_german_date_and_a_left_window() {
    let home = Home::new();
    let test = run("ansan-aachen", "de").args([
        "--city",
        "Berlin",
        "--country",
        "DE",
        "--address",
        "Musterstraße 1",
        "--address",
        "10115 Berlin",
    ]);
    let (file, text) = printed(&home, test, &[]);
    assert!(text.contains("Berlin, 1. Dezember 2026"), "{text}");
    assert!(text.contains("52062 Aachen"), "{text}");
    for country in ["GERMANY", "DEUTSCHLAND", "ALLEMAGNE"] {
        assert!(!text.contains(country), "{country} in:\n{text}");
    }
    assert!(text.contains("Betreff: Bitte sprechen Sie"), "{text}");
    // DIN 5008 form B: the address field 20 mm from the left edge, 45 mm from the top.
    let (x0, y0, x1, _) = word_box(&file, "52062");
    assert!(
        (19.0..30.0).contains(&x0) && x1 < 105.0,
        "x {x0:.1}–{x1:.1}"
    );
    assert!(y0 > 45.0 && y0 < 90.0, "y {y0:.1}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_france_to_aachen_the_country_line_is_french() {
    let home = Home::new();
    let test = run("ansan-aachen", "de").args(["--city", "Lyon", "--country", "FR"]);
    let (_, text) = printed(&home, test, &[]);
    assert!(text.contains("52062 Aachen\nALLEMAGNE"), "{text}");
    // The sender's own country, for the German post's answer: in French, since the
    // French post writes the destination in French.
    assert!(text.contains("Lyon, 1. Dezember 2026"), "{text}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_korea_to_aachen_the_country_line_is_english() {
    let home = Home::new();
    let test = run("ansan-aachen", "ko").args(["--city", "Seoul", "--country", "KR"]);
    let (_, text) = printed(&home, test, &[]);
    assert!(text.contains("52062 Aachen\nGERMANY"), "{text}");
    // Aachen reads German: it gets the German letter, not the Korean copy.
    assert!(text.contains("Mit freundlichen Grüßen"), "{text}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_the_usa_to_tacoma_letter_paper_a_us_date_and_no_country_line() {
    let home = Home::new();
    let test = run("gunsan-tacoma", "en").args([
        "--city",
        "Seattle",
        "--country",
        "US",
        "--address",
        "100 Pine St",
        "--address",
        "SEATTLE WA 98101",
    ]);
    let (file, text) = printed(&home, test, &[]);
    assert!(text.contains("Seattle, December 1, 2026"), "{text}");
    let address_end = text.find("TACOMA WA 98402").expect("the address");
    let after = text[address_end + "TACOMA WA 98402".len()..].trim_start();
    assert!(
        !after.starts_with("UNITED STATES") && !after.starts_with("USA"),
        "{text}"
    );
    let info = tool("pdfinfo", &[], &file);
    assert!(info.contains("612 x 792"), "{info}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_france_to_tacoma_the_country_line_is_french_and_the_date_english() {
    let home = Home::new();
    let test = run("gunsan-tacoma", "en").args(["--city", "Paris", "--country", "FR"]);
    let (_, text) = printed(&home, test, &[]);
    assert!(text.contains("TACOMA WA 98402\nÉTATS-UNIS"), "{text}");
    // No territory of the English-speaking world: the date as English writes it there.
    assert!(text.contains("Paris, 1 December 2026"), "{text}");
}

//! A campaign's own words (`words/<lang>/<area>.ftl`): an organiser adds a language, or
//! changes a heading, without a rebuild; `check` holds the files to the rules of
//! untrusted input and names what a language lacks.

mod common;

use std::fs;
use std::path::Path;

use common::persona::ADA;
use common::{Test, campaign_copy, edit, layout_campaign};

/// A copy of the small test campaign with a Polish letter (the English templates and
/// texts, since only the words around them matter here) and `package` words for it.
fn with_polish(package: &str) -> tempfile::TempDir {
    let dir = layout_campaign();
    let root = dir.path();
    let file = root.join("campaign.toml");
    // One text for every language, so that Polish has its texts.
    let text = fs::read_to_string(&file).unwrap();
    let mut same = String::new();
    for line in text.lines() {
        match line.split_once("{ en = ") {
            Some((key, rest)) => same.push_str(&format!("{key}{}", rest.trim_end_matches(" }"))),
            None => same.push_str(line),
        }
        same.push('\n');
    }
    fs::write(&file, same).unwrap();
    edit(
        &file,
        "[languages.en]",
        "[languages.pl]\nname = \"Polski\"\n\n[languages.en]",
    );
    fs::create_dir_all(root.join("templates/pl")).unwrap();
    for entry in fs::read_dir(root.join("templates/en")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(
            entry.path(),
            root.join("templates/pl").join(entry.file_name()),
        )
        .unwrap();
    }
    write(root, "words/pl/package.ftl", package);
    dir
}

fn write(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn a_new_language_uses_its_words_and_english_for_the_rest_with_one_warning() {
    let dir = with_polish("package-subject = Temat\npackage-letter = List\n");
    let out = Test::compose(ADA, "pl")
        .letters(dir.path())
        .args(["-c", "layout"])
        .output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stdout.starts_with("Temat\n"), "{stdout}");
    assert!(stdout.contains("\nList\n"), "{stdout}");
    // What the campaign does not give is in English, and said so once.
    assert!(stdout.contains("\nPostal addresses\n"), "{stdout}");
    assert_eq!(
        stderr.matches("has no words in 'pl'").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("package-to"), "{stderr}");
    assert!(!stderr.contains("package-subject"), "{stderr}");

    let (code, report) = common::check(dir.path());
    assert_eq!(code, Some(0), "{report}");
    assert!(
        report.contains("DIR/words/pl/package.ftl: warning: 'pl' has no message package-to"),
        "{report}"
    );
    assert!(
        report.contains("DIR/words/pl/page.ftl: warning: 'pl' has no message page-original"),
        "{report}"
    );
    assert!(!report.contains("package-subject"), "{report}");
    assert!(
        report.contains("warning: the program has no calendar data (CLDR) for 'pl'"),
        "{report}"
    );
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn a_language_outside_the_calendar_data_writes_its_own_dates() {
    let dir = with_polish("package-subject = Temat\n");
    edit(
        &dir.path().join("campaign.toml"),
        "[[postal]]\n",
        "[[postal]]\nrecipient = \"mayor\"\n",
    );
    write(
        dir.path(),
        "words/pl/page.ftl",
        "page-place-date = { $town }, { $day } { $month ->\n    [11] listopada\n   *[other] { $month }\n} { $year }\npage-date = { $day }.{ $month }.{ $year }\n",
    );
    let home = common::Home::new();
    let file = home.path().join("list.pdf");
    Test::at(&home)
        .letters(dir.path())
        .args(["-n", ADA, "-l", "pl", "--city", "Kraków", "-f", "pdf", "-o"])
        .arg(&file)
        .ok();
    let text = common::poppler::tool("pdftotext", &[], &file);
    assert!(text.contains("Kraków, 25 listopada 2026"), "{text}");
}

#[test]
fn a_campaign_s_words_come_before_the_bundled_ones() {
    let dir = campaign_copy();
    write(
        dir.path(),
        "words/fr/package.ftl",
        "package-subject = Sujet\n",
    );
    let (stdout, stderr) = Test::compose(ADA, "fr").letters(dir.path()).ok();
    assert!(stdout.starts_with("Sujet\n"), "{stdout}");
    assert!(stdout.contains("\nAdresses postales\n"), "{stdout}");
    assert!(!stderr.contains("has no words"), "{stderr}");
}

#[test]
fn check_holds_a_campaign_s_words_to_the_rules_of_untrusted_input() {
    let dir = with_polish("package-subject = Temat\npackage-to = Do\u{202e}tsil\n");
    write(dir.path(), "words/pl/prompt.ftl", "prompt-x = y\n");
    write(
        dir.path(),
        "words/pl/page.ftl",
        "page-date = { $date\npackage-cc = DW\n",
    );
    write(dir.path(), "words/de/package.ftl", "package-to = An\n");
    let (code, report) = common::check(dir.path());
    assert_eq!(code, Some(1), "{report}");
    for expected in [
        "DIR/words/pl/package.ftl:2: error: the file holds a control or invisible character (U+202E)",
        "DIR/words/pl/prompt.ftl: error: a campaign's words folder holds only words/<lang>/package.ftl, page.ftl",
        "DIR/words/pl/page.ftl:2: error: this is not Fluent the program can read",
        "DIR/words/pl/page.ftl:2: error: the message 'package-cc' belongs to another file",
        "DIR/words/de/package.ftl: warning: 'de' is not a language of the campaign",
    ] {
        assert!(
            report.contains(expected),
            "expected {expected:?} in:\n{report}"
        );
    }
    // Composing refuses the file, at its line.
    let stderr = Test::compose(ADA, "pl")
        .letters(dir.path())
        .args(["-c", "layout"])
        .fails(2);
    assert!(stderr.contains("words/pl/package.ftl:2:"), "{stderr}");
}

#[test]
fn export_carries_a_campaign_s_words() {
    let dir = with_polish("package-subject = Temat\n");
    let target = tempfile::tempdir().unwrap();
    let copy = target.path().join("copy");
    let (_, stderr) = Test::new()
        .arg("--letters")
        .arg(dir.path())
        .args(["export", "layout"])
        .arg(&copy)
        .ok();
    assert!(stderr.contains("Wrote 10 files"), "{stderr}");
    assert_eq!(
        fs::read_to_string(copy.join("words/pl/package.ftl")).unwrap(),
        "package-subject = Temat\n"
    );
}

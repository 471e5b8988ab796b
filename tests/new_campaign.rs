//! `new`: an organiser starts a campaign for a city pair of their own, fills in its
//! placeholders, checks it and uses it. The towns are fictional (Musterstadt is the
//! German "Exampletown"; Gaenari is a made-up Korean town), and so is every fact filled
//! in below.

mod common;

use std::path::Path;

use common::persona::ADA;
use common::pty::Pty;
use common::{Home, Test};

/// `new` for Musterstadt (Germany) and its sister city Gaenari (Korea), in German and
/// Korean, by flags, into `dir`.
fn new_by_flags(dir: &Path) -> Test {
    Test::new()
        .args(["new", "musterstadt-gaenari"])
        .arg(dir)
        .args([
            "--place",
            "Musterstadt:DE",
            "--place",
            "Gaenari:kr",
            "--lang",
            "de",
            "--lang",
            "ko",
        ])
}

/// Every file under `dir`, by relative path, with its contents.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let relative = path.strip_prefix(dir).unwrap().display().to_string();
                found.push((relative, std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// Replaces each placeholder of `path` with a made-up value, as an organiser would
/// replace it with a fact: a German postcode before the town, and the rest marked as
/// fictional.
fn fill(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text
        .replace(
            "TODO: the town line of Musterstadt, with its postcode",
            "12345 Musterstadt",
        )
        // Place names as short as real ones: the invitation names them within 280.
        .replace("TODO: Musterstadt, as ko writes it", "무스터슈타트")
        .replace("TODO: Gaenari, as ko writes it", "개나리")
        .replace("TODO: ", "(fictional) ");
    std::fs::write(path, text).unwrap();
}

#[test]
fn new_then_check_lists_the_placeholders_then_filled_it_passes_and_composes() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("musterstadt-gaenari");
    let (_, stderr) = new_by_flags(&dir).ok();
    assert!(stderr.contains("Wrote 9 files to"), "{stderr}");
    assert!(stderr.contains("sister-letter check"), "{stderr}");

    let (code, stdout) = common::check(&dir);
    assert_eq!(code, Some(1), "{stdout}");
    let placeholders: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(": error: a placeholder to fill in: TODO: "))
        .collect();
    let errors = stdout.lines().filter(|l| l.contains(": error: ")).count();
    assert_eq!(errors, placeholders.len(), "only placeholders: {stdout}");
    for expected in [
        "DIR/campaign.toml:14:10: error: a placeholder to fill in: TODO: one line",
        "TODO: Gaenari, as ko writes it",
        "TODO: the office of the mayor of Musterstadt, in de",
        "TODO: the town line of Musterstadt, with its postcode",
        "DIR/templates/de/subject.hbs:1:1: error: a placeholder to fill in: TODO: the subject",
        "DIR/templates/ko/body.hbs:5:1: error: a placeholder to fill in: TODO: say that this is a copy",
        "DIR/templates/de/post.hbs:1:1:",
        "DIR/templates/ko/phone.hbs:1:1:",
    ] {
        assert!(
            placeholders.iter().any(|l| l.contains(expected)),
            "{expected:?} in:\n{stdout}"
        );
    }
    // German and Korean are bundled: no words to translate.
    assert!(!dir.join("words").exists());

    fill(&dir.join("campaign.toml"));
    for language in ["de", "ko"] {
        for piece in ["subject", "body", "phone", "post"] {
            fill(&dir.join(format!("templates/{language}/{piece}.hbs")));
        }
    }
    let (code, stdout) = common::check(&dir);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(!stdout.contains("TODO"), "{stdout}");

    // The folder named by --letters is the campaign: no -c.
    let package = Test::compose(ADA, "de").letters(&dir).stdout();
    assert!(
        package.contains("(fictional) how to address that office, in de,"),
        "{package}"
    );
    assert!(package.contains(
        "(fictional) who you are, and why you write to Musterstadt about its sister city Gaenari."
    ));
    assert!(package.contains("12345 Musterstadt"), "{package}");
    assert!(package.contains(ADA));
}

#[test]
fn a_language_the_program_does_not_bundle_gets_english_words_to_translate() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("pair");
    Test::new()
        .args(["new", "pair"])
        .arg(&dir)
        .args(["--place", "Musterstadt:DE", "--place", "Gaenari:KR"])
        .args(["--lang", "pl", "--lang", "ko"])
        .ok();
    let package = std::fs::read_to_string(dir.join("words/pl/package.ftl")).unwrap();
    assert!(package.contains("translate"), "{package}");
    assert!(package.contains("package-subject = Subject"), "{package}");
    assert!(dir.join("words/pl/page.ftl").is_file());
    assert!(!dir.join("words/ko").exists());
    // The words are as `check` takes them: it names no missing message, no bad file.
    let (code, stdout) = common::check(&dir);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(!stdout.contains("DIR/words/"), "{stdout}");
    assert!(stdout.contains("TODO: the name of pl, in pl"), "{stdout}");
}

#[test]
fn new_never_writes_into_a_folder_that_holds_files() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("mine");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "my notes").unwrap();
    let before = contents(home.path());
    let stderr = new_by_flags(&dir).fails(2);
    assert!(stderr.contains("not empty"), "{stderr}");
    assert_eq!(contents(home.path()), before, "nothing changed");
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 1);

    // Nor into a folder that cannot be made: nothing is left half-written.
    let nowhere = home.path().join("no/such/folder");
    let stderr = new_by_flags(&nowhere).fails(2);
    assert!(stderr.contains("no/such"), "{stderr}");
    assert_eq!(contents(home.path()), before, "nothing changed");
}

#[test]
fn without_a_terminal_or_the_flags_it_says_what_to_give() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("pair");
    for args in [
        &[][..],
        &["--place", "Musterstadt:DE", "--lang", "de"],
        &["--place", "Musterstadt:DE", "--place", "Gaenari:KR"],
    ] {
        let stderr = Test::new()
            .args(["new", "pair"])
            .arg(&dir)
            .args(args)
            .fails(2);
        assert!(
            stderr.contains("--place NAME:CC") && stderr.contains("--lang CODE"),
            "{stderr}"
        );
        assert!(stderr.contains("or run in a terminal"), "{stderr}");
        assert!(!dir.exists());
    }
    for (args, error) in [
        (
            ["--place", "Musterstadt:XX"],
            "'XX' is not an ISO 3166 country code",
        ),
        (["--place", "Musterstadt"], "give NAME:CC"),
        (["--lang", "deutsch"], "'deutsch' is not a language code"),
    ] {
        let stderr = Test::new()
            .args(["new", "pair"])
            .arg(&dir)
            .args(args)
            .fails(2);
        assert!(stderr.contains(error), "{stderr}");
    }
    let stderr = Test::new().args(["new", "Pair!"]).arg(&dir).fails(2);
    assert!(stderr.contains("cannot be a campaign's id"), "{stderr}");
}

/// In a terminal, `new` asks what its flags do not give, refusing what is not a country
/// code, and writes the campaign.
#[test]
fn in_a_terminal_new_asks_for_the_pair_and_the_languages() {
    let home = Home::new();
    let dir = home.path().join("tacoma-gunsan");
    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .args(["new", "tacoma-gunsan"])
        .arg(&dir);
    let mut s = Pty::spawn(command);
    s.expect("The city the letters are written to (its name)");
    s.type_line("Musterville");
    s.expect("Its country (an ISO 3166 code, like DE)");
    s.type_line("us");
    s.expect("Its sister city (its name)");
    s.type_line("Gaenari");
    s.expect("The sister city's country (an ISO 3166 code, like KR)");
    s.type_line("Korea");
    s.expect("'Korea' is not an ISO 3166 country code");
    s.type_line("KR");
    s.expect("The letters' languages, the first the one Musterville reads");
    s.type_line("en, ko");
    let rest = s.rest();
    assert_eq!(s.exit_code(), 0, "{rest}");
    assert!(rest.contains("Wrote 9 files"), "{rest}");
    let toml = std::fs::read_to_string(dir.join("campaign.toml")).unwrap();
    assert!(
        toml.contains(
            "city = { en = \"Musterville\", ko = \"TODO: Musterville, as ko writes it\" }"
        ),
        "{toml}"
    );
    assert!(toml.contains("country_code = \"US\""), "{toml}");
    assert!(toml.contains("country_code = \"KR\""), "{toml}");
    assert!(
        toml.contains("[languages.en]\nname = \"English\""),
        "{toml}"
    );
    assert!(dir.join("templates/ko/body.hbs").is_file());
}

//! The letter a mayor reads: French spacing, links only with their addresses, and
//! templates that work on any day, not only today.

mod common;

use common::persona::{ADA, ZOE, ZOE_TOWN};
use common::{Test, campaign_copy, edit};

/// Every place in `text` where French spacing is missing before ; : ! ? » or after «
/// (URLs and times such as 14:05 aside), with the text around it.
fn plain_spacing(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut in_url = false;
    for (i, &c) in chars.iter().enumerate() {
        let rest: String = chars[i..].iter().take(8).collect();
        if rest.starts_with("https://") || rest.starts_with("http://") {
            in_url = true;
        }
        if c.is_whitespace() {
            in_url = false;
        }
        if in_url {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let bad = match c {
            ';' | '!' | '?' | '»' => before.is_some_and(|b| b != '\u{202f}' && !"!?".contains(b)),
            ':' => {
                let time = before.is_some_and(|b| b.is_ascii_digit())
                    && after.is_some_and(|a| a.is_ascii_digit());
                !time && before.is_some_and(|b| b != '\u{a0}' && b != '\u{202f}')
            }
            '«' => after != Some('\u{202f}'),
            _ => false,
        };
        if bad {
            let from = i.saturating_sub(20);
            found.push(chars[from..(i + 2).min(chars.len())].iter().collect());
        }
    }
    found
}

#[test]
fn french_output_has_french_spacing_everywhere() {
    let out = Test::compose(ZOE, "fr").args(["--city", ZOE_TOWN]).stdout();
    assert_eq!(plain_spacing(&out), Vec::<String>::new());
    // The program's own words too: the recipient list alone, labelled.
    let recipients = Test::compose(ZOE, "fr").args(["-p", "recipients"]).stdout();
    assert!(recipients.starts_with("À\u{a0}: Maire de Limoges\u{a0}: aucune adresse électronique connue\u{202f}; cherchez-en une sur https://www.limoges.fr\n"), "{recipients}");
    assert_eq!(plain_spacing(&recipients), Vec::<String>::new());
    // The check sees what was given; an English letter is left alone.
    assert_eq!(plain_spacing("Bonjour : oui ?").len(), 2);
}

#[test]
fn a_link_without_an_address_is_never_offered() {
    for lang in ["en", "fr", "ko"] {
        let body = Test::compose(ZOE, lang).args(["-p", "body"]).stdout();
        for word in [
            "part 1 of 2",
            "1re partie",
            "1부",
            "video",
            "vidéo",
            "영상",
            "petition",
            "pétition",
            "청원",
        ] {
            assert!(!body.contains(word), "{lang}: {word:?} in\n{body}");
        }
    }
    // With an address on file, the video is offered, with its address, and the others
    // (still without one) are not.
    let dir = campaign_copy();
    edit(
        &dir.path().join("campaign.toml"),
        "source = \"the seed's list of videos; the link was lost in its copy\"",
        "url = \"https://video.example.org/part-1\"\nsource = \"a test\"",
    );
    let body = Test::compose(ZOE, "fr")
        .letters(dir.path())
        .args(["-p", "body"])
        .stdout();
    assert!(
        body.contains("- La cruauté choquante de l’industrie de la viande de chien en Corée du Sud (1re partie sur 2)\u{a0}: https://video.example.org/part-1\n"),
        "{body}"
    );
    assert!(!body.contains("2e partie"), "{body}");
}

/// An organiser misspells a variable in the words used after a date (the ban's, 7 February
/// 2027) and in those used while a term runs (Icheon's ended in 2026): `check` fails
/// today, naming the file, line and variable, instead of every user failing on that date.
#[test]
fn check_finds_a_misspelled_variable_in_a_branch_not_taken_today() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("templates/fr/phone.hbs"),
        "bien qu’une loi spéciale adoptée en Corée du Sud en 2024",
        "bien qu’une loi spéciale adoptée en {{places.coree}} en 2024",
    );
    edit(
        &dir.path().join("templates/fr/body.hbs"),
        ", que dirige {{recipients.icheon_mayor.name}},",
        ", que dirige {{recipients.icheon_mayor.nom}},",
    );
    edit(
        &dir.path().join("templates/en/body.hbs"),
        "{{sender.city}}",
        "{{sender.town}}",
    );
    // Today the letter composes: neither branch is taken.
    Test::compose(ADA, "fr").letters(dir.path()).stdout();
    let (code, stdout) = common::check(dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("DIR/templates/fr/phone.hbs:3:")
            && stdout.contains("error: the variable `places.coree` does not exist"),
        "{stdout}"
    );
    assert!(
        stdout.contains("DIR/templates/fr/body.hbs:18:")
            && stdout.contains("error: the variable `recipients.icheon_mayor.nom` does not exist"),
        "{stdout}"
    );
    // Every unknown variable, in every template, not only the first.
    assert!(
        stdout.contains("DIR/templates/en/body.hbs:")
            && stdout.contains("error: the variable `sender.town` does not exist"),
        "{stdout}"
    );
}

#[test]
fn check_warns_where_french_prose_lacks_its_spacing() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("templates/fr/phone.hbs"),
        "Permettez-moi de vous expliquer\u{a0}:",
        "Permettez-moi de vous expliquer :",
    );
    let out = Test::new().arg("check").arg(dir.path()).output();
    let stdout =
        String::from_utf8_lossy(&out.stdout).replace(&dir.path().display().to_string(), "DIR");
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning, not an error: {stdout}"
    );
    assert!(
        stdout.contains("DIR/templates/fr/phone.hbs:3:33: warning: French puts a no-break space (U+00A0) before ':'; here there is a plain space"),
        "{stdout}"
    );
}

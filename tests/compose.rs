//! The composer end to end: flags in, the letter package out.

mod common;

use common::persona::{ADA, ADA_IN_FULL, ZOE, ZOE_EMAIL, ZOE_TOWN};
use common::{Test, campaign_copy, edit, emails};

#[test]
fn the_french_package_is_complete() {
    let out = Test::compose(ZOE, "fr").args(["--city", ZOE_TOWN]).stdout();
    insta::assert_snapshot!("package_fr", out);
}

#[test]
fn the_english_package_is_complete() {
    let out = Test::compose(ZOE, "en").args(["--city", ZOE_TOWN]).stdout();
    insta::assert_snapshot!("package_en", out);
}

#[test]
fn the_korean_package_is_complete() {
    let out = Test::compose(ZOE, "ko").args(["--city", ZOE_TOWN]).stdout();
    insta::assert_snapshot!("package_ko", out);
}

#[test]
fn every_part_is_printed_alone_and_bare() {
    let all = Test::compose(ZOE, "en").stdout();
    let subject = Test::compose(ZOE, "en").args(["-p", "subject"]).stdout();
    assert_eq!(subject.lines().count(), 1);
    assert!(subject.starts_with(
        "Mayor of Limoges and members of the City Council: please tell your sister city, Icheon"
    ));
    for part in [
        "subject",
        "body",
        "recipients",
        "addresses",
        "phone",
        "post",
    ] {
        let piece = Test::compose(ZOE, "en").args(["--part", part]).stdout();
        assert!(!piece.trim().is_empty(), "{part} is empty");
        assert!(!piece.contains("\n=="), "{part} carries a heading");
        if part != "recipients" {
            // The recipient list is labelled To:/Cc: when alone, and grouped in the package.
            assert!(
                all.contains(piece.trim_end()),
                "{part} differs from the package's"
            );
        }
    }
    let body = Test::compose(ZOE, "en").args(["-p", "body"]).stdout();
    assert!(body.starts_with("Dear Mayor and Members of the City Council,\n"));
    assert!(
        body.trim_end()
            .ends_with(&format!("Respectfully,\n\n{ZOE}"))
    );
    let recipients = Test::compose(ZOE, "en").args(["-p", "recipients"]).stdout();
    assert!(recipients.starts_with(
        "To: Mayor of Limoges: no email address on file; look for one on https://www.limoges.fr\n"
    ));
    assert!(recipients.contains("Cc: Icheon City Council: "));
}

#[test]
fn city_and_note_are_placed_in_the_letter() {
    let body = Test::compose(ZOE, "fr")
        .args(["--city", ZOE_TOWN, "--note", "J’ai visité Limoges en 2019."])
        .args(["-p", "body"])
        .stdout();
    let note = body
        .find("J’ai visité Limoges en 2019.\n\nAu nom de tous les animaux")
        .expect("note before the closing");
    let signature = body
        .find(&format!(
            "l’expression de ma haute considération.\n\n{ZOE}\n{ZOE_TOWN}\n"
        ))
        .expect("signature");
    assert!(note < signature);
    let script = Test::compose(ZOE, "fr")
        .args(["--city", ZOE_TOWN, "-p", "phone"])
        .stdout();
    assert!(script.contains(&format!("je m’appelle {ZOE} et j’habite à {ZOE_TOWN}.")));
}

#[test]
fn the_phone_piece_shows_the_time_in_limoges() {
    let phone = Test::compose(ADA, "en").args(["-p", "phone"]).stdout();
    assert!(
        phone.starts_with("Limoges city hall (ask for the Mayor’s office): +33 5 55 45 60 00\n")
    );
    // 13:05 UTC on 25 November 2026 is 14:05 in Paris (CET).
    assert!(
        phone.contains("It is 14:05 on Wednesday in Limoges (Europe/Paris)."),
        "{phone}"
    );
    let summer = Test::compose(ADA, "fr")
        .env("SISTER_LETTER_NOW", "2026-07-04T08:30:00Z")
        .args(["-p", "phone"])
        .stdout();
    assert!(
        summer.contains("Limoges, heure locale\u{a0}: samedi, 10\u{a0}h\u{a0}30 (Europe/Paris)."),
        "{summer}"
    );
}

#[test]
fn no_email_address_appears_that_the_user_did_not_give() {
    for lang in ["en", "fr"] {
        for format in ["text", "json", "mailto", "eml"] {
            let out = Test::compose(ZOE, lang).args(["-f", format]).stdout();
            let readable = if format == "eml" { decoded(&out) } else { out };
            assert_eq!(
                addresses(&readable),
                Vec::<String>::new(),
                "{lang} {format}"
            );
            let given = Test::compose(ZOE, lang)
                .args([
                    "-f",
                    format,
                    "--to",
                    "mayor@example.org",
                    "--cc",
                    "copy@example.net",
                ])
                .args(["--from", ZOE_EMAIL])
                .stdout();
            // A message is read as its reader would: decoded, so that an address split by
            // a soft line break of quoted-printable is still seen.
            let readable = if format == "eml" {
                decoded(&given)
            } else {
                given.clone()
            };
            let mut found = addresses(&readable);
            found.sort();
            found.dedup();
            let mut expected = vec!["copy@example.net", "mayor@example.org"];
            if format == "eml" {
                // Its From: header.
                expected.push(ZOE_EMAIL);
            }
            let found: Vec<&str> = found.iter().map(String::as_str).collect();
            assert_eq!(found, expected, "{lang} {format}");
        }
    }
}

/// A message's headers and body as a mail reader shows them.
fn decoded(eml: &str) -> String {
    let message = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .expect("a message");
    let mut text = String::new();
    for header in message.headers() {
        text.push_str(&format!("{}: {:?}\n", header.name(), header.value()));
    }
    text.push_str(&message.body_text(0).expect("a body"));
    text
}

/// The email addresses in `text`, but for a message's own Message-ID.
fn addresses(text: &str) -> Vec<String> {
    emails(text)
        .into_iter()
        .filter(|e| !e.contains(".icheon-limoges@"))
        .collect()
}

#[test]
fn ended_terms_address_the_office_and_warn() {
    for lang in ["en", "fr"] {
        let (out, stderr) = Test::compose(ZOE, lang).ok();
        for person in ["Lombertie", "Kim Kyung-hee"] {
            assert!(!out.contains(person), "{lang}: the letter names {person}");
        }
        // Said in the letter's language, the offices named in it.
        let (limoges, limoges_ended, icheon, ended) = match lang {
            "en" => (
                "Mayor of Limoges",
                "22 March 2026",
                "Mayor of Icheon",
                "30 June 2026",
            ),
            _ => (
                "Maire de Limoges",
                "22 mars 2026",
                "Maire d’Icheon",
                "30 juin 2026",
            ),
        };
        assert!(stderr.contains("Émile Roger Lombertie"), "{stderr}");
        assert!(stderr.contains(limoges), "{stderr}");
        assert!(stderr.contains(limoges_ended), "{stderr}");
        assert!(
            stderr.contains("Kim Kyung-hee") && stderr.contains(icheon) && stderr.contains(ended),
            "{stderr}"
        );
    }
    let fr = Test::compose(ZOE, "fr").args(["-p", "body"]).stdout();
    assert!(fr.starts_with(
        "Madame, Monsieur le Maire, Mesdames et Messieurs les conseillers municipaux,\n"
    ));
}

#[test]
fn a_term_still_running_greets_the_person() {
    // "Today" is injectable: in 2025 both terms on file were running.
    let (out, stderr) = Test::compose(ADA, "en")
        .env("SISTER_LETTER_NOW", "2025-05-01T10:00:00Z")
        .args(["-p", "body"])
        .ok();
    assert!(out.starts_with("Dear Mayor Lombertie and Members of the City Council,\n"));
    assert!(out.contains("urge the Mayor of Icheon, Kim Kyung-hee, to close down"));
    assert!(!stderr.contains("the term of"), "{stderr}");
    let fr = Test::compose(ADA, "fr")
        .env("SISTER_LETTER_NOW", "2025-05-01T10:00:00Z")
        .args(["-p", "body"])
        .stdout();
    assert!(
        fr.starts_with("Monsieur le Maire, Mesdames et Messieurs les conseillers municipaux,\n")
    );
    assert!(
        fr.contains("demander à la mairie d’Icheon, que dirige Kim Kyung-hee, de faire fermer"),
        "{fr}"
    );
    // In Korean, the holder is greeted by the Hangul name, as Koreans write it.
    let ko = Test::compose(ADA, "ko")
        .env("SISTER_LETTER_NOW", "2025-05-01T10:00:00Z")
        .args(["-p", "body"])
        .stdout();
    assert!(
        ko.starts_with("존경하는 김경희 이천시장님과 이천시의회 의원 여러분께\n"),
        "{ko}"
    );
    // The copy, before the French original it carries, names her in Hangul only.
    let (copy, original) = ko
        .split_once("\n다음은 리모주 시장 및 리모주 시의회 앞으로 보낸 원문입니다.\n")
        .expect("the original under its heading");
    assert!(!copy.contains("Kim Kyung-hee"), "{copy}");
    assert!(original.contains("Monsieur le Maire"), "{original}");
}

#[test]
fn language_codes_are_taken_as_people_type_them() {
    let fr = Test::compose(ADA, "fr").args(["-p", "subject"]).stdout();
    for typed in ["FR", "fr_FR", "fr-CA"] {
        let out = Test::compose(ADA, typed).args(["-p", "subject"]).stdout();
        assert_eq!(out, fr, "{typed}");
    }
}

#[test]
fn names_are_not_html_escaped() {
    let name = "Tom & Jerry <tj> O'Brien";
    let body = Test::compose(name, "en").args(["-p", "body"]).stdout();
    assert!(body.contains("\nTom & Jerry <tj> O'Brien\n"), "{body}");
}

#[test]
fn the_environment_can_give_name_and_language() {
    let body = Test::new()
        .env("SISTER_LETTER_NAME", ADA_IN_FULL)
        .env("SISTER_LETTER_LANG", "fr")
        .args(["-p", "body"])
        .stdout();
    assert!(
        body.contains(&format!("\n{ADA_IN_FULL}\n"))
            && body.starts_with("Madame, Monsieur le Maire")
    );
}

#[test]
fn campaigns_are_listed() {
    let out = Test::new().arg("campaigns").stdout();
    assert_eq!(
        out,
        "icheon-limoges\tLimoges, speak to your sister city Icheon about the dog and cat meat trade\ten (English), fr (Français), ko (한국어)\tchecked 2026-11-25\n"
    );
}

#[test]
fn a_letters_folder_replaces_the_bundled_campaign() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("templates/en/body.hbs"),
        "Respectfully,",
        "With hope,",
    );
    let body = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-p", "body"])
        .stdout();
    assert!(body.contains(&format!("With hope,\n\n{ADA}")));
    let env = Test::compose(ADA, "en")
        .env("SISTER_LETTER_LETTERS", dir.path())
        .args(["-p", "body"])
        .stdout();
    assert_eq!(body, env);
    // A campaign folder of a new id is the default of the run that names it, though
    // the bundled campaign is there too.
    edit(
        &dir.path().join("campaign.toml"),
        "id = \"icheon-limoges\"",
        "id = \"other\"",
    );
    let other = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-p", "body"])
        .stdout();
    assert_eq!(other, body);
    let bundled = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-c", "icheon-limoges", "-p", "body"])
        .stdout();
    assert!(bundled.contains("Respectfully,"), "{bundled}");
    // A folder of campaigns names none: the choice is explicit.
    let parent = tempfile::tempdir().unwrap();
    std::fs::rename(dir.path(), parent.path().join("other")).unwrap();
    let stderr = Test::compose(ADA, "en").letters(parent.path()).fails(2);
    assert!(
        stderr.contains("--campaign") && stderr.contains("icheon-limoges, other"),
        "{stderr}"
    );
    let chosen = Test::compose(ADA, "en")
        .letters(parent.path())
        .args(["-c", "other", "-p", "body"])
        .stdout();
    assert_eq!(chosen, body);
}

#[test]
fn output_has_no_escape_codes_unless_asked() {
    let plain = Test::compose(ADA, "en").stdout();
    assert!(!plain.contains('\x1b'));
    let forced = Test::compose(ADA, "en")
        .args(["--color", "always"])
        .stdout();
    assert!(forced.contains("\x1b[1mSubject\x1b[0m"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    for _ in 0..5 {
        // The reading end is closed before the program starts, as `| head -0` can: every
        // write the program makes meets a closed pipe.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let (mut command, _home) = Test::compose(ADA, "en")
            .args(["--note", &"A long note. ".repeat(150)])
            .into_command();
        let out = command
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "{stderr}"
        );
    }
}

/// Warnings and errors go to a standard error that nobody reads (`2>&1 | true`): the
/// program still ends as it would have, without a signal.
#[test]
fn a_closed_standard_error_changes_nothing() {
    use std::process::Stdio;
    for (args, code) in [
        // Warnings about ended terms.
        (&["-n", ADA, "-l", "en"][..], 0),
        // An error message.
        (&["-n", ADA, "-l", "xx"], 2),
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let (mut command, _home) = Test::new().args(args).into_command();
        let status = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(writer)
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(code), "{args:?}: {status}");
    }
}

#[test]
fn no_terminal_means_no_prompt_and_no_wait() {
    use std::io::Read;
    use std::process::Stdio;
    // Standard input is a pipe that stays open: a program that waited would hang.
    let (mut command, _home) = Test::new().args(["--lang", "en"]).into_command();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = common::wait_until("the program to end without waiting for input", || {
        child.try_wait().unwrap().ok_or("still running".to_string())
    });
    assert_eq!(status.code(), Some(2));
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains("--name NAME") && stderr.contains("SISTER_LETTER_NAME"),
        "{stderr}"
    );
}

#[test]
fn no_input_never_prompts() {
    let stderr = Test::new().args(["--no-input", "-l", "en"]).fails(2);
    assert!(stderr.contains("--name"));
    let stderr = Test::new().args(["--no-input", "-n", ADA]).fails(2);
    assert!(
        stderr.contains("--lang") && stderr.contains("en (English), fr (Français), ko (한국어)"),
        "{stderr}"
    );
}

#[test]
fn the_ban_is_told_as_the_date_makes_it_true() {
    // The 2024 act's ban and penalties apply from 7 February 2027: before it the words
    // say when, from that day on they say it is banned; never "not enforced".
    for (now, before) in [
        ("2027-02-06T23:59:00Z", true),
        ("2027-02-07T00:00:00Z", false),
        ("2030-01-01T00:00:00Z", false),
    ] {
        let phone = Test::compose(ADA, "en")
            .env("SISTER_LETTER_NOW", now)
            .args(["-p", "phone"])
            .stdout();
        let body = Test::compose(ADA, "en")
            .env("SISTER_LETTER_NOW", now)
            .args(["-p", "body"])
            .stdout();
        assert_eq!(
            phone.contains("the ban and its penalties only apply from 7 February 2027"),
            before,
            "{now}: {phone}"
        );
        assert_eq!(
            phone.contains("has banned it since 7 February 2027"),
            !before,
            "{now}: {phone}"
        );
        assert_eq!(
            body.contains("the ban and its penalties apply from 7 February 2027"),
            before,
            "{now}: {body}"
        );
        assert_eq!(
            body.contains("the ban and its penalties have applied since 7 February 2027"),
            !before,
            "{now}: {body}"
        );
        assert!(!phone.contains("not enforced"), "{now}: {phone}");
    }
    for (lang, after) in [
        ("fr", "l’interdise depuis le 7 février 2027"),
        (
            "ko",
            "2027년 2월 7일부터 식용 목적의 개 사육·도살·유통·판매가 금지되었는데도",
        ),
    ] {
        let phone = Test::compose(ADA, lang)
            .env("SISTER_LETTER_NOW", "2027-03-01T10:00:00Z")
            .args(["-p", "phone"])
            .stdout();
        assert!(phone.contains(after), "{lang}: {phone}");
    }
}

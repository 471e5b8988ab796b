//! The questions with a scripted user, and every check of what was given.

use super::*;
use crate::error::Error;
use crate::locale::best_match;
use crate::piece::Piece;
use crate::prompt::scripted::{Answer, Scripted};
use crate::settings;

fn catalogue() -> &'static Catalogue {
    Box::leak(Box::new(Catalogue::load(&Words::english(), None).unwrap()))
}

/// `resolve` in English, with no terminal around and nothing in the locale.
fn resolved(
    given: Given,
    saved: Option<(&Path, &Settings)>,
    ask: Option<&mut dyn Ask>,
) -> Result<Request<'static>> {
    resolve(
        &Words::english(),
        given,
        catalogue(),
        &Surroundings::none(),
        saved,
        ask,
        "2026-11-25T13:05:00Z".parse().unwrap(),
    )
}

fn given(name: Option<&str>, lang: Option<&str>) -> Given {
    Given {
        name: name.map(|n| Sourced::flag("--name", n)),
        lang: lang.map(|l| Sourced::flag("--lang", l)),
        ..Given::default()
    }
}

/// Runs the questions with a scripted user, and checks every answer was used.
fn ask(
    given: Given,
    saved: Option<&Settings>,
    answers: &[Answer],
) -> (Request<'static>, Vec<String>) {
    let path = Path::new("/home/ada/.config/sister-letter/config.toml");
    let mut user = Scripted::new(answers);
    let request = resolved(
        given,
        saved.map(|s| (path, s)),
        Some(&mut user as &mut dyn Ask),
    )
    .unwrap();
    assert!(user.finished(), "answers left over: {:?}", user.transcript);
    (request, user.transcript)
}

#[test]
fn a_complete_command_line_asks_nothing() {
    let (request, transcript) = ask(given(Some("Ada"), Some("fr")), None, &[]);
    assert!(transcript.is_empty() && !request.asked);
    assert_eq!(request.letter.language, "fr");
    assert_eq!(
        request.product,
        Product::Text {
            part: Part::All,
            to: Sink::Stdout,
            wrap: None
        }
    );
}

#[test]
fn a_bare_run_asks_everything_in_order() {
    let (request, transcript) = ask(
        Given::default(),
        None,
        &[
            Answer::Choose("English"),
            Answer::Type("Zoë"),
            Answer::Type("Lyon, France"),
            Answer::Type(""),
            Answer::Type("maire@example.org"),
            Answer::Type(""),
            Answer::Choose("Print"),
        ],
    );
    assert_eq!(
        transcript,
        [
            "Language of the letter",
            "Your name (it signs the letter)",
            "Your town and country (Enter to skip)",
            "A sentence of your own, so that letters differ (Enter to skip)",
            "Email address for the Mayor of Limoges (Enter to skip)",
            "Email address for the Limoges City Council (Enter to skip)",
            "What should I do with the letter?",
        ]
    );
    let letter = &request.letter;
    assert_eq!(letter.sender.name, "Zoë");
    assert_eq!(letter.language, "en");
    assert_eq!(letter.sender.city.as_deref(), Some("Lyon, France"));
    assert!(letter.sender.notes.is_empty());
    assert_eq!(
        letter
            .recipient_emails
            .get("limoges_mayor")
            .map(String::as_str),
        Some("maire@example.org")
    );
    assert!(request.asked);
}

#[test]
fn a_refused_answer_is_explained_and_asked_again() {
    let (request, transcript) = ask(
        given(None, Some("en")),
        None,
        &[
            Answer::Type("Ada\u{1b}[31m"),
            Answer::Type("Ada"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type("not-an-address"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Choose("call script"),
        ],
    );
    assert!(transcript[1].contains("refused: the name holds a control character"));
    assert!(
        transcript[6]
            .starts_with("  refused: 'not-an-address' is not an email address: it has no @")
    );
    assert_eq!(request.letter.sender.name, "Ada");
    assert_eq!(
        request.product,
        Product::Text {
            part: Part::Only(Piece::Phone),
            to: Sink::Stdout,
            wrap: None
        }
    );
    // The bundled letter is too long for a mailto: link that mail apps take whole.
    assert!(
        !transcript.iter().any(|line| line.contains("mailto")),
        "{transcript:?}"
    );
}

#[test]
fn saved_answers_are_the_defaults_in_a_terminal_and_fill_in_without_one() {
    let saved = Settings {
        name: Some("Ada Saved".into()),
        lang: Some("en".into()),
        city: Some("Lyon".into()),
        ..Settings::default()
    };
    let (request, transcript) = ask(
        Given::default(),
        Some(&saved),
        &[
            Answer::Choose("English"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Choose("Print"),
        ],
    );
    assert_eq!(transcript[1], "Your name (it signs the letter)");
    assert_eq!(request.letter.sender.name, "Ada Saved");
    assert_eq!(request.letter.sender.city.as_deref(), Some("Lyon"));

    // Without a terminal, the saved answers complete the command line.
    let path = Path::new("config.toml");
    let request = resolved(Given::default(), Some((path, &saved)), None).unwrap();
    assert_eq!(request.letter.sender.name, "Ada Saved");
    assert_eq!(request.letter.language, "en");
    assert_eq!(request.letter.sender.city.as_deref(), Some("Lyon"));
    assert!(!request.asked);
}

#[test]
fn saving_as_eml_asks_for_a_new_file_in_a_folder_that_exists() {
    let dir = tempfile::tempdir().unwrap();
    let taken = dir.path().join("taken.eml");
    std::fs::write(&taken, "x").unwrap();
    let taken = Box::leak(taken.display().to_string().into_boxed_str());
    let missing = Box::leak(
        dir.path()
            .join("no/such/letter.eml")
            .display()
            .to_string()
            .into_boxed_str(),
    );
    let fresh = Box::leak(
        dir.path()
            .join("new.eml")
            .display()
            .to_string()
            .into_boxed_str(),
    );
    let (request, transcript) = ask(
        given(None, Some("en")),
        None,
        &[
            Answer::Type("Ada"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Choose(".eml"),
            Answer::Type(taken),
            Answer::Type(missing),
            Answer::Type(fresh),
            Answer::Type("ada@example.org"),
        ],
    );
    assert!(transcript.iter().any(|l| l.contains("exists already")));
    assert!(transcript.iter().any(|l| l.contains("does not exist")));
    assert_eq!(request.letter.from.as_deref(), Some("ada@example.org"));
    assert_eq!(
        request.product,
        Product::Eml {
            to: Sink::File {
                path: PathBuf::from(&*fresh),
                replace: Replace::Never
            }
        }
    );
}

#[test]
fn a_printable_letter_asks_for_a_file_and_the_sender_s_postal_address() {
    let dir = tempfile::tempdir().unwrap();
    let file = Box::leak(
        dir.path()
            .join("lettre.pdf")
            .display()
            .to_string()
            .into_boxed_str(),
    );
    let given = Given {
        country: None,
        ..given(None, Some("fr"))
    };
    let answers = [
        Answer::Type("Zoë"),
        Answer::Type("Lyon"),
        Answer::Type(""),
        Answer::Type(""),
        Answer::Type(""),
        Answer::Choose("PDF"),
        Answer::Type(file),
        // Who gets a letter: none ticked is asked again.
        Answer::Tick(&[]),
        Answer::Tick(&["Maire de Limoges", "Assemblée provinciale"]),
        Answer::Type("12 rue de la République"),
        Answer::Type("69002 Lyon"),
        Answer::Type(""),
        // The country: asked, since the locale does not tell it.
        Answer::Type("fr"),
    ];
    let (request, transcript) = ask(given, None, &answers);
    assert_eq!(
        request.product,
        Product::Printable {
            to: Printed::File {
                path: PathBuf::from(&*file),
                replace: Replace::Never,
                open: false
            }
        }
    );
    assert_eq!(
        request.postal.address,
        ["12 rue de la République", "69002 Lyon"]
    );
    // A French letter given: every question is in French.
    assert!(
        transcript
            .iter()
            .any(|q| q.starts_with("Ligne 1 de votre adresse postale")),
        "{transcript:?}"
    );
    assert_eq!(transcript[0], "Votre nom (pour signer la lettre)");
    // The campaign's three ticked at first, of those with a postal address.
    let ticked = "  ticked at first: Maire de Limoges, Maire d’Icheon, Conseil municipal d’Icheon";
    assert_eq!(
        transcript.iter().filter(|q| *q == ticked).count(),
        2,
        "{transcript:?}"
    );
    assert!(
        transcript
            .iter()
            .any(|q| q.starts_with("Cochez au moins un destinataire")),
        "{transcript:?}"
    );
    assert_eq!(
        request.postal.recipients,
        ["limoges_mayor", "gyeonggi_assembly"]
    );
    assert_eq!(request.postal.country.as_deref(), Some("FR"));
    assert_eq!(
        request.answers().address,
        Some(vec![
            "12 rue de la République".to_string(),
            "69002 Lyon".to_string()
        ])
    );
}

#[test]
fn everything_given_is_checked_before_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(Given, &str)> = vec![
        (
            Given {
                format: Some(Format::Eml),
                part: Some(Part::Only(Piece::Body)),
                ..Given::default()
            },
            "--format eml always carries the whole letter",
        ),
        (
            Given {
                to: vec!["nobody".into()],
                ..Given::default()
            },
            "--to: 'nobody' is not an email address",
        ),
        (
            Given {
                cc: vec!["a@example.org;b@example.org".into()],
                ..Given::default()
            },
            "--cc: 'a@example.org;b@example.org' holds more than one address: repeat --cc for each one",
        ),
        (
            Given {
                output: Some(dir.path().join("none/x.eml")),
                ..Given::default()
            },
            "does not exist",
        ),
        (
            given(None, Some("de")),
            "--lang: the campaign 'icheon-limoges' has no language 'de'",
        ),
        (
            Given {
                campaign: Some("paris-tokyo".into()),
                ..Given::default()
            },
            "unknown campaign 'paris-tokyo'",
        ),
    ];
    for (given, expected) in cases {
        // No answer is scripted: a question would panic.
        let mut user = Scripted::new(&[]);
        let err = resolved(given, None, Some(&mut user as &mut dyn Ask))
            .unwrap_err()
            .to_string();
        assert!(err.contains(expected), "{expected:?} not in {err:?}");
        assert!(user.transcript.is_empty());
    }
}

#[test]
fn errors_name_where_the_value_came_from() {
    let path = Path::new("/home/ada/.config/sister-letter/config.toml");
    let saved = Settings {
        name: Some("Ada\nBcc: x".into()),
        lang: Some("en".into()),
        ..Settings::default()
    };
    let err = resolved(Given::default(), Some((path, &saved)), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("'name' in the settings file /home/ada/.config/sister-letter/config.toml: the name holds a control character"),
        "{err}"
    );
    let env = Given {
        lang: Some(Sourced {
            value: "xx".into(),
            source: Source::Env("SISTER_LETTER_LANG"),
        }),
        ..given(Some("Ada"), None)
    };
    let err = resolved(env, None, None).unwrap_err().to_string();
    assert!(
        err.starts_with("the environment variable SISTER_LETTER_LANG: the campaign"),
        "{err}"
    );
}

#[test]
fn without_a_terminal_what_is_missing_is_an_error() {
    let err = resolved(given(None, Some("en")), None, None).unwrap_err();
    assert!(err.to_string().contains("pass --name NAME"), "{err}");
    let err = resolved(given(Some("Ada"), None), None, None).unwrap_err();
    assert!(err.to_string().contains("pass --lang CODE"), "{err}");
    let request = resolved(given(Some("Ada"), Some("ko")), None, None).unwrap();
    assert!(!request.asked);
    assert_eq!(
        request.words.code(),
        "ko",
        "the Korean letter speaks Korean"
    );
    // Both missing: said at once.
    let err = resolved(given(None, None), None, None).unwrap_err();
    assert!(
        err.to_string().contains("--name NAME and --lang CODE"),
        "{err}"
    );
}

#[test]
fn a_message_chosen_by_a_flag_asks_for_the_from_address_too() {
    let given = Given {
        format: Some(Format::Eml),
        ..given(None, Some("en"))
    };
    let (request, transcript) = ask(
        given,
        None,
        &[
            Answer::Type("Ada"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type("ada@example.org"),
        ],
    );
    assert_eq!(
        transcript.last().map(String::as_str),
        Some("Your email address, for the message's From line (Enter to skip)")
    );
    assert_eq!(request.letter.from.as_deref(), Some("ada@example.org"));
}

#[test]
fn the_korean_copy_asks_for_the_addresses_of_its_own_readers() {
    let (request, transcript) = ask(
        given(Some("김지현"), None),
        None,
        &[
            Answer::Choose("한국어"),
            Answer::Type(""),
            Answer::Type(""),
            Answer::Type("mayor@icheon.example.org"),
            Answer::Type(""),
            Answer::Choose("출력"),
            // Printed whole, the copy holds the French original: its readers read Latin
            // letters, and may get a French sentence of the sender's own.
            Answer::Type("Kim Ji-hyun"),
            Answer::Type(""),
        ],
    );
    // Asked in English until Korean is chosen, then in Korean.
    assert_eq!(
        transcript,
        [
            "Language of the letter",
            "사는 도시와 나라 (건너뛰려면 Enter)",
            "편지마다 달라지도록 직접 덧붙일 한 문장 (건너뛰려면 Enter)",
            "이천시장 이메일 주소 (건너뛰려면 Enter)",
            "이천시의회 이메일 주소 (건너뛰려면 Enter)",
            "편지를 어떻게 할까요?",
            "프랑스어 독자가 읽을 수 있는 로마자 이름(김지현, 입력한 그대로 서명하려면 Enter)",
            "프랑스어 편지에 덧붙일 한 문장(프랑스어로 쓰세요. 없으면 Enter)",
        ]
    );
    let sender = &request.letter.sender;
    assert_eq!(sender.latin_name.as_deref(), Some("Kim Ji-hyun"));
    assert!(sender.notes.is_empty(), "{sender:?}");
    assert_eq!(
        request
            .letter
            .recipient_emails
            .get("icheon_mayor")
            .map(String::as_str),
        Some("mayor@icheon.example.org")
    );
}

#[test]
fn language_codes_are_matched_as_people_type_them() {
    let known: Vec<String> = ["en", "fr", "fr-CA", "ko"].map(String::from).to_vec();
    let find = |typed| best_match(known.iter().map(String::as_str), typed);
    assert_eq!(find("fr"), Some("fr"));
    assert_eq!(find("FR"), Some("fr"));
    assert_eq!(find("fr_FR"), Some("fr"));
    assert_eq!(find("fr-fr"), Some("fr"));
    assert_eq!(find("fr_CA"), Some("fr-CA"), "an exact tag wins");
    assert_eq!(find(" Ko "), Some("ko"));
    assert_eq!(find("de"), None);
    assert_eq!(find(""), None);
}

#[test]
fn ctrl_c_at_a_question_ends_the_run() {
    let mut user = Scripted::new(&[Answer::Interrupt]);
    let err = resolved(Given::default(), None, Some(&mut user as &mut dyn Ask)).unwrap_err();
    assert!(matches!(err, Error::Interrupted));
}

fn answers() -> Settings {
    Settings {
        name: Some("Ada".into()),
        lang: Some("fr".into()),
        ..Settings::default()
    }
}

#[test]
fn yes_keeps_the_answers_and_no_keeps_only_the_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sister-letter/config.toml");
    let mut ask = Scripted::new(&[Answer::Confirm(true)]);
    offer_to_remember(&Words::english(), &mut ask, &path, None, answers()).unwrap();
    assert_eq!(
        settings::load(&Words::english(), &path).unwrap(),
        Some(answers())
    );

    let path = dir.path().join("other.toml");
    let mut ask = Scripted::new(&[Answer::Confirm(false)]);
    offer_to_remember(&Words::english(), &mut ask, &path, None, answers()).unwrap();
    let refused = settings::load(&Words::english(), &path).unwrap().unwrap();
    assert_eq!(refused.remember, Some(false));
    assert_eq!(refused.name, None);
}

#[test]
fn the_offer_names_what_is_kept_and_changed_answers_can_update_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut ask = Scripted::new(&[Answer::Confirm(true)]);
    offer_to_remember(&Words::english(), &mut ask, &path, None, answers()).unwrap();
    assert!(
        ask.transcript[0]
            .starts_with("Remember for next time your name (Ada) and language (French) (in ")
    );
    let changed = Settings {
        city: Some("Lyon".into()),
        ..answers()
    };
    let mut ask = Scripted::new(&[Answer::Confirm(true)]);
    offer_to_remember(
        &Words::english(),
        &mut ask,
        &path,
        Some(&answers()),
        changed.clone(),
    )
    .unwrap();
    assert_eq!(
        ask.transcript,
        ["Update your saved answers to these: your name (Ada), language (French) and town (Lyon)?"]
    );
    assert_eq!(
        settings::load(&Words::english(), &path).unwrap(),
        Some(changed.clone())
    );
    // The same answers again: nothing to offer.
    let mut ask = Scripted::new(&[]);
    offer_to_remember(
        &Words::english(),
        &mut ask,
        &path,
        Some(&changed),
        changed.clone(),
    )
    .unwrap();
}

#[test]
fn an_update_keeps_what_this_run_did_not_ask_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let saved = Settings {
        from: Some("ada@example.org".into()),
        ..answers()
    };
    // A printed letter: a postal address asked, no From address.
    let printed = Settings {
        address: Some(vec!["1 rue X".into()]),
        ..answers()
    };
    let mut ask = Scripted::new(&[Answer::Confirm(true)]);
    offer_to_remember(&Words::english(), &mut ask, &path, Some(&saved), printed).unwrap();
    assert!(
        ask.transcript[0].contains("email address (ada@example.org)"),
        "{:?}",
        ask.transcript
    );
    let kept = settings::load(&Words::english(), &path).unwrap().unwrap();
    assert_eq!(kept.from.as_deref(), Some("ada@example.org"));
    assert_eq!(kept.address, Some(vec!["1 rue X".to_string()]));
}

#[test]
fn the_offer_is_made_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    // No answer is scripted: asking would panic.
    let mut ask = Scripted::new(&[]);
    let refused = Settings {
        remember: Some(false),
        ..Settings::default()
    };
    offer_to_remember(
        &Words::english(),
        &mut ask,
        &path,
        Some(&refused),
        answers(),
    )
    .unwrap();
    assert!(!path.exists());
}

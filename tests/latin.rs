//! Each reader can read their letter: a name or town with no Latin letter is written in
//! its Latin-script form in a letter in a language written in Latin letters (the French
//! original inside a Korean copy too), and a note goes only into the letter of its
//! language.

mod common;

use common::persona::{MINJI, MINJI_LATIN, MINJI_TOWN, MINJI_TOWN_LATIN};
use common::pty::Pty;
use common::{Home, Test};

/// The words that head the French original inside a Korean body.
const HEADING: &str = "\n다음은 리모주 시장";

/// The Korean copy, and the French original after its heading.
fn split(body: &str) -> (&str, &str) {
    let at = body
        .find(HEADING)
        .unwrap_or_else(|| panic!("no original in:\n{body}"));
    body.split_at(at)
}

fn minji(lang: &str) -> Test {
    Test::compose(MINJI, lang).args(["--city", MINJI_TOWN])
}

fn with_latin(test: Test) -> Test {
    test.args([
        "--latin-name",
        MINJI_LATIN,
        "--latin-city",
        MINJI_TOWN_LATIN,
    ])
}

#[test]
fn the_korean_copy_signs_in_hangul_and_its_french_original_in_latin_letters() {
    let (body, stderr) = with_latin(minji("ko")).args(["-p", "body"]).ok();
    let (copy, original) = split(&body);
    assert!(
        copy.contains(&format!("{MINJI} 올림\n{MINJI_TOWN}\n")),
        "{copy}"
    );
    assert!(!copy.contains(MINJI_LATIN), "{copy}");
    assert!(
        original
            .trim_end()
            .ends_with(&format!("{MINJI_LATIN}\n{MINJI_TOWN_LATIN}")),
        "{original}"
    );
    assert!(
        !original.contains(MINJI) && !original.contains(MINJI_TOWN),
        "{original}"
    );
    assert!(!stderr.contains("--latin-"), "{stderr}");

    // The French letter alone signs the same.
    let french = with_latin(minji("fr")).args(["-p", "body"]).stdout();
    assert!(
        french
            .trim_end()
            .ends_with(&format!("{MINJI_LATIN}\n{MINJI_TOWN_LATIN}")),
        "{french}"
    );
}

#[test]
fn a_french_letter_with_only_the_hangul_name_signs_it_as_given_and_says_how_to_add_one() {
    let (body, stderr) = Test::compose(MINJI, "fr")
        .args(["-p", "body"])
        .env("LANG", "en_US.UTF-8")
        .ok();
    assert!(body.trim_end().ends_with(MINJI), "{body}");
    assert!(
        stderr.contains(&format!(
            "votre nom, {MINJI}, ne contient aucune lettre latine"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--latin-name \"Kim Min-ji\""), "{stderr}");
    assert!(!stderr.contains("--latin-city"), "no town given: {stderr}");

    // The town too, each said once.
    let (_, stderr) = minji("fr").args(["-p", "body"]).ok();
    assert_eq!(stderr.matches("--latin-name").count(), 2, "{stderr}");
    assert_eq!(stderr.matches("--latin-city").count(), 2, "{stderr}");

    // A Korean copy says it of its French original, in Korean.
    let (_, stderr) = minji("ko").args(["-p", "body"]).ok();
    assert!(
        stderr.contains(&format!("이름({MINJI})에 로마자가 없어 프랑스어 편지에")),
        "{stderr}"
    );

    // An English letter is written in Latin letters too: CLDR says so, no table.
    let (_, stderr) = minji("en").args(["-p", "body"]).ok();
    assert!(stderr.contains("--latin-name"), "{stderr}");

    // A name with Latin letters needs no other form.
    let (_, stderr) = Test::compose("Kim 민지", "fr").args(["-p", "body"]).ok();
    assert!(!stderr.contains("--latin-name"), "{stderr}");
}

#[test]
fn a_latin_form_without_latin_letters_is_refused() {
    let stderr = minji("fr").args(["--latin-name", "김민지"]).fails(2);
    assert!(stderr.contains("--latin-name"), "{stderr}");
    assert!(
        stderr.contains("no Latin letter") || stderr.contains("aucune lettre latine"),
        "{stderr}"
    );
}

#[test]
fn a_korean_note_stays_in_the_korean_copy() {
    let body = minji("ko")
        .args(["--note", "한국어 문장", "-p", "body"])
        .stdout();
    let (copy, original) = split(&body);
    assert!(copy.contains("한국어 문장"), "{copy}");
    assert!(!original.contains("한국어 문장"), "{original}");
}

#[test]
fn a_note_for_french_goes_into_the_french_letter_and_the_original_of_a_copy() {
    let body = minji("ko")
        .args(["--note-for", "fr", "Une phrase.", "-p", "body"])
        .stdout();
    let (copy, original) = split(&body);
    assert!(original.contains("\nUne phrase.\n"), "{original}");
    assert!(!copy.contains("Une phrase."), "{copy}");

    let french = minji("fr")
        .args(["--note-for", "fr", "Une phrase.", "-p", "body"])
        .stdout();
    assert!(french.contains("\nUne phrase.\n"), "{french}");
    // The English letter carries no French sentence.
    let english = minji("en")
        .args(["--note-for", "fr", "Une phrase.", "-p", "body"])
        .stdout();
    assert!(!english.contains("Une phrase."), "{english}");
    // Both: each letter its own.
    let body = minji("ko")
        .args([
            "--note",
            "한국어 문장",
            "--note-for",
            "FR",
            "Une phrase.",
            "-p",
            "body",
        ])
        .stdout();
    let (copy, original) = split(&body);
    assert!(
        copy.contains("한국어 문장") && !copy.contains("Une phrase."),
        "{copy}"
    );
    assert!(
        original.contains("Une phrase.") && !original.contains("한국어 문장"),
        "{original}"
    );
}

#[test]
fn a_note_for_a_language_the_campaign_lacks_is_refused() {
    let stderr = minji("fr").args(["--note-for", "xx", "Hi."]).fails(2);
    assert!(stderr.contains("--note-for"), "{stderr}");
}

#[test]
fn saved_latin_forms_sign_the_french_letter() {
    let home = Home::new();
    let settings = home.settings();
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(
        &settings,
        format!(
            "name = \"{MINJI}\"\ncity = \"{MINJI_TOWN}\"\nlatin_name = \"{MINJI_LATIN}\"\nlatin_city = \"{MINJI_TOWN_LATIN}\"\n"
        ),
    )
    .unwrap();
    let (body, stderr) = Test::at(&home).args(["-l", "fr", "-p", "body"]).ok();
    assert!(
        body.trim_end()
            .ends_with(&format!("{MINJI_LATIN}\n{MINJI_TOWN_LATIN}")),
        "{body}"
    );
    assert!(!stderr.contains("--latin-"), "{stderr}");

    // A saved form that is not one is refused, naming the file.
    std::fs::write(
        &settings,
        format!("name = \"{MINJI}\"\nlatin_name = \"{MINJI}\"\n"),
    )
    .unwrap();
    let stderr = Test::at(&home).args(["-l", "fr", "-p", "body"]).fails(2);
    assert!(stderr.contains("latin_name"), "{stderr}");
}

/// The program in a terminal, in `home`, pages shown whole.
fn terminal(home: &Home, args: &[&str]) -> Pty {
    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .env("PAGER", "cat")
        .args(args);
    Pty::spawn(command)
}

/// Answers the Korean questions up to the menu, and prints the letter whole.
fn korean_up_to_printing(s: &mut Pty, name: &str, town: &str) {
    s.expect("이름 (편지에 서명으로 들어갑니다)");
    s.type_line(name);
    s.expect("사는 도시와 나라");
    s.type_line(town);
    s.expect("편지마다 달라지도록 직접 덧붙일 한 문장");
    s.type_line("한국어 문장");
    s.expect("이천시장 이메일 주소");
    s.type_line("");
    s.expect("이천시의회 이메일 주소");
    s.type_line("");
    s.expect("편지를 어떻게 할까요?");
    s.expect("여기에 모두 출력");
    s.press("\r");
}

/// Ends the sitting at the menu after an action: "Done" is one step up from the first.
fn done(s: &mut Pty) {
    s.expect("다음에는 무엇을 할까요?");
    s.press("\x1b[A");
    s.expect_shown("❯ 끝내기");
    s.press("\r");
    s.expect("이번에 한 일");
}

/// A Korean supporter printing the whole package, whose copy holds the French original:
/// the flow asks the Latin-script name and town (none has a Latin letter) and the
/// French note, once, after the action is chosen; the forms are remembered and not
/// asked again; the note of each language stays in its letter.
#[test]
fn the_flow_asks_the_latin_forms_and_the_french_note_when_a_french_letter_is_made() {
    let home = Home::new();
    let mut s = terminal(&home, &["-l", "ko"]);
    korean_up_to_printing(&mut s, MINJI, MINJI_TOWN);
    s.expect(&format!("프랑스어 독자가 읽을 수 있는 로마자 이름({MINJI}"));
    s.type_line(MINJI_LATIN);
    s.expect(&format!(
        "프랑스어 독자가 읽을 수 있는 로마자 지명({MINJI_TOWN}"
    ));
    s.type_line(MINJI_TOWN_LATIN);
    s.expect("프랑스어 편지에 덧붙일 한 문장(프랑스어로 쓰세요. 없으면 Enter)");
    s.type_line("Une phrase.");
    let letter = s.expect(&format!("{MINJI_LATIN}\r\n{MINJI_TOWN_LATIN}"));
    let (copy, original) = split(&letter);
    assert!(
        copy.contains(&format!("{MINJI} 올림")) && copy.contains("한국어 문장"),
        "{copy}"
    );
    assert!(
        original.contains("Une phrase.") && !original.contains("한국어 문장"),
        "{original}"
    );
    done(&mut s);
    s.expect("[Y/n]");
    s.type_line("y");
    let rest = s.rest();
    assert_eq!(s.exit_code(), 0, "{rest}");
    let saved = std::fs::read_to_string(home.settings()).unwrap();
    assert!(
        saved.contains(&format!("latin_name = \"{MINJI_LATIN}\"")),
        "{saved}"
    );
    assert!(
        saved.contains(&format!("latin_city = \"{MINJI_TOWN_LATIN}\"")),
        "{saved}"
    );

    // Remembered: the next sitting signs the French original with them, unasked; the
    // French note is asked again (notes are never saved).
    let mut s = terminal(&home, &["-l", "ko"]);
    korean_up_to_printing(&mut s, "", "");
    let screen = s.expect("프랑스어 편지에 덧붙일 한 문장");
    assert!(!screen.contains("로마자 이름"), "{screen}");
    s.type_line("");
    let letter = s.expect(&format!("{MINJI_LATIN}\r\n{MINJI_TOWN_LATIN}"));
    assert!(!letter.contains("Une phrase."), "{letter}");
    done(&mut s);
    s.rest();
    assert_eq!(s.exit_code(), 0);
}

/// A French supporter with a Latin name is asked nothing more.
#[test]
fn a_latin_name_in_a_french_letter_is_not_asked_for_another_form() {
    let home = Home::new();
    let mut s = terminal(&home, &["-l", "fr", "--no-config"]);
    s.expect("Votre nom");
    s.type_line("Zoë");
    s.expect("Votre ville");
    s.type_line("");
    s.expect("Une phrase personnelle");
    s.type_line("");
    s.expect("Adresse e-mail");
    s.type_line("");
    s.expect("Adresse e-mail");
    s.type_line("");
    s.expect("Que faire de la lettre");
    s.press("\r");
    let screen = s.expect("Et ensuite");
    assert!(screen.contains("\r\nZoë\r\n"), "{screen}");
    assert!(!screen.contains("Votre nom en alphabet latin"), "{screen}");
    s.press("\x1b[A");
    s.expect_shown("❯ Terminer");
    s.press("\r");
    s.rest();
    assert_eq!(s.exit_code(), 0);
}

/// Printed letters too: the envelope to Limoges holds the French letter, signed and sent
/// from the Latin-script name and town; the Korean copy for Icheon keeps the Hangul.
#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn printed_letters_sign_as_their_readers_read() {
    let home = Home::new();
    let file = home.path().join("letters.pdf");
    with_latin(Test::at(&home).args(["-n", MINJI, "-l", "ko", "--city", MINJI_TOWN]))
        .args(["--country", "KR", "-f", "pdf", "-o"])
        .arg(&file)
        .ok();
    let text = common::poppler::tool("pdftotext", &[], &file);
    // The envelopes in order: Limoges first; the first Hangul is Icheon's sender block.
    let icheon = text
        .find(MINJI)
        .expect("the envelope to Icheon, from 김민지");
    let (limoges, korean) = text.split_at(icheon);
    assert!(limoges.starts_with(MINJI_LATIN), "{limoges}");
    assert!(limoges.contains("87000 LIMOGES"), "{limoges}");
    assert!(
        limoges.contains(&format!("{MINJI_TOWN_LATIN}, le ")),
        "{limoges}"
    );
    assert!(korean.contains("[17379]"), "{korean}");
}

//! The interactive composer in a real pseudo-terminal, as a person would use it.

mod common;

use common::persona::{ADA, ADA_EMAIL, ADA_TOWN, BEA, JIHYUN, ZOE, ZOE_TOWN};
use common::pty::Pty;
use common::{Home, Test};

const DOWN: &str = "\x1b[B";
const HIDE_CURSOR: &str = "\x1b[?25l";
const SHOW_CURSOR: &str = "\x1b[?25h";

/// The program in a terminal, in a home of the test's own (for saved settings).
fn terminal(home: &Home, args: &[&str]) -> Pty {
    terminal_in(home, None, args)
}

/// The program in a terminal whose locale is `lang` (none: no locale at all).
fn terminal_in(home: &Home, lang: Option<&str>, args: &[&str]) -> Pty {
    let mut command = home.command();
    // The letter is longer than the screen: `cat` pages it, so that no pager waits.
    command
        .env("TERM", "xterm-256color")
        .env("PAGER", "cat")
        .args(args);
    if let Some(lang) = lang {
        command.env("LANG", lang);
    }
    Pty::spawn(command)
}

/// What an English-speaking user would see: a test that reads a screen for the French
/// or Korean flow fails if any of these shows.
const ENGLISH: [&str; 8] = [
    "Your ",
    "Language of",
    "to skip",
    "Email address",
    "What should",
    "Remember",
    "warning",
    "Print it all",
];

const UP: &str = "\x1b[A";

/// Ends a sitting at the menu that follows an action (`next` is its question): "Done" is
/// its last entry, one step up from the first. Returns what was shown up to the list of
/// what was done (`done` heads it).
fn end_sitting(s: &mut Pty, next: &str, done: &str) -> String {
    let mut screen = s.expect(next);
    s.press(UP);
    let label = match done {
        "Fait pendant cette séance" => "Terminer",
        "이번에 한 일" => "끝내기",
        _ => "Done",
    };
    screen += &s.expect_shown(&format!("❯ {label}"));
    s.press("\r");
    screen += &s.expect(done);
    screen
}

fn no_english(screen: &str) {
    for word in ENGLISH {
        assert!(
            !screen.contains(word),
            "{word:?} on a screen that should not be in English: {screen}"
        );
    }
}

/// A French locale: every question, the menu, the refusals and the offer to remember are
/// in French, and the letter's language is French unless another is chosen.
#[test]
fn the_whole_flow_in_french_with_a_french_locale() {
    let home = Home::new();
    let mut s = terminal_in(&home, Some("fr_FR.UTF-8"), &[]);
    let mut screen = s.expect("Langue de la lettre");
    // The locale's language is the default: Enter takes it.
    screen += &s.expect("Français");
    s.press("\r");
    screen += &s.expect("Votre nom (pour signer la lettre)");
    s.type_line(ZOE);
    screen += &s.expect("Votre ville et votre pays (Entrée pour passer)");
    s.type_line(ZOE_TOWN);
    screen += &s.expect("Une phrase personnelle");
    s.type_line("J’ai visité Limoges en 2019.");
    screen += &s.expect("Adresse e-mail — Maire de Limoges (Entrée pour passer)");
    s.type_line("not-an-address");
    screen += &s.expect("«\u{202f}not-an-address\u{202f}» n’est pas une adresse e-mail");
    s.type_line("maire@example.org");
    screen += &s.expect("Adresse e-mail — Conseil municipal de Limoges");
    s.type_line("");
    screen += &s.expect("Que faire de la lettre");
    screen += &s.expect("Tout afficher ici");
    s.press("\r");
    let letter = end_sitting(&mut s, "Et ensuite\u{202f}?", "Fait pendant cette séance");
    screen += &letter;
    screen += &s.expect("affiché toute la lettre");
    screen += &s.expect("Mémoriser pour la prochaine fois (dans ");
    for piece in [
        "Maire de Limoges <maire@example.org>\r\nConseil municipal de Limoges\u{a0}: aucune adresse",
        "Madame, Monsieur le Maire, Mesdames et Messieurs les conseillers municipaux,",
        "J’ai visité Limoges en 2019.\r\n\r\nAu nom de tous les animaux",
        &format!("{ZOE}\r\n{ZOE_TOWN}"),
        "Limoges, heure locale\u{a0}: mercredi, 14\u{a0}h\u{a0}05",
    ] {
        assert!(letter.contains(piece), "{piece:?} missing from {letter}");
    }
    screen += &s.expect(
        // The locale's country is kept too, and said.
        &format!("votre nom ({ZOE}), votre langue (français), votre ville ({ZOE_TOWN}) et votre pays (FR)\u{202f}? [O/n]"),
    );
    // A French yes.
    s.type_line("o");
    screen += &s.rest();
    assert_eq!(s.exit_code(), 0);
    no_english(&screen);
    let saved = std::fs::read_to_string(home.settings()).unwrap();
    assert!(
        saved.contains(&format!("name = \"{ZOE}\""))
            && saved.contains("lang = \"fr\"")
            && saved.contains(&format!("city = \"{ZOE_TOWN}\"")),
        "{saved}"
    );

    // The next run offers the saved answers as defaults, and does not offer again.
    let mut s = terminal_in(&home, Some("fr_FR.UTF-8"), &[]);
    s.expect("Langue de la lettre");
    s.press("\r");
    s.expect("Votre nom");
    s.expect(&format!("[{ZOE}]"));
    s.type_line("");
    for question in [
        "Votre ville et votre pays",
        "Une phrase personnelle",
        "Maire de Limoges",
        "Conseil municipal de Limoges",
    ] {
        s.expect(question);
        s.type_line("");
    }
    s.expect("Que faire de la lettre");
    s.press("\r");
    let rest = end_sitting(&mut s, "Et ensuite\u{202f}?", "Fait pendant cette séance") + &s.rest();
    assert_eq!(s.exit_code(), 0);
    assert!(
        rest.contains(&format!("{ZOE}\r\n{ZOE_TOWN}")),
        "the saved town is the default"
    );
    // The same answers as saved: nothing is offered again.
    assert!(
        !rest.contains("Mémoriser") && !rest.contains("Remplacer vos réponses"),
        "{rest}"
    );
    no_english(&rest);
}

/// A Korean letter chosen at the first question: every later question, the menu, the
/// warning and the offer to remember are in Korean.
#[test]
fn choosing_korean_first_turns_the_whole_flow_korean() {
    let home = Home::new();
    let mut s = terminal(&home, &[]);
    s.expect("Language of the letter");
    s.expect("한국어");
    // Each key moves the mark, drawn again before the list reads the next.
    s.press(DOWN);
    s.expect_shown("❯ Français");
    s.press(DOWN);
    s.expect_shown("❯ 한국어");
    s.press("\r");
    // What was drawn up to the name question holds the answered language question.
    s.expect("이름 (편지에 서명으로 들어갑니다)");
    s.type_line(JIHYUN);
    let mut screen = s.expect("사는 도시와 나라 (건너뛰려면 Enter)");
    s.type_line("");
    screen += &s.expect("편지마다 달라지도록 직접 덧붙일 한 문장");
    s.type_line("");
    // The Korean letter is the copy for Icheon: its mayor and council are asked for.
    screen += &s.expect("이천시장 이메일 주소");
    s.type_line("mayor");
    screen += &s.expect("'mayor'에 @ 기호가 없습니다");
    s.type_line("");
    screen += &s.expect("이천시의회 이메일 주소");
    s.type_line("");
    screen += &s.expect("편지를 어떻게 할까요?");
    screen += &s.expect("여기에 모두 출력");
    s.press("\r");
    // The package holds the French original: its readers' needs are asked, once.
    screen += &s.expect(&format!(
        "프랑스어 독자가 읽을 수 있는 로마자 이름({JIHYUN}"
    ));
    s.type_line("");
    screen += &s.expect("프랑스어 편지에 덧붙일 한 문장");
    s.type_line("");
    screen += &s.expect("경고: 이 캠페인의 한국어 글은 아직 원어민의 검토를 거치지 않았습니다");
    screen += &end_sitting(&mut s, "다음에는 무엇을 할까요?", "이번에 한 일");
    screen += &s.expect(&format!(
        "다음에도 쓸 수 있도록 이름({JIHYUN}) 및 언어(한국어) 정보를 저장할까요?"
    ));
    screen += &s.expect("[Y/n]");
    // A Korean no.
    s.type_line("아니요");
    screen += &s.rest();
    assert_eq!(s.exit_code(), 0);
    no_english(&screen);
    assert_eq!(
        std::fs::read_to_string(home.settings()).unwrap().trim(),
        "remember = false"
    );
}

/// A language given on the command line is the language of the questions, whatever the
/// locale says.
#[test]
fn a_korean_letter_given_asks_in_korean_in_a_french_locale() {
    let home = Home::new();
    let mut s = terminal_in(&home, Some("fr_FR.UTF-8"), &["-l", "ko", "--no-config"]);
    let mut screen = s.expect("이름 (편지에 서명으로 들어갑니다)");
    s.type_line(JIHYUN);
    screen += &s.expect("사는 도시와 나라");
    s.type_line("");
    screen += &s.expect("편지마다");
    s.type_line("");
    screen += &s.expect("이천시장 이메일 주소");
    s.type_line("");
    screen += &s.expect("이천시의회 이메일 주소");
    s.type_line("");
    screen += &s.expect("편지를 어떻게 할까요?");
    s.press("\r");
    screen += &s.expect("로마자 이름(");
    s.type_line("");
    screen += &s.expect("프랑스어 편지에 덧붙일 한 문장");
    s.type_line("");
    screen += &end_sitting(&mut s, "다음에는 무엇을 할까요?", "이번에 한 일");
    screen += &s.rest();
    assert_eq!(s.exit_code(), 0);
    no_english(&screen);
    assert!(
        !screen.contains("Votre") && !screen.contains("Entrée"),
        "{screen}"
    );
}

#[test]
fn a_bad_name_is_explained_and_asked_again() {
    let home = Home::new();
    let mut s = terminal(
        &home,
        &[
            "--lang", "en", "--city", ADA_TOWN, "--note", "Hi.", "--part", "body",
        ],
    );
    s.expect("Your name");
    s.type_line(&"x".repeat(201));
    s.expect("201 characters long; at most 200 are allowed");
    s.type_line(ADA);
    s.expect("Email address for the Mayor of Limoges");
    s.type_line("");
    s.expect("Email address for the Limoges City Council");
    s.type_line("");
    // --part was given: no question about what to do with the letter.
    s.expect(&format!("Respectfully,\r\n\r\n{ADA}\r\n"));
    s.expect("Remember for next time");
    s.type_line("n");
    s.rest();
    assert_eq!(s.exit_code(), 0);
    // Declined: remembered as such, nothing personal kept, and not offered again.
    assert_eq!(
        std::fs::read_to_string(home.settings()).unwrap().trim(),
        "remember = false"
    );
}

/// What the command line already shows to be wrong is said before any question.
#[test]
fn a_bad_command_line_fails_before_the_first_question() {
    for (args, expected) in [
        (
            &["-f", "eml", "-p", "body"][..],
            "--format eml always carries the whole letter",
        ),
        (
            &["--to", "nobody"],
            "--to: 'nobody' is not an email address",
        ),
        (&["-o", "no/such/folder/x.eml"], "does not exist"),
        (
            &["-l", "xx"],
            "--lang: the campaign 'icheon-limoges' has no language 'xx'",
        ),
    ] {
        let home = Home::new();
        let mut s = terminal(&home, args);
        let screen = s.rest();
        assert_eq!(s.exit_code(), 2, "{args:?}: {screen}");
        assert!(screen.contains(expected), "{args:?}: {screen}");
        assert!(!screen.contains("Your name"), "{args:?} asked: {screen}");
    }
}

/// The clipboard holder is started by the program itself; run by hand in a terminal it
/// refuses at once rather than wait for text.
#[test]
fn the_clipboard_holder_run_by_hand_refuses() {
    let home = Home::new();
    let mut s = terminal(&home, &["__serve-clipboard"]);
    let screen = s.rest();
    assert_eq!(s.exit_code(), 2, "{screen}");
    assert!(screen.contains("not a command to run by hand"), "{screen}");
}

#[test]
fn ctrl_c_at_the_name_prompt_exits_130_with_the_cursor_shown() {
    // Ten tries out of ten: a race between the handler and the prompt would show here.
    for _ in 0..10 {
        let home = Home::new();
        let mut s = terminal(&home, &["-l", "en"]);
        let mut screen = s.expect("Your name");
        s.ctrl('c');
        screen += &s.rest();
        assert_eq!(s.exit_code(), 130);
        let shown = screen.rfind(SHOW_CURSOR).expect("the cursor is shown");
        assert!(
            screen
                .rfind(HIDE_CURSOR)
                .is_none_or(|hidden| hidden < shown),
            "{screen:?}"
        );
        assert!(!home.settings().exists(), "nothing is written");
    }
}

#[test]
fn ctrl_c_and_esc_in_a_list_exit_130_with_the_cursor_shown() {
    for key in ["ctrl-c", "esc"] {
        let home = Home::new();
        let mut s = terminal(&home, &["--name", ADA]);
        let mut screen = s.expect("Language of the letter");
        screen += &s.expect("Français");
        assert!(screen.contains(HIDE_CURSOR), "the list hides the cursor");
        if key == "esc" {
            s.press("\x1b");
        } else {
            s.ctrl('c');
        }
        screen += &s.rest();
        assert_eq!(s.exit_code(), 130, "{key}");
        let shown = screen.rfind(SHOW_CURSOR).expect("the cursor is shown");
        assert!(
            screen.rfind(HIDE_CURSOR).unwrap() < shown,
            "{key}: {screen:?}"
        );
    }
}

#[test]
fn complete_flags_never_prompt_even_in_a_terminal() {
    let home = Home::new();
    let mut s = terminal(
        &home,
        &[
            "-n",
            ADA,
            "-l",
            "en",
            "--city",
            ADA_TOWN,
            "--note",
            "Hi.",
            "--to",
            "m@example.org",
            "-p",
            "subject",
        ],
    );
    let screen = s.rest();
    assert_eq!(s.exit_code(), 0);
    assert!(
        screen.contains("\r\nMayor of Limoges and members of the City Council"),
        "{screen:?}"
    );
    assert!(
        !screen.contains("Your name") && !screen.contains("Email address"),
        "{screen:?}"
    );
    assert!(!home.settings().exists());
}

#[test]
fn prompts_go_to_the_terminal_and_only_the_letter_to_a_redirected_stdout() {
    let home = Home::new();
    let file = home.path().join("letter.txt");
    let mut command = home.command_for("sh");
    command.env("TERM", "xterm-256color").args([
        "-c",
        &format!(
            "exec '{}' --lang en --no-config > '{}'",
            common::BIN,
            file.display()
        ),
    ]);
    let mut s = Pty::spawn(command);
    s.expect("Your name");
    s.type_line(ADA);
    for prompt in [
        "Your town",
        "A sentence",
        "Mayor of Limoges",
        "Limoges City Council",
    ] {
        s.expect(prompt);
        s.type_line("");
    }
    s.expect("What should I do with the letter?");
    s.press("\r");
    end_sitting(&mut s, "What next?", "Done in this sitting:");
    s.rest();
    assert_eq!(s.exit_code(), 0);
    let letter = std::fs::read_to_string(&file).unwrap();
    assert!(letter.starts_with("Subject\n=======\n"), "{letter}");
    assert!(
        !letter.contains("Your name") && !letter.contains('\x1b'),
        "{letter}"
    );
}

#[test]
fn saving_as_eml_asks_for_a_file_and_never_replaces_one() {
    let home = Home::new();
    std::fs::write(home.path().join("taken.eml"), "keep me").unwrap();
    let mut command = home.command();
    // The call script is longer than the screen: `cat` pages it, so that no pager waits.
    command
        .env("TERM", "xterm-256color")
        .env("PAGER", "cat")
        .args([
            "--lang",
            "en",
            "--city",
            ADA_TOWN,
            "--note",
            "Hi.",
            "--no-config",
        ]);
    let mut s = Pty::spawn(command);
    s.expect("Your name");
    s.type_line(ADA);
    for prompt in ["Mayor of Limoges", "Limoges City Council"] {
        s.expect(prompt);
        s.type_line("");
    }
    s.expect("What should I do with the letter?");
    // No display here: the menu offers no clipboard and no mail app, so saving an .eml
    // file comes second.
    let menu = s.expect("Save it as an .eml file");
    assert!(
        !menu.contains("Copy the email body") && !menu.contains("mail app"),
        "{menu}"
    );
    s.press(DOWN);
    s.expect_shown("❯ Save it as an .eml file");
    s.press("\r");
    s.expect("Save as");
    s.expect("letter-icheon-limoges-en.eml");
    // Clear the default and type a taken name: refused, asked again.
    s.type_line("taken.eml");
    s.expect("exists already");
    s.type_line("mine.eml");
    // A message needs a From address: asked, not told to add a flag.
    s.expect("Your email address, for the message's From line");
    s.type_line(ADA_EMAIL);
    let rest = s.expect("Saved the message to mine.eml");
    // The recipients' addresses were skipped: said, without a flag to add.
    assert!(!rest.contains("--from") && !rest.contains("--to"), "{rest}");
    assert!(
        rest.contains("the message has no recipient address: add them in your mail program"),
        "{rest}"
    );
    // The sitting goes on: the call script next, with the answers kept, then done.
    let menu = s.expect("What next?");
    s.expect("Done");
    // The letter is too long for a mailto: link that mail apps take whole.
    assert!(!menu.contains("mailto"), "{menu}");
    s.press(&DOWN.repeat(3));
    s.expect_shown("❯ Show the call script");
    s.press("\r");
    let script = end_sitting(&mut s, "What next?", "Done in this sitting:");
    assert!(script.contains(&format!("my name is {ADA}")), "{script}");
    let done = s.rest();
    assert!(
        done.contains("  - saved the message to mine.eml\r\n  - showed the call script"),
        "{done}"
    );
    assert_eq!(s.exit_code(), 0);
    assert_eq!(
        std::fs::read_to_string(home.path().join("taken.eml")).unwrap(),
        "keep me"
    );
    let eml = std::fs::read_to_string(home.path().join("mine.eml")).unwrap();
    assert!(eml.contains("MIME-Version: 1.0"));
    assert!(
        eml.contains(&format!("From: \"{ADA}\" <{ADA_EMAIL}>")),
        "{eml}"
    );
}

#[test]
fn a_broken_settings_file_is_an_error_naming_file_and_line() {
    let home = Home::new();
    let path = home.settings();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, format!("name = \"{ADA}\"\nlanguage = \"en\"\n")).unwrap();
    let stderr = Test::at(&home).args(["-l", "en"]).fails(2);
    assert!(
        stderr.contains(&format!("{}:2:1: unknown field `language`", path.display())),
        "{stderr}"
    );
    assert!(stderr.contains("--no-config"));
    let body = Test::at(&home)
        .args(["-n", BEA, "-l", "en", "--no-config", "-p", "body"])
        .stdout();
    assert!(body.contains(&format!("\n{BEA}\n")));
    // A good file gives its name to a run with no terminal.
    std::fs::write(&path, format!("name = \"{ADA}\"\nlang = \"fr\"\n")).unwrap();
    let body = Test::at(&home).args(["-p", "body"]).stdout();
    assert!(body.starts_with("Madame, Monsieur le Maire") && body.contains(&format!("\n{ADA}\n")));
}

/// On a terminal the package is wrapped to the terminal's width and handed to the
/// user's pager when it is longer than the screen; --no-pager prints it; a pipe gets
/// neither.
#[test]
fn a_long_package_goes_through_the_pager_wrapped_to_the_terminal() {
    let home = Home::new();
    let paged = home.path().join("paged.txt");
    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .env("PAGER", format!("cat > '{}'", paged.display()))
        .args(["-n", ADA, "-l", "fr", "--city", ZOE_TOWN]);
    let mut s = Pty::spawn(command);
    let screen = s.rest();
    assert_eq!(s.exit_code(), 0, "{screen}");
    let text = std::fs::read_to_string(&paged).expect("the pager got the letter");
    assert!(text.contains("Madame, Monsieur le Maire"), "{text}");
    assert!(
        !screen.contains("Madame, Monsieur le Maire"),
        "only the pager shows it"
    );
    // The test's terminal tells no size: the program takes 80 columns: no line is longer, and none begins with
    // the mark a no-break space holds to its word.
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        assert!(line.width() <= 80, "{line:?}");
        assert!(!line.starts_with('?') && !line.starts_with(':'), "{line:?}");
    }
    // In a pipe, the same package is neither wrapped nor paged.
    let piped = common::Test::compose(ADA, "fr")
        .args(["--city", ZOE_TOWN])
        .stdout();
    assert!(piped.lines().any(|l| l.width() > 80));

    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .env(
            "PAGER",
            format!("cat > '{}'", home.path().join("never.txt").display()),
        )
        .args(["-n", ADA, "-l", "fr", "--no-pager", "-q"]);
    let mut s = Pty::spawn(command);
    let screen = s.rest();
    assert!(screen.contains("Madame, Monsieur le Maire"));
    assert!(
        !screen.contains("sister-letter:") && !screen.contains("avertissement"),
        "--quiet silences warnings: {screen}"
    );
    assert!(!home.path().join("never.txt").exists());
}

/// The terminal helper itself: a key waits until the program reads keys. This shell
/// shows its prompt a moment before it turns the terminal raw, as a slow program would:
/// a key sent at once would be echoed by the terminal and held for a line.
#[test]
fn a_key_waits_until_the_program_reads_keys() {
    let home = Home::new();
    let mut command = home.command_for("sh");
    command.args([
        "-c",
        "printf 'key? '; sleep 0.2; stty raw -echo; key=$(dd bs=1 count=1 2>/dev/null); stty sane; printf '[%s]\\n' \"$key\"",
    ]);
    let mut s = Pty::spawn(command);
    s.expect("key? ");
    s.press("k");
    assert_eq!(s.rest(), "[k]\r\n", "the key is read once, never echoed");
    assert_eq!(s.exit_code(), 0);
}

/// A German locale, and a campaign with a German letter: German is the default, though
/// the program asks in English (it speaks no German).
#[test]
fn the_locale_s_language_is_preselected_when_the_campaign_has_it() {
    let dir = common::campaign_copy();
    common::edit(
        &dir.path().join("campaign.toml"),
        "[languages.fr]",
        "[languages.de]\nname = \"Deutsch\"\n\n[languages.fr]",
    );
    let de = dir.path().join("templates/de");
    std::fs::create_dir_all(&de).unwrap();
    for piece in ["body", "phone", "post"] {
        let en = dir.path().join(format!("templates/en/{piece}.hbs"));
        std::fs::copy(en, de.join(format!("{piece}.hbs"))).unwrap();
    }
    std::fs::write(de.join("subject.hbs"), "Ein Brief an {{places.limoges}}\n").unwrap();
    let home = Home::new();
    let letters = dir.path().to_str().unwrap();
    let args = [
        "--letters",
        letters,
        "--name",
        ADA,
        "--no-config",
        "-p",
        "subject",
    ];
    let mut s = terminal_in(&home, Some("de_DE.UTF-8"), &args);
    s.expect("Language of the letter");
    s.expect("Deutsch");
    // Enter takes the default.
    s.press("\r");
    for question in ["Your town", "A sentence of your own"] {
        s.expect(question);
        s.type_line("");
    }
    // A piece alone is not emailed: no address is asked.
    let rest = s.rest();
    assert!(rest.contains("\nEin Brief an Limoges"), "{rest}");
    assert_eq!(s.exit_code(), 0);
}

/// A letter short enough for a mailto: link that mail apps take whole is offered as one;
/// the bundled letter, too long, is not (see the .eml test above).
#[test]
fn a_short_letter_is_offered_as_a_mailto_link() {
    let home = Home::new();
    let dir = common::layout_campaign();
    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .env("PAGER", "cat")
        .arg("--letters")
        .arg(dir.path())
        .args(["-l", "en", "--no-config"]);
    let mut s = Pty::spawn(command);
    s.expect("Your name");
    s.type_line(ZOE);
    s.expect("Your town");
    s.type_line("");
    s.expect("A sentence");
    s.type_line("");
    s.expect("Mayor of Testville");
    s.type_line("");
    let menu = s.expect("Show a mailto: link");
    assert!(!menu.contains("Done"), "nothing is done yet: {menu}");
    s.press(UP);
    s.expect_shown("❯ Show a mailto: link");
    s.press("\r");
    let link = end_sitting(&mut s, "What next?", "Done in this sitting:");
    assert!(
        link.contains("mailto:?cc=council@example.org&subject=A%20test%20letter"),
        "{link}"
    );
    assert!(s.rest().contains("  - showed a mailto: link"));
    assert_eq!(s.exit_code(), 0);
}

/// The flow's printable letters: a list to tick of the recipients with a postal address,
/// those the campaign posts to ticked at first; the envelopes made, and their pages,
/// said once the file is saved; each letter greets the office it goes to.
#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn the_flow_asks_who_gets_a_printed_letter() {
    let home = Home::new();
    let mut command = home.command();
    command
        .env("TERM", "xterm-256color")
        .args(["--lang", "en", "--city", ADA_TOWN, "--no-config"]);
    let mut s = Pty::spawn(command);
    s.expect("Your name");
    s.type_line(ADA);
    s.expect("sentence of your own");
    s.type_line("");
    for prompt in ["Mayor of Limoges", "Limoges City Council"] {
        s.expect(prompt);
        s.type_line("");
    }
    s.expect("What should I do with the letter?");
    s.expect("Save a printable letter (PDF)");
    // No display: print, save an .eml, then the PDF.
    s.press(DOWN);
    s.expect_shown("❯ Save it as an .eml file");
    s.press(DOWN);
    s.expect_shown("❯ Save a printable letter (PDF)");
    s.press("\r");
    s.expect("Save as");
    s.type_line("mine.pdf");
    s.expect("Who gets a printed letter?");
    let list = s.expect_shown("Members of the National Assembly of South Korea");
    // The campaign's three are ticked; the assemblies are offered, unticked.
    for ticked in ["Mayor of Limoges", "Mayor of Icheon", "Icheon City Council"] {
        assert!(list.contains(&format!("✔ {ticked}")), "{ticked}: {list}");
    }
    for unticked in [
        "Gyeonggi Provincial Assembly",
        "Members of the National Assembly",
    ] {
        assert!(
            list.contains(&format!("⬚ {unticked}")),
            "{unticked}: {list}"
        );
    }
    assert!(
        !list.contains("Limoges City Council"),
        "no postal address: {list}"
    );
    // Untick the council, tick the provincial assembly: the list is drawn again, down
    // to its last item, after each key.
    const LAST: &str = "Members of the National Assembly of South Korea";
    s.press(DOWN);
    s.expect_shown(LAST);
    s.press(DOWN);
    s.expect_shown(LAST);
    s.press(" ");
    s.expect_shown("⬚ Icheon City Council");
    s.press(DOWN);
    s.expect_shown(LAST);
    s.press(" ");
    s.expect_shown("✔ Gyeonggi Provincial Assembly");
    s.press("\r");
    s.expect("Line 1 of your postal address");
    s.type_line("");
    s.expect("Your country");
    s.type_line("");
    let said = s.expect_shown("Envelope 3");
    assert!(
        said.contains("Saved the printable letters to mine.pdf"),
        "{said}"
    );
    let sitting = end_sitting(&mut s, "What next?", "Done in this sitting:");
    let rest = said.clone() + &sitting + &plain_rest(&mut s);
    assert!(
        rest.contains("  - saved the printable letters to mine.pdf"),
        "{rest}"
    );
    assert_eq!(s.exit_code(), 0, "{rest}");
    assert!(
        rest.contains("Envelope 1 — Mayor of Limoges: page"),
        "{rest}"
    );
    assert!(
        rest.contains("Envelope 2 — Mayor of Icheon: pages"),
        "{rest}"
    );
    assert!(
        rest.contains("Envelope 3 — Gyeonggi Provincial Assembly: pages"),
        "{rest}"
    );
    let pdf = home.path().join("mine.pdf");
    let text = common::poppler::tool("pdftotext", &[], &pdf);
    assert!(text.contains("존경하는 경기도의회 의원 여러분께"), "{text}");
    assert!(
        !text.contains("이천시의회 귀중"),
        "the council was unticked: {text}"
    );
}

/// What the terminal shows until the program ends, escape sequences aside.
fn plain_rest(s: &mut Pty) -> String {
    let rest = s.rest();
    String::from_utf8_lossy(&common::pty::plain(rest.as_bytes()).0).into_owned()
}

#[test]
fn esc_in_the_list_of_recipients_exits_130() {
    let home = Home::new();
    let mut command = home.command();
    command.env("TERM", "xterm-256color").args([
        "--lang",
        "en",
        "--city",
        ADA_TOWN,
        "--note",
        "Hi.",
        "-f",
        "pdf",
        "-o",
        "x.pdf",
        "--no-config",
    ]);
    let mut s = Pty::spawn(command);
    s.expect("Your name");
    s.type_line(ADA);
    s.expect("Who gets a printed letter?");
    s.expect_shown("Members of the National Assembly of South Korea");
    s.press("\x1b");
    let rest = s.rest();
    assert_eq!(s.exit_code(), 130, "{rest}");
    assert!(rest.contains(SHOW_CURSOR), "the cursor is shown: {rest:?}");
    assert!(!home.path().join("x.pdf").exists());
}

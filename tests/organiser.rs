//! What a campaign organiser does: export the bundled campaign, edit it, check it, use it.

mod common;

use common::persona::{ADA, JIHYUN};
use common::{Test, campaign_copy, edit};

#[test]
fn the_bundled_campaign_passes_check_with_its_warnings() {
    let out = Test::new().arg("check").output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("letters/icheon-limoges/campaign.toml:49:8: warning: according to the campaign, the term of Émile Roger Lombertie as Mayor of Limoges ran to 22 March 2026"), "{stdout}");
    assert!(
        stdout.contains(
            "warning: according to the campaign, the term of Kim Kyung-hee as Mayor of Icheon ran to 30 June 2026"
        )
    );
    assert!(!stdout.contains(": error: "));
}

#[test]
fn export_then_edit_then_use() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine");
    let (_, stderr) = Test::new()
        .args(["export", "icheon-limoges"])
        .arg(&target)
        .ok();
    assert!(stderr.contains("Wrote 13 files"), "{stderr}");
    assert!(target.join("templates/ko/post.hbs").is_file());
    let out = Test::new().arg("check").arg(&target).output();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // Export never overwrites.
    let stderr = Test::new()
        .args(["export", "icheon-limoges"])
        .arg(&target)
        .fails(2);
    assert!(stderr.contains("exists already"), "{stderr}");

    edit(
        &target.join("templates/fr/body.hbs"),
        "Je me permets de vous écrire",
        "Je vous écris",
    );
    let body = Test::compose(ADA, "fr")
        .letters(&target)
        .args(["-p", "body"])
        .stdout();
    assert!(body.contains("\nJe vous écris au sujet d’Icheon"));
}

/// Breaks a copy of the campaign and expects `check` to exit 1, naming each problem.
fn check_finds(changes: &[(&str, &str, &str)], expected: &[&str]) {
    let dir = campaign_copy();
    for (file, from, to) in changes {
        edit(&dir.path().join(file), from, to);
    }
    let (code, stdout) = common::check(dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    for e in expected {
        assert!(stdout.contains(e), "expected {e:?} in:\n{stdout}");
    }
}

#[test]
fn toml_syntax() {
    check_finds(
        &[("campaign.toml", "title = \"Limoges", "title = Limoges")],
        &["DIR/campaign.toml:8:"],
    );
}

#[test]
fn unknown_and_missing_fields() {
    check_finds(
        &[(
            "campaign.toml",
            "send = \"to\"\n",
            "send = \"to\"\nmail = \"x\"\n",
        )],
        &["DIR/campaign.toml:40:1: error: unknown field `mail`"],
    );
    check_finds(
        &[(
            "campaign.toml",
            "title = \"Limoges, speak to your sister city Icheon about the dog and cat meat trade\"\n",
            "",
        )],
        &["DIR/campaign.toml", "missing field `title`"],
    );
}

#[test]
fn templates_missing_broken_or_naming_what_does_not_exist() {
    let dir = campaign_copy();
    std::fs::remove_file(dir.path().join("templates/ko/post.hbs")).unwrap();
    edit(
        &dir.path().join("templates/en/body.hbs"),
        "Respectfully,",
        "Respectfully {{ yours,",
    );
    edit(
        &dir.path().join("templates/fr/phone.hbs"),
        "{{sender.name}}",
        "{{sender.nom}}",
    );
    let (code, stdout) = common::check(dir.path());
    assert_eq!(code, Some(1));
    // Every problem, not only the first.
    assert!(
        stdout.contains(
            "DIR/templates/ko/post.hbs: error: missing: the language 'ko' needs a post template"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("DIR/templates/en/body.hbs:26:"), "{stdout}");
    assert!(
        stdout.contains("DIR/templates/fr/phone.hbs:1:")
            && stdout.contains("the variable `sender.nom` does not exist"),
        "{stdout}"
    );
}

#[test]
fn addresses_phones_and_postal_lines() {
    check_finds(
        &[
            (
                "campaign.toml",
                "website = \"https://www.limoges.fr\"\nconfidence = \"medium\"\nsource = \"Ville de Limoges website; the seed",
                "email = \"mairie.limoges.fr\"\nwebsite = \"https://www.limoges.fr\"\nconfidence = \"medium\"\nsource = \"Ville de Limoges website; the seed",
            ),
            (
                "campaign.toml",
                "number = \"+33 5 55 45 60 00\"",
                "number = \"05 55 45 60 00\"",
            ),
            (
                "campaign.toml",
                "\"1 square Jacques Chirac\",",
                "\"1 square Jacques Chirac Place Léon Betoulle Limoges\",",
            ),
            (
                "campaign.toml",
                "country = { en = \"FRANCE\", fr = \"FRANCE\", ko = \"FRANCE\" }",
                "country = { en = \"France\", fr = \"FRANCE\", ko = \"FRANCE\" }",
            ),
        ],
        &[
            // Each problem at the value itself, from the TOML parser's spans.
            "DIR/campaign.toml:43:9: error: recipient 'limoges_mayor': 'mairie.limoges.fr' is not an email address: it has no @",
            "DIR/campaign.toml:298:10: error: phone number '05 55 45 60 00' is not international",
            "DIR/campaign.toml:202:3: error: French postal line '1 square Jacques Chirac Place Léon Betoulle Limoges' has 51 characters; the French address standard (NF Z 10-011) allows at most 38",
            "DIR/campaign.toml:205:18: error: the address must end with a country line in capitals; 'en' has 'France'",
        ],
    );
}

#[test]
fn a_post_too_long_for_x() {
    check_finds(
        &[("templates/en/post.hbs", "#Limoges", &"#Limoges ".repeat(30))],
        &["DIR/templates/en/post.hbs: error: the post weighs"],
    );
}

#[test]
fn old_data_and_missing_translations() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("campaign.toml"),
        "checked = 2026-11-25\n",
        "checked = 2024-01-10\n",
    );
    edit(
        &dir.path().join("campaign.toml"),
        ", ko = \"경기도의회\"",
        "",
    );
    let out = Test::new().arg("check").arg(dir.path()).output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(
            "warning: the campaign was last checked on 10 January 2024, more than 12 months ago"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("error: recipient 'gyeonggi_assembly': office has no 'ko' text"),
        "{stdout}"
    );
    assert_eq!(out.status.code(), Some(1));
}

/// Limoges does not read Korean: the Korean letter is the copy for those who do, and
/// says so; every format addresses it to them.
#[test]
fn the_korean_letter_is_the_copy_for_korean_readers() {
    let (out, stderr) = Test::compose(JIHYUN, "ko").args(["-f", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let offices = |list: &str| -> Vec<String> {
        json[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["office"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(offices("to"), ["이천시장", "이천시의회"]);
    assert_eq!(
        offices("cc"),
        ["경기도의회", "국회의원", "이천시 지역구 국회의원"]
    );
    let subject = json["subject"].as_str().unwrap();
    assert!(
        subject.starts_with("[번역본] 리모주 시장·시의회에 보낸 서한 – "),
        "{subject}"
    );
    let body = json["body"].as_str().unwrap();
    let (opening, _) = body.split_at(body.find("서한에서").unwrap());
    assert!(
        opening.starts_with("존경하는 이천시장님과 이천시의회 의원 여러분께\n"),
        "{body}"
    );
    assert!(
        opening.contains("리모주 시장과 시의원들께 보낸 서한의 내용을 한국어로 옮긴 것입니다"),
        "{body}"
    );
    assert!(body.trim_end().ends_with(&format!("{JIHYUN} 올림")));
    let script = json["phone"]["script"].as_str().unwrap();
    assert!(
        script.starts_with("이 통화 안내문은 프랑스 리모주 시청 대표번호"),
        "{script}"
    );
    assert!(script.contains("“Le cabinet du maire, s’il vous plaît.”"));
    // The text package says the same.
    let text = Test::compose(JIHYUN, "ko").stdout();
    assert!(text.contains("받는 사람\n=========\n이천시장:"), "{text}");
    assert!(
        text.contains("리모주 시청 (시장 비서실 연결 요청): +33 5 55 45 60 00"),
        "{text}"
    );
    // In English and French, the letter goes to Limoges, with copies to Icheon.
    for lang in ["en", "fr"] {
        let json: serde_json::Value =
            serde_json::from_str(&Test::compose(ADA, lang).args(["-f", "json"]).stdout()).unwrap();
        assert_eq!(json["to"].as_array().unwrap().len(), 2, "{lang}");
        assert!(
            json["to"][0]["office"]
                .as_str()
                .unwrap()
                .contains("Limoges")
        );
    }
    assert!(
        stderr.contains("경고: 이 캠페인의 한국어 글은 아직 원어민의 검토를 거치지 않았습니다"),
        "{stderr}"
    );
    let (_, stderr) = Test::compose(ADA, "en").ok();
    assert!(!stderr.contains("reviewed"));
}

#[test]
fn completions_and_the_manual_are_generated() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = Test::new().args(["completions", shell]).stdout();
        assert!(
            out.contains("--letters") && out.contains("campaigns"),
            "{shell}"
        );
        // Internal parts stay internal.
        assert!(
            !out.contains("serve-clipboard") && !out.contains("--now"),
            "{shell}"
        );
    }
    let man = Test::new().arg("man").stdout();
    assert!(
        man.starts_with(".ie") || man.contains(".TH sister-letter"),
        "{man}"
    );
    assert!(man.contains("\\-\\-name"));
    assert!(!man.contains("serve\\-clipboard") && !man.contains("\\-\\-now"));
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH EXAMPLES",
    ] {
        assert!(man.contains(section), "{section} missing from {man}");
    }
    let help = Test::new().arg("--help").stdout();
    assert!(
        !help.contains("__serve-clipboard") && !help.contains("--now"),
        "the internal command is hidden"
    );
    assert!(
        help.contains("msmtp -t")
            && help.contains("-o draft.eml && neomutt -H draft.eml")
            && help.contains("--copy")
            && help.contains("export icheon-limoges")
    );
}

/// The example commands of --help, one a line.
fn help_examples() -> Vec<String> {
    let help = Test::new().arg("--help").stdout();
    let (_, examples) = help
        .split_once("\nExamples:\n")
        .expect("examples in --help");
    let commands: Vec<String> = examples
        .lines()
        .filter(|line| line.starts_with("    sister-letter"))
        .map(|line| line.trim().to_string())
        .collect();
    assert!(commands.len() >= 8, "{examples}");
    commands
}

/// The manual page as `man` shows it, 80 columns wide: a manual page's sections in their
/// order, and every example of --help whole on a line of its own.
#[test]
#[ignore = "needs man-db (Debian package man-db); .ci/run installs it and runs it"]
fn the_manual_page_reads_as_a_manual_page() {
    use std::io::Write;
    use std::process::{Command, Stdio};

    assert!(
        Command::new("man").arg("--version").output().is_ok(),
        "man is missing: apt-get install man-db"
    );
    let roff = Test::new().arg("man").stdout();
    let mut man = Command::new("man")
        .args(["-l", "-"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LANG", "C.UTF-8")
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    man.stdin
        .take()
        .unwrap()
        .write_all(roff.as_bytes())
        .unwrap();
    let out = man.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.is_empty(), "man: {stderr}");
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = page.lines().collect();

    let headings: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    assert_eq!(
        headings,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "SUBCOMMANDS",
            "EXIT STATUS",
            "ENVIRONMENT",
            "FILES",
            "EXAMPLES",
            "VERSION"
        ],
        "{page}"
    );
    let section = |name: &str| -> String {
        let start = lines.iter().position(|l| *l == name).unwrap() + 1;
        let end = lines[start..]
            .iter()
            .position(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
            .map_or(lines.len(), |n| start + n);
        lines[start..end].join("\n")
    };
    let exit = section("EXIT STATUS");
    for (code, meaning) in [
        ("0", "Done."),
        ("1", "Failed: something outside your input"),
        ("2", "Bad usage or input:"),
        ("130", "Interrupted: Ctrl-C"),
    ] {
        assert!(
            exit.lines().any(|l| {
                // Words as a reader sees them, without the spaces of justification.
                let words = l.split_whitespace().collect::<Vec<_>>().join(" ");
                words.starts_with(&format!("{code} {meaning}"))
            }),
            "{code} {meaning}: {exit}"
        );
    }
    let environment = section("ENVIRONMENT");
    for variable in [
        "SISTER_LETTER_NAME",
        "SISTER_LETTER_LANG",
        "SISTER_LETTER_FROM",
        "SISTER_LETTER_LETTERS",
        "SISTER_LETTER_NOW",
        "NO_COLOR",
    ] {
        assert!(
            environment.lines().any(|l| l.trim() == variable),
            "{variable}: {environment}"
        );
    }
    assert!(
        environment.contains("empty string counts as unset"),
        "{environment}"
    );
    let files = section("FILES");
    for path in [
        "$XDG_CONFIG_HOME/sister-letter/config.toml",
        "~/.config/sister-letter/config.toml",
    ] {
        assert!(files.lines().any(|l| l.trim() == path), "{path}: {files}");
    }
    let examples = section("EXAMPLES");
    for command in help_examples() {
        assert!(
            examples.lines().any(|l| l.trim() == command),
            "{command:?} is not a line of its own: {examples}"
        );
    }
}

/// Composing reads only the templates that the output prints: a broken call script does
/// not stop an email, and is named as soon as the call script is asked for.
#[test]
fn only_the_templates_printed_are_parsed() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("templates/fr/phone.hbs"),
        "{{sender.name}}",
        "{{#if sender.name}",
    );
    std::fs::remove_file(dir.path().join("templates/fr/post.hbs")).unwrap();
    let letters = |test: Test| test.letters(dir.path());

    for args in [
        &["-f", "eml"][..],
        &["-f", "mailto"],
        &["-p", "body"],
        &["-p", "subject"],
        &["-p", "recipients"],
        &["-p", "addresses"],
    ] {
        let out = letters(Test::compose(ADA, "fr")).args(args).output();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    for (args, file) in [
        (&["-p", "phone"][..], "templates/fr/phone.hbs:1:"),
        (&["-p", "post"], "templates/fr/post.hbs: fichier manquant"),
        (&[], "templates/fr/"),
        (&["-f", "json"], "templates/fr/"),
    ] {
        let stderr = letters(Test::compose(ADA, "fr")).args(args).fails(2);
        assert!(stderr.contains(file), "{args:?}: {stderr}");
    }
}

/// `check` speaks the organiser's locale, counts with the language's plurals, and names
/// offices in it.
#[test]
fn check_reports_in_the_locale_s_language() {
    for (locale, expected) in [
        (
            "C.UTF-8",
            "sister-letter: checked 1 campaign: 0 errors, 2 warnings\n",
        ),
        (
            "fr_FR.UTF-8",
            "sister-letter: 1 campagne vérifiée\u{a0}: 0 erreur, 2 avertissements\n",
        ),
        (
            "ko_KR.UTF-8",
            "sister-letter: 캠페인 1개를 검사했습니다: 오류 0개, 경고 2개\n",
        ),
    ] {
        let (out, stderr) = Test::new().env("LANG", locale).arg("check").ok();
        assert_eq!(stderr, expected, "{locale}");
        let office = match locale {
            "C.UTF-8" => "as Mayor of Limoges ran to 22 March 2026",
            "fr_FR.UTF-8" => {
                "occupait la fonction «\u{202f}Maire de Limoges\u{202f}» jusqu’au 22 mars 2026"
            }
            _ => "에밀 로제 롱베르티 리모주 시장의 임기는 2026년 3월 22일까지입니다",
        };
        assert!(out.contains(office), "{locale}: {out}");
    }
}

/// A campaign file that cannot be read is bad input, as an unreadable settings file is
/// (exit 2), and the reason is said in the user's language.
#[test]
fn an_unreadable_campaign_file_is_bad_input() {
    let dir = campaign_copy();
    let body = dir.path().join("templates/fr/body.hbs");
    std::fs::remove_file(&body).unwrap();
    std::fs::create_dir(&body).unwrap();
    let stderr = Test::compose("Ada", "fr")
        .letters(dir.path())
        .args(["-p", "body"])
        .fails(2);
    assert!(
        stderr.contains(&format!(
            "{}: impossible de lire le fichier\u{a0}: c’est un dossier",
            body.display()
        )),
        "{stderr}"
    );
}

/// `check --letters DIR` checks the campaigns a run would use: one of DIR with a bundled
/// campaign's id replaces it, and is checked instead of it.
#[test]
fn check_checks_a_replacing_campaign_instead_of_the_bundled_one() {
    let dir = campaign_copy();
    let out = Test::new()
        .arg("check")
        .arg("--letters")
        .arg(dir.path())
        .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("checked 1 campaign"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("letters/icheon-limoges/"), "{stdout}");
}

/// The line of a campaign file's text that holds `needle`, the first from line `after`.
fn line_of(dir: &std::path::Path, needle: &str, after: usize) -> usize {
    let text = std::fs::read_to_string(dir.join("campaign.toml")).unwrap();
    after
        + text
            .lines()
            .skip(after - 1)
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in the file"))
}

/// Three mistakes in three tables: one run of `check` names all three, each at its line;
/// composing refuses the campaign, naming the first and how to see them all.
#[test]
fn check_lists_every_problem_of_the_facts_file_in_one_run() {
    let dir = campaign_copy();
    let file = dir.path().join("campaign.toml");
    edit(&file, "send = \"to\"", "send = \"bcc\"");
    edit(
        &file,
        "timezone = \"Europe/Paris\"",
        "timezone = \"Europe/Paris\"\ncolour = \"blue\"",
    );
    let social = line_of(dir.path(), "[social]", 1);
    let text = std::fs::read_to_string(&file).unwrap();
    let (head, tail) = text.split_at(text.find("[social]").unwrap());
    let tail = tail.replacen("checked = 2026-11-25", "checked = 2026-11-25T09:00:00", 1);
    std::fs::write(&file, format!("{head}{tail}")).unwrap();
    let send = line_of(dir.path(), "send = \"bcc\"", 1);
    let colour = line_of(dir.path(), "colour = \"blue\"", 1);
    let checked = line_of(dir.path(), "checked = 2026-11-25T09:00:00", social);
    let (code, stdout) = common::check(dir.path());
    assert_eq!(code, Some(1), "{stdout}");
    for expected in [
        format!(
            "DIR/campaign.toml:{send}:8: error: `send` cannot be \"bcc\": choose one of to, cc"
        ),
        format!(
            "DIR/campaign.toml:{colour}:1: error: unknown field `colour`; this table's fields are `number`,"
        ),
        format!(
            "DIR/campaign.toml:{checked}:11: error: expected a date like 2026-11-25, found 2026-11-25T09:00:00"
        ),
    ] {
        assert!(
            stdout.contains(&expected),
            "expected {expected:?} in:\n{stdout}"
        );
    }
    assert_eq!(stdout.matches(": error: ").count(), 3, "{stdout}");

    let stderr = Test::compose(ADA, "en").letters(dir.path()).fails(2);
    let path = dir.path().display();
    assert_eq!(
        stderr,
        format!(
            "sister-letter: {path}/campaign.toml:{send}:8: `send` cannot be \"bcc\": choose one of to, cc (and 2 more: `sister-letter check {path}` lists them all)\n"
        )
    );
}

/// `check` lists the facts marked unverified as notes, which fail nothing; a letter that
/// uses one warns once; the post tags only the handles whose owner is confirmed.
#[test]
fn unverified_facts_are_listed_and_warned_of() {
    let out = Test::new().arg("check").output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains(": note: not confirmed (confidence = \"unverified\"): the handle @ggholic (owner: not known; possibly Gyeonggi Province); the post does not tag it"),
        "{stdout}"
    );
    assert_eq!(
        stdout.matches(": note: not confirmed").count(),
        6,
        "{stdout}"
    );
    let (post, stderr) = Test::compose(ADA, "en").args(["-p", "post"]).ok();
    assert!(!post.contains('@'), "{post}");
    // Printed alone, to be posted: the user is told to tag the accounts they know.
    assert!(
        stderr.contains("the post tags no account: the campaign has none whose owner is confirmed"),
        "{stderr}"
    );
    // A campaign with a confirmed account tags it, and says nothing.
    let layout = common::layout_campaign();
    let (post, stderr) = Test::compose(ADA, "en")
        .letters(layout.path())
        .args(["-p", "post"])
        .ok();
    assert!(post.contains('@'), "{post}");
    assert!(!stderr.contains("tags no account"), "{stderr}");

    let dir = campaign_copy();
    let file = dir.path().join("campaign.toml");
    edit(
        &file,
        "confidence = \"medium\"\nsource = \"Vivre à Limoges 2018-2019",
        "confidence = \"unverified\"\nsource = \"Vivre à Limoges 2018-2019",
    );
    edit(
        &file,
        "handle = \"2000happy\"\nowner = \"probably Icheon City (its official blog is 2000happy_)\"\nconfidence = \"low\"",
        "handle = \"2000happy\"\nowner = \"probably Icheon City (its official blog is 2000happy_)\"\nconfidence = \"high\"",
    );
    let (out, stderr) = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-f", "json"])
        .ok();
    let warning = "sister-letter: warning: the phone number +33 5 55 45 60 00 is marked unverified in the campaign: check it before you rely on it\n";
    assert_eq!(stderr.matches(warning).count(), 1, "{stderr}");
    // A handle of high confidence is tagged.
    assert!(out.contains("@2000happy"), "{out}");
    assert!(!out.contains("@ggholic"), "{out}");
}

/// The old list of handles still reads; `check` suggests the new form, and the post tags
/// none of them.
#[test]
fn the_old_list_of_handles_is_read_and_check_suggests_the_new_form() {
    let dir = campaign_copy();
    let file = dir.path().join("campaign.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let social = text.find("[social]").unwrap();
    std::fs::write(
        &file,
        format!(
            "{}[social]\nhandles = [\"2000happy\"]\nsource = \"the seed\"\nchecked = 2026-11-25\n",
            &text[..social]
        ),
    )
    .unwrap();
    let (code, stdout) = common::check(dir.path());
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.contains(": warning: `handles` lists accounts without an owner or a confidence, and the post tags none of them: give each its own [[social.handle]] table"),
        "{stdout}"
    );
    let post = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-p", "post"])
        .stdout();
    assert!(!post.contains('@'), "{post}");
}

/// The README's steps, with a campaign of a new id: the folder named is the campaign.
#[test]
fn the_readme_s_steps_work_for_a_new_campaign_id() {
    let home = common::Home::new();
    Test::at(&home)
        .args(["export", "icheon-limoges", "my-campaign"])
        .ok();
    let file = home.path().join("my-campaign/campaign.toml");
    edit(&file, "id = \"icheon-limoges\"", "id = \"my-campaign\"");
    let (code, stdout) = common::check(&home.path().join("my-campaign"));
    assert_eq!(code, Some(0), "{stdout}");
    let body = Test::at(&home)
        .args([
            "--letters",
            "my-campaign",
            "-n",
            ADA,
            "-l",
            "en",
            "-p",
            "body",
        ])
        .stdout();
    assert!(body.contains(ADA), "{body}");
}

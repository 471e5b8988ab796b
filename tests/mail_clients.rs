//! The README's commands for mail clients, run as written with the real programs:
//! neomutt opens the saved draft in its compose screen, and bsd-mailx's `mail -s` sends
//! the body as UTF-8 and the subject as raw 8-bit text. Nothing leaves the machine: each
//! client's sendmail is a script of the test's own that records what it is given.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::persona::ADA;
use common::pty::Pty;
use common::{BIN, Home, Test};

const README: &str = include_str!("../README.md");

/// The README's and --help's command for a draft in neomutt.
const NEOMUTT: &str =
    "sister-letter -n Ada -l en -f eml --from ada@example.org -o draft.eml && neomutt -H draft.eml";

/// The README's command for `mail -s`.
const MAIL: &str = r#"sister-letter -n Ada -l en -p body --wrap 72 | mail -s "$(sister-letter -n Ada -l en -p subject)" mayor@example.org"#;

/// Fails clearly when the program is not installed.
fn installed(program: &str, package: &str) {
    let path = std::env::var_os("PATH").unwrap_or_default();
    assert!(
        std::env::split_paths(&path).any(|dir| dir.join(program).is_file()),
        "{program} is missing: apt-get install {package}"
    );
}

/// A shell running `line` in the home's clean environment, in a UTF-8 locale, with this
/// build of the program first on the PATH.
fn shell(home: &Home, line: &str) -> Command {
    let bin_dir = Path::new(BIN).parent().unwrap().to_path_buf();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path =
        std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(&path))).unwrap();
    let mut command = home.command_for("sh");
    command
        .env("PATH", path)
        .env("LANG", "C.UTF-8")
        .arg("-c")
        .arg(line);
    command
}

/// A stand-in for sendmail at `dir/sendmail`: it writes its arguments and the message it
/// reads to `dir/sent` (whole, by a rename), and succeeds.
fn sendmail(dir: &Path) -> (PathBuf, PathBuf) {
    let script = dir.join("sendmail");
    let sent = dir.join("sent");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n{{ printf '%s\\n' \"$@\"; echo; cat; }} > '{sent}.tmp' && mv '{sent}.tmp' '{sent}'\n",
            sent = sent.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    (script, sent)
}

/// The letter's subject and body, as `-p` prints them.
fn piece(lang: &str, piece: &str) -> String {
    Test::compose(ADA, lang).args(["-p", piece]).stdout()
}

#[test]
#[ignore = "needs neomutt (Debian package neomutt); .ci/run installs it and runs it"]
fn neomutt_opens_the_saved_draft_in_its_compose_screen() {
    installed("neomutt", "neomutt");
    assert!(README.contains(NEOMUTT), "the README gives {NEOMUTT}");
    let help = Test::new().arg("--help").stdout();
    assert!(help.contains(NEOMUTT), "--help gives {NEOMUTT}");

    let home = Home::new();
    // neomutt's own settings in this home: no editor to wait for, and a sendmail that
    // records anything it is given. The mail folder exists, or neomutt asks to create it.
    let (script, sent) = sendmail(home.path());
    std::fs::write(
        home.path().join(".neomuttrc"),
        format!("set editor=true\nset sendmail=\"{}\"\n", script.display()),
    )
    .unwrap();
    std::fs::create_dir(home.path().join("Mail")).unwrap();

    // The README's command for a French letter, with the addresses one knows.
    let line = NEOMUTT.replace(
        "-l en",
        "-l fr --to maire@example.org --cc icheon@example.net",
    );
    let subject = piece("fr", "subject");
    let subject = subject.trim_end();
    assert!(
        !subject.is_ascii(),
        "the French subject has accents: {subject}"
    );
    let mut command = shell(&home, &line);
    // A terminal wide enough for the whole subject.
    command
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "200")
        .env("LINES", "50");
    let mut s = Pty::spawn(command);

    // neomutt asks for the recipients and the subject, filled in from the draft.
    s.expect_shown("To: maire@example.org");
    s.press("\r");
    s.expect_shown(&format!("Subject: {subject}"));
    s.press("\r");
    // The compose screen: the headers, decoded, and the body as its one part.
    let compose = s.expect_shown("NeoMutt: Compose");
    for shown in [
        "To: maire@example.org",
        "Cc: icheon@example.net",
        &format!("Subject: {subject}"),
        "[text/plain, ",
        ", utf-8, ",
    ] {
        assert!(
            compose.contains(shown),
            "{shown:?} missing from the compose screen: {compose}"
        );
    }
    // The body, viewed from the compose screen, is the letter, decoded.
    s.press("\r");
    let body = piece("fr", "body");
    // The first words outside ASCII, as the pager shows them before it wraps the line.
    let line = body.lines().find(|l| !l.is_ascii()).unwrap();
    let first: String = line.chars().take(40).collect();
    s.expect_shown(&first);
    // Out of the body, then quit without sending or keeping a draft.
    s.press("q");
    s.expect_shown("NeoMutt: Compose");
    s.press("q");
    s.expect_shown("Save (postpone) draft message?");
    s.press("n");
    s.rest();
    let status = s.status();
    assert!(
        status.code().is_some(),
        "neomutt did not exit normally: {status}"
    );

    assert!(!sent.exists(), "neomutt sent the message");
    assert!(!home.path().join("postponed").exists(), "a draft was kept");
    assert!(home.path().join("draft.eml").is_file(), "the draft is kept");
}

#[test]
#[ignore = "needs bsd-mailx (Debian package bsd-mailx); .ci/run installs it and runs it"]
fn mail_sends_the_body_as_utf8_and_the_subject_unencoded() {
    installed("bsd-mailx", "bsd-mailx");
    assert!(README.contains(MAIL), "the README gives {MAIL}");

    let home = Home::new();
    let (script, sent) = sendmail(home.path());
    let mailrc = home.path().join("mailrc");
    std::fs::write(&mailrc, format!("set sendmail={}\n", script.display())).unwrap();

    // The README's command for a French letter; `mail` is bsd-mailx's (other packages
    // install another `mail`).
    let line = MAIL
        .replace("-l en", "-l fr")
        .replace("| mail ", "| bsd-mailx ");
    let send = |locale: Option<&str>| -> String {
        let _ = std::fs::remove_file(&sent);
        let mut command = shell(&home, &line);
        command.env("MAILRC", &mailrc);
        match locale {
            Some(locale) => command.env("LANG", locale),
            None => command.env_remove("LANG"),
        };
        let out = command.output().unwrap();
        assert!(
            out.status.success(),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // mail need not wait for its sendmail.
        let sent = common::wait_until("mail to run its sendmail", || {
            std::fs::read(&sent).map_err(|e| e.to_string())
        });
        String::from_utf8(sent).expect("UTF-8")
    };

    let subject = piece("fr", "subject");
    let subject = subject.trim_end();
    assert!(
        !subject.is_ascii(),
        "the French subject has accents: {subject}"
    );
    let body = Test::compose(ADA, "fr")
        .args(["-p", "body", "--wrap", "72"])
        .stdout();

    let sent = send(Some("C.UTF-8"));
    let (args, message) = sent.split_once("\n\n").unwrap();
    assert!(
        args.lines().any(|a| a == "-t"),
        "recipients from the headers: {args}"
    );
    let (headers, text) = message.split_once("\n\n").unwrap();
    let headers: Vec<&str> = headers.lines().collect();
    assert!(headers.contains(&"To: mayor@example.org"), "{headers:?}");
    // The subject as typed, raw 8-bit: no RFC 2047 encoded words.
    assert!(
        headers.contains(&format!("Subject: {subject}").as_str()),
        "{headers:?}"
    );
    assert!(!message.contains("=?"), "nothing is encoded: {headers:?}");
    // The body as the program printed it, labelled as UTF-8 in a UTF-8 locale.
    assert!(
        headers.contains(&"Content-Type: text/plain; charset=\"UTF-8\""),
        "{headers:?}"
    );
    assert!(
        headers.contains(&"Content-Transfer-Encoding: 8bit"),
        "{headers:?}"
    );
    assert_eq!(text, body);

    // In the C locale the same UTF-8 body is labelled with the locale's charset.
    let sent = send(None);
    let (_, message) = sent.split_once("\n\n").unwrap();
    let (headers, text) = message.split_once("\n\n").unwrap();
    assert!(!headers.contains("UTF-8"), "{headers}");
    assert_eq!(text, body);
}

/// The README's `mail` command, end to end: bsd-mailx hands the message to msmtp as its
/// sendmail, and msmtp to an SMTP server on 127.0.0.1 (aiosmtpd), which refuses lines
/// over SMTP's 998 bytes. Without `--wrap` the letter's paragraphs are such lines.
#[test]
#[ignore = "needs bsd-mailx, msmtp and python3-aiosmtpd (Debian packages); .ci/run installs them and runs it"]
fn the_readme_s_mail_command_reaches_a_real_smtp_server() {
    installed("bsd-mailx", "bsd-mailx");
    installed("msmtp", "msmtp");
    let home = Home::new();
    let server = common::smtp::Server::start(home.path());
    let config = home.path().join("msmtprc");
    std::fs::write(
        &config,
        format!(
            "account default\nhost 127.0.0.1\nport {}\nfrom ada@example.org\nauth off\ntls off\n",
            server.port
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    // msmtp as mail's sendmail, with its configuration.
    let msmtp = home.path().join("msmtp-here");
    std::fs::write(
        &msmtp,
        format!("#!/bin/sh\nexec msmtp -C '{}' \"$@\"\n", config.display()),
    )
    .unwrap();
    std::fs::set_permissions(&msmtp, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mailrc = home.path().join("mailrc");
    std::fs::write(&mailrc, format!("set sendmail={}\n", msmtp.display())).unwrap();

    let send = |line: &str| {
        let mut command = shell(&home, &line.replace("| mail ", "| bsd-mailx "));
        command.env("MAILRC", &mailrc);
        command.output().unwrap()
    };
    // The README's command arrives, and its lines are within SMTP's limit.
    let out = send(MAIL);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let received = server.received();
    assert_eq!(
        received["rcpt_tos"],
        serde_json::json!(["mayor@example.org"])
    );
    let data = received["data"].as_str().unwrap().replace("\r\n", "\n");
    assert!(data.lines().all(|l| l.len() <= 998), "{data}");
    let (_, text) = data.split_once("\n\n").unwrap();
    // What arrived is the letter, its lines broken at spaces: joined again, the same words.
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(text), words(&piece("en", "body")));
    assert!(text.lines().all(|l| l.chars().count() <= 72), "{text}");

    // The same command without --wrap: the server refuses the long lines.
    server.forget();
    let out = send(&MAIL.replace(" --wrap 72", ""));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("500 Line too long") && !out.status.success(),
        "{said}"
    );
    assert!(
        !server.has_received(),
        "nothing arrives whole without --wrap"
    );
}

//! Handing the letter to mail clients: each output is read back by a real peer (a mail
//! parser, a URI decoder, a JSON parser, an SMTP client and server).

mod common;

use common::persona::{ADA, ADA_IN_FULL, BEA, JIHYUN, ZOE, ZOE_EMAIL};
use common::{Test, campaign_copy, edit};
use mail_parser::MessageParser;

fn header_names(message: &mail_parser::Message) -> Vec<String> {
    let mut names: Vec<String> = message
        .headers()
        .iter()
        .map(|h| h.name().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn eml_round_trips_through_a_mail_parser() {
    for (name, lang) in [
        (ZOE, "fr"),
        (ZOE, "en"),
        (ADA_IN_FULL, "en"),
        (JIHYUN, "fr"),
    ] {
        let compose = || {
            Test::compose(name, lang).args([
                "--city",
                "Genève, Suisse",
                "--note",
                "Merci — thank you.",
            ])
        };
        let eml = compose()
            .args(["-f", "eml", "--from", ZOE_EMAIL])
            .args([
                "--to",
                "mayor@example.org",
                "--to",
                "council@example.org",
                "--cc",
                "icheon@example.net",
            ])
            .stdout();
        assert!(!eml.contains('\r'), "line endings are LF");
        assert!(eml.is_ascii(), "non-ASCII text is encoded");
        let message = MessageParser::default()
            .parse(eml.as_bytes())
            .expect("a message");
        let from = message.from().and_then(|a| a.first()).expect("From:");
        assert_eq!(from.name(), Some(name));
        assert_eq!(from.address(), Some(ZOE_EMAIL));
        let to: Vec<_> = message
            .to()
            .unwrap()
            .iter()
            .map(|a| a.address().unwrap().to_string())
            .collect();
        assert_eq!(to, ["mayor@example.org", "council@example.org"]);
        let cc: Vec<_> = message
            .cc()
            .unwrap()
            .iter()
            .map(|a| a.address().unwrap().to_string())
            .collect();
        assert_eq!(cc, ["icheon@example.net"]);
        let subject = compose().args(["-p", "subject"]).stdout();
        assert_eq!(message.subject(), Some(subject.trim_end()));
        let body = compose().args(["-p", "body"]).stdout();
        assert_eq!(
            message.body_text(0).unwrap().trim_end(),
            body.trim_end(),
            "{lang} {name}"
        );
        assert!(message.date().is_some() && message.message_id().is_some());
        assert_eq!(
            header_names(&message),
            [
                "Cc",
                "Content-Transfer-Encoding",
                "Content-Type",
                "Date",
                "From",
                "MIME-Version",
                "Message-ID",
                "Subject",
                "To"
            ]
        );
        assert!(eml.contains("MIME-Version: 1.0\n"));
        assert!(
            eml.to_ascii_lowercase()
                .contains("content-type: text/plain; charset=\"utf-8\"")
                || eml
                    .to_ascii_lowercase()
                    .contains("content-type: text/plain; charset=utf-8")
        );
    }
}

#[test]
fn a_draft_without_from_or_addresses_is_well_formed_and_says_what_is_missing() {
    let (eml, stderr) = Test::compose(ZOE, "en").args(["-f", "eml"]).ok();
    let message = MessageParser::default()
        .parse(eml.as_bytes())
        .expect("a message");
    assert!(message.from().is_none() && message.to().is_none());
    assert_eq!(
        message.body_text(0).unwrap().trim_end(),
        Test::compose(ZOE, "en")
            .args(["-p", "body"])
            .stdout()
            .trim_end()
    );
    assert!(
        stderr.contains("no From: address; add --from ADDR"),
        "{stderr}"
    );
    assert!(stderr.contains("add --to ADDR"), "{stderr}");
    let (_, stderr) = Test::compose(ZOE, "en")
        .args(["-f", "eml", "--from", ZOE_EMAIL, "--to", "m@example.org"])
        .ok();
    assert!(
        !stderr.contains("From:") && !stderr.contains("--to"),
        "{stderr}"
    );
}

#[test]
fn whole_letter_formats_refuse_a_part() {
    for format in ["eml", "mailto", "json"] {
        let stderr = Test::compose(ADA, "en")
            .args(["-f", format, "-p", "body"])
            .fails(2);
        assert!(
            stderr.contains(&format!(
                "--format {format} always carries the whole letter"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn mailto_round_trips_through_a_uri_decoder() {
    let compose = || {
        Test::compose(ZOE, "fr").args([
            "--to",
            "mayor@example.org",
            "--to",
            "council@example.org",
            "--cc",
            "c@example.net",
        ])
    };
    let (out, stderr) = compose().args(["-f", "mailto"]).ok();
    assert_eq!(out.lines().count(), 1);
    let link = out.trim_end();
    assert!(!link.contains('+') && !link.contains(' '), "spaces are %20");
    assert!(link.contains("%0D%0A"), "line breaks are CRLF");
    let url = url::Url::parse(link).expect("a URI");
    assert_eq!(url.scheme(), "mailto");
    assert_eq!(url.path(), "mayor@example.org,council@example.org");
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query.len(), 3);
    assert_eq!(query["cc"], "c@example.net");
    assert_eq!(
        query["subject"],
        compose().args(["-p", "subject"]).stdout().trim_end()
    );
    let body = compose().args(["-p", "body"]).stdout();
    assert_eq!(query["body"], body.replace('\n', "\r\n"));
    // The whole letter is longer than mail apps take in a link.
    assert!(
        stderr.contains("le lien mailto fait 4\u{202f}") && stderr.contains("--format eml"),
        "{stderr}"
    );
}

#[test]
fn a_short_mailto_link_does_not_warn() {
    let dir = campaign_copy();
    std::fs::write(
        dir.path().join("templates/en/body.hbs"),
        "Dear Mayor,\n\nPlease speak to Icheon & co.\n\n{{sender.name}}\n",
    )
    .unwrap();
    let (out, stderr) = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-f", "mailto"])
        .ok();
    assert!(out.starts_with("mailto:?subject="), "{out}");
    assert!(out.contains(&format!("&body=Dear%20Mayor%2C%0D%0A%0D%0APlease%20speak%20to%20Icheon%20%26%20co.%0D%0A%0D%0A{ADA}%0D%0A")), "{out}");
    assert!(!stderr.contains("mailto"), "{stderr}");
}

#[test]
fn json_has_stable_keys_and_the_same_pieces() {
    let out = Test::compose(ZOE, "en")
        .args(["-f", "json", "--to", "m@example.org"])
        .stdout();
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let mut keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "body", "campaign", "cc", "language", "phone", "post", "postal", "subject", "to",
            "warnings"
        ]
    );
    assert_eq!(json["campaign"], "icheon-limoges");
    assert_eq!(json["language"], "en");
    assert_eq!(
        json["body"],
        Test::compose(ZOE, "en")
            .args(["-p", "body"])
            .stdout()
            .as_str()
    );
    assert_eq!(
        json["post"],
        Test::compose(ZOE, "en")
            .args(["-p", "post"])
            .stdout()
            .trim_end()
    );
    assert_eq!(json["to"][0]["office"], "Mayor of Limoges");
    assert_eq!(json["to"][0]["name"], serde_json::Value::Null);
    assert_eq!(json["to"][0]["email"], serde_json::Value::Null);
    assert_eq!(json["to"][2]["office"], serde_json::Value::Null);
    assert_eq!(json["to"][2]["email"], "m@example.org");
    // Icheon's mayor and council, the Gyeonggi assembly, the National Assembly and
    // Icheon's member.
    assert_eq!(json["cc"].as_array().unwrap().len(), 5);
    assert_eq!(json["postal"][0]["lines"][3], "87000 LIMOGES");
    assert_eq!(json["postal"][0]["lines"][4], "FRANCE");
    assert_eq!(json["phone"]["number"], "+33 5 55 45 60 00");
    let script = json["phone"]["script"].as_str().unwrap();
    assert!(
        script.starts_with("When the switchboard answers, ask in French for the Mayor’s office")
            && script.contains(&format!("\n\nHello, my name is {ZOE}.")),
        "{script}"
    );
    assert_eq!(json["warnings"].as_array().unwrap().len(), 2);
}

#[test]
fn output_files_are_written_whole_and_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.eml");
    let (out, _) = Test::compose(ADA, "en")
        .args(["-f", "eml", "-o"])
        .arg(&path)
        .ok();
    assert!(out.is_empty());
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(MessageParser::default().parse(first.as_bytes()).is_some());

    let stderr = Test::compose(BEA, "en")
        .args(["-f", "eml", "-o"])
        .arg(&path)
        .fails(2);
    assert!(
        stderr.contains("exists already") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);

    Test::compose(BEA, "en")
        .args(["-o"])
        .arg(&path)
        .arg("--force")
        .stdout();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(&format!("\n{BEA}\n"))
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["letter.eml"], "no temporary file is left");

    // A file in a folder that does not exist is refused before anything is composed,
    // and leaves nothing.
    let missing = dir.path().join("no-such-folder/letter.eml");
    let stderr = Test::compose(ADA, "en").arg("-o").arg(&missing).fails(2);
    assert!(stderr.contains("does not exist"), "{stderr}");
    assert!(!dir.path().join("no-such-folder").exists());
}

#[test]
fn an_edited_campaign_with_a_non_ascii_subject_is_encoded() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("templates/en/subject.hbs"),
        "tell your sister city",
        "dites à votre ville jumelle 이천",
    );
    let eml = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-f", "eml"])
        .stdout();
    assert!(eml.contains("Subject: =?utf-8?"), "RFC 2047 encoded words");
    let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
    assert!(
        message
            .subject()
            .unwrap()
            .contains("dites à votre ville jumelle 이천")
    );
}

/// A real SMTP server (aiosmtpd) on 127.0.0.1, and a real client (msmtp -t).
#[test]
#[ignore = "needs msmtp and python3-aiosmtpd (Debian packages); .ci/run installs them and runs it"]
fn msmtp_delivers_the_message_to_a_real_smtp_server() {
    use std::io::Write;
    use std::process::{Command, Stdio};

    assert!(
        Command::new("msmtp").arg("--version").output().is_ok(),
        "msmtp is missing: apt-get install msmtp"
    );
    let dir = tempfile::tempdir().unwrap();
    let server = common::smtp::Server::start(dir.path());
    let port = server.port;

    let compose = || {
        Test::compose(ZOE, "fr").args([
            "--from",
            ZOE_EMAIL,
            "--to",
            "mayor@example.org",
            "--cc",
            "icheon@example.net",
        ])
    };
    let eml = compose().args(["-f", "eml"]).stdout();
    let config = dir.path().join("msmtprc");
    std::fs::write(
        &config,
        format!(
            "account default\nhost 127.0.0.1\nport {port}\nfrom {ZOE_EMAIL}\nauth off\ntls off\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&config, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let mut msmtp = Command::new("msmtp")
        .arg("-C")
        .arg(&config)
        .arg("-t")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    msmtp
        .stdin
        .take()
        .unwrap()
        .write_all(eml.as_bytes())
        .unwrap();
    let sent = msmtp.wait_with_output().unwrap();
    assert!(
        sent.status.success(),
        "msmtp: {}",
        String::from_utf8_lossy(&sent.stderr)
    );

    let received = server.received();
    assert_eq!(received["mail_from"], ZOE_EMAIL);
    assert_eq!(
        received["rcpt_tos"],
        serde_json::json!(["mayor@example.org", "icheon@example.net"])
    );
    // SMTP carries lines as CRLF: back to local line endings.
    let data = received["data"].as_str().unwrap().replace("\r\n", "\n");
    let message = MessageParser::default().parse(data.as_bytes()).unwrap();
    assert_eq!(
        message.subject(),
        Some(compose().args(["-p", "subject"]).stdout().trim_end())
    );
    assert_eq!(
        message.body_text(0).unwrap().trim_end(),
        compose().args(["-p", "body"]).stdout().trim_end()
    );
    assert_eq!(message.from().unwrap().first().unwrap().name(), Some(ZOE));
}

/// `--wrap` breaks text lines at spaces, in every language, and only text.
#[test]
fn wrap_breaks_text_lines_and_only_text() {
    for lang in ["en", "fr", "ko"] {
        let whole = Test::compose(ADA, lang).args(["-p", "body"]).stdout();
        let wrapped = Test::compose(ADA, lang)
            .args(["-p", "body", "--wrap", "40"])
            .stdout();
        assert!(
            wrapped
                .lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 40 || !l.contains(' ')),
            "{wrapped}"
        );
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&wrapped), words(&whole), "{lang}");
        // French: never at the no-break space before a mark.
        assert!(
            !wrapped.lines().any(|l| l.starts_with(['?', '!', ':', ';'])),
            "{wrapped}"
        );
    }
    let err = Test::compose(ADA, "en")
        .args(["-f", "eml", "--wrap", "72"])
        .fails(2);
    assert!(err.contains("--wrap breaks the lines of text"), "{err}");
    let out = Test::compose(ADA, "en").args(["--wrap", "5"]).output();
    assert_eq!(out.status.code(), Some(2));
}

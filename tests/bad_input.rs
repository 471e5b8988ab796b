//! Every bad input: a clear message on stderr, exit 2, nothing on stdout.

mod common;

use common::persona::{ADA, BEA};
use common::{Test, campaign_copy, edit};

#[test]
fn an_unknown_language_lists_the_available_ones() {
    let stderr = Test::compose(ADA, "de").fails(2);
    assert!(stderr.contains("no language 'de'"), "{stderr}");
    assert!(
        stderr.contains("en (English), fr (Français), ko (한국어)"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_campaign_lists_the_available_ones() {
    let stderr = Test::compose(ADA, "en")
        .args(["-c", "paris-tokyo"])
        .fails(2);
    assert!(
        stderr.contains("unknown campaign 'paris-tokyo'")
            && stderr.contains("available: icheon-limoges"),
        "{stderr}"
    );
}

/// One bad value for each flag that takes one: the flag is named, with the reason. The
/// tables of bad values are unit tests of `values.rs`.
#[test]
fn each_bad_value_names_its_flag_and_why() {
    for (flag, bad, expected) in [
        (
            "--name",
            "Ada\nBcc: x@example.org",
            "the name holds a control character",
        ),
        (
            "--city",
            "\u{1b}]0;x\u{7}",
            "the town and country holds a control character",
        ),
        (
            "--note",
            "bad \u{1b}[2J",
            "the note holds a control character",
        ),
        ("--to", "mayor@", "'mayor@' is not an email address"),
        ("--cc", "Mayor <m@example.org>", "give a plain address"),
        (
            "--from",
            "a@example.org\nBcc: b@example.org",
            "give a plain address",
        ),
    ] {
        let mut test = Test::new().args([flag, bad]);
        if flag != "--name" {
            test = test.args(["--name", ADA]);
        }
        if flag == "--from" {
            // Only a message has a From address.
            test = test.args(["-f", "eml"]);
        }
        let stderr = test.args(["--lang", "en"]).fails(2);
        assert!(
            stderr.starts_with(&format!("sister-letter: {flag}: ")) && stderr.contains(expected),
            "{flag} {bad:?}: {stderr}"
        );
    }
    // The longest name allowed is allowed.
    Test::compose(&"x".repeat(200), "en").stdout();
}

/// A value from the environment or the settings file is named as such; an empty
/// variable is unset; a bad From address fails only what uses it.
#[test]
fn errors_name_the_environment_and_the_settings_file() {
    let out = Test::new()
        .env("SISTER_LETTER_LANG", "xx")
        .args(["--name", ADA, "--lang", "fr"])
        .output();
    assert!(out.status.success(), "the flag wins over the environment");
    let stderr = Test::new()
        .args(["--name", ADA])
        .env("SISTER_LETTER_LANG", "xx")
        .fails(2);
    assert!(
        stderr.starts_with("sister-letter: the environment variable SISTER_LETTER_LANG: the campaign 'icheon-limoges' has no language 'xx'"),
        "{stderr}"
    );
    let stderr = Test::new()
        .args(["--name", ADA])
        .env("SISTER_LETTER_LANG", "")
        .fails(2);
    assert!(
        stderr.contains("no language chosen"),
        "empty is unset: {stderr}"
    );

    let home = common::Home::new();
    std::fs::create_dir_all(home.settings().parent().unwrap()).unwrap();
    std::fs::write(home.settings(), "name = \"Ada\\u0007\"\nlang = \"en\"\n").unwrap();
    let stderr = Test::at(&home).fails(2);
    assert!(
        stderr.starts_with(&format!(
            "sister-letter: 'name' in the settings file {}: the name holds a control character",
            home.settings().display()
        )),
        "{stderr}"
    );
    // A flag overrides the saved value: then the saved one is neither used nor checked.
    Test::at(&home).args(["-n", BEA, "-p", "subject"]).stdout();

    let text = Test::compose(ADA, "en").env("SISTER_LETTER_FROM", "not-an-address");
    text.args(["-p", "subject"]).stdout();
    let stderr = Test::compose(ADA, "en")
        .env("SISTER_LETTER_FROM", "not-an-address")
        .args(["-f", "eml"])
        .fails(2);
    assert!(
        stderr.starts_with("sister-letter: the environment variable SISTER_LETTER_FROM: 'not-an-address' is not an email address"),
        "{stderr}"
    );
}

#[test]
fn a_dash_for_the_output_is_standard_output() {
    let out = Test::compose(ADA, "en")
        .args(["-p", "subject", "-o", "-"])
        .stdout();
    assert_eq!(
        out,
        Test::compose(ADA, "en").args(["-p", "subject"]).stdout()
    );
}

#[test]
fn a_note_given_empty_is_no_note() {
    let with_empty = Test::compose(ADA, "en")
        .args(["--note", "", "-p", "body"])
        .stdout();
    assert_eq!(
        with_empty,
        Test::compose(ADA, "en").args(["-p", "body"]).stdout()
    );
    let lone_cr = Test::compose(ADA, "en")
        .args(["--note", "One.\rTwo.", "-p", "body"])
        .stdout();
    assert!(
        lone_cr.contains("\nOne.\nTwo.\n") && !lone_cr.contains('\r'),
        "{lone_cr}"
    );
    for bad in ["Ada\u{2028}Bea", "Ada\u{202e}aeB"] {
        let stderr = Test::compose(bad, "en").fails(2);
        assert!(stderr.contains("invisible character"), "{stderr}");
    }
}

#[test]
fn output_that_cannot_be_written_is_an_error_everywhere() {
    use std::process::Stdio;
    for args in [
        &["--help"][..],
        &["--version"],
        &["-n", ADA, "-l", "en", "-p", "body"],
        &["-n", ADA, "-l", "en", "-f", "json"],
        &["campaigns"],
        &["man"],
    ] {
        let (mut command, _home) = Test::new().args(args).into_command();
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = command
            .stdin(Stdio::null())
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn unknown_flags_and_values_are_usage_errors() {
    Test::compose(ADA, "en").arg("--colour").fails(2);
    let stderr = Test::compose(ADA, "en").args(["--part", "footer"]).fails(2);
    assert!(stderr.contains("footer"));
}

/// Breaks a copy of the bundled campaign with `change`, and expects an error naming
/// `file` at `line`, saying `message`.
fn broken(file: &str, from: &str, to: &str, line: usize, message: &str) {
    let dir = campaign_copy();
    let path = dir.path().join(file);
    edit(&path, from, to);
    let stderr = Test::compose(ADA, "en").letters(dir.path()).fails(2);
    let location = format!("{}:{line}", path.display());
    assert!(
        stderr.contains(&location),
        "expected {location} in: {stderr}"
    );
    assert!(
        stderr.contains(message),
        "expected {message:?} in: {stderr}"
    );
}

#[test]
fn a_toml_syntax_error_names_file_and_line() {
    broken(
        "campaign.toml",
        "title = \"Limoges",
        "title = Limoges",
        8,
        "campaign.toml:8:",
    );
}

#[test]
fn an_unknown_field_names_file_and_line() {
    broken(
        "campaign.toml",
        "checked = 2026-11-25\n",
        "checked = 2026-11-25\ncolour = \"red\"\n",
        10,
        "unknown field `colour`",
    );
}

#[test]
fn a_template_syntax_error_names_file_and_line() {
    broken(
        "templates/en/body.hbs",
        "Respectfully,",
        "Respectfully {{ yours,",
        26,
        "template syntax: a {{…}} here is not closed",
    );
}

#[test]
fn a_variable_that_does_not_exist_names_file_and_line() {
    broken(
        "templates/en/body.hbs",
        "{{sender.name}}",
        "{{sender.surname}}",
        28,
        "`sender.surname` does not exist",
    );
}

#[test]
fn a_missing_template_names_the_file() {
    let dir = campaign_copy();
    let path = dir.path().join("templates/fr/post.hbs");
    std::fs::remove_file(&path).unwrap();
    let stderr = Test::compose(ADA, "fr").letters(dir.path()).fails(2);
    assert!(
        stderr.contains(&path.display().to_string()) && stderr.contains("fichier manquant"),
        "{stderr}"
    );
}

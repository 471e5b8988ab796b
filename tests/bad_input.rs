//! Every bad input: a clear message on stderr, exit 2, nothing on stdout.

mod common;

use common::{Test, campaign_copy, edit};

#[test]
fn an_unknown_language_lists_the_available_ones() {
    let stderr = Test::compose("Ada", "de").fails(2);
    assert!(stderr.contains("no language 'de'"), "{stderr}");
    assert!(
        stderr.contains("en (English), fr (Français), ko (한국어)"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_campaign_lists_the_available_ones() {
    let stderr = Test::compose("Ada", "en")
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
            test = test.args(["--name", "Ada"]);
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

#[test]
fn unknown_flags_and_values_are_usage_errors() {
    Test::compose("Ada", "en").arg("--colour").fails(2);
    let stderr = Test::compose("Ada", "en")
        .args(["--part", "footer"])
        .fails(2);
    assert!(stderr.contains("footer"));
}

/// Breaks a copy of the bundled campaign with `change`, and expects an error naming
/// `file` at `line`, saying `message`.
fn broken(file: &str, from: &str, to: &str, line: usize, message: &str) {
    let dir = campaign_copy();
    let path = dir.path().join(file);
    edit(&path, from, to);
    let stderr = Test::compose("Ada", "en").letters(dir.path()).fails(2);
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
        "template syntax",
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
    let stderr = Test::compose("Ada", "fr").letters(dir.path()).fails(2);
    assert!(
        stderr.contains(&path.display().to_string()) && stderr.contains("missing"),
        "{stderr}"
    );
}

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

#[test]
fn bad_names_are_refused() {
    let long = "x".repeat(201);
    for (name, expected) in [
        ("", "name is empty"),
        ("   ", "name is empty"),
        ("Ada\nBcc: x@example.org", "control character"),
        ("Ada\u{1b}[31m", "control character"),
        (long.as_str(), "201 characters long; at most 200"),
    ] {
        let stderr = Test::compose(name, "en").fails(2);
        assert!(
            stderr.contains("--name") && stderr.contains(expected),
            "{name:?}: {stderr}"
        );
    }
    // 200 is allowed.
    Test::compose(&"x".repeat(200), "en").stdout();
}

#[test]
fn bad_cities_are_refused() {
    for (city, expected) in [
        ("", "is empty"),
        ("Lyon\r\nFrance", "control character"),
        ("\u{1b}]0;x\u{7}", "control character"),
    ] {
        let stderr = Test::compose("Ada", "en").args(["--city", city]).fails(2);
        assert!(
            stderr.contains("--city") && stderr.contains(expected),
            "{city:?}: {stderr}"
        );
    }
}

#[test]
fn bad_addresses_are_refused() {
    for flag in ["--to", "--cc", "--from"] {
        for bad in [
            "mayor",
            "mayor@",
            "Mayor <m@example.org>",
            "a@example.org\nBcc: b@example.org",
        ] {
            let stderr = Test::compose("Ada", "en").args([flag, bad]).fails(2);
            assert!(stderr.contains(flag), "{flag} {bad:?}: {stderr}");
        }
    }
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
    let stderr = Test::compose("Ada", "en")
        .arg("--letters")
        .arg(dir.path())
        .fails(2);
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
        "Yours sincerely,",
        "Yours {{ sincerely,",
        22,
        "template syntax",
    );
}

#[test]
fn a_variable_that_does_not_exist_names_file_and_line() {
    broken(
        "templates/en/body.hbs",
        "{{sender.name}}",
        "{{sender.surname}}",
        24,
        "`sender.surname` does not exist",
    );
}

#[test]
fn a_missing_template_names_the_file() {
    let dir = campaign_copy();
    let path = dir.path().join("templates/fr/post.hbs");
    std::fs::remove_file(&path).unwrap();
    let stderr = Test::compose("Ada", "fr")
        .arg("--letters")
        .arg(dir.path())
        .fails(2);
    assert!(
        stderr.contains(&path.display().to_string()) && stderr.contains("missing"),
        "{stderr}"
    );
}

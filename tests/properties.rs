//! Property tests over what users type: no input makes the program panic or end other
//! than 0 (done) or 2 (bad input). (That no input can add a mail header is tested inside
//! the crate, in `src/properties.rs`.)

mod common;

use proptest::prelude::*;

use common::persona::ADA;

/// Text a user might type, and text an attacker would.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéü김 ]{1,30}",
        "[a-z ]{0,10}(\r\n|\n|\r)(Bcc|To|Subject|Content-Type): [a-z@.]{1,20}",
        "[a-zA-Z\"<>@,;:=?\\\\ ]{0,40}",
    ]
}

/// Arguments cannot hold NUL bytes; anything else goes.
fn arg() -> impl Strategy<Value = String> {
    typed().prop_map(|s| s.replace('\0', ""))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_input_ends_in_done_or_bad_input(
        name in arg(), city in arg(), note in arg(), to in arg(),
        lang in prop_oneof![Just("en".to_string()), Just("fr".to_string()), arg()],
        campaign in prop_oneof![Just("icheon-limoges".to_string()), arg()],
        format in prop_oneof![Just("text"), Just("eml"), Just("mailto"), Just("json")],
    ) {
        let out = common::Test::new()
            .args(["--name", &name, "--city", &city, "--note", &note, "--lang", &lang])
            .args(["--campaign", &campaign, "--format", format, "--to", &to])
            .output();
        let stderr = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!stderr.contains("panicked"), "{}", stderr);
        let code = out.status.code();
        prop_assert!(code == Some(0) || code == Some(2), "exit {:?}: {}", code, stderr);
        if code == Some(2) {
            prop_assert!(out.stdout.is_empty());
        }
    }
}

/// Template text: mostly the pieces templates are made of, shuffled.
fn template() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{{".to_string()),
        Just("}}".to_string()),
        Just("{{#if sender.city}}".to_string()),
        Just("{{/if}}".to_string()),
        Just("{{else}}".to_string()),
        Just("{{#each social.handles}}".to_string()),
        Just("{{/each}}".to_string()),
        Just("{{sender.name}}".to_string()),
        Just("{{recipients.mayor.salutation}}".to_string()),
        Just("{{nope.nothing}}".to_string()),
        Just("{{#*inline \"p\"}}".to_string()),
        Just("{{/inline}}".to_string()),
        Just("{{> p}}".to_string()),
        Just("{{#each recipients}}".to_string()),
        Just("{{#each @root.recipients}}".to_string()),
        Just("{{\u{202e}}}".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        "[a-zé이 ]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// A value for a field of campaign.toml: usually of the right kind, often not.
fn field_value() -> impl Strategy<Value = toml::Value> {
    prop_oneof![
        any::<String>().prop_map(toml::Value::String),
        "[a-z0-9_.-]{0,12}".prop_map(toml::Value::String),
        Just(toml::Value::String("../../x".into())),
        Just(toml::Value::String("https://example.org/\u{1b}[2J".into())),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<bool>().prop_map(toml::Value::Boolean),
        Just(toml::Value::Array(Vec::new())),
    ]
}

/// Replaces the `n`-th leaf of `value` (in a fixed walk) with `with`.
fn replace_leaf(value: &mut toml::Value, n: &mut usize, with: &toml::Value) -> bool {
    match value {
        toml::Value::Table(table) => table.iter_mut().any(|(_, v)| replace_leaf(v, n, with)),
        toml::Value::Array(items) if !items.is_empty() => {
            items.iter_mut().any(|v| replace_leaf(v, n, with))
        }
        leaf => {
            if *n == 0 {
                *leaf = with.clone();
                return true;
            }
            *n -= 1;
            false
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Random values in the campaign file and random template text: composing and
    /// checking end in 0, 1 or 2, never in a panic or a signal.
    #[test]
    fn any_campaign_ends_in_done_or_bad_input(
        edits in prop::collection::vec((0usize..80, field_value()), 0..4),
        body in prop_oneof![Just(None), template().prop_map(Some)],
        subject in prop_oneof![Just(None), template().prop_map(Some)],
        kind in 0usize..6,
    ) {
        let dir = common::layout_campaign();
        let path = dir.path().join("campaign.toml");
        let mut data: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for (n, value) in &edits {
            replace_leaf(&mut data, &mut n.clone(), value);
        }
        std::fs::write(&path, toml::to_string(&data).unwrap()).unwrap();
        for (file, text) in [("body.hbs", &body), ("subject.hbs", &subject)] {
            if let Some(text) = text {
                std::fs::write(dir.path().join("templates/en").join(file), text).unwrap();
            }
        }
        // The body as what a stranger's folder may hold instead of a file.
        special_file(&dir.path().join("templates/en/body.hbs"), dir.path(), kind);
        for args in [
            vec!["--letters", dir.path().to_str().unwrap(), "-c", "layout", "-n", ADA, "-l", "en"],
            vec!["--letters", dir.path().to_str().unwrap(), "-c", "layout", "-n", ADA, "-l", "en", "-f", "eml"],
            vec!["check", dir.path().to_str().unwrap()],
        ] {
            // Within a time limit: a hang is a failure, not a wait.
            let out = common::Test::new().args(&args).within(30).output();
            let stderr = String::from_utf8_lossy(&out.stderr);
            prop_assert!(!stderr.contains("panicked"), "{:?}: {}", args, stderr);
            let code = out.status.code();
            prop_assert!(matches!(code, Some(0..=2)), "{:?}: exit {:?}: {}", args, code, stderr);
        }
    }
}

/// Replaces `path` with what a folder from a stranger may hold: the file as it is (0), a
/// link inside the folder (1), a link out of it (2), a link to a device (3), a named
/// pipe (4), a folder (5).
fn special_file(path: &std::path::Path, folder: &std::path::Path, kind: usize) {
    if kind == 0 {
        return;
    }
    let _ = std::fs::remove_file(path);
    match kind {
        1 => std::os::unix::fs::symlink("subject.hbs", path).unwrap(),
        2 => {
            let outside = folder.parent().unwrap().join("outside.txt");
            std::fs::write(&outside, "secret").unwrap();
            std::os::unix::fs::symlink(&outside, path).unwrap();
        }
        3 => std::os::unix::fs::symlink("/dev/zero", path).unwrap(),
        4 => {
            let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid, NUL-terminated path.
            assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        }
        _ => std::fs::create_dir(path).unwrap(),
    }
}

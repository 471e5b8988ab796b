//! A campaign from a stranger, and input from an attacker: each row of the hostile
//! trial's table (H1–H8, M1–M12), run against the real binary. Hangs are run under
//! `timeout`, memory under `ulimit -v`, so that a regression fails instead of waiting.

mod common;

use std::path::Path;
use std::process::Output;

use common::persona::{ADA, ZOE_EMAIL};
use common::pty::Pty;
use common::{BIN, Home, Test, campaign_copy, check, edit};
use mail_parser::MessageParser;

/// The program run by `sh` in `home`, limited to `seconds` and to 1 GiB of address space:
/// a run that waits forever ends with 124, one that reads a huge file whole fails.
fn bounded(home: &Home, seconds: u32, args: &[&str]) -> Output {
    let quoted: Vec<String> = args
        .iter()
        .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
        .collect();
    let script = format!(
        "ulimit -v 1048576; exec timeout {seconds} '{BIN}' {}",
        quoted.join(" ")
    );
    home.command_for("sh")
        .args(["-c", &script])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("sh runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A sparse file of `size` bytes: large to a reader, nothing on the disk.
fn sparse(path: &Path, size: u64) {
    let file = std::fs::File::create(path).unwrap();
    file.set_len(size).unwrap();
}

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid, NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
}

/// Makes a file of some kind at a path.
type Make = fn(&Path);

fn body_of(dir: &Path) -> std::path::PathBuf {
    dir.join("templates/en/body.hbs")
}

/// H5: a template that is a link out of the campaign folder is refused by compose,
/// `check` and `export`; export keeps a private template private.
#[test]
fn h5_a_template_that_links_out_of_the_folder_is_not_read() {
    let home = Home::new();
    let secret = home.path().join("secret.txt");
    std::fs::write(&secret, "the password is swordfish").unwrap();
    let dir = campaign_copy();
    let body = body_of(dir.path());
    std::fs::remove_file(&body).unwrap();
    std::os::unix::fs::symlink(&secret, &body).unwrap();
    let why = "it is a link that leads out of the campaign folder";
    let err = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-p", "body"])
        .fails(2);
    assert!(err.contains(why) && !err.contains("swordfish"), "{err}");
    let (code, report) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(report.contains(why), "{report}");
    let target = home.path().join("exported");
    let err = Test::new()
        .args(["--letters"])
        .arg(dir.path())
        .args(["export", "icheon-limoges"])
        .arg(&target)
        .fails(2);
    assert!(err.contains(why), "{err}");
    assert!(!target.exists());

    // A private template, inside the folder, is exported private.
    std::fs::remove_file(&body).unwrap();
    std::fs::write(&body, "Dear {{recipients.limoges_mayor.salutation}},\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&body, std::fs::Permissions::from_mode(0o600)).unwrap();
    Test::new()
        .args(["--letters"])
        .arg(dir.path())
        .args(["export", "icheon-limoges"])
        .arg(&target)
        .ok();
    let mode = std::fs::metadata(body_of(&target))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "exported with mode {mode:o}");
}

/// H1: a partial that calls itself is refused with its file and line, not a crash.
#[test]
fn h1_a_partial_that_calls_itself_is_refused() {
    let dir = campaign_copy();
    std::fs::write(
        body_of(dir.path()),
        "Dear Mayor,\n{{#*inline \"p\"}}{{> p}}{{/inline}}{{> p}}\n",
    )
    .unwrap();
    let home = Home::new();
    let letters = dir.path().to_str().unwrap();
    let out = bounded(&home, 20, &["--letters", letters, "-n", ADA, "-l", "en"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("body.hbs:2: the partial 'p' calls itself"),
        "{}",
        stderr(&out)
    );
    let (code, report) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(
        report.contains("body.hbs:2: error: the partial 'p' calls itself"),
        "{report}"
    );
}

/// H2: partials that multiply (six deep, each calling the next ten times) and loops
/// three deep are refused before filling, at once.
#[test]
fn h2_work_that_multiplies_is_refused_before_it_starts() {
    let mut text = String::from("{{#*inline \"p0\"}}x{{/inline}}");
    for n in 1..=6 {
        text.push_str(&format!("{{{{#*inline \"p{n}\"}}}}"));
        text.push_str(&format!("{{{{> p{}}}}}", n - 1).repeat(10));
        text.push_str("{{/inline}}");
    }
    text.push_str("{{> p6}}\n");
    let loops = "{{#each recipients}}{{#each @root.recipients}}{{#each @root.recipients}}{{#each @root.recipients}}{{#each @root.recipients}}{{#each @root.recipients}}.{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}\n";
    for template in [text.as_str(), loops] {
        let dir = campaign_copy();
        std::fs::write(body_of(dir.path()), template).unwrap();
        let home = Home::new();
        let letters = dir.path().to_str().unwrap();
        let out = bounded(&home, 20, &["--letters", letters, "-n", ADA, "-l", "en"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("more than 100,000 steps"),
            "{}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
}

/// H3: a template that is a pipe, a link to /dev/zero, or a sparse gigabyte is refused
/// at once, without reading it (nor waiting on it).
#[test]
fn h3_a_template_that_is_a_pipe_a_device_or_huge_is_refused() {
    let cases: [(&str, Make); 3] = [
        ("a named pipe", mkfifo),
        ("out of the campaign folder", |p: &Path| {
            std::os::unix::fs::symlink("/dev/zero", p).unwrap()
        }),
        ("larger than 256 KiB", |p: &Path| sparse(p, 1 << 30)),
    ];
    for (why, make) in cases {
        let dir = campaign_copy();
        let body = body_of(dir.path());
        std::fs::remove_file(&body).unwrap();
        make(&body);
        let home = Home::new();
        let letters = dir.path().to_str().unwrap();
        for args in [
            vec!["--letters", letters, "-n", ADA, "-l", "en"],
            vec!["check", letters],
            vec!["--letters", letters, "export", "icheon-limoges", "out"],
        ] {
            let out = bounded(&home, 20, &args);
            assert!(
                matches!(out.status.code(), Some(1 | 2)),
                "{args:?}: {:?} {}",
                out.status.code(),
                stderr(&out)
            );
            let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
            assert!(said.contains(why), "{args:?}: {said}");
        }
    }
}

/// H4: a 2 GB campaign file is refused without being read.
#[test]
fn h4_a_huge_campaign_file_is_refused_unread() {
    let dir = campaign_copy();
    sparse(&dir.path().join("campaign.toml"), 2 << 30);
    let home = Home::new();
    let letters = dir.path().to_str().unwrap();
    let out = bounded(&home, 20, &["--letters", letters, "-n", ADA, "-l", "en"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("larger than 1,024 KiB"),
        "{}",
        stderr(&out)
    );
}

/// H7: the campaign's own email addresses go through the checks `--to` goes through.
#[test]
fn h7_the_campaign_s_own_addresses_are_checked() {
    for (email, why) in [
        (
            "mayor@example.org>, spy@evil.example",
            "more than one address",
        ),
        ("mayor\u{1b}[31m@example.org", "a plain address"),
    ] {
        let dir = campaign_copy();
        edit(
            &dir.path().join("campaign.toml"),
            "id = \"limoges_mayor\"\n",
            &format!(
                "id = \"limoges_mayor\"\nemail = \"{}\"\n",
                email.replace('\u{1b}', "\\u001B")
            ),
        );
        let err = Test::compose(ADA, "en")
            .letters(dir.path())
            .args(["-f", "eml"])
            .fails(2);
        assert!(err.contains("campaign.toml:") && err.contains(why), "{err}");
        assert!(
            !err.contains('\u{1b}'),
            "no escape reaches the terminal: {err:?}"
        );
    }
    // An international domain goes into the header in its ASCII form.
    let dir = campaign_copy();
    edit(
        &dir.path().join("campaign.toml"),
        "id = \"limoges_mayor\"\n",
        "id = \"limoges_mayor\"\nemail = \"maire@mairie-limogès.fr\"\n",
    );
    let eml = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-f", "eml", "--from", ZOE_EMAIL])
        .stdout();
    assert!(eml.is_ascii());
    let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
    let to: Vec<_> = message
        .to()
        .unwrap()
        .iter()
        .filter_map(|a| a.address())
        .collect();
    assert_eq!(to, ["maire@xn--mairie-limogs-7gb.fr"]);
}

/// H6: a terminal of one or two rows gets a clear error, exit 2, the cursor shown; so
/// does one made that small while a list shows.
#[test]
fn h6_a_terminal_too_small_for_a_list_is_a_clear_error() {
    for rows in [1, 2] {
        let home = Home::new();
        let mut command = home.command();
        command.env("TERM", "xterm-256color");
        let mut pty = Pty::spawn_sized(command, Some((rows, 80)));
        let shown = pty.rest();
        assert!(shown.contains("the terminal is too small"), "{shown:?}");
        assert!(
            shown.contains("\u{1b}[?25h"),
            "the cursor is shown again: {shown:?}"
        );
        assert!(!shown.contains("panicked"), "{shown:?}");
        assert_eq!(pty.exit_code(), 2);
    }
    let home = Home::new();
    let mut command = home.command();
    command.env("TERM", "xterm-256color");
    let mut pty = Pty::spawn_sized(command, Some((24, 80)));
    pty.expect("Language of the letter");
    pty.expect("English");
    pty.resize(2, 80);
    // The list reads the new size when it redraws, after a key.
    pty.press("\u{1b}[B");
    let shown = pty.rest();
    assert!(shown.contains("the terminal is too small"), "{shown:?}");
    assert!(shown.contains("\u{1b}[?25h"), "{shown:?}");
    assert_eq!(pty.exit_code(), 2);
}

/// H8: a settings file that is a pipe, a link to a device, or huge never makes a run
/// wait or fill memory: it is bad input naming the way out.
#[test]
fn h8_an_unreadable_settings_file_never_hangs() {
    let cases: [(&str, Make); 3] = [
        ("a named pipe", mkfifo),
        ("a device", |p: &Path| {
            std::os::unix::fs::symlink("/dev/zero", p).unwrap()
        }),
        ("larger than 1,024 KiB", |p: &Path| sparse(p, 2 << 30)),
    ];
    for (why, make) in cases {
        let home = Home::new();
        std::fs::create_dir_all(home.settings().parent().unwrap()).unwrap();
        make(&home.settings());
        let out = bounded(&home, 20, &["-n", ADA, "-l", "en", "-p", "subject"]);
        assert_eq!(out.status.code(), Some(2), "{why}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(why) && stderr(&out).contains("--no-config"),
            "{}",
            stderr(&out)
        );
    }
}

/// M1: a lone `.` or a line starting `From ` in the body cannot end or split the
/// message on its way; the letter read back holds them as typed.
#[test]
fn m1_lines_that_mail_tools_misread_arrive_whole() {
    for note in [".", "From Lyon, with thanks."] {
        let eml = Test::compose(ADA, "en")
            .args(["--note", note, "-f", "eml", "--from", ZOE_EMAIL])
            .args(["--to", "mayor@example.org"])
            .stdout();
        assert!(
            eml.lines().all(|l| l != "." && !l.starts_with("From ")),
            "{eml}"
        );
        let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
        let body = message.body_text(0).unwrap();
        assert!(body.contains(&format!("\n{note}\n")), "{body}");
        assert!(body.contains(ADA), "the signature arrives: {body}");
    }
}

/// M2: a name that looks like an encoded word shows as typed, never decoded.
#[test]
fn m2_a_name_like_an_encoded_word_shows_as_typed() {
    for name in [
        "=?utf-8?B?RXZpbA==?=",
        "=?utf-8?Q?=0D=0ABcc:_x@evil.example?=",
    ] {
        let eml = Test::compose(name, "en")
            .args([
                "-f",
                "eml",
                "--from",
                ZOE_EMAIL,
                "--to",
                "mayor@example.org",
            ])
            .stdout();
        let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
        let from = message.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some(name), "{eml}");
        assert!(message.bcc().is_none(), "{eml}");
    }
}

/// M3: more address lines than a sender block holds are refused with the limit.
#[test]
fn m3_too_many_address_lines_are_refused() {
    let mut test = Test::compose(ADA, "en").args(["-f", "pdf"]);
    for n in 0..200 {
        test = test.args(["--address", &format!("line {n}")]);
    }
    let err = test.fails(2);
    assert!(err.contains("at most 5 lines"), "{err}");
}

/// M4: a pager that fails, or is not there, does not swallow the letter.
#[test]
fn m4_a_failed_pager_falls_back_to_printing() {
    for pager in ["false", "no-such-pager-here"] {
        let home = Home::new();
        let mut command = home.command();
        command
            .env("TERM", "xterm-256color")
            .env("PAGER", pager)
            .args(["-n", ADA, "-l", "en"]);
        let mut pty = Pty::spawn_sized(command, Some((10, 80)));
        let shown = pty.rest();
        assert!(shown.contains("Postal addresses"), "{pager}: {shown:?}");
        assert_eq!(pty.exit_code(), 0);
    }
}

/// M5: what `check` calls an error, composing refuses too.
#[test]
fn m5_compose_refuses_what_check_refuses() {
    let cases: [(&str, &str, &str, &str); 3] = [
        (
            "campaign.toml",
            "id = \"limoges_council\"",
            "id = \"limoges_mayor\"",
            "limoges_mayor",
        ),
        (
            "campaign.toml",
            "recipient = \"limoges_mayor\"",
            "recipient = \"nobody_here\"",
            "nobody_here",
        ),
        (
            "templates/en/post.hbs",
            "#Limoges,",
            &"#Limoges ".repeat(40),
            "X counts",
        ),
    ];
    for (file, from, to, named) in cases {
        let dir = campaign_copy();
        edit(&dir.path().join(file), from, to);
        let err = Test::compose(ADA, "en").letters(dir.path()).fails(2);
        assert!(err.contains(named), "{err}");
        let (code, report) = check(dir.path());
        assert_eq!(code, Some(1), "{report}");
    }
}

/// M6: invisible and direction-changing characters stay out of letters, and a name
/// made of invisible characters signs nothing.
#[test]
fn m6_invisible_characters_are_refused() {
    for c in ['\u{202E}', '\u{2066}', '\u{200F}', '\u{FEFF}', '\u{00AD}'] {
        let dir = campaign_copy();
        let body = body_of(dir.path());
        let text = std::fs::read_to_string(&body).unwrap();
        std::fs::write(&body, format!("{text}\nP.S. {c}reversed\n")).unwrap();
        let err = Test::compose(ADA, "en")
            .letters(dir.path())
            .args(["-p", "body"])
            .fails(2);
        let code = format!("U+{:04X}", c as u32);
        assert!(err.contains("body.hbs:") && err.contains(&code), "{err}");
    }
    for name in ["\u{3164}", "\u{200B}", "\u{3164} \u{3164}"] {
        let err = Test::compose(name, "en").fails(2);
        assert!(err.contains("--name"), "{err}");
    }
}

/// M10 and M11: a font that lacks a character takes it from the built-in font before
/// the system's; a missing glyph error names a few characters; a huge font is refused.
#[test]
fn m10_m11_fonts_fall_back_to_the_built_in_one_and_are_capped() {
    let latin_only = Path::new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    assert!(
        latin_only.is_file(),
        "this test needs DejaVu Sans (Debian package fonts-dejavu-core)"
    );
    let home = Home::new();
    // A fontconfig that finds no font at all: only the built-in font can give Hangul.
    let empty = home.path().join("no-fonts");
    std::fs::create_dir(&empty).unwrap();
    let config = home.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!("<fontconfig><dir>{}</dir></fontconfig>", empty.display()),
    )
    .unwrap();
    let out = Test::at(&home)
        .env("FONTCONFIG_FILE", &config)
        .args([
            "-n",
            ADA,
            "-l",
            "en",
            "-f",
            "pdf",
            "-o",
            "letters.pdf",
            "--font",
        ])
        .arg(latin_only)
        .output();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(home.path().join("letters.pdf").is_file());

    // Characters no font has: a few are named, the others counted.
    let out = Test::at(&home)
        .env("FONTCONFIG_FILE", &config)
        .args(["-n", ADA, "-l", "en", "-f", "pdf", "-o", "other.pdf"])
        .args(["--note", "漢字仮名交字混文体書"])
        .output();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("more") && err.matches("U+").count() <= 5,
        "{err}"
    );

    let huge = home.path().join("huge.ttf");
    sparse(&huge, 2 << 30);
    let out = bounded(
        &home,
        20,
        &[
            "-n",
            ADA,
            "-l",
            "en",
            "-f",
            "pdf",
            "-o",
            "x.pdf",
            "--font",
            huge.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("larger than 32,768 KiB"),
        "{}",
        stderr(&out)
    );
}

/// M12: two campaigns with one id in a `--letters` folder name both folders.
#[test]
fn m12_two_campaigns_with_one_id_are_named() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["first", "second"] {
        common::copy_campaign_to(&dir.path().join(folder));
    }
    let err = Test::compose(ADA, "en").letters(dir.path()).fails(2);
    assert!(
        err.contains("two campaigns have the id 'icheon-limoges'")
            && err.contains("first")
            && err.contains("second"),
        "{err}"
    );
    let (code, report) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(report.contains("two campaigns have the id"), "{report}");
}

/// M5, the post: a postal block that the PDF could not print in a window fails `check`,
/// as it fails the printed letter.
#[test]
fn m5_check_holds_postal_blocks_to_the_window() {
    let dir = campaign_copy();
    edit(
        &dir.path().join("campaign.toml"),
        "\"1 square Jacques Chirac\",",
        &format!("\"1 square Jacques Chirac {}\",", "W".repeat(60)),
    );
    let (code, report) = check(dir.path());
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains("does not fit the envelope's window"),
        "{report}"
    );
    let err = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-f", "pdf", "-o", "-"])
        .fails(2);
    assert!(err.contains("does not fit the envelope's window"), "{err}");
}

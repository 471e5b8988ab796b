//! Input as a hostile or careless user gives it: nothing already there is harmed, and
//! every refusal says why, with exit 2.

mod common;

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

use common::persona::ADA;
use common::{Home, Test, check};

#[test]
fn force_never_replaces_a_device_a_pipe_or_a_folder() {
    let home = Home::new();
    let fifo = home.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let folder = home.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    for (target, what) in [
        (fifo.as_path(), "a named pipe"),
        (folder.as_path(), "a folder"),
        (std::path::Path::new("/dev/full"), "a device"),
    ] {
        let stderr = Test::at(&home)
            .args(["-n", ADA, "-l", "en", "-o"])
            .arg(target)
            .arg("--force")
            .fails(2);
        assert!(
            stderr.contains(what) && stderr.contains("never replaced"),
            "{stderr}"
        );
    }
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo() == cfg!(unix));
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device_like()
    );
}

trait CharDevice {
    fn is_char_device_like(&self) -> bool;
}

impl CharDevice for std::fs::FileType {
    fn is_char_device_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_char_device(self)
    }
}

#[test]
fn force_follows_a_link_and_keeps_the_file_s_mode() {
    let home = Home::new();
    let real = home.path().join("letter.txt");
    std::fs::write(&real, "old").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = home.path().join("link.txt");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    Test::at(&home)
        .args(["-n", ADA, "-l", "en", "-p", "subject", "-o"])
        .arg(&link)
        .arg("--force")
        .ok();
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .starts_with("Mayor of Limoges")
    );
    assert_eq!(std::fs::metadata(&real).unwrap().mode() & 0o777, 0o640);
}

#[test]
fn new_files_and_exported_campaigns_get_the_mode_the_umask_gives() {
    let home = Home::new();
    let letter = home.path().join("letter.eml");
    let (command, _) = Test::at(&home)
        .args(["-n", ADA, "-l", "en", "-f", "eml", "-o"])
        .arg(&letter)
        .into_command();
    // A umask of 027, set in a shell around the program.
    let shell = "umask 027 && exec \"$0\" \"$@\"";
    let program = command.get_program().to_owned();
    let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
    let mut wrapped = home.command_for("sh");
    wrapped.arg("-c").arg(shell).arg(program).args(&args);
    assert!(wrapped.status().unwrap().success());
    assert_eq!(std::fs::metadata(&letter).unwrap().mode() & 0o777, 0o640);
    let mut export = home.command_for("sh");
    export
        .arg("-c")
        .arg(shell)
        .arg(common::BIN)
        .args(["export", "icheon-limoges"])
        .arg(home.path().join("mine"));
    assert!(export.status().unwrap().success());
    let mode = |p: &str| std::fs::metadata(home.path().join(p)).unwrap().mode() & 0o777;
    assert_eq!(mode("mine"), 0o750);
    assert_eq!(mode("mine/templates/fr"), 0o750);
    assert_eq!(mode("mine/campaign.toml"), 0o640);
    // Nothing but the two is left in the folder: no temporary file or folder.
    let mut names: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "config")
        .collect();
    names.sort();
    assert_eq!(names, ["letter.eml", "mine"]);
}

#[test]
fn export_over_files_leaves_them_as_they_were() {
    let home = Home::new();
    let target = home.path().join("mine");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "mine").unwrap();
    let stderr = Test::at(&home)
        .args(["export", "icheon-limoges"])
        .arg(&target)
        .fails(2);
    assert!(stderr.contains("is not empty"), "{stderr}");
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 1);
}

#[test]
fn campaign_ids_and_language_codes_have_a_strict_form() {
    // The campaign two folders down in a folder of the test's own, so that "../../x"
    // names a place of the test's own too, wherever the temporary folder is.
    let outer = tempfile::tempdir().unwrap();
    let campaign = outer.path().join("campaigns/mine");
    common::copy_campaign_to(&campaign);
    let toml = campaign.join("campaign.toml");
    common::edit(&toml, "[languages.ko]", "[languages.\"../../x\"]");
    common::edit(&toml, "id = \"icheon_council\"", "id = \"x y>z\"");
    let stderr = Test::compose(ADA, "en").letters(&campaign).fails(2);
    assert!(
        stderr.contains("campaign.toml:19:12: the language code '../../x' is not a language tag"),
        "{stderr}"
    );
    let (code, stdout) = check(&campaign);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("DIR/campaign.toml:19:12: error: the language code '../../x'"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "error: the recipient id 'x y>z' may hold only lowercase letters, digits, - and _"
        ),
        "{stdout}"
    );
    // Nothing outside the campaign's folder was read or written.
    assert!(!campaign.join("../../x").exists());
    assert_eq!(std::fs::read_dir(outer.path()).unwrap().count(), 1);
}

#[test]
fn no_campaign_text_reaches_the_terminal_with_control_characters() {
    let dir = common::campaign_copy();
    let toml = dir.path().join("campaign.toml");
    common::edit(
        &toml,
        "en = \"Mayor of Limoges\"",
        "en = \"Mayor\\u001b]0;pwned\\u0007 of Limoges\"",
    );
    common::edit(
        &toml,
        "website = \"https://www.icheon.go.kr\"",
        "website = \"javascript:alert(1)\"",
    );
    common::edit(&toml, "\"Hôtel de Ville\",", "\"Hôtel\\u202ede Ville\",");
    let stderr = Test::compose(ADA, "en").letters(dir.path()).fails(2);
    assert!(
        stderr.contains("holds a control character (U+001B)"),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\u{1b}'),
        "the message itself is clean: {stderr:?}"
    );
    let (code, stdout) = check(dir.path());
    assert_eq!(code, Some(1));
    for expected in [
        "error: 'Mayor\\u{1b}]0;pwned\\u{7} of Limoges' holds a control character (U+001B)",
        "error: 'javascript:alert(1)' is not a web address",
        "holds a control character (U+202E)",
    ] {
        assert!(stdout.contains(expected), "{expected} not in\n{stdout}");
    }
    assert!(!stdout.contains('\u{1b}'));
}

#[test]
fn templates_saved_with_crlf_are_read_as_lf() {
    let dir = common::campaign_copy();
    let body = dir.path().join("templates/en/body.hbs");
    let text = std::fs::read_to_string(&body).unwrap();
    std::fs::write(&body, text.replace('\n', "\r\n")).unwrap();
    let out = Test::compose(ADA, "en")
        .letters(dir.path())
        .args(["-p", "body"])
        .stdout();
    assert!(!out.contains('\r'));
    assert_eq!(out, Test::compose(ADA, "en").args(["-p", "body"]).stdout());
}

#[test]
fn templates_too_large_are_refused_with_their_line() {
    for (text, expected) in [
        (
            "{{#if sender.name}}\n".repeat(12_000),
            ("body.hbs:65: ", "blocks are nested more than 64 deep"),
        ),
        (
            "{{sender.name}} ".repeat(30_000),
            // Refused by the reader, which reads no more than the cap and a byte.
            (
                "body.hbs: ",
                "cannot read the file: it is larger than 256 KiB, the most such a file may hold",
            ),
        ),
        (
            "{{sender.name}}\n".repeat(6_000),
            (
                "body.hbs:5001: ",
                "the template holds more than 5000 expressions",
            ),
        ),
    ] {
        let dir = common::campaign_copy();
        std::fs::write(dir.path().join("templates/en/body.hbs"), text).unwrap();
        let (at, why) = expected;
        let stderr = Test::compose(ADA, "en").letters(dir.path()).fails(2);
        assert!(stderr.contains(&format!("{at}{why}")), "{stderr}");
        let (code, stdout) = check(dir.path());
        assert_eq!(code, Some(1));
        assert!(stdout.contains(&format!("{at}error: {why}")), "{stdout}");
    }
}

/// `command` run as a user who is not root, so that permissions count: as root (CI),
/// through setpriv as nobody, in a home that nobody owns. The home must be made by
/// `Home::for_another_user`, and the command by it: nobody can reach neither this build
/// nor a temporary folder when the checkout or TMPDIR is in a folder closed to others.
fn as_user(home: &Home, mut command: std::process::Command) -> std::process::Output {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return command.output().unwrap();
    }
    let user = common::OTHER_USER.to_string();
    let status = std::process::Command::new("chown")
        .args(["-R", &format!("{user}:{user}")])
        .arg(home.path())
        .status()
        .unwrap();
    assert!(status.success());
    let mut wrapped = std::process::Command::new("setpriv");
    wrapped
        .arg(format!("--reuid={user}"))
        .arg(format!("--regid={user}"))
        .args(["--clear-groups", "--"])
        .arg(command.get_program())
        .args(command.get_args())
        .env_clear()
        .envs(command.get_envs().filter_map(|(k, v)| Some((k, v?))));
    if let Some(dir) = command.get_current_dir() {
        wrapped.current_dir(dir);
    }
    wrapped.output().unwrap()
}

#[test]
fn an_unreadable_settings_file_is_bad_input_naming_the_way_out() {
    let home = Home::for_another_user();
    std::fs::create_dir_all(home.settings().parent().unwrap()).unwrap();
    std::fs::write(home.settings(), format!("name = \"{ADA}\"\n")).unwrap();
    std::fs::set_permissions(home.settings(), std::fs::Permissions::from_mode(0o000)).unwrap();
    let (mut command, _) = Test::at(&home).args(["-l", "en"]).into_command();
    command.stdin(std::process::Stdio::null());
    let out = as_user(&home, command);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}: cannot read the settings file: permission denied",
            home.settings().display()
        )) && stderr.contains("--no-config"),
        "{stderr}"
    );
}

#[test]
fn a_write_that_fails_leaves_nothing_and_names_no_temporary_file() {
    let home = Home::for_another_user();
    let locked = home.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    let (mut command, _) = Test::at(&home)
        .args(["-n", ADA, "-l", "en", "-o"])
        .arg(locked.join("letter.txt"))
        .into_command();
    command.stdin(std::process::Stdio::null());
    // The folder is made read-only after the home is handed over to the user.
    let chmod = format!("chmod 555 '{}'", locked.display());
    let mut shell = std::process::Command::new("sh");
    shell
        .arg("-c")
        .arg(format!("{chmod} && exec \"$0\" \"$@\""))
        .arg(command.get_program())
        .args(command.get_args());
    shell
        .env_clear()
        .envs(command.get_envs().filter_map(|(k, v)| Some((k, v?))));
    let out = as_user(&home, shell);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot write") && stderr.to_lowercase().contains("permission denied"),
        "{stderr}"
    );
    assert!(!stderr.contains(".sister-letter-"), "{stderr}");
    assert_eq!(std::fs::read_dir(&locked).unwrap().count(), 0);
}

/// `--force` replaces only a file its user may write, and keeps its owner: a read-only
/// file of another user's, in a folder anyone may write to, is left as it was.
#[test]
fn force_never_replaces_a_file_its_user_could_not_write() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        // Without root there is no other user's file to try: one of root's stands in.
        let out = Test::compose(ADA, "en")
            .args(["-f", "eml", "--force", "-o", "/etc/hostname"])
            .output();
        assert_ne!(out.status.code(), Some(0));
        return;
    }
    let home = Home::for_another_user();
    // A folder anyone may write to, outside the home (which the other user is given),
    // holding root's read-only file.
    let shared = tempfile::Builder::new().tempdir_in("/tmp").unwrap();
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let theirs = shared.path().join("letter.eml");
    std::fs::write(&theirs, "root's\n").unwrap();
    std::fs::set_permissions(&theirs, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (mut command, _) = Test::at(&home)
        .args(["-n", ADA, "-l", "en", "-f", "eml", "--force", "-o"])
        .arg(&theirs)
        .into_command();
    command.stdin(std::process::Stdio::null());
    let out = as_user(&home, command);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("permission denied"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "root's\n");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&theirs).unwrap().uid(), 0, "still root's");
}

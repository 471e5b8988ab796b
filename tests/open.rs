//! Opening with the desktop, honestly: the run waits for xdg-open's word (up to 10 s),
//! says which program failed and how, and keeps the letter (the file, the clipboard, or
//! the link on standard output). A stand-in xdg-open on the PATH plays the desktop.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::persona::ADA;
use common::{Home, Test};

/// A run in `home` with `path` as its PATH and a display (the program only checks that
/// one is named before opening).
fn on_desktop(home: &Home, path: &str, args: &[&str]) -> Test {
    Test::at(home)
        .env("PATH", path)
        .env("DISPLAY", ":99")
        .args(args)
}

/// A home whose PATH starts with an `xdg-open` running `script`.
fn desktop(script: &str) -> (Home, String) {
    let home = Home::new();
    let bin = home.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let opener = bin.join("xdg-open");
    std::fs::write(&opener, format!("#!/bin/sh\n{script}\n")).unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (home, path)
}

#[test]
fn an_opener_that_fails_is_named_with_what_it_said_and_the_file_is_kept() {
    let (home, path) =
        desktop("echo \"xdg-open: no method available for opening '$1'\" >&2; exit 3");
    let out = on_desktop(
        &home,
        &path,
        &[
            "-n",
            ADA,
            "-l",
            "en",
            "-f",
            "pdf",
            "-o",
            "letters.pdf",
            "--open",
        ],
    )
    .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot open letters.pdf: xdg-open ended with status 3: xdg-open: no method available for opening"),
        "{stderr}"
    );
    assert!(!stderr.contains("other error"), "{stderr}");
    assert!(
        home.path().join("letters.pdf").is_file(),
        "the letters are kept"
    );
}

#[test]
fn an_opener_that_succeeds_is_believed() {
    let (home, path) = desktop("exit 0");
    let (_, stderr) = on_desktop(
        &home,
        &path,
        &[
            "-n",
            ADA,
            "-l",
            "en",
            "-f",
            "pdf",
            "-o",
            "letters.pdf",
            "--open",
        ],
    )
    .ok();
    assert!(stderr.contains("Opened letters.pdf"), "{stderr}");
}

/// An opener still running after 10 seconds is left to it, and the run says it does not
/// know more.
#[test]
fn an_opener_that_does_not_answer_is_said_to_have_been_handed_the_file() {
    let (home, path) = desktop("exec sleep 60");
    let (_, stderr) = on_desktop(
        &home,
        &path,
        &[
            "-n",
            ADA,
            "-l",
            "fr",
            "-f",
            "pdf",
            "-o",
            "lettres.pdf",
            "--open",
        ],
    )
    .ok();
    assert!(
        stderr.contains("lettres.pdf a été confié à xdg-open, qui n’a pas dit"),
        "{stderr}"
    );
    assert!(!stderr.contains("ouvert :"), "{stderr}");
}

/// A short letter whose link the mail app could not take: the link is printed, so
/// nothing is lost, and the run fails saying so.
#[test]
fn a_mail_app_that_cannot_open_leaves_the_link_on_standard_output() {
    let (home, path) = desktop("exit 4");
    let fixture = common::layout_campaign();
    let out = Test::at(&home)
        .env("PATH", &path)
        .env("DISPLAY", ":99")
        .letters(fixture.path())
        .args([
            "-n",
            ADA,
            "-l",
            "en",
            "-c",
            "layout",
            "--to",
            "mayor@example.org",
            "--open",
        ])
        .output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("xdg-open ended with status 4")
            && stderr.contains("the mailto link went to standard output"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("mailto:mayor@example.org?"), "{stdout}");
}

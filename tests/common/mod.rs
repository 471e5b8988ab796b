//! A small builder so each test reads like a user's story: the real binary, a clean
//! environment (no HOME, no DISPLAY), a fixed "now", and standard input that is not a
//! terminal.
#![allow(dead_code)]

use std::path::Path;
use std::process::Output;

/// The moment every test composes as of: a Wednesday, 14:05 in Limoges.
pub const NOW: &str = "2026-11-25T13:05:00Z";

pub const BIN: &str = env!("CARGO_BIN_EXE_sister-letter");

pub struct Test {
    cmd: assert_cmd::Command,
}

impl Test {
    pub fn new() -> Self {
        let mut cmd = assert_cmd::Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SISTER_LETTER_NOW", NOW)
            .write_stdin("");
        Test { cmd }
    }

    /// A supporter who gave their name and language.
    pub fn compose(name: &str, lang: &str) -> Self {
        Self::new().args(["--name", name, "--lang", lang])
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn arg(self, arg: impl AsRef<std::ffi::OsStr>) -> Self {
        self.args([arg])
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, input: &str) -> Self {
        self.cmd.write_stdin(input);
        self
    }

    pub fn output(mut self) -> Output {
        self.cmd.output().expect("the binary runs")
    }

    /// Runs and expects success; returns stdout.
    pub fn stdout(self) -> String {
        let out = self.output();
        assert!(
            out.status.success(),
            "exit {:?}, stderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Runs and expects success; returns (stdout, stderr).
    pub fn ok(self) -> (String, String) {
        let out = self.output();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "exit {:?}, stderr:\n{stderr}",
            out.status.code()
        );
        (String::from_utf8(out.stdout).expect("UTF-8 output"), stderr)
    }

    /// Runs and expects exit `code` with nothing on stdout; returns stderr.
    pub fn fails(self, code: i32) -> String {
        let out = self.output();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "stderr:\n{stderr}");
        assert!(
            out.stdout.is_empty(),
            "stdout should be empty, was:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            stderr.starts_with("sister-letter: "),
            "errors name the program: {stderr}"
        );
        stderr
    }
}

/// Every email address in `text`, in order.
pub fn emails(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "<>,;:()\"'[]?&=".contains(c))
        .filter(|w| {
            w.split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
        })
        .map(|w| w.trim_end_matches('.').to_string())
        .collect()
}

/// A copy of the bundled campaign in a temporary folder, to break or edit.
pub fn campaign_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("letters/icheon-limoges"),
        dir.path(),
    );
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Replaces `from` by `to` in a file, and checks that it was there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

//! A small builder so each test reads like a user's story: the real binary, a clean
//! environment with a home of its own (fresh HOME and XDG folders, no DISPLAY), a fixed
//! "now", and standard input that is not a terminal.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The moment every test composes as of: a Wednesday, 14:05 in Limoges.
pub const NOW: &str = "2026-11-25T13:05:00Z";

pub const BIN: &str = env!("CARGO_BIN_EXE_sister-letter");

pub mod persona;
pub mod poppler;
pub mod pty;
pub mod smtp;

/// How long a test waits for a state (a screen, a file, a process) before it fails.
pub const DEADLINE: std::time::Duration = std::time::Duration::from_secs(15);

/// Waits until `check` gives a value, and returns it; `check` says how things are
/// otherwise, and the test fails, naming `what` and how things were last, when it has
/// given no value by the [`DEADLINE`]. For states that give no signal of their own (a
/// file another process writes, a screen, a process's end): they are looked at again
/// every few milliseconds.
pub fn wait_until<T>(what: &str, mut check: impl FnMut() -> Result<T, String>) -> T {
    let started = std::time::Instant::now();
    loop {
        let last = match check() {
            Ok(value) => return value,
            Err(last) => last,
        };
        assert!(
            started.elapsed() < DEADLINE,
            "waited {DEADLINE:?} for {what}; last seen:\n{last}"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// A home folder of the test's own, removed when the test ends.
pub struct Home {
    dir: tempfile::TempDir,
    /// The program run in this home: this build's, or a copy that another user can run.
    program: PathBuf,
    /// For a home that another user can enter: the folder that holds it and the copy.
    _reachable: Option<tempfile::TempDir>,
}

/// The user that tests run as root hand their home over to: nobody.
pub const OTHER_USER: u32 = 65534;

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary home"),
            program: PathBuf::from(BIN),
            _reachable: None,
        }
    }

    /// A home that another user ([`OTHER_USER`]) can enter, and a copy of the program
    /// that they can run, wherever the checkout is and whatever TMPDIR says (either may
    /// be in a folder only its owner can enter): both in a fresh folder under /tmp that
    /// every user can enter. Fails, saying why, when a folder on the way is closed.
    pub fn for_another_user() -> Home {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::Builder::new()
            .prefix("sister-letter-other-user-")
            .tempdir_in("/tmp")
            .expect("a folder in /tmp");
        std::fs::set_permissions(folder.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let program = folder.path().join("sister-letter");
        // A link is enough (the same file, under a path that user can reach), and a copy
        // where /tmp is on another file system.
        std::fs::hard_link(BIN, &program)
            .or_else(|_| std::fs::copy(BIN, &program).map(drop))
            .unwrap_or_else(|e| panic!("cannot copy {BIN} to {}: {e}", program.display()));
        for path in std::iter::once(program.as_path()).chain(folder.path().ancestors()) {
            let mode = std::fs::metadata(path).unwrap().permissions().mode();
            assert!(
                mode & 0o001 != 0,
                "the user {OTHER_USER} cannot enter or run {} (mode {:o}): the tests that run \
                 the program as another user need it, to reach a copy of the program and a \
                 home in {}",
                path.display(),
                mode & 0o7777,
                folder.path().display()
            );
        }
        let dir = tempfile::Builder::new()
            .prefix("home-")
            .tempdir_in(folder.path())
            .expect("a temporary home");
        Home {
            dir,
            program,
            _reachable: Some(folder),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the program keeps its settings in this home.
    pub fn settings(&self) -> PathBuf {
        self.path().join("config/sister-letter/config.toml")
    }

    /// The program with a clean environment that points only at this home.
    pub fn command(&self) -> Command {
        self.command_for(&self.program)
    }

    /// Another program (a shell that runs ours) in the same clean environment.
    pub fn command_for(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        let home = self.path();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("SISTER_LETTER_NOW", NOW)
            .current_dir(home);
        cmd
    }
}

pub struct Test {
    /// The run's own home, when the test did not give one.
    home: Option<Home>,
    cmd: Command,
    stdin: Vec<u8>,
}

impl Test {
    pub fn new() -> Self {
        let home = Home::new();
        let cmd = home.command();
        Test {
            home: Some(home),
            cmd,
            stdin: Vec::new(),
        }
    }

    /// A run in a home that the test prepared (or will look at afterwards), which must
    /// outlive the run.
    pub fn at(home: &Home) -> Self {
        Test {
            home: None,
            cmd: home.command(),
            stdin: Vec::new(),
        }
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

    /// Campaigns from `dir` too (`--letters`).
    pub fn letters(self, dir: &Path) -> Self {
        self.arg("--letters").arg(dir)
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
        self.stdin = input.as_bytes().to_vec();
        self
    }

    /// The escape hatch, for a test that needs the process itself (a pipe it closes):
    /// the command as set up, with the home (if the run has its own) that must outlive it.
    pub fn into_command(self) -> (Command, Option<Home>) {
        (self.cmd, self.home)
    }

    /// The same run, ended by `timeout` after `seconds` (exit 124): for inputs that
    /// could make a program wait forever.
    pub fn within(mut self, seconds: u32) -> Self {
        let mut wrapped = Command::new("timeout");
        wrapped
            .arg(seconds.to_string())
            .arg(self.cmd.get_program())
            .args(self.cmd.get_args())
            .env_clear();
        for (key, value) in self.cmd.get_envs() {
            if let Some(value) = value {
                wrapped.env(key, value);
            }
        }
        if let Some(dir) = self.cmd.get_current_dir() {
            wrapped.current_dir(dir);
        }
        self.cmd = wrapped;
        self
    }

    pub fn output(mut self) -> Output {
        let mut child = self
            .cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let mut stdin = child.stdin.take().expect("piped");
        // A program that exits without reading closes the pipe: that is not an error.
        let _ = stdin.write_all(&self.stdin);
        drop(stdin);
        child.wait_with_output().expect("the binary ends")
    }

    /// Runs and expects exit `code` and exactly `stderr`; returns stdout.
    pub fn expect(self, code: i32, stderr: &str) -> String {
        let out = self.output();
        let got = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "stderr:\n{got}");
        assert_eq!(got, stderr, "the whole standard error");
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Runs and expects success; returns stdout.
    pub fn stdout(self) -> String {
        self.ok().0
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

    /// Runs and expects exit `code` with nothing on stdout and an error message that
    /// names the program; returns stderr.
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

/// Runs `check` on the campaign folder `dir`: its exit code, and its report with the
/// folder's path shown as DIR.
pub fn check(dir: &Path) -> (Option<i32>, String) {
    let out = Test::new().arg("check").arg(dir).output();
    let stdout = String::from_utf8_lossy(&out.stdout).replace(&dir.display().to_string(), "DIR");
    (out.status.code(), stdout)
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
    copy_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("letters/icheon-limoges"))
}

/// A copy of the bundled campaign at `to`, a folder made for it.
pub fn copy_campaign_to(to: &Path) {
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("letters/icheon-limoges"),
        to,
    );
}

/// A copy of the small campaign that layout tests use (`tests/fixtures/layout`): its
/// words change only when a test wants them to.
pub fn layout_campaign() -> tempfile::TempDir {
    copy_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/layout"))
}

fn copy_of(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(from, dir.path());
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

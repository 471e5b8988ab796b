//! The writer at the end of the pipeline: the only place that writes what the program
//! produced (to standard output, a file, the clipboard, the pager or the desktop), and
//! the one place that talks on standard error. The clipboard and the desktop are seams
//! (`Clipboard`, `Desktop`) handed down by the run, so that a test can drive them.

use std::io::{ErrorKind, Write};
use std::path::PathBuf;

use crate::atomic_file::{self, Replace};
use crate::clipboard::{Clipboard, Unavailable};
use crate::error::{Error, Result, plain};
use crate::format::Made;
use crate::words::{Words, t};

/// The program's name, as its messages begin.
pub(crate) const PROGRAM: &str = "sister-letter";

/// Where bytes can go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sink {
    Stdout,
    File { path: PathBuf, replace: Replace },
    Clipboard,
}

/// What the run produced, ready to deliver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Output {
    /// Bytes for a sink; `what` names them in messages ("the email body").
    Bytes {
        bytes: Vec<u8>,
        to: Sink,
        what: Made,
    },
    /// Text for the terminal: through the pager when it is longer than `rows`.
    Page { text: String, rows: u16 },
    /// A file written, then opened with the desktop's program for it.
    Open {
        bytes: Vec<u8>,
        path: PathBuf,
        replace: Replace,
        what: Made,
    },
    /// A letter for the desktop's mail app: the `whole` link when it is short enough
    /// for mail apps; else the `head` (To, Cc and Subject), with the `body` on the
    /// clipboard, to paste into the message.
    MailApp {
        whole: Option<String>,
        head: String,
        body: String,
    },
}

/// The desktop's opener: the seam between choosing what to open and the program that
/// opens it.
pub(crate) trait Desktop {
    /// Whether there is a desktop to open things with.
    fn present(&self) -> bool;
    /// Opens `target` (a file or a link): whether the opener said it did, or was still
    /// at it after a while; or how it failed.
    fn open(&mut self, target: &std::ffi::OsStr) -> std::result::Result<Opening, OpenFailed>;
}

/// What is known of an opening that did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opening {
    /// The opener ended well: a program has the file or the link.
    Opened,
    /// The opener was still running when the run stopped waiting for it.
    Handed,
}

/// How an opener failed.
#[derive(Debug)]
pub(crate) enum OpenFailed {
    /// It could not be started.
    Start(std::io::Error),
    /// It ended badly: its exit status (None: a signal), and the first line it said.
    Ended { code: Option<i32>, said: String },
}

/// The program that opens things on a Linux desktop.
const OPENER: &str = "xdg-open";

/// How long to wait for the opener to say how it went: it returns once it has handed
/// the file or the link to a program, which takes a moment.
const OPENER_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The desktop of this session, through xdg-open.
pub(crate) struct SystemDesktop {
    /// Whether a display and xdg-open were found: a launcher can look successful when
    /// nothing opened, so its absence is decided beforehand.
    pub present: bool,
}

impl Desktop for SystemDesktop {
    fn present(&self) -> bool {
        self.present
    }

    fn open(&mut self, target: &std::ffi::OsStr) -> std::result::Result<Opening, OpenFailed> {
        use std::process::{Command, Stdio};
        // What it says goes to a file, not a pipe: the program it starts inherits it
        // and may write there long after this run is over.
        let said = tempfile::tempfile().map_err(OpenFailed::Start)?;
        let mut child = Command::new(OPENER)
            .arg(target)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(said.try_clone().map_err(OpenFailed::Start)?)
            .spawn()
            .map_err(OpenFailed::Start)?;
        let deadline = std::time::Instant::now() + OPENER_WAIT;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                // Still at it: left running, and said so.
                Ok(None) => return Ok(Opening::Handed),
                Err(e) => return Err(OpenFailed::Start(e)),
            }
        };
        if status.success() {
            return Ok(Opening::Opened);
        }
        let mut text = String::new();
        let mut said = said;
        let _ = std::io::Seek::rewind(&mut said);
        let _ = std::io::Read::read_to_string(&mut std::io::Read::take(&mut said, 4096), &mut text);
        let said = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        Err(OpenFailed::Ended {
            code: status.code(),
            said: printable(said).into_owned(),
        })
    }
}

/// An opener's failure, in words: which program, and how it failed.
fn open_failed(w: &Words, failed: &OpenFailed) -> String {
    match failed {
        OpenFailed::Start(e) => t!(
            w,
            "output-opener-cannot-start",
            program = OPENER,
            why = plain(w, e)
        ),
        OpenFailed::Ended {
            code: Some(code),
            said,
        } if !said.is_empty() => t!(
            w,
            "output-opener-failed-saying",
            program = OPENER,
            code = *code,
            said = said.clone()
        ),
        OpenFailed::Ended {
            code: Some(code), ..
        } => {
            t!(w, "output-opener-failed", program = OPENER, code = *code)
        }
        OpenFailed::Ended { code: None, .. } => t!(w, "output-opener-stopped", program = OPENER),
    }
}

/// What the writer is handed besides the output: the seams and how to reach the pager.
pub(crate) struct Seams<'a> {
    pub clipboard: &'a mut dyn Clipboard,
    pub desktop: &'a mut dyn Desktop,
    /// The pager's command, and whether to leave its character set alone.
    pub pager: Option<(&'a str, bool)>,
}

/// Delivers `output`. Without a clipboard, text for it goes to standard output and the
/// run fails: nothing is lost.
pub(crate) fn deliver(w: &Words, output: &Output, seams: &mut Seams) -> Result<()> {
    match output {
        Output::Bytes { bytes, to, what } => to_sink(w, bytes, to, *what, seams.clipboard),
        Output::Page { text, rows } => page(w, text, *rows, seams.pager),
        Output::Open {
            bytes,
            path,
            replace,
            what,
        } => {
            let to = Sink::File {
                path: path.clone(),
                replace: *replace,
            };
            to_sink(w, bytes, &to, *what, seams.clipboard)?;
            open_file(w, path, seams.desktop)
        }
        Output::MailApp { whole, head, body } => {
            to_mail_app(w, whole.as_deref(), head, body, seams)
        }
    }
}

fn to_sink(
    w: &Words,
    bytes: &[u8],
    to: &Sink,
    what: Made,
    clipboard: &mut dyn Clipboard,
) -> Result<()> {
    match to {
        Sink::Stdout => to_stdout_bytes(w, bytes),
        Sink::File { path, replace } => {
            atomic_file::write(w, path, bytes, *replace)?;
            to_stderr(&t!(
                w,
                "output-saved",
                what = what.named(w),
                path = path.display().to_string()
            ));
            Ok(())
        }
        Sink::Clipboard => {
            let text = String::from_utf8_lossy(bytes);
            match clipboard.copy(&text) {
                Ok(()) => {
                    to_stderr(&t!(
                        w,
                        "output-copied",
                        what = what.named(w),
                        count = w.number(text.chars().count())
                    ));
                    Ok(())
                }
                Err(Unavailable(why)) => {
                    to_stdout_bytes(w, bytes)?;
                    Err(Error::failed(t!(w, "output-no-clipboard", why = why)))
                }
            }
        }
    }
}

/// Writes to standard output; a closed pipe is a normal end, not an error.
pub(crate) fn to_stdout(w: &Words, text: &str) -> Result<()> {
    to_stdout_bytes(w, text.as_bytes())
}

fn to_stdout_bytes(w: &Words, bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Error::failed(t!(
            w,
            "output-cannot-write-stdout",
            why = plain(w, &e)
        ))),
        _ => Ok(()),
    }
}

/// Says something to the user on standard error: one line, in one write, so that lines
/// of processes sharing a terminal do not mix. Standard error that cannot be written to
/// (closed, or a pipe nobody reads) cannot be told so, and is ignored.
/// The list, at the end of a sitting, of what was done in it.
pub(crate) fn sitting_done(w: &Words, done: &[String]) {
    let mut lines = vec![t!(w, "output-sitting-done")];
    lines.extend(done.iter().map(|d| format!("  - {}", printable(d))));
    to_stderr(&lines.join("\n"));
}

pub(crate) fn to_stderr(line: &str) {
    let mut text = String::with_capacity(line.len() + 1);
    text.push_str(line);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The warnings of a run: each is said once, unless the run is quiet (`--quiet`).
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    quiet: bool,
    said: Vec<String>,
}

impl Warnings {
    pub(crate) fn new(quiet: bool) -> Warnings {
        Warnings {
            quiet,
            said: Vec::new(),
        }
    }

    /// Says something the user should know, without stopping: once a run, unless quiet.
    pub(crate) fn warn(&mut self, w: &Words, message: &str) {
        if self.quiet || self.said.iter().any(|s| s == message) {
            return;
        }
        self.said.push(message.to_string());
        let warning = t!(w, "words-warning", message = printable(message).to_string());
        to_stderr(&format!("{PROGRAM}: {warning}"));
    }

    /// Says each of `messages`.
    pub(crate) fn warn_all(&mut self, w: &Words, messages: &[String]) {
        for message in messages {
            self.warn(w, message);
        }
    }
}

/// Shows text on the terminal: through the user's pager when it is longer than the
/// screen's `rows`, else as it is. Without a pager, or with one that cannot start or
/// fails, it is printed.
fn page(w: &Words, text: &str, rows: u16, pager: Option<(&str, bool)>) -> Result<()> {
    use std::process::{Command, Stdio};
    let Some((command, charset_chosen)) = pager.filter(|_| text.lines().count() >= rows.into())
    else {
        return to_stdout(w, text);
    };
    let mut pager = Command::new("sh");
    pager.arg("-c").arg(command).stdin(Stdio::piped());
    // The text is UTF-8 whatever the locale says: less shows it as such even where the
    // locale is not installed, unless the user chose a character set.
    if !charset_chosen {
        pager.env("LESSCHARSET", "utf-8");
    }
    let Ok(mut child) = pager.spawn() else {
        return to_stdout(w, text);
    };
    if let Some(mut input) = child.stdin.take() {
        // A pager quit before the end closes the pipe: that is a normal end.
        let _ = input.write_all(text.as_bytes());
    }
    // A pager that failed (`PAGER=false`, a command that is not there) showed nothing
    // that can be trusted: the text is printed instead.
    match child.wait() {
        Ok(status) if status.success() => Ok(()),
        _ => to_stdout(w, text),
    }
}

/// Text as it may go to a terminal: control characters (escape sequences above all) and
/// characters that reorder or hide text are shown as escapes, never obeyed. Line ends
/// are kept.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| (c.is_control() && c != '\n') || crate::values::is_hidden_control(c);
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match hidden(c) {
            true => c.escape_unicode().to_string(),
            false => c.to_string(),
        })
        .collect()
}

/// Opens a file with the desktop's program for it; without a desktop, or when the
/// opener fails, the run fails saying where the file is.
fn open_file(w: &Words, path: &std::path::Path, desktop: &mut dyn Desktop) -> Result<()> {
    let shown = path.display().to_string();
    if !desktop.present() {
        return Err(Error::failed(t!(
            w,
            "output-no-desktop-to-open",
            path = shown
        )));
    }
    match desktop.open(path.as_os_str()) {
        Ok(Opening::Opened) => to_stderr(&t!(w, "output-opened", path = shown)),
        Ok(Opening::Handed) => to_stderr(&t!(w, "output-handed", path = shown, program = OPENER)),
        Err(failed) => {
            return Err(Error::failed(t!(
                w,
                "output-cannot-open",
                path = shown,
                why = open_failed(w, &failed)
            )));
        }
    }
    Ok(())
}

/// Hands a letter to the desktop's mail app. When the opener fails, nothing is lost:
/// the whole link goes to standard output, or the letter stays on the clipboard.
fn to_mail_app(
    w: &Words,
    whole: Option<&str>,
    head: &str,
    body: &str,
    seams: &mut Seams,
) -> Result<()> {
    if !seams.desktop.present() {
        return Err(Error::failed(t!(w, "output-no-desktop-mail")));
    }
    if let Some(whole) = whole {
        return match seams.desktop.open(whole.as_ref()) {
            Ok(Opening::Opened) => {
                to_stderr(&t!(w, "output-opened-mail-app"));
                Ok(())
            }
            Ok(Opening::Handed) => {
                to_stderr(&t!(w, "output-handed-mail-app", program = OPENER));
                Ok(())
            }
            Err(failed) => {
                to_stdout(w, &format!("{whole}\n"))?;
                Err(Error::failed(t!(
                    w,
                    "output-cannot-open-mail-app-link",
                    why = open_failed(w, &failed)
                )))
            }
        };
    }
    seams.clipboard.copy(body).map_err(|Unavailable(why)| {
        Error::failed(t!(w, "output-too-long-no-clipboard", why = why))
    })?;
    match seams.desktop.open(head.as_ref()) {
        Ok(Opening::Opened) => to_stderr(&t!(w, "output-opened-head-paste")),
        Ok(Opening::Handed) => to_stderr(&t!(w, "output-handed-head-paste", program = OPENER)),
        Err(failed) => {
            return Err(Error::failed(t!(
                w,
                "output-cannot-open-mail-app-pasted",
                why = open_failed(w, &failed)
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clipboard that keeps what it was given, or has none to offer.
    #[derive(Default)]
    struct Fake {
        copied: Vec<String>,
        available: bool,
    }

    impl Clipboard for Fake {
        fn copy(&mut self, text: &str) -> std::result::Result<(), Unavailable> {
            if !self.available {
                return Err(Unavailable("no display".into()));
            }
            self.copied.push(text.to_string());
            Ok(())
        }
    }

    /// A desktop that keeps what it was asked to open.
    #[derive(Default)]
    struct FakeDesktop {
        present: bool,
        fails: bool,
        opened: Vec<String>,
    }

    impl Desktop for FakeDesktop {
        fn present(&self) -> bool {
            self.present
        }

        fn open(&mut self, target: &std::ffi::OsStr) -> std::result::Result<Opening, OpenFailed> {
            self.opened.push(target.to_string_lossy().into_owned());
            match self.fails {
                true => Err(OpenFailed::Ended {
                    code: Some(4),
                    said: "no method available".into(),
                }),
                false => Ok(Opening::Opened),
            }
        }
    }

    fn deliver_with(
        output: &Output,
        clipboard: &mut Fake,
        desktop: &mut FakeDesktop,
    ) -> Result<()> {
        let mut seams = Seams {
            clipboard,
            desktop,
            pager: None,
        };
        deliver(&Words::english(), output, &mut seams)
    }

    fn bytes(bytes: &[u8], to: Sink) -> Output {
        Output::Bytes {
            bytes: bytes.to_vec(),
            to,
            what: Made {
                format: crate::format::Format::Text,
                part: crate::format::Part::All,
            },
        }
    }

    #[test]
    fn the_clipboard_gets_exactly_the_bytes() {
        let mut fake = Fake {
            available: true,
            ..Fake::default()
        };
        let output = bytes(b"Dear Mayor,\n", Sink::Clipboard);
        deliver_with(&output, &mut fake, &mut FakeDesktop::default()).unwrap();
        assert_eq!(fake.copied, ["Dear Mayor,\n"]);
    }

    #[test]
    fn without_a_clipboard_the_run_fails_and_says_why() {
        let output = bytes(b"x", Sink::Clipboard);
        let err =
            deliver_with(&output, &mut Fake::default(), &mut FakeDesktop::default()).unwrap_err();
        assert_eq!(err.exit_code(), crate::exit_codes::ExitCode::Failure);
        assert!(err.to_string().contains("no display"), "{err}");
    }

    #[test]
    fn a_file_destination_writes_the_file_and_not_the_clipboard() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.eml");
        let mut fake = Fake {
            available: true,
            ..Fake::default()
        };
        let to = Sink::File {
            path: path.clone(),
            replace: Replace::Never,
        };
        deliver_with(
            &bytes(b"Subject: x\n", to),
            &mut fake,
            &mut FakeDesktop::default(),
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Subject: x\n");
        assert!(fake.copied.is_empty());
    }

    #[test]
    fn a_long_letter_goes_to_the_mail_app_as_a_head_with_the_body_on_the_clipboard() {
        let mut fake = Fake {
            available: true,
            ..Fake::default()
        };
        let mut desktop = FakeDesktop {
            present: true,
            ..FakeDesktop::default()
        };
        let output = Output::MailApp {
            whole: None,
            head: "mailto:?subject=x".into(),
            body: "Dear Mayor".into(),
        };
        deliver_with(&output, &mut fake, &mut desktop).unwrap();
        assert_eq!(desktop.opened, ["mailto:?subject=x"]);
        assert_eq!(fake.copied, ["Dear Mayor"]);
        // Without a desktop, nothing is copied or opened.
        let mut nothing = FakeDesktop::default();
        let mut fake = Fake {
            available: true,
            ..Fake::default()
        };
        assert!(deliver_with(&output, &mut fake, &mut nothing).is_err());
        assert!(fake.copied.is_empty() && nothing.opened.is_empty());
    }

    #[test]
    fn a_failed_opener_is_named_and_the_letter_is_kept() {
        let mut fake = Fake {
            available: true,
            ..Fake::default()
        };
        let mut desktop = FakeDesktop {
            present: true,
            fails: true,
            ..FakeDesktop::default()
        };
        let output = Output::MailApp {
            whole: None,
            head: "mailto:?subject=x".into(),
            body: "Dear Mayor".into(),
        };
        let err = deliver_with(&output, &mut fake, &mut desktop)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("xdg-open ended with status 4: no method available"),
            "{err}"
        );
        assert!(err.contains("clipboard"), "{err}");
        assert_eq!(fake.copied, ["Dear Mayor"]);
    }

    #[test]
    fn a_file_to_open_is_written_then_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.pdf");
        let mut desktop = FakeDesktop {
            present: true,
            ..FakeDesktop::default()
        };
        let output = Output::Open {
            bytes: b"%PDF".to_vec(),
            path: path.clone(),
            replace: Replace::Never,
            what: Made {
                format: crate::format::Format::Pdf,
                part: crate::format::Part::All,
            },
        };
        deliver_with(&output, &mut Fake::default(), &mut desktop).unwrap();
        assert!(path.exists());
        assert_eq!(desktop.opened, [path.display().to_string()]);
    }

    #[test]
    fn each_warning_is_said_once_and_quiet_says_none() {
        let w = Words::english();
        let mut warnings = Warnings::new(false);
        warnings.warn(&w, "a");
        warnings.warn(&w, "a");
        assert_eq!(warnings.said, ["a"]);
        let mut quiet = Warnings::new(true);
        quiet.warn(&w, "a");
        assert!(quiet.said.is_empty());
    }
}

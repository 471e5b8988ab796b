//! Destinations: the only place that writes what the program produced, to standard
//! output, a file or the clipboard, and the one place that talks on standard error.

use std::io::{ErrorKind, Write};
use std::path::PathBuf;

use crate::atomic_file::{self, Replace};
use crate::clipboard::{Clipboard, Unavailable};
use crate::error::{Error, Result};
use crate::words::{self, t};

/// The program's name, as its messages begin.
pub const PROGRAM: &str = "sister-letter";

/// Where the bytes go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File {
        path: PathBuf,
        replace: Replace,
    },
    Clipboard,
    /// A new file in the current folder, whose name the request chooses.
    NewFile,
    /// The desktop's mail app, through a mailto: link.
    MailApp,
}

/// Sends `bytes` to `destination`; `what` names them in messages ("the email body"),
/// said only when a message is. Without a clipboard the text goes to standard output
/// and the run fails: nothing is lost.
pub fn deliver(
    bytes: &[u8],
    destination: &Destination,
    what: &dyn Fn() -> String,
    clipboard: &mut dyn Clipboard,
) -> Result<()> {
    match destination {
        Destination::Stdout => to_stdout_bytes(bytes),
        Destination::File { path, replace } => {
            atomic_file::write(path, bytes, *replace)?;
            to_stderr(&t!(w, "output-saved",
                what = what(),
                path = path.display().to_string()
            ));
            Ok(())
        }
        Destination::NewFile | Destination::MailApp => Err(Error::failed(t!(w, "output-not-bytes"))),
        Destination::Clipboard => match clipboard.copy(&String::from_utf8_lossy(bytes)) {
            Ok(()) => {
                to_stderr(&t!(w, "output-copied",
                    what = what(),
                    count = words::number(String::from_utf8_lossy(bytes).chars().count())
                ));
                Ok(())
            }
            Err(Unavailable(why)) => {
                to_stdout_bytes(bytes)?;
                Err(Error::failed(t!(w, "output-no-clipboard", why = why)))
            }
        },
    }
}

/// Writes to standard output; a closed pipe is a normal end, not an error.
pub fn to_stdout(text: &str) -> Result<()> {
    to_stdout_bytes(text.as_bytes())
}

fn to_stdout_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Error::failed(t!(w, "output-cannot-write-stdout",
            why = crate::error::plain(w, &e)
        ))),
        _ => Ok(()),
    }
}

/// Says something to the user on standard error: one line, in one write, so that lines
/// of processes sharing a terminal do not mix. Standard error that cannot be written to
/// (closed, or a pipe nobody reads) cannot be told so, and is ignored.
pub fn to_stderr(line: &str) {
    let mut text = String::with_capacity(line.len() + 1);
    text.push_str(line);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Whether warnings are silenced (`--quiet`).
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// The warnings printed so far: each is printed once a run.
static WARNED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Silences warnings for the rest of the run.
pub fn quiet() {
    QUIET.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Says something the user should know, without stopping: once a run, unless quiet.
pub fn warn(message: &str) {
    if QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    if let Ok(mut warned) = WARNED.lock() {
        if warned.iter().any(|w| w == message) {
            return;
        }
        warned.push(message.to_string());
    }
    let warning = t!(w, "words-warning", message = printable(message).to_string());
    to_stderr(&format!("{PROGRAM}: {warning}"));
}

/// Shows text on the terminal: through the user's pager (PAGER, else `less -FRX`) when
/// it is longer than the screen, else as it is. Without a pager, it is printed.
pub fn page(text: &str) -> Result<()> {
    use std::process::{Command, Stdio};
    let (rows, _) = dialoguer::console::Term::stdout().size();
    if text.lines().count() < usize::from(rows) {
        return to_stdout(text);
    }
    let pager = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty());
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    };
    let command = match pager {
        Some(pager) => pager,
        None if on_path("less") => "less -FRX".to_string(),
        None => return to_stdout(text),
    };
    let mut pager = Command::new("sh");
    pager.arg("-c").arg(&command).stdin(Stdio::piped());
    // The text is UTF-8 whatever the locale says: less shows it as such even where the
    // locale is not installed, unless the user chose a character set.
    if std::env::var_os("LESSCHARSET").is_none() && std::env::var_os("LESSCHARDEF").is_none() {
        pager.env("LESSCHARSET", "utf-8");
    }
    let child = pager.spawn();
    let Ok(mut child) = child else {
        return to_stdout(text);
    };
    if let Some(mut input) = child.stdin.take() {
        // A pager quit before the end closes the pipe: that is a normal end.
        let _ = input.write_all(text.as_bytes());
    }
    let _ = child.wait();
    Ok(())
}

/// Text as it may go to a terminal: control characters (escape sequences above all) and
/// characters that reorder or hide text are shown as escapes, never obeyed. Line ends
/// are kept.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
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

/// Whether there is a desktop to open things with: a display, and xdg-open on the
/// PATH. Decided here, since a launcher can look successful when nothing opened.
pub fn has_desktop() -> bool {
    let launcher = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| dir.join("xdg-open").is_file())
    });
    has_display() && launcher
}

/// Whether there is a display, and so maybe a clipboard.
pub fn has_display() -> bool {
    let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    has("DISPLAY") || has("WAYLAND_DISPLAY")
}

/// Opens a file with the desktop's program for it; without a desktop, the run fails
/// saying where the file is.
pub fn open_on_desktop(path: &std::path::Path) -> Result<()> {
    if !has_desktop() {
        return Err(Error::failed(t!(w, "output-no-desktop-to-open",
            path = path.display().to_string()
        )));
    }
    open::that_detached(path).map_err(|e| {
        Error::failed(t!(w, "output-cannot-open",
            path = path.display().to_string(),
            why = crate::error::plain(w, &e)
        ))
    })?;
    to_stderr(&t!(w, "output-opened", path = path.display().to_string()));
    Ok(())
}

/// Hands a letter to the desktop's mail app: the `whole` link when it is short enough for
/// mail apps; else the `head` (To, Cc and Subject), with the body on the clipboard, to
/// paste into the message.
pub fn to_mail_app(
    whole: Option<&str>,
    head: &str,
    body: &str,
    clipboard: &mut dyn Clipboard,
) -> Result<()> {
    if !has_desktop() {
        return Err(Error::failed(t!(w, "output-no-desktop-mail")));
    }
    let open = |link: &str| {
        open::that_detached(link).map_err(|e| {
            Error::failed(t!(w, "output-cannot-open-mail-app",
                why = crate::error::plain(w, &e)
            ))
        })
    };
    if let Some(whole) = whole {
        open(whole)?;
        to_stderr(&t!(w, "output-opened-mail-app"));
        return Ok(());
    }
    clipboard
        .copy(body)
        .map_err(|Unavailable(why)| Error::failed(t!(w, "output-too-long-no-clipboard", why = why)))?;
    open(head)?;
    to_stderr(&t!(w, "output-opened-head-paste"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clipboard that keeps what it was given, or has none to offer.
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

    #[test]
    fn the_clipboard_gets_exactly_the_bytes() {
        let mut fake = Fake {
            copied: Vec::new(),
            available: true,
        };
        deliver(
            b"Dear Mayor,\n",
            &Destination::Clipboard,
            &|| "the body".into(),
            &mut fake,
        )
        .unwrap();
        assert_eq!(fake.copied, ["Dear Mayor,\n"]);
    }

    #[test]
    fn without_a_clipboard_the_run_fails_and_says_why() {
        let mut fake = Fake {
            copied: Vec::new(),
            available: false,
        };
        let err = deliver(
            b"x",
            &Destination::Clipboard,
            &|| "the body".into(),
            &mut fake,
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), crate::exit_codes::ExitCode::Failure);
        assert!(err.to_string().contains("no display"), "{err}");
    }

    #[test]
    fn a_file_destination_writes_the_file_and_not_the_clipboard() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.eml");
        let mut fake = Fake {
            copied: Vec::new(),
            available: true,
        };
        let to = Destination::File {
            path: path.clone(),
            replace: Replace::Never,
        };
        deliver(
            b"Subject: x\n",
            &to,
            &|| "the eml message".into(),
            &mut fake,
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "Subject: x\n");
        assert!(fake.copied.is_empty());
    }
}

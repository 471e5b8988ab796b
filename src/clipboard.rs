//! The system clipboard. On Linux a clipboard's text belongs to the process that set it,
//! so the text is handed to a small detached copy of this program that serves it until
//! another program takes the clipboard over, then exits.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::error::plain;
use crate::error::{Error, Result};
use crate::surroundings::{Display, Surroundings};
use crate::words::{Words, t};

/// The hidden command line of the background holder.
pub(crate) const SERVE_COMMAND: &str = "__serve-clipboard";

/// How long the holder may take to say whether it got the clipboard.
const HANDSHAKE: Duration = Duration::from_secs(10);

/// Why no clipboard could be had, in words for the user.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Unavailable(pub String);

/// A clipboard: the seam between choosing what to copy and the display that holds it.
pub(crate) trait Clipboard {
    fn copy(&mut self, text: &str) -> std::result::Result<(), Unavailable>;
}

/// The desktop's clipboard, held by a background copy of this program.
pub(crate) struct SystemClipboard<'a> {
    /// This program, to start the holder with.
    pub program: &'a std::result::Result<PathBuf, std::io::ErrorKind>,
    pub display: &'a Display,
    /// The words the holder's reasons are said in.
    pub w: &'a Words,
}

impl Clipboard for SystemClipboard<'_> {
    fn copy(&mut self, text: &str) -> std::result::Result<(), Unavailable> {
        copy(self, text)
    }
}

/// Puts `text` on the clipboard and returns once the background holder owns it.
fn copy(system: &SystemClipboard, text: &str) -> std::result::Result<(), Unavailable> {
    let w = system.w;
    if !system.display.any() {
        return Err(Unavailable(t!(w, "clipboard-no-display")));
    }
    let exe = system.program.as_ref().map_err(|kind| {
        Unavailable(t!(
            w,
            "clipboard-no-program",
            why = plain(w, &std::io::Error::from(*kind))
        ))
    })?;
    let mut command = Command::new(exe);
    command
        .arg(SERVE_COMMAND)
        // The holder's reasons are read to the user: in the language spoken.
        .arg(w.code())
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // libc, since std has no setsid: a new session, not only a new process group, detaches
    // the holder from our terminal, so that it outlives us and neither Ctrl-C nor the
    // terminal's hangup reaches it.
    // SAFETY: setsid is async-signal-safe.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = command
        .spawn()
        .map_err(|e| Unavailable(t!(w, "clipboard-cannot-start", why = plain(w, &e))))?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Unavailable(t!(w, "clipboard-cannot-talk")));
    };
    let written = stdin.write_all(text.as_bytes());
    drop(stdin);
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = send.send(line);
    });
    let answer = receive.recv_timeout(HANDSHAKE).unwrap_or_default();
    match answer.trim_end().split_once(' ') {
        _ if answer.trim_end() == "ok" && written.is_ok() => Ok(()),
        Some(("error", why)) => {
            let _ = child.wait();
            Err(Unavailable(why.to_string()))
        }
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            Err(Unavailable(t!(w, "clipboard-no-answer")))
        }
    }
}

/// The background holder: reads the text on stdin, takes the clipboard, answers "ok" or
/// "error WHY" on stdout, then serves the text until another program takes over.
pub(crate) fn serve(w: &Words, surroundings: &Surroundings) -> Result<()> {
    // Run by hand, it would wait for text on the terminal: it is not for people.
    if surroundings.stdin_terminal || surroundings.stdout_terminal {
        return Err(Error::usage(t!(
            w,
            "clipboard-not-by-hand",
            command = SERVE_COMMAND
        )));
    }
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Error::failed(t!(w, "clipboard-cannot-read", why = plain(w, &e))))?;
    let mut out = std::io::stdout();
    let mut clipboard =
        match arboard::Clipboard::new().and_then(|mut c| c.set_text(text.clone()).map(|()| c)) {
            Ok(c) => c,
            Err(e) => {
                let _ = writeln!(out, "error {}", explain(w, &e, &surroundings.display));
                return Err(Error::failed(t!(w, "clipboard-none")));
            }
        };
    let _ = writeln!(out, "ok");
    let _ = out.flush();
    detach_standard_streams();
    // Setting it again with `wait` keeps ownership and returns only when another program
    // takes the clipboard over.
    use arboard::SetExtLinux;
    let _ = clipboard.set().wait().text(text);
    Ok(())
}

/// Points stdin, stdout and stderr at /dev/null, so the holder keeps no pipe or terminal.
/// libc, since std cannot replace the standard descriptors of a running process.
fn detach_standard_streams() {
    use std::os::fd::AsRawFd;
    if let Ok(null) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
    {
        for fd in 0..3 {
            // SAFETY: dup2 onto the standard descriptors, with a descriptor we own.
            unsafe {
                libc::dup2(null.as_raw_fd(), fd);
            }
        }
    }
}

/// arboard's errors, in words for the user.
fn explain(w: &Words, e: &arboard::Error, display: &Display) -> String {
    let display = match display {
        Display {
            wayland: Some(d), ..
        } => t!(w, "clipboard-wayland", display = d.clone()),
        Display { x: Some(d), .. } => t!(w, "clipboard-x", display = d.clone()),
        _ => t!(w, "clipboard-display"),
    };
    match e {
        arboard::Error::ClipboardNotSupported => {
            t!(w, "clipboard-not-supported", display = display)
        }
        arboard::Error::ClipboardOccupied => t!(w, "clipboard-occupied"),
        _ => t!(w, "clipboard-unreachable", display = display),
    }
}

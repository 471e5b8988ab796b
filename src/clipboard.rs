//! The system clipboard. On Linux a clipboard's text belongs to the process that set it,
//! so the text is handed to a small detached copy of this program that serves it until
//! another program takes the clipboard over, then exits.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::error::plain;
use crate::error::{Error, Result};
use crate::words::{self, t};

/// The hidden command line of the background holder.
pub const SERVE_COMMAND: &str = "__serve-clipboard";

/// How long the holder may take to say whether it got the clipboard.
const HANDSHAKE: Duration = Duration::from_secs(10);

/// Why no clipboard could be had, in words for the user.
#[derive(Debug, PartialEq, Eq)]
pub struct Unavailable(pub String);

/// A clipboard: the seam between choosing what to copy and the display that holds it.
pub trait Clipboard {
    fn copy(&mut self, text: &str) -> std::result::Result<(), Unavailable>;
}

/// The desktop's clipboard, held by a background copy of this program.
pub struct System;

impl Clipboard for System {
    fn copy(&mut self, text: &str) -> std::result::Result<(), Unavailable> {
        copy(text)
    }
}

/// Puts `text` on the clipboard and returns once the background holder owns it.
fn copy(text: &str) -> std::result::Result<(), Unavailable> {
    let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
        return Err(Unavailable(t!(w, "clipboard-no-display")));
    }
    let exe = std::env::current_exe()
        .map_err(|e| Unavailable(t!(w, "clipboard-no-program", why = plain(w, &e))))?;
    let mut command = Command::new(exe);
    command
        .arg(SERVE_COMMAND)
        // The holder's reasons are read to the user: in the language spoken.
        .arg(words::spoken())
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
pub fn serve() -> Result<()> {
    use std::io::IsTerminal;
    // Run by hand, it would wait for text on the terminal: it is not for people.
    if std::io::stdin().is_terminal() || std::io::stdout().is_terminal() {
        return Err(Error::usage(t!(w, "clipboard-not-by-hand",
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
                let _ = writeln!(out, "error {}", explain(&e));
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
fn explain(e: &arboard::Error) -> String {
    let display = std::env::var("WAYLAND_DISPLAY")
        .ok()
        .filter(|v| !v.is_empty())
        .map(|d| t!(w, "clipboard-wayland", display = d))
        .or_else(|| {
            std::env::var("DISPLAY")
                .ok()
                .map(|d| t!(w, "clipboard-x", display = d))
        })
        .unwrap_or_else(|| t!(w, "clipboard-display"));
    match e {
        arboard::Error::ClipboardNotSupported => t!(w, "clipboard-not-supported", display = display),
        arboard::Error::ClipboardOccupied => t!(w, "clipboard-occupied"),
        _ => t!(w, "clipboard-unreachable", display = display),
    }
}

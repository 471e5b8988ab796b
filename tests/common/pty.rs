//! A program in a pseudo-terminal of the test's own, driven as a person would: the test
//! waits for what the screen shows, and sends a key only once the program is reading
//! keys.
//!
//! A list prompt (dialoguer's) puts the terminal in raw mode only while it reads a key,
//! and the line editor (rustyline) only while it reads a line: a key that comes before
//! that is taken by the line discipline, which echoes it and holds it for a line. So
//! before each key the test waits for two states, never for a length of time: the screen
//! has shown what the program draws before it reads (see `expect`), and the terminal's
//! modes, read with tcgetattr, have canonical input and echo off ([`is_raw`]).
//!
//! The first comes first for a reason: just after a key, the terminal may still be raw
//! from the read that took it. What the program draws after it took the key (the next
//! question, the list's mark moved) comes after that read ended, so a raw terminal seen
//! after it is the next read's. `press` refuses a key with no expectation met since the
//! last one.

use std::fs::{File, OpenOptions};
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use super::DEADLINE;

/// How often the terminal's modes are read while waiting for them: they give no signal
/// of their own. The wait reads the program's output meanwhile.
const INTERVAL: Duration = Duration::from_millis(2);

/// Whether the terminal open at `fd` is as a program that reads keys leaves it: no
/// canonical input (no line editing by the system) and no echo. On Linux, the master
/// side of a pseudo-terminal reports the modes of its other side, the program's.
pub fn is_raw(fd: RawFd) -> bool {
    let mut modes = std::mem::MaybeUninit::<libc::termios>::uninit();
    // SAFETY: tcgetattr writes a termios to the pointer given, or fails and writes nothing.
    let done = unsafe { libc::tcgetattr(fd, modes.as_mut_ptr()) };
    assert_eq!(
        done,
        0,
        "tcgetattr on the terminal: {}",
        std::io::Error::last_os_error()
    );
    // SAFETY: tcgetattr succeeded, so the termios is written.
    let modes = unsafe { modes.assume_init() };
    modes.c_lflag & (libc::ICANON | libc::ECHO) == 0
}

/// Waits until the terminal at `tty` (a path such as /dev/pts/3: a tmux pane's) reads
/// keys, as [`is_raw`] tells; `what` names the wait in the failure.
pub fn wait_until_raw(tty: &Path, what: &str) {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK)
        .open(tty)
        .unwrap_or_else(|e| panic!("cannot open the terminal {}: {e}", tty.display()));
    super::wait_until(
        &format!(
            "{what}: the terminal {} to read keys (canonical input and echo off)",
            tty.display()
        ),
        || match is_raw(file.as_raw_fd()) {
            true => Ok(()),
            false => Err("canonical input or echo on".into()),
        },
    );
}

/// The program in a pseudo-terminal, and what it has shown so far.
pub struct Pty {
    /// The test's side of the terminal, read without blocking.
    master: File,
    child: Child,
    /// Every byte the program has written to the terminal.
    seen: Vec<u8>,
    /// Where the next expectation starts looking.
    from: usize,
    /// Whether an expectation was met since the last key: the program has drawn what it
    /// draws after it took that key.
    shown: bool,
    /// The program and everything it started have closed the terminal.
    ended: bool,
}

impl Pty {
    /// Starts `command` with a new terminal as its standard input, output and error,
    /// and as its controlling terminal, in a session of its own; the terminal's modes are
    /// a new terminal's (canonical input and echo on), and it tells no size (programs
    /// then take 80 columns).
    pub fn spawn(command: Command) -> Pty {
        Pty::spawn_sized(command, None)
    }

    /// As `spawn`, with a terminal of `rows` and `columns` when given.
    pub fn spawn_sized(mut command: Command, size: Option<(u16, u16)>) -> Pty {
        let master = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK)
            .open("/dev/ptmx")
            .expect("a pseudo-terminal (/dev/ptmx)");
        let slave = slave_path(&master);
        let slave = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&slave)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", slave.display()));
        if let Some((rows, columns)) = size {
            set_size(slave.as_raw_fd(), rows, columns);
        }
        let stdio = || Stdio::from(slave.try_clone().expect("the terminal's descriptor"));
        command.stdin(stdio()).stdout(stdio()).stderr(stdio());
        // SAFETY: setsid and ioctl are async-signal-safe, as a closure run between fork and
        // exec must be; standard input is the terminal by then.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("the program starts in a terminal");
        // Only the program holds the terminal now: its end is the end of the output.
        drop(command);
        drop(slave);
        Pty {
            master,
            child,
            seen: Vec::new(),
            from: 0,
            shown: false,
            ended: false,
        }
    }

    /// Makes the terminal `rows` by `columns`: the program is told (SIGWINCH).
    pub fn resize(&mut self, rows: u16, columns: u16) {
        set_size(self.master.as_raw_fd(), rows, columns);
    }

    /// Reads what the program wrote, waiting at most `wait` for it to write anything.
    fn read(&mut self, wait: Duration) {
        if self.ended {
            return;
        }
        let mut poll = libc::pollfd {
            fd: self.master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = wait.as_millis().try_into().unwrap_or(libc::c_int::MAX);
        // SAFETY: one pollfd, valid for the call. An error (EINTR) is a read that finds nothing.
        unsafe { libc::poll(&mut poll, 1, millis) };
        let mut buf = [0u8; 4096];
        loop {
            match self.master.read(&mut buf) {
                Ok(0) => self.ended = true,
                Ok(n) => {
                    self.seen.extend_from_slice(&buf[..n]);
                    continue;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                // Linux: every descriptor of the other side is closed.
                Err(e) if e.raw_os_error() == Some(libc::EIO) => self.ended = true,
                Err(e) => panic!("reading the terminal: {e}"),
            }
            return;
        }
    }

    /// What the program showed since the last expectation, as UTF-8.
    fn since(&self) -> String {
        String::from_utf8_lossy(&self.seen[self.from..]).into_owned()
    }

    /// Waits until `found` finds something in what was shown since the last
    /// expectation (the end of the match, as an index there); moves past it and returns
    /// what was shown up to it, as bytes.
    fn wait_for(&mut self, what: &str, found: impl Fn(&[u8]) -> Option<usize>) -> &[u8] {
        let started = Instant::now();
        loop {
            if let Some(end) = found(&self.seen[self.from..]) {
                let start = self.from;
                self.from += end;
                self.shown = true;
                return &self.seen[start..self.from];
            }
            let left = DEADLINE.saturating_sub(started.elapsed());
            if self.ended || left.is_zero() {
                let why = if self.ended {
                    "the program ended"
                } else {
                    "it did not come"
                };
                panic!(
                    "waiting for {what}: {why}; the terminal showed: {:?}",
                    self.since()
                );
            }
            self.read(left);
        }
    }

    /// Waits until the terminal shows `text`, escape sequences included, and returns what
    /// it showed since the last expectation, up to `text`.
    pub fn expect(&mut self, text: &str) -> String {
        let needle = text.as_bytes();
        let shown = self.wait_for(&format!("{text:?}"), |seen| {
            find(seen, needle).map(|at| at + needle.len())
        });
        String::from_utf8_lossy(shown).into_owned()
    }

    /// Waits until the terminal shows `text` once its escape sequences (colours, cursor
    /// moves) are taken out, as a person reads it; returns what it showed since the
    /// last expectation, up to `text`, without escape sequences.
    pub fn expect_shown(&mut self, text: &str) -> String {
        let needle = text.as_bytes();
        let shown = self.wait_for(&format!("{text:?} (escape sequences aside)"), |seen| {
            let (plain, at) = plain(seen);
            find(&plain, needle).map(|start| at[start + needle.len() - 1] + 1)
        });
        String::from_utf8_lossy(&plain(shown).0).into_owned()
    }

    /// Waits until the program reads keys: the terminal is in raw mode. The output is
    /// read meanwhile, so that a program writing much is never blocked.
    fn wait_until_reading(&mut self) {
        let started = Instant::now();
        while !is_raw(self.master.as_raw_fd()) {
            assert!(
                !self.ended,
                "the program ended instead of reading a key; the terminal showed: {:?}",
                self.since()
            );
            assert!(
                started.elapsed() < DEADLINE,
                "the program was not reading keys (canonical input or echo still on) after {DEADLINE:?}; the terminal showed: {:?}",
                self.since()
            );
            self.read(INTERVAL);
        }
    }

    /// Sends `keys` as a person types them, once the program has shown what the test
    /// waited for (a prompt, or what the last key changed) and reads keys.
    pub fn press(&mut self, keys: &str) {
        assert!(
            self.shown,
            "a key is sent after the test waited (expect) for what the program shows before it reads it"
        );
        self.wait_until_reading();
        self.master
            .write_all(keys.as_bytes())
            .expect("writing to the terminal");
        self.shown = false;
    }

    /// Types `line` and Enter.
    pub fn type_line(&mut self, line: &str) {
        self.press(&format!("{line}\r"));
    }

    /// Ctrl and `key`, as a terminal sends it (Ctrl-C: 0x03).
    pub fn ctrl(&mut self, key: char) {
        let code = (key.to_ascii_uppercase() as u8) & 0x1f;
        self.press(&char::from(code).to_string());
    }

    /// Waits until the program and what it started have closed the terminal; returns
    /// what it showed since the last expectation.
    pub fn rest(&mut self) -> String {
        let started = Instant::now();
        while !self.ended {
            let left = DEADLINE.saturating_sub(started.elapsed());
            assert!(
                !left.is_zero(),
                "the program did not end; the terminal showed: {:?}",
                self.since()
            );
            self.read(left);
        }
        let rest = self.since();
        self.from = self.seen.len();
        rest
    }

    /// How the program ended (after `rest`).
    pub fn status(&mut self) -> ExitStatus {
        self.child.wait().expect("the program's status")
    }

    /// The program's exit code; fails the test if a signal ended it.
    pub fn exit_code(&mut self) -> i32 {
        let status = self.status();
        status
            .code()
            .unwrap_or_else(|| panic!("the program did not exit normally: {status}"))
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A test that failed half-way leaves no program behind: the program and what it
        // started (a shell's commands) are the process group it leads.
        if matches!(self.child.try_wait(), Ok(None)) {
            let group = libc::pid_t::try_from(self.child.id()).expect("a process id");
            // SAFETY: a signal to the process group of the test's own child.
            unsafe { libc::kill(-group, libc::SIGKILL) };
            let _ = self.child.wait();
        }
    }
}

/// The path of the other side of the pseudo-terminal `master`.
fn slave_path(master: &File) -> PathBuf {
    let fd = master.as_raw_fd();
    let mut name = [0 as libc::c_char; 256];
    // SAFETY: plain calls on a descriptor of ours; ptsname_r writes a NUL-terminated name
    // of at most the length given.
    unsafe {
        assert_eq!(libc::grantpt(fd), 0, "grantpt");
        assert_eq!(libc::unlockpt(fd), 0, "unlockpt");
        assert_eq!(
            libc::ptsname_r(fd, name.as_mut_ptr(), name.len()),
            0,
            "ptsname_r"
        );
    }
    // SAFETY: NUL-terminated by ptsname_r.
    let name = unsafe { std::ffi::CStr::from_ptr(name.as_ptr()) };
    PathBuf::from(name.to_str().expect("an ASCII path"))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    assert!(!needle.is_empty(), "an expectation of nothing");
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Terminal output without its escape sequences (CSI, OSC and the short ones), and for
/// each byte kept, its index in `bytes`.
pub fn plain(bytes: &[u8]) -> (Vec<u8>, Vec<usize>) {
    let mut text = Vec::new();
    let mut at = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != 0x1b {
            text.push(bytes[i]);
            at.push(i);
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(b'[') => {
                i += 2;
                while i < bytes.len() && !(0x40..=0x7e).contains(&bytes[i]) {
                    i += 1;
                }
                i += 1;
            }
            Some(b']') => {
                i += 2;
                while i < bytes.len() && bytes[i] != 0x07 && bytes[i] != 0x1b {
                    i += 1;
                }
                i += if bytes.get(i) == Some(&0x1b) { 2 } else { 1 };
            }
            Some(b'(' | b')') => i += 3,
            _ => i += 2,
        }
    }
    (text, at)
}

/// Sets the size of the terminal that `fd` is a side of.
fn set_size(fd: RawFd, rows: u16, columns: u16) {
    let size = libc::winsize {
        ws_row: rows,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ with a valid winsize, on a terminal's descriptor.
    let done = unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &size) };
    assert_eq!(
        done,
        0,
        "setting the terminal's size: {}",
        std::io::Error::last_os_error()
    );
}

//! Typing in a real terminal (tmux), as a person types: editing Korean, combining
//! accents and emoji by what the screen shows, and pasting several lines at once.
//!
//! The test waits for states, never for a length of time: for the screen to show a
//! prompt and the pane's terminal to read keys (raw mode, as `common::pty` reads it)
//! before it types, and for the screen to show what each key did.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::Home;
use common::persona::ADA;

/// A tmux server of the test's own, running the program in a window 100 columns wide.
struct Tmux {
    socket: String,
    /// The pane's terminal, as the program has it (/dev/pts/N).
    tty: PathBuf,
    _home: Home,
}

impl Tmux {
    fn start(args: &str) -> Tmux {
        let home = Home::new();
        let socket = format!("sister-letter-test-{}", std::process::id())
            + &format!("-{:?}", std::thread::current().id()).replace(['(', ')'], "");
        // The program's own clean environment, and its exit code shown when it ends.
        let script = format!(
            "env -i PATH=\"$PATH\" HOME={home} XDG_CONFIG_HOME={home}/config TERM=xterm-256color LANG=C.UTF-8 SISTER_LETTER_NOW={now} {bin} {args}; echo EXIT=$?; sleep 60",
            home = home.path().display(),
            now = common::NOW,
            bin = common::BIN,
        );
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "50",
            ])
            .arg(script)
            .status()
            .expect("tmux is missing: apt-get install tmux");
        assert!(status.success());
        let mut tmux = Tmux {
            socket,
            tty: PathBuf::new(),
            _home: home,
        };
        tmux.tty = PathBuf::from(tmux.tmux(&["display-message", "-p", "#{pane_tty}"]).trim());
        tmux
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The screen and what scrolled off it, as a person sees it.
    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-J", "-S", "-200"])
    }

    /// Waits until the screen is as `done` wants it; returns the screen. `what` names
    /// the wait in the failure, with the screen last seen.
    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        common::wait_until(what, || {
            let screen = self.screen();
            if done(&screen) {
                Ok(screen)
            } else {
                Err(screen)
            }
        })
    }

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on the screen"), |screen| {
            screen.contains(text)
        })
    }

    /// Waits until the screen shows `prompt` and the program reads keys; returns the
    /// screen.
    fn ready(&self, prompt: &str) -> String {
        let screen = self.wait_for(prompt);
        common::pty::wait_until_raw(&self.tty, &format!("the prompt {prompt:?}"));
        screen
    }

    /// Waits until the line of `prompt` reads `line`, from the prompt on.
    fn wait_line(&self, prompt: &str, line: &str) {
        self.wait_until(&format!("the line {line:?}"), |screen| {
            line_of(screen, prompt) == line
        });
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.tmux(&args);
    }

    /// The line of the screen that holds `prompt`, from it to the end.
    fn line_of(&self, prompt: &str) -> String {
        line_of(&self.screen(), prompt)
    }
}

/// The last line of `screen` that holds `prompt`, from it to the end.
fn line_of(screen: &str, prompt: &str) -> String {
    let line = screen
        .lines()
        .rfind(|l| l.contains(prompt))
        .unwrap_or_default();
    line[line.find(prompt).unwrap_or(0)..]
        .trim_end()
        .to_string()
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

#[test]
#[ignore = "needs tmux (Debian package tmux); .ci/run installs it and runs it"]
fn backspace_removes_one_character_as_the_screen_shows_it() {
    let t = Tmux::start("-l en -p body");
    let name = "Your name (it signs the letter): ";
    t.ready("Your name");
    // Korean: four Backspaces take c, b, a and 지, one each, as the screen shows after
    // each key.
    t.type_text("이민지abc");
    t.wait_line("Your name", &format!("{name}이민지abc"));
    for left in ["이민지ab", "이민지a", "이민지", "이민"] {
        t.keys(&["BSpace"]);
        t.wait_line("Your name", &format!("{name}{left}"));
    }
    // The arrow keys move by whole characters: Left twice, then type between 이 and 민.
    t.keys(&["Left", "Left"]);
    t.type_text("수");
    t.wait_line("Your name", &format!("{name}수이민"));
    t.keys(&["End", "Enter"]);
    t.ready("Your town");
    // A combining accent: é written as e and U+0301 goes with one Backspace.
    let town = "Your town and country (Enter to skip): ";
    t.type_text("Lye\u{301}x");
    t.wait_until("the town typed", |screen| {
        line_of(screen, "Your town").ends_with('x')
    });
    t.keys(&["BSpace"]);
    t.wait_until("the x taken back", |screen| {
        let line = line_of(screen, "Your town");
        line.starts_with(&format!("{town}Lye")) && !line.ends_with('x')
    });
    t.keys(&["BSpace"]);
    t.wait_line("Your town", &format!("{town}Ly"));
    t.type_text("on");
    t.keys(&["Enter"]);
    t.ready("A sentence of your own");
    // An emoji family, three people joined, is one character: one Backspace removes it
    // whole. Terminals differ in how wide they draw such a sequence (tmux does not join
    // it), so the screen is read for what is gone, and the letter for what was kept.
    t.type_text("Hello 👨‍👩‍👧");
    t.wait_for("Hello 👨");
    t.keys(&["BSpace"]);
    t.wait_until("the family taken back whole", |screen| {
        let line = line_of(screen, "A sentence of your own");
        !line.contains('👨') && !line.contains('👧')
    });
    t.keys(&["Enter"]);
    for prompt in ["Mayor of Limoges", "Limoges City Council"] {
        t.ready(prompt);
        t.keys(&["Enter"]);
    }
    // A name in Hangul on an English letter: its Latin form is asked; Enter signs as typed.
    t.ready("Your name in Latin letters");
    t.keys(&["Enter"]);
    t.ready("Remember");
    t.keys(&["n", "Enter"]);
    let screen = t.wait_for("EXIT=");
    // What was shown is what was kept.
    assert!(screen.contains("\nHello\n"), "{screen}");
    assert!(screen.contains("\n수이민\nLyon\n"), "{screen}");
    assert!(screen.contains("EXIT=0"), "{screen}");
}

#[test]
#[ignore = "needs tmux (Debian package tmux); .ci/run installs it and runs it"]
fn pasted_lines_are_the_note_and_answer_no_other_question() {
    let t = Tmux::start("-l en -p body --no-config");
    t.ready("Your name");
    t.type_text(ADA);
    t.keys(&["Enter"]);
    t.ready("Your town");
    t.keys(&["Enter"]);
    t.ready("A sentence of your own");
    // Pasted as a terminal pastes: bracketed, with the line ends as CR.
    t.tmux(&[
        "set-buffer",
        "-b",
        "note",
        "First line.\nSecond line.\nmayor@example.org\n",
    ]);
    t.tmux(&["paste-buffer", "-p", "-b", "note"]);
    // The paste is drawn whole, and no question came before its end: a line end taken
    // as Enter would have drawn the next question before the paste's last line.
    let screen = t.wait_for("mayor@example.org");
    assert!(!screen.contains("Email address for the Mayor"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.ready("Email address for the Mayor of Limoges");
    // The next question is asked, not answered by the paste.
    assert_eq!(
        t.line_of("Email address for the Mayor"),
        "Email address for the Mayor of Limoges (Enter to skip):",
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.ready("Limoges City Council");
    t.keys(&["Enter"]);
    let screen = t.wait_for("EXIT=");
    assert!(
        screen.contains("\nFirst line.\nSecond line.\nmayor@example.org\n\nOn behalf of"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=0"), "{screen}");
}

//! Typing in a real terminal (tmux), as a person types: editing Korean, combining
//! accents and emoji by what the screen shows, and pasting several lines at once.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::Home;

/// A tmux server of the test's own, running the program in a window 100 columns wide.
struct Tmux {
    socket: String,
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
        Tmux {
            socket,
            _home: home,
        }
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

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "waiting for {text:?}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
        std::thread::sleep(Duration::from_millis(150));
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.tmux(&args);
        std::thread::sleep(Duration::from_millis(150));
    }

    /// The line of the screen that holds `prompt`, from it to the end.
    fn line_of(&self, prompt: &str) -> String {
        let screen = self.screen();
        let line = screen
            .lines()
            .rfind(|l| l.contains(prompt))
            .unwrap_or_default();
        line[line.find(prompt).unwrap_or(0)..]
            .trim_end()
            .to_string()
    }
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
    t.wait_for("Your name");
    // Korean: four Backspaces take c, b, a and 지.
    t.type_text("이민지abc");
    t.keys(&["BSpace", "BSpace", "BSpace", "BSpace"]);
    assert_eq!(
        t.line_of("Your name"),
        "Your name (it signs the letter): 이민"
    );
    // The arrow keys move by whole characters: Left twice, then type between 이 and 민.
    t.keys(&["Left", "Left"]);
    t.type_text("수");
    assert_eq!(
        t.line_of("Your name"),
        "Your name (it signs the letter): 수이민"
    );
    t.keys(&["End", "Enter"]);
    t.wait_for("Your town");
    // A combining accent: é written as e and U+0301 goes with one Backspace.
    t.type_text("Lye\u{301}x");
    t.keys(&["BSpace", "BSpace"]);
    assert_eq!(
        t.line_of("Your town"),
        "Your town and country (Enter to skip): Ly"
    );
    t.type_text("on");
    t.keys(&["Enter"]);
    t.wait_for("A sentence of your own");
    // An emoji family, three people joined, is one character: one Backspace removes it
    // whole. Terminals differ in how wide they draw such a sequence (tmux does not join
    // it), so the screen is read for what is gone, and the letter for what was kept.
    t.type_text("Hello 👨‍👩‍👧");
    t.wait_for("Hello 👨");
    t.keys(&["BSpace"]);
    let line = t.line_of("A sentence of your own");
    assert!(!line.contains('👨') && !line.contains('👧'), "{line}");
    t.keys(&["Enter"]);
    for prompt in ["Mayor of Limoges", "Limoges City Council"] {
        t.wait_for(prompt);
        t.keys(&["Enter"]);
    }
    t.wait_for("Remember");
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
    t.wait_for("Your name");
    t.type_text("Ada");
    t.keys(&["Enter"]);
    t.wait_for("Your town");
    t.keys(&["Enter"]);
    t.wait_for("A sentence of your own");
    // Pasted as a terminal pastes: bracketed, with the line ends as CR.
    t.tmux(&[
        "set-buffer",
        "-b",
        "note",
        "First line.\nSecond line.\nmayor@example.org\n",
    ]);
    t.tmux(&["paste-buffer", "-p", "-b", "note"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        !t.screen().contains("Email address for the Mayor"),
        "{}",
        t.screen()
    );
    t.keys(&["Enter"]);
    let screen = t.wait_for("Email address for the Mayor of Limoges");
    // The next question is asked, not answered by the paste.
    assert_eq!(
        t.line_of("Email address for the Mayor"),
        "Email address for the Mayor of Limoges (Enter to skip):",
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("Limoges City Council");
    t.keys(&["Enter"]);
    let screen = t.wait_for("EXIT=");
    assert!(
        screen.contains("\nFirst line.\nSecond line.\nmayor@example.org\n\nOn behalf of"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=0"), "{screen}");
}

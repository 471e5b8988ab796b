//! Copying to the clipboard, read back by xclip under a real X server (Xvfb) after the
//! program has exited; and what happens when there is no clipboard.

mod common;

use std::process::{Child, Command, Stdio};

use common::Test;
use common::persona::{ADA, ZOE};

#[test]
fn without_a_display_the_text_is_printed_and_the_run_fails() {
    let body = Test::compose(ADA, "en").args(["-p", "body"]).stdout();
    for display in [None, Some(":4321")] {
        let mut test = Test::compose(ADA, "en").arg("--copy");
        if let Some(display) = display {
            test = test.env("DISPLAY", display);
        }
        let out = test.output();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            body,
            "nothing is lost"
        );
        assert!(
            stderr.contains("sister-letter: no clipboard is available: "),
            "{stderr}"
        );
        let why = if display.is_some() {
            "cannot reach the X display :4321"
        } else {
            "neither DISPLAY nor WAYLAND_DISPLAY is set"
        };
        assert!(stderr.contains(why), "{stderr}");
        assert!(!stderr.contains("Copied"), "{stderr}");
    }
}

/// An X server of the test's own, on a display number it picks.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Xvfb {
        use std::io::BufRead;
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is missing: apt-get install xvfb");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let display = format!(":{}", line.trim());
        assert!(display.len() > 1, "Xvfb gave no display");
        Xvfb { child, display }
    }

    fn copy(&self, lang: &str, extra: &[&str]) -> (String, String) {
        Test::compose(ZOE, lang)
            .env("DISPLAY", &self.display)
            .arg("--copy")
            .args(extra)
            .ok()
    }

    fn paste(&self) -> String {
        let out = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .output()
            .expect("xclip is missing: apt-get install xclip");
        assert!(
            out.status.success(),
            "xclip: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The clipboard holders serving this display.
    fn holders(&self) -> Vec<u32> {
        let wanted = format!("DISPLAY={}\0", self.display);
        std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
                String::from_utf8_lossy(&cmdline).contains("__serve-clipboard")
                    && String::from_utf8_lossy(&environ).contains(&wanted)
            })
            .collect()
    }

    fn wait_for_holders(&self, count: usize) -> Vec<u32> {
        common::wait_until(&format!("{count} clipboard holder(s)"), || {
            let holders = self.holders();
            match holders.len() == count {
                true => Ok(holders),
                false => Err(format!("{holders:?}")),
            }
        })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        for pid in self.holders() {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs Xvfb and xclip (Debian packages xvfb, xclip); .ci/run installs them and runs it"]
fn the_copy_outlives_the_program_and_is_replaced_by_the_next() {
    let x = Xvfb::start();
    let (out, stderr) = x.copy("en", &[]);
    assert!(out.is_empty(), "nothing on stdout after a copy");
    let body_en = Test::compose(ZOE, "en").args(["-p", "body"]).stdout();
    // The count is shown with thousands separators (their placing is a unit test of
    // the program's); read back without them, it is the body's length.
    let shown = stderr
        .split_once("Copied the email body (")
        .and_then(|(_, rest)| rest.split_once(" characters) to the clipboard"))
        .map(|(count, _)| count)
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(shown.contains(','), "{shown}");
    assert_eq!(
        shown.replace(',', "").parse::<usize>().unwrap(),
        body_en.chars().count()
    );
    // The program has exited: the holder serves the text.
    assert_eq!(x.paste(), body_en);
    let first = x.wait_for_holders(1);
    assert_eq!(first.len(), 1);

    x.copy("fr", &[]);
    let body_fr = Test::compose(ZOE, "fr").args(["-p", "body"]).stdout();
    assert_eq!(x.paste(), body_fr);
    let second = x.wait_for_holders(1);
    assert_eq!(second.len(), 1, "the first holder exits once replaced");
    assert_ne!(second, first);

    // Another program takes the clipboard over: no holder of ours is left. xclip runs
    // in the foreground (-quiet), so that it is ended by its own pid.
    let mut xclip = Command::new("xclip")
        .args(["-quiet", "-i", "-selection", "clipboard"])
        .env("DISPLAY", &x.display)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(xclip.stdin.take());
    assert_eq!(x.wait_for_holders(0), Vec::<u32>::new());
    let _ = xclip.kill();
    let _ = xclip.wait();
}

#[test]
#[ignore = "needs Xvfb and xclip (Debian packages xvfb, xclip); .ci/run installs them and runs it"]
fn a_part_or_format_is_copied_as_printed() {
    let x = Xvfb::start();
    let (_, stderr) = x.copy("fr", &["-p", "subject"]);
    // A French letter: the program says it in French, the count grouped the French way.
    assert!(
        stderr.contains("Copié dans le presse-papiers\u{a0}: l’objet ("),
        "{stderr}"
    );
    assert_eq!(
        x.paste(),
        Test::compose(ZOE, "fr").args(["-p", "subject"]).stdout()
    );
    let (_, stderr) = x.copy("en", &["-f", "json"]);
    assert!(stderr.contains("Copied the JSON (7,"), "{stderr}");
    assert_eq!(
        x.paste(),
        Test::compose(ZOE, "en").args(["-f", "json"]).stdout()
    );
}

/// A desktop whose mail app is a recorder: a program registered through xdg-mime as the
/// handler of mailto: links, which writes down every link it is given.
fn recorder_desktop(home: &common::Home) -> std::path::PathBuf {
    let record = home.path().join("opened.txt");
    let script = home.path().join("record.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            record.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let apps = home.path().join("data/applications");
    std::fs::create_dir_all(&apps).unwrap();
    std::fs::write(
        apps.join("recorder.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=Recorder\nExec={} %u\nMimeType=x-scheme-handler/mailto;\n",
            script.display()
        ),
    )
    .unwrap();
    let mut command = home.command_for("xdg-mime");
    command.args(["default", "recorder.desktop", "x-scheme-handler/mailto"]);
    let status = command
        .status()
        .expect("xdg-mime is missing: apt-get install xdg-utils");
    assert!(status.success());
    record
}

/// What the recorder was given, once it has been given `count` links.
fn recorded(record: &std::path::Path, count: usize) -> Vec<String> {
    common::wait_until(&format!("{count} link(s) given to the mail app"), || {
        let text = std::fs::read_to_string(record).unwrap_or_default();
        let links: Vec<String> = text.lines().map(str::to_string).collect();
        match links.len() >= count {
            true => Ok(links),
            false => Err(format!("{links:?}")),
        }
    })
}

#[test]
#[ignore = "needs Xvfb, xclip and xdg-utils (Debian packages xvfb, xclip, xdg-utils); .ci/run installs them and runs it"]
fn the_mail_app_gets_a_short_letter_whole_and_a_long_one_to_paste() {
    let x = Xvfb::start();
    let home = common::Home::new();
    let record = recorder_desktop(&home);

    // A short letter: one link with everything.
    let fixture = common::layout_campaign();
    let (_, stderr) = Test::at(&home)
        .env("DISPLAY", &x.display)
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
        .letters(fixture.path())
        .ok();
    assert!(
        stderr.contains("Opened the letter in your mail app"),
        "{stderr}"
    );
    let links = recorded(&record, 1);
    let link = url::Url::parse(&links[0]).unwrap();
    assert_eq!(link.scheme(), "mailto");
    assert_eq!(link.path(), "mayor@example.org");
    let query: std::collections::HashMap<_, _> = link.query_pairs().into_owned().collect();
    assert_eq!(query["subject"], "A test letter to Mayor of Testville");
    assert!(
        query["body"].contains("The first paragraph of the letter."),
        "{query:?}"
    );

    // The bundled letter is too long for a link: To, Cc and Subject open; the body is
    // on the clipboard, to paste.
    let (out, stderr) = Test::at(&home)
        .env("DISPLAY", &x.display)
        .args(["-n", ADA, "-l", "fr", "--to", "maire@example.org", "--open"])
        .ok();
    assert!(out.is_empty());
    assert!(
        stderr.contains("la lettre est dans le presse-papiers\u{a0}: collez-la dans le message"),
        "{stderr}"
    );
    let links = recorded(&record, 2);
    let link = url::Url::parse(&links[1]).unwrap();
    let query: std::collections::HashMap<_, _> = link.query_pairs().into_owned().collect();
    assert!(!query.contains_key("body"), "{query:?}");
    assert!(
        query["subject"].starts_with("Demande d’intervention"),
        "{query:?}"
    );
    assert!(links[1].len() <= 2000);
    let body = Test::compose(ADA, "fr").args(["-p", "body"]).stdout();
    assert_eq!(x.paste(), body);
}

#[test]
fn without_a_desktop_the_mail_app_route_says_what_to_do_instead() {
    let stderr = Test::compose(ADA, "en").arg("--open").fails(1);
    assert!(
        stderr.contains("no desktop here with a mail app") && stderr.contains("msmtp -t"),
        "{stderr}"
    );
    let stderr = Test::compose(ADA, "en")
        .args(["--open", "-f", "json"])
        .fails(2);
    assert!(
        stderr.contains("--open hands the letter to your mail app"),
        "{stderr}"
    );
}

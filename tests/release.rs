//! The release's files, as `bash dist/release.sh` makes them: the tarball checked against
//! SHA256SUMS and installed as the README says, and its static binary run on its own (a
//! compose, a PDF, a clipboard copy over a TCP display, a run without HOME).
//!
//! They need the files made first: `.ci/run` runs dist/release.sh, then these tests with
//! SISTER_LETTER_DIST set to the folder of the files (target/dist). Without it they fail,
//! saying so.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::persona::{ZOE, ZOE_EMAIL, ZOE_TOWN};
use common::{Home, Test};

const NEEDS_DIST: &str = "SISTER_LETTER_DIST is not set: it names the folder of the release's \
     files, which `bash dist/release.sh` makes (target/dist); .ci/run makes them and sets it";

/// The folder of the release's files.
fn dist() -> PathBuf {
    let dir = PathBuf::from(std::env::var_os("SISTER_LETTER_DIST").expect(NEEDS_DIST));
    assert!(
        dir.is_dir(),
        "SISTER_LETTER_DIST={} is not a folder: run bash dist/release.sh",
        dir.display()
    );
    std::path::absolute(dir).unwrap()
}

/// The name the tarball's folder has, from this build's version.
fn release_name() -> String {
    format!("sister-letter-{}-x86_64-linux", env!("CARGO_PKG_VERSION"))
}

fn tarball() -> PathBuf {
    let file = dist().join(format!("{}.tar.gz", release_name()));
    assert!(file.is_file(), "{} is missing", file.display());
    file
}

/// Runs `program` with `args` in `dir` and expects success; returns stdout.
fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The tarball unpacked in a folder of the test's own.
struct Unpacked {
    dir: tempfile::TempDir,
}

impl Unpacked {
    fn new() -> Unpacked {
        let dir = tempfile::tempdir().unwrap();
        run(dir.path(), "tar", &["-xzf", tarball().to_str().unwrap()]);
        Unpacked { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join(release_name())
    }

    /// The static binary.
    fn binary(&self) -> PathBuf {
        self.root().join("sister-letter")
    }

    /// The static binary, run in `home`'s clean environment.
    fn command(&self, home: &Home) -> Command {
        home.command_for(self.binary())
    }
}

fn succeeds(mut command: Command) -> Output {
    let out = command.stdin(Stdio::null()).output().expect("it runs");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST, from dist/release.sh); .ci/run makes them and runs it"]
fn the_tarball_matches_its_checksum_and_holds_the_program_and_its_papers() {
    let dist = dist();
    let sums = std::fs::read_to_string(dist.join("SHA256SUMS")).expect("SHA256SUMS");
    let deb = format!("sister-letter_{}-1_amd64.deb", env!("CARGO_PKG_VERSION"));
    let named: Vec<&str> = sums.lines().filter_map(|l| l.split("  ").nth(1)).collect();
    assert_eq!(
        named,
        [deb.as_str(), &format!("{}.tar.gz", release_name())],
        "{sums}"
    );
    run(&dist, "sha256sum", &["--check", "--strict", "SHA256SUMS"]);

    let listing = run(&dist, "tar", &["-tzf", tarball().to_str().unwrap()]);
    let mut files: Vec<&str> = listing.lines().filter(|l| !l.ends_with('/')).collect();
    files.sort();
    let name = release_name();
    let expected: Vec<String> = [
        "CHANGELOG.md",
        "LICENSE-APACHE",
        "LICENSE-MIT",
        "README.md",
        "THIRD-PARTY-NOTICES.txt",
        "complete/_sister-letter",
        "complete/sister-letter.bash",
        "complete/sister-letter.fish",
        "sister-letter",
        "sister-letter.1",
    ]
    .iter()
    .map(|f| format!("{name}/{f}"))
    .collect();
    assert_eq!(files, expected);

    // The papers are this checkout's, and the manual page is the program's own.
    let unpacked = Unpacked::new();
    for paper in ["LICENSE-MIT", "LICENSE-APACHE", "THIRD-PARTY-NOTICES.txt"] {
        assert_eq!(
            std::fs::read(unpacked.root().join(paper)).unwrap(),
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(paper)).unwrap(),
            "{paper}"
        );
    }
    let notices = std::fs::read_to_string(unpacked.root().join("THIRD-PARTY-NOTICES.txt")).unwrap();
    for licence in [
        "Unicode License v3, for:",
        "SIL OPEN FONT LICENSE Version 1.1",
    ] {
        assert!(notices.contains(licence), "{licence}");
    }
    assert_eq!(
        std::fs::read_to_string(unpacked.root().join("sister-letter.1")).unwrap(),
        Test::new().arg("man").stdout()
    );
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST) and file (Debian package file); .ci/run installs it, makes them and runs it"]
fn the_binary_is_static_and_at_most_11_mb() {
    let unpacked = Unpacked::new();
    let binary = unpacked.binary();
    let out = Command::new("ldd").arg(&binary).output().expect("ldd runs");
    let ldd = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // glibc's ldd says "statically linked" of a static PIE, "not a dynamic executable"
    // of a static binary that is not position-independent.
    assert!(
        !ldd.contains("=>")
            && (ldd.contains("statically linked") || ldd.contains("not a dynamic executable")),
        "ldd: {ldd}"
    );
    let kind = Command::new("file")
        .arg("-b")
        .arg(&binary)
        .output()
        .expect("file is missing: apt-get install file");
    let kind = String::from_utf8_lossy(&kind.stdout);
    assert!(
        kind.contains("static-pie linked") || kind.contains("statically linked"),
        "file: {kind}"
    );
    assert!(kind.contains("x86-64"), "file: {kind}");
    let size = std::fs::metadata(&binary).unwrap().len();
    assert!(size <= 11_000_000, "{size} bytes");
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST, from dist/release.sh); .ci/run makes them and runs it"]
fn the_static_binary_composes_what_the_tested_build_composes() {
    let unpacked = Unpacked::new();
    let home = Home::new();
    let run = |args: &[&str]| {
        let mut command = unpacked.command(&home);
        command
            .args(["-n", ZOE, "--city", ZOE_TOWN, "-l", "fr"])
            .args(args);
        succeeds(command)
    };
    let package = run(&[]);
    assert_eq!(
        String::from_utf8(package.stdout).unwrap(),
        Test::compose(ZOE, "fr").args(["--city", ZOE_TOWN]).stdout()
    );
    // The message, but for its Message-ID (the time and the process's id).
    let without_id = |eml: Vec<u8>| -> String {
        String::from_utf8(eml)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with("Message-ID:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let eml = run(&["-f", "eml", "--from", ZOE_EMAIL]);
    let tested = Test::compose(ZOE, "fr")
        .args(["--city", ZOE_TOWN, "-f", "eml", "--from", ZOE_EMAIL])
        .output();
    assert!(tested.status.success());
    assert_eq!(without_id(eml.stdout), without_id(tested.stdout));
    // Printable letters: the same bytes as the tested build's, fonts and all.
    let pdf = run(&["-f", "pdf", "--country", "FR"]);
    assert!(pdf.stdout.starts_with(b"%PDF-"));
    let tested = Test::compose(ZOE, "fr")
        .args(["--city", ZOE_TOWN, "-f", "pdf", "--country", "FR"])
        .output();
    assert!(tested.status.success());
    assert!(
        pdf.stdout == tested.stdout,
        "the static binary's PDF ({} bytes) differs from the tested build's ({} bytes)",
        pdf.stdout.len(),
        tested.stdout.len()
    );
    // A name the built-in fonts cannot write (Chinese, a snowman): glyphs from the
    // system's fonts (fontconfig's files, read by the program itself), the same as the
    // tested build finds.
    let name = "Ada 中文 ☃";
    let args = [
        "-n",
        name,
        "-l",
        "en",
        "-f",
        "pdf",
        "--recipient",
        "limoges_mayor",
    ];
    let mut command = unpacked.command(&home);
    command.args(args);
    let pdf = succeeds(command);
    let tested = Test::new().args(args).output();
    assert!(tested.status.success());
    assert!(
        pdf.stdout == tested.stdout,
        "with system fonts, the static binary's PDF differs from the tested build's"
    );
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST, from dist/release.sh); .ci/run makes them and runs it"]
fn without_home_the_static_binary_finds_its_settings_through_the_user_database() {
    // HOME unset: the home folder comes from getpwuid_r (the system's user database), and
    // the settings folder from XDG_CONFIG_HOME under it. Were the lookup to fail, there
    // would be no settings, and the run would ask for a name and a language.
    let unpacked = Unpacked::new();
    let home = Home::new();
    std::fs::create_dir_all(home.settings().parent().unwrap()).unwrap();
    std::fs::write(
        home.settings(),
        format!("name = \"{ZOE}\"\nlang = \"fr\"\n"),
    )
    .unwrap();
    let mut command = unpacked.command(&home);
    command.env_remove("HOME").args(["-p", "body"]);
    let out = succeeds(command);
    let body = String::from_utf8(out.stdout).unwrap();
    assert_eq!(body, Test::compose(ZOE, "fr").args(["-p", "body"]).stdout());
    assert!(body.contains(ZOE));
}

/// An X server of the test's own that listens on TCP too, on a display number it picks.
struct TcpXvfb {
    child: std::process::Child,
    number: String,
}

impl TcpXvfb {
    fn start() -> TcpXvfb {
        use std::io::BufRead;
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-listen",
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
        let number = line.trim().to_string();
        assert!(!number.is_empty(), "Xvfb gave no display");
        TcpXvfb { child, number }
    }

    /// The display by name and port, as an SSH-forwarded one is (localhost:10.0): the
    /// name is looked up (/etc/hosts, through the C library), and the connection is TCP.
    fn display(&self) -> String {
        format!("localhost:{}", self.number)
    }

    fn paste(&self) -> String {
        let out = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", self.display())
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
        let wanted = format!("DISPLAY={}\0", self.display());
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
}

impl Drop for TcpXvfb {
    fn drop(&mut self) {
        for pid in self.holders() {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST), Xvfb and xclip (Debian packages xvfb, xclip); .ci/run installs them, makes the files and runs it"]
fn the_static_binary_copies_to_a_display_reached_by_name_over_tcp() {
    let unpacked = Unpacked::new();
    let x = TcpXvfb::start();
    let home = Home::new();
    let copy = |display: &str, lang: &str| {
        let mut command = unpacked.command(&home);
        command
            .env("DISPLAY", display)
            .args(["-n", ZOE, "-l", lang, "--copy"]);
        let out = succeeds(command);
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // The display on this machine's socket first, then by name over TCP. Each time the
    // program has exited, and its holder, a copy of the static binary, serves the text.
    let stderr = copy(&format!(":{}", x.number), "en");
    assert!(stderr.contains("Copied the email body"), "{stderr}");
    let body = Test::compose(ZOE, "en").args(["-p", "body"]).stdout();
    assert_eq!(x.paste(), body);
    let stderr = copy(&x.display(), "fr");
    assert!(stderr.contains("Copié dans le presse-papiers"), "{stderr}");
    let body = Test::compose(ZOE, "fr").args(["-p", "body"]).stdout();
    assert_eq!(x.paste(), body);
    let holders = common::wait_until("a clipboard holder", || match x.holders() {
        holders if holders.len() == 1 => Ok(holders),
        holders => Err(format!("{holders:?}")),
    });
    let exe = std::fs::read_link(format!("/proc/{}/exe", holders[0])).unwrap();
    assert_eq!(exe, unpacked.binary(), "the holder is the static binary");
}

/// The commands of the README's block that follows `marker`.
fn readme_block(marker: &str) -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let (_, after) = readme
        .split_once(marker)
        .unwrap_or_else(|| panic!("the README has no {marker:?}"));
    let (_, block) = after.split_once("```sh\n").expect("a block of commands");
    let (block, _) = block.split_once("```").expect("the block's end");
    block.to_string()
}

#[test]
#[ignore = "needs the release's files (SISTER_LETTER_DIST) and man-db (Debian package man-db); .ci/run installs it, makes the files and runs it"]
fn the_tarball_installs_as_the_readme_says() {
    let commands = readme_block("<!-- tests/release.rs runs this block -->");
    assert!(
        commands.contains(&release_name()),
        "the README's commands name another version than {}: {commands}",
        release_name()
    );
    // A user's home, and a folder where they saved the tarball and SHA256SUMS.
    let home = Home::new();
    let downloads = home.path().join("Downloads");
    std::fs::create_dir(&downloads).unwrap();
    let dist = dist();
    for file in [format!("{}.tar.gz", release_name()), "SHA256SUMS".into()] {
        std::fs::copy(dist.join(&file), downloads.join(&file)).unwrap();
    }
    let mut shell = home.command_for("bash");
    shell
        .args(["-euo", "pipefail", "-c", &commands])
        .current_dir(&downloads);
    succeeds(shell);

    // A new login shell puts ~/.local/bin on the PATH (Debian's ~/.profile does, when the
    // folder exists); man finds the page from there.
    let path = format!("{}/.local/bin:/usr/bin:/bin", home.path().display());
    let mut which = home.command_for("sh");
    which
        .env("PATH", &path)
        .args(["-c", "command -v sister-letter"]);
    let found = String::from_utf8(succeeds(which).stdout).unwrap();
    assert_eq!(
        found.trim(),
        home.path()
            .join(".local/bin/sister-letter")
            .to_str()
            .unwrap()
    );
    let mut version = home.command_for("sister-letter");
    version.env("PATH", &path).arg("--version");
    let version = String::from_utf8(succeeds(version).stdout).unwrap();
    assert_eq!(
        version.trim(),
        format!("sister-letter {}", env!("CARGO_PKG_VERSION"))
    );
    let mut man = home.command_for("man");
    man.env("PATH", &path).args(["-w", "sister-letter"]);
    let page = String::from_utf8(succeeds(man).stdout).unwrap();
    assert_eq!(
        page.trim(),
        home.path()
            .join(".local/share/man/man1/sister-letter.1")
            .to_str()
            .unwrap()
    );
    // The completions are where bash-completion and fish look for a user's own.
    for file in [
        ".local/share/bash-completion/completions/sister-letter",
        ".config/fish/completions/sister-letter.fish",
    ] {
        assert!(home.path().join(file).is_file(), "{file}");
    }
}

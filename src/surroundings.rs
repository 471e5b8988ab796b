//! Everything outside the command line that a run depends on, read once at its start:
//! the time, the locale, which streams are terminals and how big the screen is, colour,
//! the pager, the display and the desktop, the time zone, and where the settings live.
//! Nothing else in the program reads the environment. (The prompts, in `prompt`, also
//! measure the terminal while they draw on it: a screen can be resized between two
//! questions.)

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;

use crate::words::locale_language;

/// What a run found around it. Tests build one by hand.
#[derive(Debug, Clone)]
pub(crate) struct Surroundings {
    /// `SISTER_LETTER_NOW` as set (an RFC 3339 instant), for output that does not change
    /// from run to run; parsed by the run, which can say what is wrong with it.
    pub now: Option<String>,
    /// The language of the locale's messages (`fr_FR` from `fr_FR.UTF-8`).
    pub locale_language: Option<String>,
    /// The territory of the locale, as written there (`FR` from `fr_FR.UTF-8`).
    pub locale_territory: Option<String>,
    pub stdin_terminal: bool,
    pub stdout_terminal: bool,
    pub stderr_terminal: bool,
    /// The size of the terminal on standard output, when it is one: rows, columns.
    pub screen: Option<(u16, u16)>,
    /// `NO_COLOR` set to something.
    pub no_color: bool,
    /// The pager the user chose (`PAGER`), else `less` when it is on the PATH.
    pub pager: Option<String>,
    /// Whether the user chose a character set for less.
    pub less_charset: bool,
    /// The display a clipboard may be on.
    pub display: Display,
    /// Whether `xdg-open` is on the PATH: with a display, a desktop to open things with.
    pub opener: bool,
    /// The time zone of this machine, for the date on printed letters.
    pub time_zone: TimeZone,
    /// Where the settings file is, when the system has a config folder.
    pub settings: Option<PathBuf>,
    /// This program, which starts a copy of itself to hold the clipboard, or why it
    /// cannot be found.
    pub program: Result<PathBuf, std::io::ErrorKind>,
}

/// The displays a clipboard may be reached on: Wayland's, and X's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Display {
    pub wayland: Option<String>,
    pub x: Option<String>,
}

impl Display {
    pub(crate) fn any(&self) -> bool {
        self.wayland.is_some() || self.x.is_some()
    }
}

impl Surroundings {
    /// Reads them all, now.
    pub(crate) fn read() -> Surroundings {
        // A variable set to nothing counts as unset.
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(|v| v.to_string_lossy().into_owned())
        };
        let path = std::env::var_os("PATH");
        let on_path = |program: &str| {
            path.as_ref().is_some_and(|paths| {
                std::env::split_paths(paths).any(|dir| dir.join(program).is_file())
            })
        };
        let stdout_terminal = std::io::stdout().is_terminal();
        let locale = locale_language(|name| std::env::var(name).ok());
        Surroundings {
            now: var("SISTER_LETTER_NOW"),
            locale_territory: locale.as_deref().and_then(territory),
            locale_language: locale,
            stdin_terminal: std::io::stdin().is_terminal(),
            stdout_terminal,
            stderr_terminal: std::io::stderr().is_terminal(),
            screen: stdout_terminal.then(|| dialoguer::console::Term::stdout().size()),
            no_color: var("NO_COLOR").is_some(),
            pager: var("PAGER")
                .filter(|p| !p.trim().is_empty())
                .or_else(|| on_path("less").then(|| "less -FRX".to_string())),
            less_charset: var("LESSCHARSET").is_some() || var("LESSCHARDEF").is_some(),
            display: Display {
                wayland: var("WAYLAND_DISPLAY"),
                x: var("DISPLAY"),
            },
            opener: on_path("xdg-open"),
            time_zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
            settings: directories::ProjectDirs::from("", "", "sister-letter")
                .map(|d| d.config_dir().join("config.toml")),
            program: std::env::current_exe().map_err(|e| e.kind()),
        }
    }

    /// Surroundings with nothing in them: no terminal, no locale, no display, UTC.
    #[cfg(test)]
    pub(crate) fn none() -> Surroundings {
        Surroundings {
            now: None,
            locale_language: None,
            locale_territory: None,
            stdin_terminal: false,
            stdout_terminal: false,
            stderr_terminal: false,
            screen: None,
            no_color: false,
            pager: None,
            less_charset: false,
            display: Display::default(),
            opener: false,
            time_zone: TimeZone::UTC,
            settings: None,
            program: Err(std::io::ErrorKind::NotFound),
        }
    }

    /// Whether questions can be asked: standard input and standard error are a terminal.
    pub(crate) fn can_ask(&self) -> bool {
        self.stdin_terminal && self.stderr_terminal
    }

    /// Whether there is a desktop to open things with: a display, and xdg-open.
    pub(crate) fn desktop(&self) -> bool {
        self.display.any() && self.opener
    }

    /// The settings file, unless the run ignores it.
    pub(crate) fn settings_path(&self, ignore: bool) -> Option<&Path> {
        self.settings.as_deref().filter(|_| !ignore)
    }
}

/// The territory of a locale name (`fr_FR` -> `FR`), when it is an ISO 3166 country.
fn territory(locale: &str) -> Option<String> {
    let (_, territory) = locale.split_once('_')?;
    let code = territory.trim().to_ascii_uppercase();
    crate::country::is_code(&code).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_territory_is_the_locale_s_second_part() {
        assert_eq!(territory("fr_FR").as_deref(), Some("FR"));
        assert_eq!(territory("ko_kr").as_deref(), Some("KR"));
        assert_eq!(territory("fr"), None);
        assert_eq!(territory("es_419"), None);
    }
}

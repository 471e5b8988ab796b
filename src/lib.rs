//! sister-letter: compose a personal letter for a sister-city advocacy campaign.
//!
//! The pipeline, in order: arguments (`cli`) -> request (`request`, with `settings` and
//! `prompt`) -> campaign (`campaign`) -> letter (`letter`, `templates`; `postal` for the
//! post) -> bytes (`format`) -> destination (`delivery`, then `output`). `run` is the
//! whole program; `main.rs` only calls it. The other subcommands are in `commands`.

pub mod atomic_file;
pub mod campaign;
pub mod check;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod delivery;
pub mod error;
pub mod exit_codes;
pub mod format;
pub mod interrupt;
pub mod labels;
pub mod piece;
pub mod letter;
pub mod output;
pub mod postal;
pub mod prompt;
pub mod request;
pub mod settings;
pub mod templates;
pub mod values;
pub mod words;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::Path;

use jiff::Timestamp;

use crate::campaign::Catalogue;
use crate::cli::{Cli, Command};
use crate::error::{Error, Result};
use crate::exit_codes::ExitCode;
use crate::format::Style;
use crate::output::{Destination, PROGRAM};
use crate::prompt::Ask;
use crate::request::Given;
use crate::words::t;

/// Runs the program on `args` and says how it ended. Errors are printed here, once.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The clipboard holder is this program started by itself, not a command for people:
    // it is not in the command line's definition, so no help or completion shows it.
    if args.get(1).is_some_and(|a| a == clipboard::SERVE_COMMAND) {
        if let Some(language) = args.get(2).and_then(|a| a.to_str()) {
            words::speak(language);
        }
        return ended(clipboard::serve());
    }
    // The locale's language until the letter's is chosen.
    words::speak_locale();
    match cli::parse(args) {
        Ok((cli, given)) => ended(execute(cli, given)),
        // Usage errors go to stderr, named like ours.
        Err(e) if e.use_stderr() => {
            output::to_stderr(&format!("{PROGRAM}: {e}"));
            ExitCode::Usage
        }
        // Help and version go to stdout, which may be full.
        Err(e) => ended(output::to_stdout(&e.render().to_string())),
    }
}

/// How a run ended; its error, if any, printed once.
fn ended(result: Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::Success,
        Err(e) => {
            if !matches!(e, Error::Interrupted | Error::Reported) {
                let message = e.to_string();
                output::to_stderr(&format!("{PROGRAM}: {}", output::printable(&message)));
            }
            e.exit_code()
        }
    }
}

fn execute(cli: Cli, given: Given) -> Result<()> {
    // "Now" can be set, for output that does not change from run to run (tests, examples).
    let now = match std::env::var("SISTER_LETTER_NOW")
        .ok()
        .filter(|v| !v.is_empty())
    {
        Some(text) => text.parse::<Timestamp>().map_err(|e| {
            Error::usage(t!(w, "run-bad-now", value = text.clone(), why = e.to_string()))
        })?,
        None => Timestamp::now(),
    };
    let letters = cli.letters.as_deref();
    if cli.quiet {
        output::quiet();
    }
    match cli.command {
        Some(Command::Campaigns) => commands::campaigns(letters),
        Some(Command::Check { dir }) => commands::check(dir.as_deref(), letters, now),
        Some(Command::Export { id, dir }) => commands::export(&id, &dir, letters),
        Some(Command::Completions { shell }) => output::to_stdout(&cli::completions(shell)),
        Some(Command::Man) => output::to_stdout(&cli::manual()?),
        None => {
            let style = cli.color.style();
            let settings = (!cli.compose.no_config).then(settings::path).flatten();
            let interactive = !cli.compose.no_input
                && std::io::stdin().is_terminal()
                && std::io::stderr().is_terminal();
            let pager = !cli.compose.no_pager;
            write_letter(
                given,
                letters,
                settings.as_deref(),
                interactive,
                (style, pager),
                now,
            )
        }
    }
}

/// The pipeline: a request, a campaign, a letter, its bytes, and where they go.
fn write_letter(
    given: Given,
    letters: Option<&Path>,
    settings_path: Option<&Path>,
    interactive: bool,
    (style, pager): (Style, bool),
    now: Timestamp,
) -> Result<()> {
    let catalogue = Catalogue::load(letters)?;
    let saved = settings_path.map(settings::load).transpose()?.flatten();
    let mut terminal = interactive.then(prompt::Terminal::new);
    let request = request::resolve(
        given,
        &catalogue,
        settings_path.zip(saved.as_ref()),
        terminal.as_mut().map(|t| t as &mut dyn Ask),
    )?;

    for note in &request.notes {
        output::warn(note);
    }
    let campaign = catalogue.choose(Some(&request.letter.campaign))?;
    match (request.format, &request.destination) {
        (format::Format::Pdf, _) => delivery::post(campaign, &request, now)?,
        (_, Destination::MailApp) => delivery::to_mail_app(campaign, &request, now)?,
        _ => delivery::text(campaign, &request, now, style, pager)?,
    }
    // After a run that asked questions: the offer to remember the answers.
    if let (Some(terminal), Some(path), true) = (terminal.as_mut(), settings_path, request.asked) {
        settings::offer_to_remember(terminal, path, saved.as_ref(), request.answers())?;
    }
    Ok(())
}

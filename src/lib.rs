//! sister-letter: compose a personal letter for a sister-city advocacy campaign.
//!
//! The pipeline, in order: arguments -> request -> campaign -> letter -> bytes ->
//! destination. `run` is the whole program; `main.rs` only calls it.

pub mod campaign;
pub mod check;
pub mod cli;
pub mod clipboard;
pub mod error;
pub mod exit_codes;
pub mod format;
pub mod labels;
pub mod letter;
pub mod output;
pub mod prompt;
pub mod request;
pub mod settings;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::Path;

use clap::{CommandFactory, Parser};
use jiff::Timestamp;

use crate::campaign::Catalogue;
use crate::cli::{Cli, ColorChoice, Command};
use crate::error::{Error, Result};
use crate::exit_codes::ExitCode;
use crate::format::Style;
use crate::request::{Action, Destination, Format};
use crate::settings::Settings;

pub const PROGRAM: &str = "sister-letter";

/// Runs the program on `args` and says how it ended. Errors are printed here, once.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout; usage errors to stderr, named like ours.
            if e.use_stderr() {
                output::to_stderr(&format!("{PROGRAM}: {e}"));
                return ExitCode::Usage;
            }
            let _ = e.print();
            return ExitCode::Success;
        }
    };
    match execute(cli) {
        Ok(()) => ExitCode::Success,
        Err(e) => {
            if !matches!(e, Error::Interrupted | Error::Reported) {
                output::to_stderr(&format!("{PROGRAM}: {e}"));
            }
            e.exit_code()
        }
    }
}

/// Says something the user should know, without stopping.
pub fn warn(message: &str) {
    output::to_stderr(&format!("{PROGRAM}: warning: {message}"));
}

fn execute(cli: Cli) -> Result<()> {
    let now = match &cli.now {
        Some(text) => text
            .parse::<Timestamp>()
            .map_err(|e| Error::usage(format!("SISTER_LETTER_NOW '{text}': {e}")))?,
        None => Timestamp::now(),
    };
    match cli.command {
        Some(Command::Campaigns) => campaigns(cli.letters.as_deref()),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), PROGRAM, &mut out);
            output::to_stdout(&String::from_utf8_lossy(&out))
        }
        Some(Command::ServeClipboard) => clipboard::serve(),
        Some(Command::Check { dir }) => {
            let campaigns = campaign::for_check(dir.as_deref(), cli.letters.as_deref())?;
            let count = campaigns.len();
            let problems = check::check(campaigns, now);
            let report: String = problems.iter().map(|p| format!("{p}\n")).collect();
            output::to_stdout(&report)?;
            let errors = problems
                .iter()
                .filter(|p| p.severity == check::Severity::Error)
                .count();
            output::to_stderr(&format!(
                "{PROGRAM}: checked {count} campaign(s): {errors} error(s), {} warning(s)",
                problems.len() - errors
            ));
            if errors > 0 {
                return Err(Error::Reported);
            }
            Ok(())
        }
        Some(Command::Export { id, dir }) => {
            let catalogue = Catalogue::load(cli.letters.as_deref())?;
            let campaign = catalogue.choose(Some(&id))?;
            let written = check::export(campaign, &dir)?;
            output::to_stderr(&format!(
                "Wrote {} files to {}",
                written.len(),
                dir.display()
            ));
            Ok(())
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(|e| Error::failed(format!("cannot render the manual page: {e}")))?;
            output::to_stdout(&String::from_utf8_lossy(&out))
        }
        None => {
            let style = style(cli.color);
            compose(cli.compose, cli.letters.as_deref(), style, now)
        }
    }
}

fn style(choice: ColorChoice) -> Style {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color && std::io::stdout().is_terminal(),
    };
    if color { Style::Color } else { Style::Plain }
}

fn campaigns(letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(letters)?;
    let mut out = String::new();
    for c in catalogue.all()? {
        out.push_str(&format!(
            "{}\t{}\t{}\tchecked {}\n",
            c.id(),
            c.data.title,
            c.languages_list(),
            c.data.checked
        ));
    }
    output::to_stdout(&out)
}

fn compose(
    args: cli::ComposeArgs,
    letters: Option<&Path>,
    style: Style,
    now: Timestamp,
) -> Result<()> {
    let catalogue = Catalogue::load(letters)?;
    let settings_path = (!args.no_config).then(settings::path).flatten();
    let saved = match &settings_path {
        Some(path) => settings::load(path)?,
        None => None,
    };
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut terminal = interactive.then(prompt::Terminal::new);
    let actions = [Action::Print, Action::Copy, Action::SaveEml, Action::Mailto];
    let request = request::resolve(
        args,
        &catalogue,
        saved.as_ref().unwrap_or(&Settings::default()),
        terminal.as_mut().map(|t| t as &mut dyn prompt::Ask),
        &actions,
    )?;
    let pieces = format::pieces(request.format, request.part)?;
    let campaign = catalogue.choose(Some(&request.letter.campaign))?;
    let letter = letter::compose(campaign, &request.letter, now, pieces)?;
    for warning in &letter.warnings {
        warn(warning);
    }

    let from = request
        .letter
        .from
        .as_deref()
        .map(|address| (request.letter.sender.name.as_str(), address));
    if request.format == Format::Eml {
        if from.is_none() {
            warn("the message has no From: address; add --from ADDR or set SISTER_LETTER_FROM");
        }
        if letter
            .to
            .iter()
            .chain(&letter.cc)
            .all(|r| r.email.is_none())
        {
            warn(
                "no recipient has an email address on file, so the message is a draft without one; add --to ADDR",
            );
        }
    }
    let plain = request.destination != Destination::Stdout;
    let bytes = format::render(
        &letter,
        &format::Options {
            format: request.format,
            part: request.part,
            style: if plain { Style::Plain } else { style },
            from,
            now,
        },
    )?;
    if request.format == Format::Mailto && bytes.trim_end().len() > format::MAILTO_SAFE_LENGTH {
        warn(&format!(
            "the mailto link is {} characters long; many mail apps cut links over {}: use --format eml, or copy the body with --copy",
            bytes.trim_end().len(),
            format::MAILTO_SAFE_LENGTH
        ));
    }

    match &request.destination {
        Destination::Stdout => output::to_stdout(&bytes)?,
        Destination::File { path, force } => {
            output::to_file(path, &bytes, *force)?;
            output::to_stderr(&format!("Saved {} to {}", what(&request), path.display()));
        }
        Destination::Clipboard => copy_or_print(&bytes, &request)?,
    }

    if let (Some(terminal), Some(path), true) = (terminal.as_mut(), &settings_path, request.asked) {
        offer_to_remember(terminal, path, saved.as_ref(), &request)?;
    }
    Ok(())
}

/// How the output is named to the user: "the email body", "the eml message".
fn what(request: &request::Request) -> String {
    match request.format {
        Format::Text => format!("the {}", request.part.describe()),
        other => format!("the {} message", format::format_name(other)),
    }
}

/// The clipboard, or, when none can be had, stdout and exit 1: nothing is lost.
fn copy_or_print(text: &str, request: &request::Request) -> Result<()> {
    match clipboard::copy(text) {
        Ok(()) => {
            output::to_stderr(&format!(
                "Copied {} ({} characters) to the clipboard",
                what(request),
                thousands(text.chars().count())
            ));
            Ok(())
        }
        Err(clipboard::Unavailable(why)) => {
            output::to_stdout(text)?;
            Err(Error::failed(format!(
                "no clipboard is available: {why}; the text went to standard output instead"
            )))
        }
    }
}

/// 2143 -> "2,143".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// After a run that asked questions: offer, once, to remember the answers.
fn offer_to_remember(
    ask: &mut dyn prompt::Ask,
    path: &Path,
    saved: Option<&Settings>,
    request: &request::Request,
) -> Result<()> {
    let letter = &request.letter;
    let wanted = Settings {
        name: Some(letter.sender.name.clone()),
        lang: Some(letter.language.clone()),
        city: letter.sender.city.clone(),
        from: letter.from.clone(),
        remember: None,
    };
    // A settings file, even one that only says "no", means the offer was made.
    if saved.is_some() {
        return Ok(());
    }
    let question = format!(
        "Remember your name, language, town and address for next time (in {})?",
        path.display()
    );
    let settings = if ask.confirm(&question, true)? {
        wanted
    } else {
        Settings {
            remember: Some(false),
            ..Settings::default()
        }
    };
    settings::save(path, &settings)
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_read_with_thousands_separators() {
        assert_eq!(super::thousands(7), "7");
        assert_eq!(super::thousands(2143), "2,143");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}

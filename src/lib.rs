//! sister-letter: compose a personal letter for a sister-city advocacy campaign.
//!
//! The pipeline, in order: arguments -> request -> campaign -> letter -> bytes ->
//! destination. `run` is the whole program; `main.rs` only calls it.

pub mod campaign;
pub mod cli;
pub mod error;
pub mod exit_codes;
pub mod format;
pub mod labels;
pub mod letter;
pub mod output;
pub mod request;

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
use crate::request::Format;

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
                eprint!("{PROGRAM}: {e}");
                return ExitCode::Usage;
            }
            let _ = e.print();
            return ExitCode::Success;
        }
    };
    match execute(cli) {
        Ok(()) => ExitCode::Success,
        Err(e) => {
            if !matches!(e, Error::Interrupted) {
                eprintln!("{PROGRAM}: {e}");
            }
            e.exit_code()
        }
    }
}

/// Says something the user should know, without stopping.
pub fn warn(message: &str) {
    eprintln!("{PROGRAM}: warning: {message}");
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
    for c in catalogue.all() {
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
    let request = request::resolve(args, &catalogue)?;
    let campaign = catalogue.choose(Some(&request.letter.campaign))?;
    let letter = letter::compose(campaign, &request.letter, now)?;
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
    let bytes = format::render(
        &letter,
        &format::Options {
            format: request.format,
            part: request.part,
            style: if request.output.is_some() {
                Style::Plain
            } else {
                style
            },
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

    match &request.output {
        Some(path) => output::to_file(path, &bytes, request.force),
        None => output::to_stdout(&bytes),
    }
}

//! sister-letter: compose a personal letter for a sister-city advocacy campaign.
//!
//! The pipeline, in order: the surroundings (`surroundings`, read once) and the
//! arguments (`cli`) -> the request (`request`, with `settings` and `prompt`) -> the
//! campaign (`campaign`) -> the letter (`letter`, `templates`; `postal` for the post)
//! and its bytes (`format`), both made by `produce` -> the destination (`output`). `run`
//! is the whole program; `main.rs` only calls it. The other subcommands are in
//! `commands`.

mod atomic_file;
mod campaign;
mod careful_read;
mod check;
mod cli;
mod clipboard;
mod commands;
mod country;
mod error;
mod exit_codes;
mod format;
mod interrupt;
mod labels;
mod letter;
mod locale;
mod output;
mod piece;
mod postal;
mod produce;
mod prompt;
mod request;
mod settings;
mod share;
mod skeleton;
mod surroundings;
mod templates;
mod values;
mod words;

pub use exit_codes::ExitCode;

use std::ffi::OsString;

use jiff::Timestamp;

use crate::campaign::Catalogue;
use crate::cli::{Cli, Command};
use crate::clipboard::SystemClipboard;
use crate::error::{Error, Result};
use crate::output::{PROGRAM, Seams, SystemDesktop, Warnings};
use crate::produce::Screen;
use crate::prompt::Ask;
use crate::request::Given;
use crate::surroundings::Surroundings;
use crate::words::{Words, t};

/// Runs the program on `args` and says how it ended. Errors are printed here, once.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let surroundings = Surroundings::read();
    // The clipboard holder is this program started by itself, not a command for people:
    // it is not in the command line's definition, so no help or completion shows it.
    if args.get(1).is_some_and(|a| a == clipboard::SERVE_COMMAND) {
        let w = args
            .get(2)
            .and_then(|a| a.to_str())
            .and_then(Words::speaking)
            .unwrap_or_else(Words::english);
        return ended(clipboard::serve(&w, &surroundings));
    }
    // The locale's language until the letter's is chosen.
    let w = surroundings
        .locale_language
        .as_deref()
        .and_then(Words::speaking)
        .unwrap_or_else(Words::english);
    match cli::parse(&w, args) {
        Ok((cli, given)) => {
            let mut warnings = Warnings::new(cli.quiet);
            ended(execute(&w, cli, given, &surroundings, &mut warnings))
        }
        // Usage errors go to stderr, named like ours.
        Err(e) if e.use_stderr() => {
            output::to_stderr(&format!("{PROGRAM}: {e}"));
            ExitCode::Usage
        }
        // Help and version go to stdout, which may be full.
        Err(e) => ended(output::to_stdout(&w, &e.render().to_string())),
    }
}

/// How a run ended; its error, if any, printed once (in the words it was made with).
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

/// "Now": the time set in the surroundings, for output that does not change from run to
/// run (tests, examples), else the clock's.
fn now(w: &Words, surroundings: &Surroundings) -> Result<Timestamp> {
    match &surroundings.now {
        Some(text) => text.parse::<Timestamp>().map_err(|e| {
            Error::usage(t!(
                w,
                "run-bad-now",
                value = text.clone(),
                why = e.to_string()
            ))
        }),
        None => Ok(Timestamp::now()),
    }
}

fn execute(
    w: &Words,
    cli: Cli,
    given: Given,
    surroundings: &Surroundings,
    warnings: &mut Warnings,
) -> Result<()> {
    let now = now(w, surroundings)?;
    let letters = cli.letters.as_deref();
    match cli.command {
        Some(Command::Campaigns { id: None }) => commands::campaigns(w, letters),
        Some(Command::Campaigns { id: Some(id) }) => commands::recipients(w, &id, letters),
        Some(Command::Check { dir }) => commands::check(w, dir.as_deref(), letters, now),
        Some(Command::Export { id, dir }) => commands::export(w, &id, &dir, letters),
        Some(Command::New {
            id,
            dir,
            places,
            languages,
        }) => {
            let given = skeleton::NewGiven {
                places: &places,
                languages: &languages,
            };
            let mut terminal =
                (!given.whole() && surroundings.can_ask()).then(prompt::Terminal::new);
            let ask = terminal.as_mut().map(|t| t as &mut dyn Ask);
            commands::new(w, &id, &dir, &given, ask, now)
        }
        Some(Command::Completions { shell }) => output::to_stdout(w, &cli::completions(shell)),
        Some(Command::Man) => output::to_stdout(w, &cli::manual(w)?),
        None => {
            let compose = &cli.compose;
            let screen = Screen {
                style: cli.color.style(surroundings),
                terminal: surroundings.screen,
                page: !compose.no_pager,
            };
            let run = Compose {
                letters,
                settings: surroundings.settings_path(compose.no_config),
                interactive: !compose.no_input && surroundings.can_ask(),
                screen,
                now,
            };
            write_letter(w, given, &run, surroundings, warnings)
        }
    }
}

/// What a compose run was told, besides what the request is made of.
struct Compose<'a> {
    letters: Option<&'a std::path::Path>,
    settings: Option<&'a std::path::Path>,
    interactive: bool,
    screen: Screen,
    now: Timestamp,
}

/// The pipeline: a request, a campaign, what the run produces, and where it goes.
fn write_letter(
    w: &Words,
    given: Given,
    run: &Compose,
    surroundings: &Surroundings,
    warnings: &mut Warnings,
) -> Result<()> {
    let catalogue = Catalogue::load(w, run.letters)?;
    let saved = run
        .settings
        .map(|path| settings::load(w, path))
        .transpose()?
        .flatten();
    let mut terminal = run.interactive.then(prompt::Terminal::new);
    let mut request = request::resolve(
        w,
        given,
        &catalogue,
        surroundings,
        run.settings.zip(saved.as_ref()),
        terminal.as_mut().map(|t| t as &mut dyn Ask),
        run.now,
    )?;
    let w = &request.words.clone();
    warnings.warn_all(w, &request.notes);
    let mut clipboard = SystemClipboard {
        program: &surroundings.program,
        display: &surroundings.display,
        w,
    };
    let mut desktop = SystemDesktop {
        present: surroundings.desktop(),
    };
    let mut seams = Seams {
        clipboard: &mut clipboard,
        desktop: &mut desktop,
        pager: surroundings
            .pager
            .as_deref()
            .map(|pager| (pager, surroundings.less_charset)),
    };
    act(w, &request, run, surroundings, &mut seams, warnings)?;
    // A sitting: after an action chosen from the menu, the next one, until "Done".
    let failed = match (terminal.as_mut(), request.menu) {
        (Some(terminal), true) => sitting(
            w,
            terminal,
            &mut request,
            (run, surroundings),
            &mut seams,
            warnings,
        )?,
        _ => false,
    };
    if let Some(terminal) = terminal.as_mut() {
        remember(w, terminal, run, saved.as_ref(), &request, warnings)?;
    }
    match failed {
        true => Err(Error::Reported),
        false => Ok(()),
    }
}

/// One action: the product made and delivered.
fn act(
    w: &Words,
    request: &request::Request,
    run: &Compose,
    surroundings: &Surroundings,
    seams: &mut Seams,
    warnings: &mut Warnings,
) -> Result<()> {
    let produced = produce::produce(w, request, run.now, run.screen, &surroundings.time_zone)?;
    warnings.warn_all(w, &produced.warnings);
    output::deliver(w, &produced.output, seams)?;
    // What was made, after it is out: the envelopes' pages.
    for line in &produced.listed {
        output::to_stderr(&output::printable(line));
    }
    Ok(())
}

/// The actions after the first, each chosen from the menu, until "Done"; then the list
/// of what was done. A failed action ends nothing: it is said, and the user may try
/// another; the run then ends as failed (true).
fn sitting(
    w: &Words,
    terminal: &mut prompt::Terminal,
    request: &mut request::Request,
    (run, surroundings): (&Compose, &Surroundings),
    seams: &mut Seams,
    warnings: &mut Warnings,
) -> Result<bool> {
    let mut done = vec![request.product.done(w)];
    let mut failed = false;
    loop {
        match request.next(terminal, surroundings, run.now) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                output::sitting_done(w, &done);
                return Err(e);
            }
        }
        match act(w, request, run, surroundings, seams, warnings) {
            Ok(()) => done.push(request.product.done(w)),
            Err(Error::Interrupted) => {
                output::sitting_done(w, &done);
                return Err(Error::Interrupted);
            }
            Err(e) => {
                failed = true;
                output::to_stderr(&format!("{PROGRAM}: {}", output::printable(&e.to_string())));
            }
        }
    }
    output::sitting_done(w, &done);
    Ok(failed)
}

/// After a run that asked questions: the offer to remember the answers.
fn remember(
    w: &Words,
    terminal: &mut prompt::Terminal,
    run: &Compose,
    saved: Option<&settings::Settings>,
    request: &request::Request,
    warnings: &mut Warnings,
) -> Result<()> {
    if let (Some(path), true) = (run.settings, request.asked)
        && let Some(warning) =
            request::offer_to_remember(w, terminal, path, saved, request.answers())?
    {
        warnings.warn(w, &warning);
    }
    Ok(())
}

#[cfg(test)]
mod properties;

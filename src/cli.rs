//! The command line, as clap sees it. Nothing past this file reads clap's types: the
//! compose flags become a `request::Given`, each value with where it came from.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::error::Error;
use crate::exit_codes::ExitCode;
use crate::format::{Format, Part, Piece, Style};
use crate::output::PROGRAM;
use crate::postal::{EnvelopeLayout, Paper};
use crate::request::{Given, Source, Sourced};
use crate::surroundings::Surroundings;
use crate::words::{Words, t};

const EXAMPLES: &str = "\
Examples:
  Compose a letter, answering a few questions:
    sister-letter
  Print the whole package in French:
    sister-letter --name \"Zoë Kraus-Müller\" --city \"Lyon, France\" --lang fr
  Send it with msmtp or sendmail (they read the recipients from the message):
    sister-letter -n Ada -l en -f eml --from ada@example.org --to mayor@example.org | msmtp -t
    sister-letter -n Ada -l en -f eml --from ada@example.org --to mayor@example.org | sendmail -t -i
  Save it as a draft, and finish and send it in neomutt:
    sister-letter -n Ada -l en -f eml --from ada@example.org -o draft.eml && neomutt -H draft.eml
  Copy the email body to the clipboard, for a webmail or a contact form:
    sister-letter -n Ada -l en --copy
  Write your own campaign, check it, and use it:
    sister-letter export icheon-limoges my-campaign
    sister-letter check my-campaign
    sister-letter --letters my-campaign -n Ada -l en
  Start a campaign for a new city pair, fill its TODO: placeholders, and check it:
    sister-letter new ansan-aachen my-pair --place Aachen:DE --place Ansan:KR --lang de --lang ko
    sister-letter check my-pair";

#[derive(Debug, Parser)]
#[command(
    name = "sister-letter",
    version,
    about = "Compose a personal letter for a sister-city advocacy campaign",
    long_about = "Compose a personal letter for a sister-city advocacy campaign: the email to the \
                  mayor and city council, the recipients and their postal addresses, a call \
                  script and a social post, in your language.",
    after_help = EXAMPLES
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,

    #[command(flatten)]
    pub(crate) compose: ComposeArgs,

    /// Read campaigns from DIR too (a campaign folder, or a folder of them); one with the
    /// same id replaces the bundled one
    #[arg(long, global = true, value_name = "DIR", env = "SISTER_LETTER_LETTERS")]
    pub(crate) letters: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,

    /// Print no warnings
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ComposeArgs {
    /// Your name, as it signs the letter
    #[arg(short, long, env = "SISTER_LETTER_NAME")]
    pub(crate) name: Option<String>,

    /// The letter's language (en, fr, ...)
    #[arg(short, long, value_name = "CODE", env = "SISTER_LETTER_LANG")]
    pub(crate) lang: Option<String>,

    /// The campaign (default: the only one there is)
    #[arg(short, long, value_name = "ID")]
    pub(crate) campaign: Option<String>,

    /// Your town and country, a line under your name
    #[arg(long, value_name = "PLACE")]
    pub(crate) city: Option<String>,

    /// Your name in the Latin script, for letters in French, English, ... when your name
    /// has no Latin letter (김민지: --latin-name "Kim Min-ji")
    #[arg(long, value_name = "NAME")]
    pub(crate) latin_name: Option<String>,

    /// Your town in the Latin script, for letters in French, English, ... when it has no
    /// Latin letter (서울: --latin-city Seoul)
    #[arg(long, value_name = "TOWN")]
    pub(crate) latin_city: Option<String>,

    /// A sentence of your own, a paragraph before the closing, in the letter's language
    #[arg(long, value_name = "TEXT")]
    pub(crate) note: Option<String>,

    /// A sentence of your own for the letter in language LANG, and the copies made from
    /// it (repeatable): a letter carries only the note in its language
    #[arg(long, num_args = 2, value_names = ["LANG", "TEXT"], action = clap::ArgAction::Append)]
    pub(crate) note_for: Vec<String>,

    /// Send to this address too (repeatable)
    #[arg(long, value_name = "ADDR")]
    pub(crate) to: Vec<String>,

    /// Send a copy to this address too (repeatable)
    #[arg(long, value_name = "ADDR")]
    pub(crate) cc: Vec<String>,

    /// Your email address, for the From: header of --format eml
    #[arg(long, value_name = "ADDR", env = "SISTER_LETTER_FROM")]
    pub(crate) from: Option<String>,

    /// Print one piece of the letter alone (text format only)
    #[arg(short, long, value_enum)]
    pub(crate) part: Option<Part>,

    /// The output format
    #[arg(short, long, value_enum)]
    pub(crate) format: Option<Format>,

    /// Break text lines longer than COLUMNS at spaces, as mail expects of a message's
    /// lines (text format only; by default lines are whole paragraphs)
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=300))]
    pub(crate) wrap: Option<u16>,

    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// Let --output replace an existing file
    #[arg(long, requires = "output")]
    pub(crate) force: bool,

    /// Copy to the clipboard instead (by default the email body)
    #[arg(long, conflicts_with = "output")]
    pub(crate) copy: bool,

    /// Hand the letter to your mail app (text, eml, mailto), or open the printable letters
    /// (pdf), with the desktop's program
    #[arg(long)]
    pub(crate) open: bool,

    /// Write to this recipient only, with --format pdf (repeatable; default: those the
    /// campaign posts to; `campaigns ID` lists them)
    #[arg(long, value_name = "ID")]
    pub(crate) recipient: Vec<String>,

    /// A line of your postal address, for printed letters (repeatable, one line each)
    #[arg(long, value_name = "LINE")]
    pub(crate) address: Vec<String>,

    /// Your country (an ISO 3166 code, like FR or DE): a printed letter's address has a
    /// country line only when it goes abroad, and the envelope is the one sold there
    /// (default: your locale's)
    #[arg(long, value_name = "CODE")]
    pub(crate) country: Option<String>,

    /// The paper of printed letters (default: Letter where your country uses it, else
    /// A4)
    #[arg(long, value_enum)]
    pub(crate) paper: Option<PaperChoice>,

    /// The window envelope printed letters are folded for: where the address goes and
    /// the folds fall (default: the one sold in your country, or for --paper)
    #[arg(long, value_enum)]
    pub(crate) envelope: Option<EnvelopeLayout>,

    /// A font file for printed letters instead of the one built in
    #[arg(long, value_name = "PATH")]
    pub(crate) font: Option<PathBuf>,

    /// Never prompt; fail on what is missing
    #[arg(long)]
    pub(crate) no_input: bool,

    /// Print to the terminal even what is longer than the screen, without a pager
    #[arg(long)]
    pub(crate) no_pager: bool,

    /// Ignore the saved settings
    #[arg(long)]
    pub(crate) no_config: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the campaigns: id, title, languages, date checked; with an ID, that campaign's recipients
    Campaigns {
        /// A campaign's id: list its recipients (id, office, an email and a postal address
        /// on file, posted by default)
        id: Option<String>,
    },
    /// Check campaigns and report every problem (default: the bundled ones and --letters)
    Check {
        /// A campaign folder, or a folder of campaigns
        dir: Option<PathBuf>,
    },
    /// Write a campaign's files to DIR, to start a campaign of your own
    Export {
        /// The campaign to export
        id: String,
        /// The folder to write (it must not hold the campaign's files yet)
        dir: PathBuf,
    },
    /// Write a new campaign's skeleton to DIR, for a city and its sister city
    ///
    /// Every field of the campaign format, each documented, and templates for each
    /// language; every fact is a placeholder (TODO:) that `check` reports as an error
    /// until it is filled, or a commented example. The cities and languages are asked in
    /// a terminal, or given with --place and --lang.
    New {
        /// The new campaign's id (lowercase letters, digits, '-' and '_')
        id: String,
        /// The folder to write (it must not exist, or be empty)
        dir: PathBuf,
        /// A city as NAME:CC, its name and its country's ISO 3166 code (Aachen:DE): give
        /// it twice, the city the letters are written to, then its sister city
        #[arg(long = "place", value_name = "NAME:CC")]
        places: Vec<String>,
        /// A language of the letters (repeatable); the first is the one the city reads
        #[arg(long = "lang", value_name = "CODE")]
        languages: Vec<String>,
    },
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    Man,
}

/// The paper of printed letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PaperChoice {
    /// A4, 210 × 297 mm
    A4,
    /// US Letter, 8 1/2 × 11 in
    Letter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether headings may carry escape codes: on a terminal, unless NO_COLOR says not.
    pub(crate) fn style(self, surroundings: &Surroundings) -> Style {
        let color = match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !surroundings.no_color && surroundings.stdout_terminal,
        };
        if color { Style::Color } else { Style::Plain }
    }
}

/// A shell completion script, generated from the definition above.
pub(crate) fn completions(shell: clap_complete::Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), PROGRAM, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page's sections that clap_mangen does not know of, after the exit status.
const SECTIONS: &str = r#".PP
Errors go to standard error, prefixed with \fBsister\-letter:\fR.
.SH ENVIRONMENT
A flag on the command line wins over its variable; a variable wins over the settings
file. A variable set to the empty string counts as unset.
.TP
\fBSISTER_LETTER_NAME\fR
Your name, as \fB\-\-name\fR.
.TP
\fBSISTER_LETTER_LANG\fR
The letter's language, as \fB\-\-lang\fR.
.TP
\fBSISTER_LETTER_FROM\fR
Your email address, as \fB\-\-from\fR.
.TP
\fBSISTER_LETTER_LETTERS\fR
A folder of campaigns, as \fB\-\-letters\fR.
.TP
\fBSISTER_LETTER_NOW\fR
The moment to compose as of, in place of the clock: an RFC 3339 instant, with its offset
or Z, such as 2026\-11\-25T13:05:00Z or 2026\-11\-25T14:05:00+01:00. It sets the date of
the letter (printed letters date it in this machine's time zone), which terms of office
are running, the local time given with the phone line of the call script, and the Date of
an eml message. Printed letters (PDF) of the same input are then the same bytes on every
run. Any other value is bad usage (exit 2); there is no flag for it.
.TP
\fBNO_COLOR\fR
Set to anything, no colour unless \fB\-\-color always\fR.
.SH FILES
.TP
\fI$XDG_CONFIG_HOME/sister\-letter/config.toml\fR
The settings file: the answers you chose to remember after an interactive run (name,
language, town, From address). \fB\-\-no\-config\fR ignores it.
.TP
\fI~/.config/sister\-letter/config.toml\fR
The settings file when XDG_CONFIG_HOME is unset or not an absolute path.
"#;

/// The EXIT STATUS section, from the exit codes themselves. No hyphenation from here
/// on: it would break names, paths and flags.
fn exit_status_roff() -> String {
    let mut section = String::from(".nh\n.SH \"EXIT STATUS\"\n");
    for code in ExitCode::ALL {
        section.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            code.code(),
            code.meaning()
        ));
    }
    section
}

/// The EXAMPLES section, from the examples of `--help`: one example a paragraph, its
/// commands unfilled, so that no command is wrapped across lines.
fn examples_roff() -> String {
    let escape = |text: &str| {
        let text = text.replace('\\', "\\e").replace('-', "\\-");
        if text.starts_with(['.', '\'']) {
            format!("\\&{text}")
        } else {
            text
        }
    };
    let mut examples = String::from(".SH EXAMPLES\n");
    let mut commands = false;
    for line in EXAMPLES.lines().skip(1) {
        let command = line.starts_with("    ");
        if command != commands {
            examples.push_str(if command {
                ".RS 4\n.nf\n"
            } else {
                ".fi\n.RE\n"
            });
            commands = command;
        }
        if !command {
            examples.push_str(".PP\n");
        }
        examples.push_str(&escape(line.trim()));
        examples.push('\n');
    }
    if commands {
        examples.push_str(".fi\n.RE\n");
    }
    examples
}

/// The manual page (roff): clap_mangen's sections, generated from the definition above,
/// and the sections it does not know of (exit status, environment, files), then the
/// examples of --help, each command a line of its own.
pub(crate) fn manual(w: &Words) -> crate::error::Result<String> {
    let examples = examples_roff();
    let man = clap_mangen::Man::new(Cli::command());
    let mut out = Vec::new();
    let mut render = || -> std::io::Result<()> {
        man.render_title(&mut out)?;
        man.render_name_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
        man.render_subcommands_section(&mut out)?;
        out.extend_from_slice(exit_status_roff().as_bytes());
        out.extend_from_slice(SECTIONS.as_bytes());
        out.extend_from_slice(examples.as_bytes());
        man.render_version_section(&mut out)
    };
    render()
        .map_err(|e| Error::failed(t!(w, "commands-cannot-render-manual", why = e.to_string())))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Parses the command line; clap's own errors (and --help, --version) come back as they are.
pub(crate) fn parse<I, T>(w: &Words, args: I) -> Result<(Cli, Given), clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut command = Cli::command();
    let matches = command.try_get_matches_from_mut(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    // An environment variable set to nothing counts as unset.
    let from_env = |id: &str| matches.value_source(id) == Some(ValueSource::EnvVariable);
    if from_env("letters")
        && cli
            .letters
            .as_ref()
            .is_some_and(|l| l.as_os_str().is_empty())
    {
        cli.letters = None;
    }
    // The options of composing mean nothing to a subcommand; the global ones (which clap
    // takes before or after it) do.
    if let Some((name, _)) = matches.subcommand() {
        let global = ["letters", "color", "quiet"];
        let typed = matches.ids().map(|id| id.as_str()).find(|id| {
            !global.contains(id) && matches.value_source(id) == Some(ValueSource::CommandLine)
        });
        if let Some(id) = typed {
            return Err(command.error(
                clap::error::ErrorKind::ArgumentConflict,
                t!(
                    w,
                    "run-compose-flag-with-subcommand",
                    flag = format!("--{}", id.replace('_', "-")),
                    subcommand = name.to_string()
                ),
            ));
        }
    }
    let given = cli.compose.given(&matches);
    Ok((cli, given))
}

impl ComposeArgs {
    /// The compose flags as the request takes them, each value named by where it came
    /// from: the flag, or its environment variable.
    fn given(&self, matches: &ArgMatches) -> Given {
        let sourced = |id: &str, flag: &'static str, var: &'static str, value: &Option<String>| {
            let source = match matches.value_source(id) {
                Some(ValueSource::EnvVariable) => Source::Env(var),
                _ => Source::Flag(flag),
            };
            // An environment variable set to nothing counts as unset.
            let unset = source == Source::Env(var) && value.as_ref().is_some_and(|v| v.is_empty());
            value.as_ref().filter(|_| !unset).map(|value| Sourced {
                value: value.clone(),
                source,
            })
        };
        let flag = |flag: &'static str, value: &Option<String>| {
            value.as_ref().map(|v| Sourced::flag(flag, v.as_str()))
        };
        Given {
            campaign: self.campaign.clone(),
            name: sourced("name", "--name", "SISTER_LETTER_NAME", &self.name),
            lang: sourced("lang", "--lang", "SISTER_LETTER_LANG", &self.lang),
            city: flag("--city", &self.city),
            note: flag("--note", &self.note),
            latin_name: flag("--latin-name", &self.latin_name),
            latin_city: flag("--latin-city", &self.latin_city),
            note_for: self
                .note_for
                .chunks(2)
                .filter_map(|pair| match pair {
                    [lang, text] => Some((
                        Sourced::flag("--note-for", lang.as_str()),
                        Sourced::flag("--note-for", text.as_str()),
                    )),
                    _ => None,
                })
                .collect(),
            to: self.to.clone(),
            cc: self.cc.clone(),
            from: sourced("from", "--from", "SISTER_LETTER_FROM", &self.from),
            format: self.format,
            part: self.part,
            wrap: self.wrap,
            output: self.output.clone(),
            force: self.force,
            copy: self.copy,
            address: self.address.clone(),
            country: sourced("country", "--country", "", &self.country),
            paper: self.paper.map(|p| match p {
                PaperChoice::A4 => Paper::A4,
                PaperChoice::Letter => Paper::Letter,
            }),
            envelope: self.envelope,
            recipients: self.recipient.clone(),
            font: self.font.clone(),
            open: self.open,
        }
    }
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &Format::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()))
    }
}

/// The window envelopes, by their names (`dl-right`, `din-b`, `dl-left`, `us-10`).
impl ValueEnum for EnvelopeLayout {
    fn value_variants<'a>() -> &'a [Self] {
        &EnvelopeLayout::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            EnvelopeLayout::DlRight => "A4 in a DL envelope, right-hand window (France)",
            EnvelopeLayout::DinB => "A4 as DIN 5008 form B, DL left window (Germany, Austria)",
            EnvelopeLayout::DlLeft => "A4 in a DL envelope, left window (UK and elsewhere)",
            EnvelopeLayout::Number10 => "Letter in a US #10 window envelope",
        };
        Some(PossibleValue::new(self.name()).help(help))
    }
}

const PARTS: [Part; 8] = [
    Part::All,
    Part::Only(Piece::Subject),
    Part::Only(Piece::Body),
    Part::Only(Piece::Recipients),
    Part::Only(Piece::Addresses),
    Part::Only(Piece::Phone),
    Part::Only(Piece::Post),
    Part::Only(Piece::Share),
];

impl ValueEnum for Part {
    fn value_variants<'a>() -> &'a [Self] {
        &PARTS
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let value = PossibleValue::new(self.name());
        Some(match self {
            Part::Only(Piece::Share) => value.help("A short invitation for a friend to act too"),
            _ => value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_piece_is_a_part() {
        for piece in Piece::ALL {
            assert!(PARTS.contains(&Part::Only(piece)));
        }
    }

    /// The manual lists exactly the codes the program ends with.
    #[test]
    fn the_manual_s_exit_codes_are_the_program_s() {
        let manual = manual(&Words::english()).unwrap();
        let section = manual
            .split(".SH \"EXIT STATUS\"")
            .nth(1)
            .and_then(|rest| rest.split(".SH ").next())
            .unwrap();
        let listed: Vec<u8> = section
            .lines()
            .filter_map(|l| l.strip_prefix("\\fB")?.strip_suffix("\\fR")?.parse().ok())
            .collect();
        let codes: Vec<u8> = ExitCode::ALL.iter().map(|c| c.code()).collect();
        assert_eq!(listed, codes);
        assert!(section.contains("Bad usage or input"), "{section}");
    }

    #[test]
    fn global_options_go_before_or_after_a_subcommand() {
        for args in [
            &["sister-letter", "--letters", "x", "check"][..],
            &["sister-letter", "check", "--letters", "x"],
            &["sister-letter", "--color", "never", "campaigns"],
        ] {
            let (cli, _) =
                parse(&Words::english(), args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            assert!(cli.command.is_some());
        }
        // A compose flag with a subcommand is still refused.
        assert!(
            parse(
                &Words::english(),
                ["sister-letter", "--name", "Ada", "campaigns"]
            )
            .is_err()
        );
    }
}

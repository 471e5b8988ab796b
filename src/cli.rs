//! The command line, as clap sees it. Nothing past `request` reads these types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::request::{Format, Part};

const EXAMPLES: &str = "\
Examples:
  Compose a letter, answering a few questions:
    sister-letter
  Print the whole package in French:
    sister-letter --name \"Zoë Kraus-Müller\" --city \"Lyon, France\" --lang fr
  Send it with msmtp or sendmail (they read the recipients from the message):
    sister-letter -n Ada -l en -f eml --from ada@example.org --to mayor@example.org | msmtp -t
    sister-letter -n Ada -l en -f eml --from ada@example.org --to mayor@example.org | sendmail -t
  Open it as a draft in neomutt:
    sister-letter -n Ada -l en -f eml --from ada@example.org | neomutt -H -
  Copy the email body to the clipboard, for a webmail or a contact form:
    sister-letter -n Ada -l en --copy
  Write your own campaign, check it, and use it:
    sister-letter export icheon-limoges my-campaign
    sister-letter check my-campaign
    sister-letter --letters my-campaign -n Ada -l en";

#[derive(Debug, Parser)]
#[command(
    name = "sister-letter",
    version,
    about = "Compose a personal letter for a sister-city advocacy campaign",
    long_about = "Compose a personal letter for a sister-city advocacy campaign: the email to the \
                  mayor and city council, the recipients and their postal addresses, a call \
                  script and a social post, in your language.",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub compose: ComposeArgs,

    /// Read campaigns from DIR too (a campaign folder, or a folder of them); one with the
    /// same id replaces the bundled one
    #[arg(long, global = true, value_name = "DIR", env = "SISTER_LETTER_LETTERS")]
    pub letters: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The moment to compose as of, for reproducible output (RFC 3339)
    #[arg(long, global = true, env = "SISTER_LETTER_NOW", hide = true)]
    pub now: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComposeArgs {
    /// Your name, as it signs the letter
    #[arg(short, long, env = "SISTER_LETTER_NAME")]
    pub name: Option<String>,

    /// The letter's language (en, fr, ...)
    #[arg(short, long, value_name = "CODE", env = "SISTER_LETTER_LANG")]
    pub lang: Option<String>,

    /// The campaign (default: the only one there is)
    #[arg(short, long, value_name = "ID")]
    pub campaign: Option<String>,

    /// Your town and country, a line under your name
    #[arg(long, value_name = "PLACE")]
    pub city: Option<String>,

    /// A sentence of your own, a paragraph before the closing
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// Send to this address too (repeatable)
    #[arg(long, value_name = "ADDR")]
    pub to: Vec<String>,

    /// Send a copy to this address too (repeatable)
    #[arg(long, value_name = "ADDR")]
    pub cc: Vec<String>,

    /// Your email address, for the From: header of --format eml
    #[arg(long, value_name = "ADDR", env = "SISTER_LETTER_FROM")]
    pub from: Option<String>,

    /// Print one piece of the letter alone (text format only)
    #[arg(short, long, value_enum)]
    pub part: Option<Part>,

    /// The output format
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Let --output replace an existing file
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Copy to the clipboard instead (by default the email body)
    #[arg(long, conflicts_with = "output")]
    pub copy: bool,

    /// Never prompt; fail on what is missing
    #[arg(long)]
    pub no_input: bool,

    /// Ignore the saved settings
    #[arg(long)]
    pub no_config: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the campaigns: id, title, languages, date checked
    Campaigns,
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
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff)
    Man,
    /// Serve a copied text until another program takes the clipboard (internal)
    #[command(name = "__serve-clipboard", hide = true)]
    ServeClipboard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

//! The subcommands other than composing: listing, checking and exporting campaigns.

use std::path::Path;

use jiff::Timestamp;

use crate::campaign::{self, Catalogue};
use crate::check::{self, Severity};
use crate::error::{Error, Result};
use crate::output::{self, PROGRAM};

/// `campaigns`: one line each, id, title, languages and the day they were checked.
pub fn campaigns(letters: Option<&Path>) -> Result<()> {
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

/// `check`: every problem on stdout, a count on stderr, and a failure when any is an error.
pub fn check(dir: Option<&Path>, letters: Option<&Path>, now: Timestamp) -> Result<()> {
    let campaigns = campaign::for_check(dir, letters)?;
    let count = campaigns.len();
    let problems = check::check(campaigns, now);
    let report: String = problems
        .iter()
        .map(|p| format!("{}\n", output::printable(&p.to_string())))
        .collect();
    output::to_stdout(&report)?;
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
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

/// `export`: a campaign's files, written into a new folder.
pub fn export(id: &str, dir: &Path, letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(letters)?;
    let campaign = catalogue.choose(Some(id))?;
    let written = campaign::export(campaign, dir)?;
    output::to_stderr(&format!(
        "Wrote {} files to {}",
        written.len(),
        dir.display()
    ));
    Ok(())
}

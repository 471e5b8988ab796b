//! The subcommands other than composing: listing, checking and exporting campaigns.

use std::path::Path;

use jiff::Timestamp;

use crate::campaign::{self, Catalogue};
use crate::check::{self, Severity};
use crate::error::{Error, Result};
use crate::output::{self, PROGRAM};
use crate::words::t;

/// `campaigns`: one line each, id, title, languages and the day they were checked.
pub fn campaigns(letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(letters)?;
    let mut out = String::new();
    for c in catalogue.all()? {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            c.id(),
            c.data.title,
            c.languages_list(),
            t!(w, "commands-checked-on", date = c.data.checked.to_string())
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
    let checked = t!(w, "commands-checked",
        count = count,
        errors = errors,
        warnings = problems.len() - errors
    );
    output::to_stderr(&format!("{PROGRAM}: {checked}"));
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
    output::to_stderr(&t!(w, "commands-wrote",
        count = written.len(),
        path = dir.display().to_string()
    ));
    Ok(())
}

//! The subcommands other than composing: listing, checking and exporting campaigns.

use std::path::Path;

use jiff::Timestamp;

use crate::atomic_file;
use crate::campaign::{self, Catalogue};
use crate::check::{self, Severity};
use crate::error::{Error, Result};
use crate::output::{self, PROGRAM};
use crate::prompt::Ask;
use crate::skeleton::{self, NewGiven};
use crate::words::{Words, t};

/// `campaigns`: one line each, id, title, languages and the day they were checked.
pub(crate) fn campaigns(w: &Words, letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(w, letters)?;
    let mut out = String::new();
    for c in catalogue.all(w)? {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            c.id(),
            c.data.title,
            c.languages_list(),
            t!(w, "commands-checked-on", date = c.data.checked.to_string())
        ));
    }
    output::to_stdout(w, &out)
}

/// `check`: every problem on stdout, a count on stderr, and a failure when any is an error.
pub(crate) fn check(
    w: &Words,
    dir: Option<&Path>,
    letters: Option<&Path>,
    now: Timestamp,
) -> Result<()> {
    let campaigns = campaign::for_check(w, dir, letters)?;
    let count = campaigns.len();
    let problems = check::check(w, campaigns, now);
    let report: String = problems
        .iter()
        .map(|p| format!("{}\n", output::printable(&p.shown(w))))
        .collect();
    output::to_stdout(w, &report)?;
    let count_of = |severity| problems.iter().filter(|p| p.severity == severity).count();
    let errors = count_of(Severity::Error);
    let checked = t!(
        w,
        "commands-checked",
        count = count,
        errors = errors,
        warnings = count_of(Severity::Warning)
    );
    output::to_stderr(&format!("{PROGRAM}: {checked}"));
    if errors > 0 {
        return Err(Error::Reported);
    }
    Ok(())
}

/// `export`: a campaign's files, written into a new folder, whole or not at all.
pub(crate) fn export(w: &Words, id: &str, dir: &Path, letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(w, letters)?;
    let campaign = catalogue.choose(w, Some(id))?;
    let mut files = Vec::new();
    for relative in campaign.files(w)? {
        let (text, mode) = campaign.read_with_mode(w, &relative)?.unwrap_or_default();
        files.push((relative, text.into_bytes(), mode));
    }
    atomic_file::write_folder(w, dir, &files)?;
    let written = files;
    output::to_stderr(&t!(
        w,
        "commands-wrote",
        count = written.len(),
        path = dir.display().to_string()
    ));
    Ok(())
}

/// `new`: a campaign skeleton for a new city pair, written into a new folder, whole or
/// not at all, dated today (in UTC, as `check` counts).
pub(crate) fn new(
    w: &Words,
    id: &str,
    dir: &Path,
    given: &NewGiven,
    ask: Option<&mut dyn Ask>,
    now: Timestamp,
) -> Result<()> {
    let today = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let count = skeleton::new(w, id, dir, given, ask, today)?;
    let path = dir.display().to_string();
    output::to_stderr(&t!(w, "commands-wrote", count = count, path = path.clone()));
    output::to_stderr(&t!(w, "new-next", path = path));
    Ok(())
}

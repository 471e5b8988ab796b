//! The subcommands other than composing: listing, checking and exporting campaigns.

use std::path::Path;

use jiff::Timestamp;

use crate::atomic_file;
use crate::campaign::{self, Catalogue};
use crate::check::{self, Severity};
use crate::error::{Error, Result};
use crate::output::{self, PROGRAM};
use crate::postal;
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

/// `campaigns ID`: the campaign's recipients, one a line: id (for `--recipient`),
/// office, whether an email and a postal address are on file, whether printed letters go
/// to it by default.
pub(crate) fn recipients(w: &Words, id: &str, letters: Option<&Path>) -> Result<()> {
    let catalogue = Catalogue::load(w, letters)?;
    let campaign = catalogue.choose(w, Some(id))?;
    let postal = postal::with_address(campaign);
    let posted = postal::posted_by_default(campaign);
    let mut out = String::new();
    for r in &campaign.data.recipients {
        let email = match r.email.is_some() {
            true => t!(w, "commands-email"),
            false => t!(w, "commands-no-email"),
        };
        let address = match postal.contains(&r.id) {
            true => t!(w, "commands-postal"),
            false => t!(w, "commands-no-postal"),
        };
        // Without marks, every recipient with an address is posted to.
        let by_default = match posted.is_empty() {
            false => posted.contains(&r.id),
            true => postal.contains(&r.id),
        };
        let by_default = match by_default {
            true => t!(w, "commands-posted"),
            false => t!(w, "commands-not-posted"),
        };
        let office = output::printable(campaign::localized(&r.office, w.code()));
        let id = output::printable(&r.id);
        out.push_str(&format!(
            "{id}\t{office}\t{email}\t{address}\t{by_default}\n"
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

//! `export`: a campaign's files written out, for an organiser to start from.

use std::path::{Path, PathBuf};

use super::Campaign;
use crate::atomic_file;
use crate::error::{Error, Result};

/// Writes a campaign's files into `dir`, refusing to replace any.
pub fn export(campaign: &Campaign, dir: &Path) -> Result<Vec<PathBuf>> {
    let files = campaign.files()?;
    let targets: Vec<PathBuf> = files.iter().map(|f| dir.join(f)).collect();
    if let Some(taken) = targets.iter().find(|t| t.exists()) {
        return Err(Error::usage(format!(
            "{} exists already: export into a new folder",
            taken.display()
        )));
    }
    for (file, target) in files.iter().zip(&targets) {
        let text = campaign.read(file)?.unwrap_or_default();
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::failed(format!("cannot create {}: {e}", parent.display())))?;
        }
        atomic_file::write(target, text.as_bytes(), atomic_file::Replace::Never)?;
    }
    Ok(targets)
}

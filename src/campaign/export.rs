//! `export`: a campaign's files written out, for an organiser to start from.

use std::path::{Path, PathBuf};

use super::Campaign;
use crate::atomic_file;
use crate::error::Result;

/// Writes a campaign's files into the new folder `dir`, whole or not at all.
pub fn export(campaign: &Campaign, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for relative in campaign.files()? {
        let text = campaign.read(&relative)?.unwrap_or_default();
        files.push((relative, text.into_bytes()));
    }
    atomic_file::write_folder(dir, &files)?;
    Ok(files
        .iter()
        .map(|(relative, _)| dir.join(relative))
        .collect())
}

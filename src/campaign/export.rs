//! `export`: a campaign's files written out, for an organiser to start from.

use std::path::{Path, PathBuf};

use super::Campaign;
use crate::atomic_file;
use crate::error::Result;
use crate::words::Words;

/// Writes a campaign's files into the new folder `dir`, whole or not at all.
pub fn export(w: &Words, campaign: &Campaign, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for relative in campaign.files(w)? {
        let text = campaign.read(w, &relative)?.unwrap_or_default();
        files.push((relative, text.into_bytes()));
    }
    atomic_file::write_folder(w, dir, &files)?;
    Ok(files
        .iter()
        .map(|(relative, _)| dir.join(relative))
        .collect())
}

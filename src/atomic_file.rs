//! The careful file writer that every file the program writes goes through (letters,
//! exported campaigns, the settings): a temporary file in the same folder, then a
//! rename, so that a file is written whole or not at all.

use std::io::{ErrorKind, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    Never,
    Always,
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write(path: &Path, bytes: &[u8], replace: Replace) -> Result<()> {
    let shown = path.display();
    let exists = || {
        Error::usage(format!(
            "{shown} exists already: choose another file, or add --force to replace it"
        ))
    };
    if replace == Replace::Never && path.exists() {
        return Err(exists());
    }
    let fail = |e: std::io::Error| Error::failed(format!("cannot write {shown}: {e}"));
    let mut file = tempfile::Builder::new()
        .prefix(".sister-letter-")
        .tempfile_in(folder_of(path))
        .map_err(fail)?;
    file.write_all(bytes).map_err(fail)?;
    file.as_file().sync_all().map_err(fail)?;
    let persisted = match replace {
        Replace::Always => file.persist(path),
        Replace::Never => file.persist_noclobber(path),
    };
    persisted.map(|_| ()).map_err(|e| {
        if e.error.kind() == ErrorKind::AlreadyExists {
            exists()
        } else {
            fail(e.error)
        }
    })
}

/// The folder a file goes in: its parent, or the current folder for a bare name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_not_replaced_without_leave() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.eml");
        write(&path, b"first", Replace::Never).unwrap();
        assert!(write(&path, b"second", Replace::Never).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        write(&path, b"third", Replace::Always).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "third");
        // Only the file itself is left: no temporary files.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_that_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/letter.eml");
        assert!(write(&path, b"x", Replace::Never).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_bare_name_goes_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("a.eml")), Path::new("."));
        assert_eq!(folder_of(Path::new("x/a.eml")), Path::new("x"));
    }
}

//! Destinations: the only place that writes what the program produced.

use std::io::{ErrorKind, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Writes to standard output; a closed pipe is a normal end, not an error.
pub fn to_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(Error::failed(format!(
            "cannot write to standard output: {e}"
        ))),
        _ => Ok(()),
    }
}

/// Says something to the user on standard error: one line, in one write, so that lines
/// of processes sharing a terminal do not mix. Standard error that cannot be written to
/// (closed, or a pipe nobody reads) cannot be told so, and is ignored.
pub fn to_stderr(line: &str) {
    let mut text = String::with_capacity(line.len() + 1);
    text.push_str(line);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Writes `text` to `path` whole or not at all: a temporary file in the same folder,
/// then a rename. Without `force`, an existing file is never replaced.
pub fn to_file(path: &Path, text: &str, force: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let shown = path.display();
    if !force && path.exists() {
        return Err(Error::usage(format!(
            "{shown} exists already: choose another file, or add --force to replace it"
        )));
    }
    let fail = |e: std::io::Error| Error::failed(format!("cannot write {shown}: {e}"));
    let mut file = tempfile::Builder::new()
        .prefix(".sister-letter-")
        .tempfile_in(dir)
        .map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)?;
    file.as_file().sync_all().map_err(fail)?;
    let persisted = if force {
        file.persist(path)
    } else {
        file.persist_noclobber(path)
    };
    persisted.map(|_| ()).map_err(|e| {
        if e.error.kind() == ErrorKind::AlreadyExists {
            Error::usage(format!(
                "{shown} exists already: choose another file, or add --force to replace it"
            ))
        } else {
            fail(e.error)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_not_replaced_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.eml");
        to_file(&path, "first", false).unwrap();
        assert!(to_file(&path, "second", false).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        to_file(&path, "third", true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "third");
        // Only the file itself is left: no temporary files.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_that_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/letter.eml");
        assert!(to_file(&path, "x", false).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}

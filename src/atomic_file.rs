//! The careful file writer that every file the program writes goes through (letters,
//! exported campaigns, the settings): a temporary file beside the target, then a
//! rename, so that a file is written whole or not at all. It replaces only a regular
//! file (following a symbolic link to it), keeps that file's mode and owner, and gives
//! a new file the mode the umask allows.

use std::fs::Permissions;
use std::io::{ErrorKind, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result, plain};
use crate::interrupt;
use crate::words::{Words, t};

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Replace {
    Never,
    Always,
}

/// The mode of a new file before the umask: what `touch` or a shell redirection gives.
const NEW_FILE: u32 = 0o666;

/// Where writing `path` would go, or why it cannot: the file a symbolic link points to;
/// never a device, a pipe, a socket or a folder; an existing file only if it may be
/// replaced; and only in a folder that exists.
pub(crate) fn target(
    w: &Words,
    path: &Path,
    replace: Replace,
) -> std::result::Result<PathBuf, String> {
    let shown = path.display().to_string();
    let resolved = match std::fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            if path.symlink_metadata().is_ok() {
                return Err(t!(w, "files-dangling-link", path = shown));
            }
            path.to_path_buf()
        }
        Err(e) => return Err(t!(w, "files-problem", path = shown, why = plain(w, &e))),
    };
    match std::fs::metadata(&resolved) {
        Ok(meta) => {
            let kind = meta.file_type();
            let what = if kind.is_dir() {
                Some("folder")
            } else if kind.is_block_device() || kind.is_char_device() {
                Some("device")
            } else if kind.is_fifo() {
                Some("pipe")
            } else if kind.is_socket() {
                Some("socket")
            } else {
                None
            };
            if let Some(what) = what {
                return Err(t!(w, "files-not-a-file", path = shown, kind = what));
            }
            if replace == Replace::Never {
                return Err(t!(w, "files-exists", path = shown));
            }
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(t!(w, "files-problem", path = shown, why = plain(w, &e))),
    }
    let folder = folder_of(&resolved);
    if !folder.is_dir() {
        return Err(t!(
            w,
            "files-no-folder",
            path = shown,
            folder = folder.display().to_string()
        ));
    }
    Ok(resolved)
}

/// The failure to write `shown`, for an I/O error.
fn cannot_write<'a>(w: &'a Words, shown: &'a str) -> impl Fn(std::io::Error) -> Error + Copy + 'a {
    move |e| {
        Error::failed(t!(
            w,
            "files-cannot-write",
            path = shown.to_string(),
            why = plain(w, &e)
        ))
    }
}

/// Writes `bytes` to `path` whole or not at all.
pub(crate) fn write(w: &Words, path: &Path, bytes: &[u8], replace: Replace) -> Result<()> {
    let target = target(w, path, replace).map_err(Error::usage)?;
    let shown = path.display().to_string();
    let fail = cannot_write(w, &shown);
    let existing = std::fs::metadata(&target).ok();
    // A file is replaced only by someone who may write it: the rename below would
    // otherwise replace a file a shell's `>` could not.
    if existing.is_some() {
        std::fs::OpenOptions::new()
            .write(true)
            .open(&target)
            .map_err(fail)?;
    }
    let mut file = tempfile::Builder::new()
        .prefix(".sister-letter-")
        .permissions(Permissions::from_mode(NEW_FILE))
        .tempfile_in(folder_of(&target))
        .map_err(fail)?;
    let _pending = interrupt::pending(file.path());
    if let Some(meta) = &existing {
        // A replaced file keeps its mode and its owner, or is not replaced. (Its group
        // is kept where the user may; a file's owner need not be in it.)
        if std::os::unix::fs::fchown(file.as_file(), Some(meta.uid()), None).is_err() {
            return Err(fail(std::io::Error::from(ErrorKind::PermissionDenied)));
        }
        let _ = std::os::unix::fs::fchown(file.as_file(), None, Some(meta.gid()));
        file.as_file()
            .set_permissions(Permissions::from_mode(meta.mode() & 0o7777))
            .map_err(fail)?;
    }
    file.write_all(bytes).map_err(fail)?;
    file.as_file().sync_all().map_err(fail)?;
    let persisted = match replace {
        Replace::Always => file.persist(&target),
        Replace::Never => file.persist_noclobber(&target),
    };
    persisted.map(|_| ()).map_err(|e| {
        if e.error.kind() == ErrorKind::AlreadyExists {
            Error::usage(t!(w, "files-exists", path = shown.clone()))
        } else {
            fail(e.error)
        }
    })
}

/// Writes a folder of files whole or not at all: into a temporary folder beside `dir`,
/// renamed to `dir` at the end. `dir` must not exist, or be empty.
pub(crate) fn write_folder(w: &Words, dir: &Path, files: &[(String, Vec<u8>, u32)]) -> Result<()> {
    let shown = dir.display().to_string();
    let fail = cannot_write(w, &shown);
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(Error::usage(t!(w, "files-folder-not-empty", path = shown)));
    }
    let parent = folder_of(dir);
    if !parent.is_dir() {
        return Err(Error::usage(t!(
            w,
            "files-no-folder",
            path = shown,
            folder = parent.display().to_string()
        )));
    }
    // Made with the mode of any new folder, as the umask allows.
    let temporary = tempfile::Builder::new()
        .prefix(".sister-letter-")
        .permissions(Permissions::from_mode(0o777))
        .tempdir_in(parent)
        .map_err(fail)?;
    let _pending = interrupt::pending(temporary.path());
    for (relative, bytes, mode) in files {
        let path = temporary.path().join(relative);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(fail)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            // Never wider than the file it copies: a private file stays private.
            .mode(NEW_FILE & mode)
            .open(&path)
            .map_err(fail)?;
        file.write_all(bytes).map_err(fail)?;
    }
    let kept = temporary.keep();
    std::fs::rename(&kept, dir).map_err(|e| {
        let _ = std::fs::remove_dir_all(&kept);
        fail(e)
    })
}

/// The folder a file goes in: its parent, or the current folder for a bare name.
pub(crate) fn folder_of(path: &Path) -> &Path {
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
        write(&Words::english(), &path, b"first", Replace::Never).unwrap();
        assert!(write(&Words::english(), &path, b"second", Replace::Never).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        write(&Words::english(), &path, b"third", Replace::Always).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "third");
        // Only the file itself is left: no temporary files.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_that_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/folder/letter.eml");
        assert!(write(&Words::english(), &path, b"x", Replace::Never).is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_bare_name_goes_in_the_current_folder() {
        assert_eq!(folder_of(Path::new("a.eml")), Path::new("."));
        assert_eq!(folder_of(Path::new("x/a.eml")), Path::new("x"));
    }

    #[test]
    fn only_regular_files_are_replaced_and_links_are_followed() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        for (path, what) in [
            (fifo.as_path(), "a named pipe"),
            (dir.path(), "a folder"),
            (Path::new("/dev/null"), "a device"),
        ] {
            let err = write(&Words::english(), path, b"x", Replace::Always)
                .unwrap_err()
                .to_string();
            assert!(err.contains(what), "{err}");
        }
        assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());

        let real = dir.path().join("real.txt");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&Words::english(), &link, b"new", Replace::Always).unwrap();
        assert!(
            link.symlink_metadata().unwrap().file_type().is_symlink(),
            "the link stays"
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().mode() & 0o777;
        assert_eq!(mode, 0o640, "the replaced file keeps its mode");
    }

    #[test]
    fn a_new_file_gets_the_mode_the_umask_allows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.txt");
        write(&Words::english(), &path, b"x", Replace::Never).unwrap();
        // What the system gives a new file here, made the ordinary way.
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, "x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().mode() & 0o777;
        assert_eq!(mode(&path), mode(&plain));
    }

    #[test]
    fn a_folder_is_written_whole_and_never_over_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("campaign");
        let files = vec![
            ("campaign.toml".to_string(), b"id = 1".to_vec(), 0o666),
            ("templates/en/body.hbs".to_string(), b"Hi".to_vec(), 0o600),
        ];
        write_folder(&Words::english(), &target, &files).unwrap();
        assert_eq!(
            std::fs::read_to_string(target.join("templates/en/body.hbs")).unwrap(),
            "Hi"
        );
        // A private file stays private.
        let body = std::fs::metadata(target.join("templates/en/body.hbs")).unwrap();
        assert_eq!(body.mode() & 0o077, 0);
        assert!(
            write_folder(&Words::english(), &target, &files)
                .unwrap_err()
                .to_string()
                .contains("not empty")
        );
        // Nothing else was left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let mode = std::fs::metadata(&target).unwrap().mode() & 0o777;
        let made = dir.path().join("made");
        std::fs::create_dir(&made).unwrap();
        assert_eq!(mode, std::fs::metadata(&made).unwrap().mode() & 0o777);
    }
}

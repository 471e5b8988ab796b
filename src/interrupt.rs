//! Ctrl-C: whatever the program is doing, it ends with 130, with the cursor shown and no
//! temporary file or folder of its own left behind. Writers register what they create
//! until it is in place.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use dialoguer::console::Term;

use crate::exit_codes::ExitCode;

/// Temporary files and folders being written, removed if the program is interrupted.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static INSTALLED: Once = Once::new();

/// Takes over Ctrl-C, once; later calls change nothing.
pub(crate) fn install() {
    INSTALLED.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            remove_pending();
            show_cursor();
            let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\n");
            std::process::exit(ExitCode::Interrupted.code().into());
        });
    });
}

/// Shows the cursor again, on a terminal: the prompts hide it in lists.
pub(crate) fn show_cursor() {
    let _ = Term::stderr().show_cursor();
}

/// Registers `path` until the returned guard is dropped: an interruption before then
/// removes it.
pub(crate) fn pending(path: &Path) -> Pending {
    install();
    if let Ok(mut list) = PENDING.lock() {
        list.push(path.to_path_buf());
    }
    Pending(path.to_path_buf())
}

/// A temporary file or folder in the making.
pub(crate) struct Pending(PathBuf);

impl Drop for Pending {
    fn drop(&mut self) {
        if let Ok(mut list) = PENDING.lock() {
            list.retain(|p| *p != self.0);
        }
    }
}

/// Removes every registered temporary file and folder.
fn remove_pending() {
    // The handler may interrupt a writer holding the lock: never wait for it.
    if let Ok(list) = PENDING.try_lock() {
        for path in list.iter() {
            let _ = std::fs::remove_file(path).or_else(|_| std::fs::remove_dir_all(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interruption_removes_what_is_pending_and_only_that() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".half-written");
        let folder = dir.path().join(".half-exported");
        let kept = dir.path().join("letter.eml");
        std::fs::write(&file, "x").unwrap();
        std::fs::create_dir_all(folder.join("templates")).unwrap();
        std::fs::write(&kept, "x").unwrap();
        let done = pending(&kept);
        drop(done);
        let _file = pending(&file);
        let _folder = pending(&folder);
        remove_pending();
        assert!(!file.exists() && !folder.exists());
        assert!(kept.exists(), "a file whose writing ended is not touched");
    }
}

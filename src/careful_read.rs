//! The one reader of every file the program reads from disk (campaign files, the
//! settings, fonts): regular files only, never more than a cap, and, inside a campaign
//! folder, never through a link that leads out of it. A campaign from a stranger cannot
//! make the program read `/etc/shadow`, wait on a pipe, or fill memory.

use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;

use crate::error::plain;
use crate::words::{Words, t};

/// The most a template may hold.
pub(crate) const TEMPLATE: u64 = 256 * 1024;
/// The most a campaign file or the settings file may hold.
pub(crate) const DATA: u64 = 1024 * 1024;
/// The most a font file may hold: the largest CJK fonts are about 20 MiB.
pub(crate) const FONT: u64 = 32 * 1024 * 1024;

/// A file's contents, and its permission bits.
#[derive(Debug)]
pub(crate) struct Contents {
    pub bytes: Vec<u8>,
    pub mode: u32,
}

/// Reads `path`, at most `cap` bytes; None when there is no such file. With `within`,
/// the file must be inside that folder once links are followed. The error is why, in
/// words, without the path (the caller names it).
pub(crate) fn read(
    w: &Words,
    path: &Path,
    cap: u64,
    within: Option<&Path>,
) -> Result<Option<Contents>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(plain(w, &e)),
    };
    if let Some(folder) = within {
        let inside = std::fs::canonicalize(path)
            .and_then(|real| Ok(real.starts_with(std::fs::canonicalize(folder)?)))
            .map_err(|e| plain(w, &e))?;
        if !inside {
            return Err(t!(w, "read-leaves-folder"));
        }
    }
    // The type is known before opening: a pipe is never opened, so never waited on.
    not_a_file(w, &meta)?;
    if meta.len() > cap {
        return Err(too_large(w, cap));
    }
    // Opened without waiting, should the file have become a pipe meanwhile.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| plain(w, &e))?;
    let opened = file.metadata().map_err(|e| plain(w, &e))?;
    not_a_file(w, &opened)?;
    let mut bytes = Vec::with_capacity(opened.len().min(cap) as usize);
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| plain(w, &e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(w, cap));
    }
    Ok(Some(Contents {
        bytes,
        mode: opened.mode() & 0o7777,
    }))
}

/// Why a file of this kind is not read: it is a folder, a device, a pipe or a socket.
fn not_a_file(w: &Words, meta: &std::fs::Metadata) -> Result<(), String> {
    let kind = meta.file_type();
    let what = if kind.is_dir() {
        "folder"
    } else if kind.is_block_device() || kind.is_char_device() {
        "device"
    } else if kind.is_fifo() {
        "pipe"
    } else if kind.is_socket() {
        "socket"
    } else {
        return Ok(());
    };
    Err(t!(w, "read-not-a-file", kind = what))
}

fn too_large(w: &Words, cap: u64) -> String {
    t!(w, "read-too-large", max = w.number((cap / 1024) as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(path: &Path, cap: u64, within: Option<&Path>) -> String {
        read(&Words::english(), path, cap, within).unwrap_err()
    }

    #[test]
    fn only_regular_files_within_the_cap_and_the_folder_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let campaign = dir.path().join("campaign");
        std::fs::create_dir(&campaign).unwrap();
        let file = campaign.join("body.hbs");
        std::fs::write(&file, "Dear {{x}}").unwrap();
        let read_back = read(&Words::english(), &file, 64, Some(&campaign)).unwrap();
        assert_eq!(read_back.unwrap().bytes, b"Dear {{x}}");
        assert!(
            read(&Words::english(), &campaign.join("none.hbs"), 64, None)
                .unwrap()
                .is_none()
        );
        // Too large: said with the limit, after reading at most the cap and one byte.
        assert!(refused(&file, 4, None).contains("larger than"));
        // A folder, a pipe, a device.
        assert!(refused(&campaign, 64, None).contains("folder"));
        let fifo = campaign.join("fifo.hbs");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: mkfifo with a valid, NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        assert!(refused(&fifo, 64, None).contains("pipe"));
        assert!(refused(Path::new("/dev/zero"), 64, None).contains("device"));
        // A link inside the folder is followed; one that leads out of it is refused.
        let inside = campaign.join("inside.hbs");
        std::os::unix::fs::symlink("body.hbs", &inside).unwrap();
        assert!(read(&Words::english(), &inside, 64, Some(&campaign)).is_ok());
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "password").unwrap();
        let out = campaign.join("out.hbs");
        std::os::unix::fs::symlink("../secret", &out).unwrap();
        assert!(refused(&out, 64, Some(&campaign)).contains("out of the campaign folder"));
        let zero = campaign.join("zero.hbs");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(refused(&zero, 64, Some(&campaign)).contains("out of the campaign folder"));
    }
}

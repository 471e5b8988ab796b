//! Reading a PDF back as a printer and a reader would: poppler's tools (pdftotext,
//! pdfinfo, pdffonts) and qpdf, from Debian's packages.

use std::path::Path;
use std::process::Command;

/// What `name` prints about `file` (pdftotext writes to standard output).
pub fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(file);
    if name == "pdftotext" {
        command.arg("-");
    }
    let out = command
        .output()
        .unwrap_or_else(|_| panic!("{name} is missing: apt-get install poppler-utils qpdf"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The number of pages and the page size, as pdfinfo says them ("612 x 792 pts").
pub fn pages(file: &Path) -> (usize, String) {
    let info = tool("pdfinfo", &[], file);
    let count = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap();
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap()
        .trim()
        .to_string();
    (count, size)
}

/// The box of the first `word` on page 1, in mm from the top left: x0, y0, x1, y1.
pub fn word_box(file: &Path, word: &str) -> (f64, f64, f64, f64) {
    let bbox = tool("pdftotext", &["-bbox", "-f", "1", "-l", "1"], file);
    let line = bbox
        .lines()
        .find(|l| l.trim_end().ends_with(&format!(">{word}</word>")))
        .unwrap_or_else(|| panic!("{word} not found in:\n{bbox}"));
    let number = |key: &str| -> f64 {
        let from = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
        line[from..].split('"').next().unwrap().parse().unwrap()
    };
    let mm = |pt: f64| pt * 25.4 / 72.0;
    (
        mm(number("xMin")),
        mm(number("yMin")),
        mm(number("xMax")),
        mm(number("yMax")),
    )
}

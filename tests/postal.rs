//! Postal rules by country, through the real binary on a fictional campaign
//! (`tests/fixtures/postal`: an address in Aachen, one in Tacoma): the country line, the
//! sender's country, the envelope each country sells, and `check`'s address rules. The
//! PDFs are read back by poppler's pdftotext, as a reader would.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::poppler::{tool, word_box};
use common::{Home, Test, edit};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postal")
}

/// The printable letter to `recipient`, from a sender in `country` at `address`: the
/// file, and its text.
fn letter(home: &Home, country: &str, address: &[&str], recipient: &str) -> (PathBuf, String) {
    let file = home.path().join(format!("{country}-{recipient}.pdf"));
    let mut test = Test::at(home)
        .letters(&fixture())
        .args([
            "-c",
            "postal",
            "-n",
            "Erika Beispiel",
            "-l",
            "en",
            "-f",
            "pdf",
        ])
        .args(["--country", country, "--recipient", recipient, "-o"])
        .arg(&file);
    for line in address {
        test = test.args(["--address", line]);
    }
    test.ok();
    let text = tool("pdftotext", &[], &file);
    (file, text)
}

/// Every word of `words` lies in the zone x0..x1, y0..y1 (mm).
fn all_within(file: &Path, words: &[&str], zone: (f64, f64, f64, f64)) {
    for word in words {
        let (x0, y0, x1, y1) = word_box(file, word);
        assert!(
            // A tenth of a millimetre of slack, for rounding.
            x0 >= zone.0 - 0.1 && y0 >= zone.1 - 0.1 && x1 <= zone.2 + 0.1 && y1 <= zone.3 + 0.1,
            "{word} at x {x0:.1}–{x1:.1}, y {y0:.1}–{y1:.1} mm, not within {zone:?}"
        );
    }
}

/// The heights (mm, to 0.1) of the fold marks of page 1: the strokes in the left
/// margin, found as ink in the column 6.5 mm from the left of the page rendered at
/// 10 pixels a millimetre.
fn fold_marks(file: &Path) -> Vec<f64> {
    let out = Command::new("pdftoppm")
        .args([
            "-gray", "-r", "254", "-f", "1", "-l", "1", "-x", "0", "-y", "0",
        ])
        .args(["-W", "100", "-H", "3000"])
        .arg(file)
        .output()
        .expect("pdftoppm is missing: apt-get install poppler-utils");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A binary PGM: "P5", width, height, maximum, each after one whitespace, then the
    // pixels, a byte each.
    let bytes = out.stdout;
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let end = at
            + bytes[at..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .unwrap();
        fields.push(String::from_utf8_lossy(&bytes[at..end]).into_owned());
        at = end + 1;
    }
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &bytes[at..];
    let inked: Vec<usize> = (0..height)
        .filter(|row| pixels[row * width + 65] < 160)
        .collect();
    // Rows of ink next to each other are one mark; its height is their middle.
    let mut marks: Vec<Vec<usize>> = Vec::new();
    for row in inked {
        match marks.last_mut() {
            Some(mark) if mark.last() == Some(&(row - 1)) => mark.push(row),
            _ => marks.push(vec![row]),
        }
    }
    marks
        .iter()
        .map(|rows| ((rows[0] + rows[rows.len() - 1]) as f64 / 2.0).round() / 10.0)
        .collect()
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_germany_to_aachen_no_country_line_and_a_din_5008_b_left_window() {
    let home = Home::new();
    let (file, text) = letter(
        &home,
        "DE",
        &["Fiktivstraße 2", "10115 Berlin"],
        "aachen_office",
    );
    assert!(text.contains("Beispielweg 1\n52062 Aachen\n\n"), "{text}");
    assert!(
        !text.contains("GERMANY") && !text.contains("DEUTSCHLAND"),
        "{text}"
    );
    // Within Germany, no country under the return address either.
    assert!(
        text.starts_with("Erika Beispiel\nFiktivstraße 2\n10115 Berlin\n\n"),
        "{text}"
    );
    // DIN 5008 form B: the address zone is x 20–105 mm, y 62.7–90 mm; it shows through a
    // DIN 680 DL window (x 20–110 mm of the envelope, 50–95 mm down) in every position
    // the folded sheet can take.
    all_within(
        &file,
        &["Fiktives", "Beispielweg", "52062", "Aachen"],
        (20.0, 62.5, 100.0, 90.0),
    );
    assert_eq!(fold_marks(&file), [105.0, 210.0]);
    let size = tool("pdfinfo", &[], &file);
    assert!(size.contains("595.28 x 841.89"), "{size}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_france_to_aachen_ends_with_allemagne_in_a_right_hand_window() {
    let home = Home::new();
    let (file, text) = letter(
        &home,
        "fr",
        &["12 rue de la République", "69002 Lyon"],
        "aachen_office",
    );
    // The campaign has no French text: the name is the country's, in French.
    assert!(text.contains("52062 Aachen\nALLEMAGNE\n"), "{text}");
    // Abroad, the return address ends with the sender's country, in English for a
    // post that does not read French.
    assert!(text.contains("69002 Lyon\nFRANCE\n"), "{text}");
    // NF Z 11-001: the right-hand window, lines in x 110–190 mm, y 52–80 mm.
    all_within(
        &file,
        &["Fiktives", "52062", "ALLEMAGNE"],
        (110.0, 52.0, 190.0, 80.0),
    );
    assert_eq!(fold_marks(&file), [99.0, 198.0]);
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_the_usa_to_tacoma_on_letter_paper_for_a_10_window() {
    let home = Home::new();
    let (file, text) = letter(
        &home,
        "US",
        &["1 FICTIONAL AVE", "SEATTLE WA 98101"],
        "tacoma_office",
    );
    assert!(
        text.contains("100 EXAMPLE ST\nTACOMA WA 98402\n\n"),
        "{text}"
    );
    assert!(!text.contains("UNITED STATES"), "{text}");
    let size = tool("pdfinfo", &[], &file);
    assert!(size.contains("612 x 792"), "{size}");
    // The #10 window's safe zone: x 25–108 mm, y 56–79 mm.
    all_within(
        &file,
        &["EXAMPLE", "TACOMA", "98402"],
        (25.0, 55.5, 108.5, 79.5),
    );
    // Folds in thirds of 11 in: 93.1 and 186.3 mm.
    assert_eq!(fold_marks(&file), [93.1, 186.3]);
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn from_the_uk_a_dl_left_window_and_the_country_lines_in_english() {
    let home = Home::new();
    let (file, text) = letter(
        &home,
        "GB",
        &["1 Fictional Row", "LONDON N1 1AA"],
        "aachen_office",
    );
    assert!(text.contains("52062 Aachen\nGERMANY\n"), "{text}");
    assert!(text.contains("LONDON N1 1AA\nUNITED KINGDOM\n"), "{text}");
    // A DL left window (90 × 45 mm, 20 mm from the left, 15 mm from the bottom): lines
    // in x 23–97 mm, y 52–83 mm.
    all_within(
        &file,
        &["Fiktives", "52062", "GERMANY"],
        (23.0, 52.0, 97.0, 83.0),
    );
    assert_eq!(fold_marks(&file), [99.0, 198.0]);
    // --envelope chooses the window and the folds, --paper the sheet.
    let din = home.path().join("din.pdf");
    Test::at(&home)
        .letters(&fixture())
        .args(["-c", "postal", "-n", "Erika", "-l", "en", "-f", "pdf"])
        .args(["--country", "GB", "--envelope", "din-b", "-o"])
        .arg(&din)
        .ok();
    assert_eq!(fold_marks(&din), [105.0, 210.0]);
}

#[test]
fn a_country_that_is_no_country_is_bad_usage_in_every_language() {
    for (lang, expected) in [
        ("en", "--country: 'XX' is not an ISO 3166 country code"),
        (
            "fr",
            "«\u{202f}XX\u{202f}» n’est le code d’aucun pays dans la norme ISO 3166",
        ),
        ("ko", "'XX'은(는) ISO 3166 나라 코드가 아닙니다"),
    ] {
        let locale = match lang {
            "fr" => "fr_FR.UTF-8",
            "ko" => "ko_KR.UTF-8",
            _ => "C.UTF-8",
        };
        let stderr = Test::compose("Ada", lang)
            .env("LANG", locale)
            .args(["-f", "pdf", "--country", "xx"])
            .fails(2);
        assert!(stderr.contains(expected), "{lang}: {stderr}");
    }
    // A real one in lower case is taken.
    let out = Test::compose("Ada", "en")
        .args(["-f", "pdf", "--country", "de", "-o", "-"])
        .output();
    assert!(out.status.success() && out.stdout.starts_with(b"%PDF-"));
}

#[test]
fn an_envelope_for_another_sheet_than_the_paper_is_bad_usage() {
    let stderr = Test::compose("Ada", "en")
        .args(["-f", "pdf", "--envelope", "din-b", "--paper", "letter"])
        .fails(2);
    assert!(
        stderr.contains("--envelope din-b takes a4 paper, not --paper letter"),
        "{stderr}"
    );
}

#[test]
fn check_applies_the_address_rules_of_the_countries_it_knows() {
    let (code, report) = common::check(&fixture());
    assert_eq!(code, Some(0), "{report}");
    assert!(!report.contains("note:"), "DE and US are known: {report}");

    let dir = tempfile::tempdir().unwrap();
    for file in [
        "campaign.toml",
        "templates/en/body.hbs",
        "templates/en/subject.hbs",
        "templates/en/phone.hbs",
        "templates/en/post.hbs",
    ] {
        let to = dir.path().join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(fixture().join(file), to).unwrap();
    }
    let campaign = dir.path().join("campaign.toml");
    edit(&campaign, "\"52062 Aachen\"", "\"Aachen 52062\"");
    edit(
        &campaign,
        "\"TACOMA WA 98402\"",
        "\"Tacoma, Washington 98402\"",
    );
    edit(&campaign, "country_code = \"US\"", "country_code = \"XX\"");
    let (code, report) = common::check(dir.path());
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains("'Aachen 52062' should be the postcode (five digits) then the town"),
        "{report}"
    );
    assert!(
        report.contains("the country code 'XX' is not an ISO 3166 country code"),
        "{report}"
    );
    assert!(
        report.contains("note: check knows no address rules for XX"),
        "{report}"
    );

    // A US address whose last line is not CITY ST ZIP, and the older form suggested.
    edit(&campaign, "country_code = \"XX\"", "country_code = \"US\"");
    edit(
        &campaign,
        "country_code = \"DE\"",
        "convention = \"other\"\ncountry = \"GERMANY\"",
    );
    let (_, report) = common::check(dir.path());
    assert!(
        report.contains("'Tacoma, Washington 98402' should be \"CITY ST ZIP\" in capitals"),
        "{report}"
    );
    assert!(
        report.contains("warning: this address has no `country_code`"),
        "{report}"
    );
    // Its rules are not checked: the warning says why, no note repeats it.
    assert!(!report.contains("note:"), "{report}");
}

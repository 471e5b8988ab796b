//! Tests of the PDF engine. Those that read the PDF back with poppler-utils and qpdf are
//! ignored by a plain `cargo test` (CI runs them with `--include-ignored`) and fail with
//! a clear message when a tool is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::layout::{Geometry, MM, Rect};
use super::samples::*;
use super::text::{break_lines, shape};
use super::*;
use crate::error::Error;
use crate::words::Words;

const TOOLS: &str = "needs poppler-utils and qpdf (installed by .ci/run)";

/// Runs `tool` with `args`, failing the test with a clear message when it is missing.
fn run(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run `{tool}` ({e}): this test {TOOLS}; install them with `apt-get install -y poppler-utils qpdf`")
    });
    assert!(
        output.status.success(),
        "`{tool} {}` failed: {}{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Writes `letters` rendered on `paper` to a temporary file.
fn render_to_file(letters: &[PostalLetter], paper: EnvelopeLayout) -> (tempfile::TempDir, PathBuf) {
    let bytes = render(&Words::english(), letters, paper, FontChoice::Embedded)
        .expect("the samples render")
        .bytes;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("letters.pdf");
    std::fs::write(&path, &bytes).expect("the PDF is written");
    // To look at the samples: SISTER_LETTER_PDF_LOOK=folder keeps a copy of each.
    if let Some(folder) = std::env::var_os("SISTER_LETTER_PDF_LOOK") {
        let name = std::thread::current()
            .name()
            .unwrap_or("pdf")
            .replace("::", "-");
        let copy = Path::new(&folder).join(format!("{name}-{paper:?}.pdf"));
        std::fs::write(copy, &bytes).expect("the copy is written");
    }
    (dir, path)
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

fn french_letter() -> PostalLetter {
    PostalLetter {
        sender: sender(),
        recipient: limoges_recipient(),
        documents: vec![french("Monsieur le Maire,")],
    }
}

fn english_letter() -> PostalLetter {
    PostalLetter {
        sender: vec![
            "Camille Martin".into(),
            "Lyon".into(),
            "12 rue des Capucins".into(),
            "69001 Lyon, FRANCE".into(),
        ],
        recipient: vec![
            "The Honorable Mayor".into(),
            "City Hall".into(),
            "123 Main Street".into(),
            "Springfield, IL 62701".into(),
            "USA".into(),
        ],
        documents: vec![english()],
    }
}

fn korean_letter() -> PostalLetter {
    PostalLetter {
        sender: sender(),
        recipient: icheon_mayor(),
        documents: vec![
            korean("존경하는 이천시장님께"),
            original(french("Monsieur le Maire,")),
        ],
    }
}

/// A word of `pdftotext -bbox`: its text and box, in points from the top left.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    page: usize,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

fn attribute(tag: &str, name: &str) -> f32 {
    let key = format!("{name}=\"");
    let start = tag.find(&key).expect("the attribute is there") + key.len();
    let end = tag[start..].find('"').expect("the attribute ends") + start;
    tag[start..end].parse().expect("a number")
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The words of every page, with `pdftotext -bbox`.
fn words(pdf: &Path) -> Vec<Word> {
    let html = run("pdftotext", &["-bbox", path_str(pdf), "-"]);
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            page += 1;
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let close = rest.find('>').expect("the tag closes");
            let tag = &rest[..close];
            let text = rest[close + 1..].trim_end_matches("</word>");
            words.push(Word {
                text: unescape(text),
                page,
                x0: attribute(tag, "xMin"),
                y0: attribute(tag, "yMin"),
                x1: attribute(tag, "xMax"),
                y1: attribute(tag, "yMax"),
            });
        }
    }
    words
}

fn inside(word: &Word, zone: &Rect, slack: f32) -> bool {
    word.x0 >= zone.left - slack
        && word.x1 <= zone.right + slack
        && word.y0 >= zone.top - slack
        && word.y1 <= zone.bottom + slack
}

fn overlaps(word: &Word, zone: &Rect) -> bool {
    word.x0 < zone.right && word.x1 > zone.left && word.y0 < zone.bottom && word.y1 > zone.top
}

fn page_count(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[path_str(pdf)]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo prints the page count")
}

/// The text of page `page` (1-based), in reading order.
fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    run("pdftotext", &["-f", &page, "-l", &page, path_str(pdf), "-"])
}

/// `needle` comes after `after` in `haystack`, both present.
fn in_order(haystack: &str, items: &[&str]) {
    // pdftotext writes the no-break spaces as spaces.
    let haystack = haystack.replace(['\u{A0}', '\u{202F}'], " ");
    let mut from = 0;
    for item in items {
        let item = item.replace(['\u{A0}', '\u{202F}'], " ");
        let item = item.as_str();
        let found = haystack[from..]
            .find(item)
            .unwrap_or_else(|| panic!("{item:?} is not found after byte {from} of:\n{haystack}"));
        from += found + item.len();
    }
}

/// Checks shared by every sample: size, qpdf, fonts, margins, the window.
fn check_pdf(pdf: &Path, paper: EnvelopeLayout, pages: usize, recipient: &[String]) {
    let info = run("pdfinfo", &[path_str(pdf)]);
    let size = match paper.paper() {
        crate::postal::Paper::A4 => "595.28 x 841.89 pts (A4)",
        crate::postal::Paper::Letter => "612 x 792 pts (letter)",
    };
    assert!(info.contains(size), "page size {size} expected:\n{info}");
    assert_eq!(page_count(pdf), pages, "page count:\n{info}");

    let check = run("qpdf", &["--check", path_str(pdf)]);
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "qpdf --check:\n{check}"
    );

    let fonts = run("pdffonts", &[path_str(pdf)]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts:\n{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object ID
        let n = columns.len();
        assert!(n >= 7, "a pdffonts row: {row}");
        assert_eq!(columns[n - 5], "yes", "embedded: {row}");
        assert_eq!(columns[n - 4], "yes", "subset: {row}");
        assert_eq!(columns[n - 3], "yes", "ToUnicode: {row}");
    }

    let geometry = Geometry::of(paper);
    let words = words(pdf);
    assert!(!words.is_empty());
    let recipient_words: Vec<&str> = recipient
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect();
    let margin = 15.0 * MM;
    let first_pages = first_pages(pdf, &words);
    for word in &words {
        assert!(
            word.x0 >= margin - 0.5
                && word.y0 >= margin - 0.5
                && word.x1 <= geometry.width - margin + 0.5
                && word.y1 <= geometry.height - margin + 0.5,
            "outside the margins: {word:?}"
        );
        if !first_pages.contains(&word.page) {
            continue;
        }
        if recipient_words.contains(&word.text.as_str()) && inside(word, &geometry.safe, 0.0) {
            continue;
        }
        assert!(
            !overlaps(word, &geometry.window),
            "in the window zone but not the address: {word:?}"
        );
    }
    for page in &first_pages {
        for expected in &recipient_words {
            let found = words
                .iter()
                .any(|w| w.page == *page && w.text == *expected && inside(w, &geometry.safe, 0.0));
            assert!(
                found,
                "page {page}: recipient word {expected:?} not inside the safe zone"
            );
        }
    }
}

/// The pages that start a document: those with the sender's name at the top.
fn first_pages(_pdf: &Path, words: &[Word]) -> Vec<usize> {
    let mut pages: Vec<usize> = words
        .iter()
        .filter(|w| w.text == "Capucins" && w.y0 < 60.0 * MM)
        .map(|w| w.page)
        .collect();
    pages.dedup();
    assert!(!pages.is_empty(), "no page has the sender block");
    pages
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn french_letter_on_a4() {
    let letter = french_letter();
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::DlRight);
    check_pdf(&pdf, EnvelopeLayout::DlRight, 1, &letter.recipient);
    let text = page_text(&pdf, 1);
    in_order(
        &text,
        &[
            "Camille Martin",
            "Lyon, le 25\u{A0}novembre 2026",
            "Objet",
            "Monsieur le Maire,",
            FRENCH_BODY_MARK,
            FRENCH_CLOSING_MARK,
            "Camille Martin",
        ],
    );
    assert!(text.contains("Monsieur le Maire de Limoges"), "{text}");
    assert!(
        !text.contains(" / "),
        "a one-page letter has no page number:\n{text}"
    );
    let info = run("pdfinfo", &[path_str(&pdf)]);
    assert!(
        info.contains("Title:") && info.contains("relancer les échanges"),
        "{info}"
    );
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn english_letter_on_letter_paper() {
    let letter = english_letter();
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::Number10);
    // Letter paper is shorter, and its window lower: this letter takes two pages.
    check_pdf(&pdf, EnvelopeLayout::Number10, 2, &letter.recipient);
    let one = page_text(&pdf, 1);
    in_order(
        &one,
        &[
            "Lyon, 25 November 2026",
            "Subject:",
            "Dear Mayor,",
            "UNESCO",
        ],
    );
    let two = page_text(&pdf, 2);
    assert!(!one.contains("Yours sincerely,"), "{one}");
    in_order(
        &two,
        &[
            "Thank you for your attention",
            "Yours sincerely,",
            "Camille Martin",
            "Lyon",
        ],
    );
    assert!(two.lines().any(|l| l.replace(' ', "") == "2/2"), "{two}");
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn french_letter_on_letter_paper() {
    let letter = french_letter();
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::Number10);
    check_pdf(&pdf, EnvelopeLayout::Number10, 2, &letter.recipient);
    // The closing paragraph and the one before it go over together with the signature.
    let two = page_text(&pdf, 2);
    in_order(
        &two,
        &["Je vous remercie", FRENCH_CLOSING_MARK, "Camille Martin"],
    );
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn korean_copy_then_french_letter() {
    let letter = korean_letter();
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::DlRight);
    check_pdf(&pdf, EnvelopeLayout::DlRight, 2, &letter.recipient);
    let korean_page = page_text(&pdf, 1);
    in_order(
        &korean_page,
        &[
            "2026년 11월 25일",
            "제목",
            "존경하는 이천시장님께",
            KOREAN_BODY_MARK,
            "카미유 마르탱",
        ],
    );
    for line in &letter.recipient {
        assert!(
            korean_page.contains(line.as_str()),
            "{line:?} in:\n{korean_page}"
        );
    }
    let french_page = page_text(&pdf, 2);
    in_order(
        &french_page,
        &[
            "La lettre originale",
            "Objet",
            "Monsieur le Maire,",
            FRENCH_BODY_MARK,
        ],
    );
    // The original goes on under its heading: no second address, sender block or date,
    // and the envelope's pages are counted as one.
    for absent in ["[17379]", "Capucins", "novembre 2026"] {
        assert!(
            !french_page.contains(absent),
            "{absent:?} in:\n{french_page}"
        );
    }
    let numbered = |text: &str, number: &str| text.lines().any(|l| l.replace(' ', "") == number);
    assert!(numbered(&korean_page, "1/2"), "{korean_page}");
    assert!(numbered(&french_page, "2/2"), "{french_page}");
}

/// Korean lines end at spaces only: never between two Hangul syllables.
#[test]
#[ignore = "needs poppler-utils (installed by .ci/run)"]
fn korean_lines_break_between_words() {
    let letter = korean_letter();
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::DlRight);
    let text = page_text(&pdf, 1);
    let words: std::collections::HashSet<&str> = letter.documents[0]
        .paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .collect();
    let mut checked = 0;
    // The body's lines: from the salutation to the signature.
    let lines: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("존경하는"))
        .collect();
    for pair in lines.windows(2) {
        let (Some(last), Some(first)) = (
            pair[0].split_whitespace().last(),
            pair[1].split_whitespace().next(),
        ) else {
            continue;
        };
        let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
        if last.chars().last().is_some_and(hangul) && first.chars().next().is_some_and(hangul) {
            checked += 1;
            assert!(
                words.contains(last) && words.contains(first),
                "a line ends inside a word: {last:?} / {first:?}"
            );
        }
    }
    assert!(
        checked >= 5,
        "too few Korean line ends were checked: {checked}\n{text}"
    );
}

/// Without the rule, a Korean paragraph would break between syllables (every width
/// here holds the longest word).
#[test]
fn hangul_syllables_are_never_split() {
    let sources = fonts::Sources::choose(
        &Words::english(),
        &FontChoice::Embedded,
        std::iter::empty(),
        std::iter::empty(),
    )
    .expect("the embedded font");
    let faces = fonts::Faces::load(&Words::english(), &sources).expect("faces");
    for language in ["ko", "fr", ""] {
        let text = "리모주와 이천을 잇는 자매도시 관계에 깊은 관심을 가져 왔습니다";
        let shaped = shape(&faces, text, fonts::Style::Regular, 11.0, language);
        for width in [50.0, 70.0, 100.0, 150.0] {
            let lines = break_lines(&shaped, width, language);
            assert!(lines.len() > 1);
            for line in &lines[..lines.len() - 1] {
                let end = shaped.glyphs[line.glyphs.end - 1].text.end;
                let next = &text[end..];
                assert!(
                    next.starts_with(' '),
                    "{language}: a line ends inside a word at width {width}: {:?}|{next:?}",
                    &text[..end]
                );
                assert!(line.width <= width + 0.01);
            }
        }
    }
}

/// No line starts or ends at a no-break space, and those spaces are drawn as spaces.
#[test]
fn no_break_spaces_join() {
    let sources = fonts::Sources::choose(
        &Words::english(),
        &FontChoice::Embedded,
        std::iter::empty(),
        std::iter::empty(),
    )
    .expect("the embedded font");
    let faces = fonts::Faces::load(&Words::english(), &sources).expect("faces");
    let text = "«\u{202F}Biennale\u{202F}» ; le\u{A0}25 ? oui\u{202F}! «\u{202F}mot\u{202F}» fin";
    let shaped = shape(&faces, text, fonts::Style::Regular, 11.0, "fr");
    for glyph in &shaped.glyphs {
        assert_ne!(
            glyph.id,
            Some(0),
            "a .notdef glyph for {:?}",
            &text[glyph.text.clone()]
        );
    }
    let narrow = shaped
        .glyphs
        .iter()
        .find(|g| &text[g.text.clone()] == "\u{202F}")
        .expect("the narrow space is laid out");
    assert!(
        narrow.advance > 0.1 && narrow.advance < 0.3,
        "narrow: {}",
        narrow.advance
    );
    for width in (100..300).step_by(3) {
        let lines = break_lines(&shaped, width as f32, "fr");
        for line in &lines[..lines.len() - 1] {
            let end = shaped.glyphs[line.glyphs.end - 1].text.end;
            let after = text[end..].trim_start_matches(' ');
            let before = text[..end].chars().last();
            let next = after.chars().next();
            for c in [before, next].into_iter().flatten() {
                assert!(
                    !matches!(c, '\u{A0}' | '\u{202F}'),
                    "a break at a no-break space at width {width}: {:?}|{after:?}",
                    &text[..end]
                );
            }
            // Breaks at a no-break space's neighbours are refused too: "Biennale »" stays.
            assert!(!after.starts_with('»') && !after.starts_with(';') && !after.starts_with('?'));
        }
    }
}

#[test]
fn a_character_no_font_has_is_named() {
    assert!(!fonts::embedded_regular_has('\u{0378}'));
    let mut letter = french_letter();
    letter.documents[0].paragraphs[1].push_str(" \u{0378}");
    let err = render(
        &Words::english(),
        &[letter],
        EnvelopeLayout::DlRight,
        FontChoice::Embedded,
    )
    .expect_err("an unassigned code point");
    assert!(matches!(err, Error::Usage(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("U+0378"), "{message}");
    assert!(message.contains("no font has a glyph for"), "{message}");
}

#[test]
fn a_font_file_that_is_not_a_font_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join("missing.ttf");
    let err = render(
        &Words::english(),
        &[french_letter()],
        EnvelopeLayout::DlRight,
        FontChoice::File(&missing),
    )
    .expect_err("missing");
    assert!(
        matches!(err, Error::Usage(_)) && err.to_string().contains("missing.ttf"),
        "{err}"
    );
    let junk = dir.path().join("junk.ttf");
    std::fs::write(&junk, b"not a font").expect("written");
    let err = render(
        &Words::english(),
        &[french_letter()],
        EnvelopeLayout::DlRight,
        FontChoice::File(&junk),
    )
    .expect_err("junk");
    assert!(
        matches!(err, Error::Usage(_)) && err.to_string().contains("junk.ttf"),
        "{err}"
    );
}

#[test]
fn a_font_file_is_used() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let font = dir.path().join("font.otf");
    std::fs::write(
        &font,
        include_bytes!("../../../fonts/NotoSansCJKkr-Regular-subset.otf"),
    )
    .expect("written");
    let bytes = render(
        &Words::english(),
        &[french_letter()],
        EnvelopeLayout::DlRight,
        FontChoice::File(&font),
    )
    .expect("renders")
    .bytes;
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn too_many_address_lines_are_refused() {
    let mut letter = french_letter();
    letter.recipient = (1..=7).map(|i| format!("Ligne {i}")).collect();
    let err = render(
        &Words::english(),
        &[letter],
        EnvelopeLayout::DlRight,
        FontChoice::Embedded,
    )
    .expect_err("seven lines");
    assert!(err.to_string().contains("at most 6"), "{err}");
}

#[test]
fn odd_input_does_not_panic() {
    let odd = PostalLetter {
        sender: vec![String::new(), "\n\n".into(), "x".repeat(400)],
        recipient: vec![String::new(), "W".repeat(30)],
        documents: vec![
            Document {
                language: String::new(),
                place_date: String::new(),
                subject: String::new(),
                paragraphs: vec![],
                signature: vec![],
                heading: None,
            },
            Document {
                language: "ko".into(),
                place_date: "\t".into(),
                subject: "a\u{200B}b\u{0301}\r\n".into(),
                paragraphs: vec![
                    "\n".into(),
                    "é".repeat(3000),
                    String::new(),
                    "가".repeat(900),
                ],
                signature: vec!["  ".into()],
                heading: Some("\n".into()),
            },
        ],
    };
    for paper in [EnvelopeLayout::DlRight, EnvelopeLayout::Number10] {
        let bytes = render(
            &Words::english(),
            std::slice::from_ref(&odd),
            paper,
            FontChoice::Embedded,
        )
        .expect("renders")
        .bytes;
        assert!(bytes.starts_with(b"%PDF-"));
    }
    let bytes = render(
        &Words::english(),
        &[],
        EnvelopeLayout::DlRight,
        FontChoice::Embedded,
    )
    .expect("no letters")
    .bytes;
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn a_long_paragraph_pushes_the_closing_to_page_two() {
    let mut letter = french_letter();
    letter.documents[0]
        .paragraphs
        .insert(3, long_personal_paragraph());
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::DlRight);
    check_pdf(&pdf, EnvelopeLayout::DlRight, 2, &letter.recipient);
    let one = page_text(&pdf, 1);
    let two = page_text(&pdf, 2);
    // pdftotext may join "1 / 2" into "1/2".
    let numbered = |text: &str, number: &str| text.lines().any(|l| l.replace(' ', "") == number);
    assert!(numbered(&one, "1/2"), "page number on page one:\n{one}");
    assert!(numbered(&two, "2/2"), "page number on page two:\n{two}");
    assert!(!one.contains(FRENCH_CLOSING_MARK), "{one}");
    in_order(&two, &[FRENCH_CLOSING_MARK, "Camille Martin"]);
    // No single line of a paragraph alone at the foot of page one or the head of page two.
    let words = words(&pdf);
    let last_line_y = |page: usize| {
        words
            .iter()
            .filter(|w| w.page == page && !w.text.contains('/') && w.text.parse::<u32>().is_err())
            .map(|w| w.y1)
            .fold(0.0, f32::max)
    };
    assert!(last_line_y(1) < Geometry::of(EnvelopeLayout::DlRight).bottom + 3.0);
    let two_lines: Vec<&str> = two.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(two_lines.len() >= 4, "{two}");
    // The long paragraph runs over: at least two of its lines on each page.
    let carried = two_lines
        .iter()
        .take_while(|l| !l.starts_with("Or ces échanges"))
        .count();
    assert!(
        carried >= 2,
        "{carried} line(s) of the long paragraph at the head of page two:\n{two}"
    );
    let one_lines: Vec<&str> = one.lines().filter(|l| !l.trim().is_empty()).collect();
    let started = one_lines
        .iter()
        .skip_while(|l| !l.starts_with("Quand j’ai visité"))
        .filter(|l| l.replace(' ', "") != "1/2")
        .count();
    assert!(
        started >= 2,
        "{started} line(s) of the long paragraph at the foot of page one:\n{one}"
    );
}

/// The window shows the address and nothing else: the rendered page has ink inside the
/// window zone, and all of it within the recipient's lines.
#[test]
#[ignore = "needs poppler-utils (installed by .ci/run)"]
fn the_window_shows_only_the_address() {
    for (paper, letter) in [
        (EnvelopeLayout::DlRight, korean_letter()),
        (EnvelopeLayout::Number10, english_letter()),
        (EnvelopeLayout::DinB, french_letter()),
        (EnvelopeLayout::DlLeft, korean_letter()),
    ] {
        let (dir, pdf) = render_to_file(std::slice::from_ref(&letter), paper);
        let prefix = dir.path().join("page");
        run(
            "pdftoppm",
            &[
                "-r",
                "50",
                "-gray",
                "-f",
                "1",
                "-l",
                "1",
                path_str(&pdf),
                path_str(&prefix),
            ],
        );
        let image = std::fs::read_dir(dir.path())
            .expect("the folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "pgm"))
            .expect("pdftoppm wrote a PGM");
        let (width, height, pixels) = read_pgm(&std::fs::read(image).expect("the image"));
        let geometry = Geometry::of(paper);
        let scale = 50.0 / 72.0;
        let words = words(&pdf);
        let address: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == 1 && inside(w, &geometry.safe, 0.0))
            .collect();
        assert!(!address.is_empty());
        let (ax0, ay0, ax1, ay1) = address
            .iter()
            .fold((f32::MAX, f32::MAX, 0.0f32, 0.0f32), |b, w| {
                (b.0.min(w.x0), b.1.min(w.y0), b.2.max(w.x1), b.3.max(w.y1))
            });
        let window = geometry.window;
        let mut ink_in_address = 0;
        for y in 0..height {
            for x in 0..width {
                let (px, py) = (x as f32 / scale, y as f32 / scale);
                let in_window = px >= window.left
                    && px < window.right
                    && py >= window.top
                    && py < window.bottom;
                if !in_window || pixels[y * width + x] > 160 {
                    continue;
                }
                let slack = 2.0 / scale;
                let in_address = px >= ax0 - slack
                    && px <= ax1 + slack
                    && py >= ay0 - slack
                    && py <= ay1 + slack;
                assert!(
                    in_address,
                    "{paper:?}: ink in the window zone outside the address at ({px:.0}, {py:.0}) pt"
                );
                ink_in_address += 1;
            }
        }
        assert!(
            ink_in_address > 200,
            "{paper:?}: too little ink in the window: {ink_in_address}"
        );
    }
}

/// Width, height and gray pixels of a binary PGM (P5, 8 bits).
fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5", "a binary gray map");
    assert_eq!(fields[3], "255");
    let width: usize = fields[1].parse().expect("width");
    let height: usize = fields[2].parse().expect("height");
    let pixels = bytes[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height);
    (width, height, pixels)
}

/// The benchmark's run: the three envelopes of the campaign, written to the path in
/// `SISTER_LETTER_PDF_OUT` when it is set (bench/pdf.sh runs it under callgrind), and the
/// same letters as a Typst file to `SISTER_LETTER_TYP_OUT`.
#[test]
#[ignore = "the benchmark's workload, run by bench/pdf.sh"]
fn bench_three_letters() {
    let bytes = render(
        &Words::english(),
        &three_letters(),
        EnvelopeLayout::DlRight,
        FontChoice::Embedded,
    )
    .expect("renders")
    .bytes;
    assert!(
        bytes.len() > 10_000 && bytes.len() < 150_000,
        "{} bytes",
        bytes.len()
    );
    if let Some(path) = std::env::var_os("SISTER_LETTER_PDF_OUT") {
        std::fs::write(path, &bytes).expect("the PDF is written");
    }
    if let Some(path) = std::env::var_os("SISTER_LETTER_TYP_OUT") {
        std::fs::write(path, typst_source(&three_letters())).expect("the Typst file is written");
    }
}

#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run)"]
fn three_letters_in_one_pdf() {
    let (_dir, pdf) = render_to_file(&three_letters(), EnvelopeLayout::DlRight);
    let size = std::fs::metadata(&pdf).expect("the file").len();
    assert!(size <= 150_000, "{size} bytes");
    assert_eq!(page_count(&pdf), 5);
    let check = run("qpdf", &["--check", path_str(&pdf)]);
    assert!(
        check.contains("No syntax or stream encoding errors found"),
        "{check}"
    );
    assert!(page_text(&pdf, 1).contains("Monsieur le Maire de Limoges"));
    assert!(page_text(&pdf, 2).contains("이천시장 귀하"));
    assert!(page_text(&pdf, 4).contains("이천시의회 의장 귀하"));
    assert!(page_text(&pdf, 5).contains("Monsieur le Président,"));
}

/// A character outside the embedded subset (a Han character) is drawn from a system
/// font, found with fontdb, and subset into the PDF like the others.
#[test]
#[ignore = "needs poppler-utils and qpdf (installed by .ci/run), and a system font with 漢 (fonts-noto-cjk)"]
fn a_character_outside_the_subset_comes_from_a_system_font() {
    assert!(!fonts::embedded_regular_has('漢'));
    let mut letter = french_letter();
    letter.documents[0].paragraphs[1].push_str(" (漢字)");
    let (_dir, pdf) = render_to_file(std::slice::from_ref(&letter), EnvelopeLayout::DlRight);
    check_pdf(&pdf, EnvelopeLayout::DlRight, 1, &letter.recipient);
    let fonts = run("pdffonts", &[path_str(&pdf)]);
    assert_eq!(
        fonts.lines().skip(2).count(),
        3,
        "a third font for 漢字:\n{fonts}"
    );
    let text = page_text(&pdf, 1);
    in_order(&text, &["populaires. (漢", "字)"]);
}

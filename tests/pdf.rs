//! Printable letters through the real binary, read back by poppler's tools (pdfinfo,
//! pdftotext, pdffonts) and qpdf, as a printer and a reader would.

mod common;

use common::persona::{ADA, ZOE, ZOE_TOWN};
use common::poppler::{pages, tool};
use common::{Home, Test};

/// Writes the printable letters for `args` and returns the file and its text.
fn letters(home: &Home, args: &[&str]) -> (std::path::PathBuf, String) {
    let file = home.path().join("letters.pdf");
    let _ = std::fs::remove_file(&file);
    Test::at(home)
        .args(["-n", ZOE, "--city", ZOE_TOWN, "-f", "pdf", "-o"])
        .arg(&file)
        .args(args)
        .ok();
    let text = tool("pdftotext", &[], &file);
    (file, text)
}

#[test]
#[ignore = "needs poppler-utils and qpdf (Debian packages); .ci/run installs them and runs it"]
fn one_envelope_for_each_postal_recipient_in_a_language_it_reads() {
    let home = Home::new();
    let (file, text) = letters(&home, &["-l", "fr", "--country", "FR"]);
    let (count, size) = pages(&file);
    assert!(size.starts_with("595.28 x 841.89"), "{size}");
    assert!(tool("qpdf", &["--check"], &file).contains("No syntax or stream encoding errors"));
    let fonts = tool("pdffonts", &[], &file);
    for line in fonts.lines().skip(2) {
        assert!(
            line.contains(" yes yes "),
            "every font embedded and subset: {line}"
        );
    }
    // In reading order: the sender, the address, the date, the subject, the body, the name.
    let limoges = &text[..text.find("[17379]").unwrap()];
    let order = [
        ZOE,
        "Madame ou Monsieur le Maire de Limoges",
        "87000 LIMOGES",
        "Lyon, le 25 novembre 2026",
        "Objet",
        "Madame, Monsieur le Maire, Mesdames et Messieurs les conseillers municipaux,",
        "l’expression de ma",
    ];
    let mut at = 0;
    for piece in order {
        at += limoges[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece:?} after {at} in\n{limoges}"));
    }
    // Posted within France: no country line for Limoges; Korea's in French.
    assert!(!limoges.contains("FRANCE"), "{limoges}");
    assert!(text.contains("이천시장 귀하\nCORÉE DU SUD"), "{text}");
    // Icheon reads Korean: the Korean copy, then the French letter it copies.
    let icheon = &text[text.find("[17379]").unwrap()..];
    // The French letter after the Korean copy says it is the original of that copy.
    assert!(
        icheon.contains("La lettre originale, dont les pages précédentes sont la"),
        "{icheon}"
    );
    let copy = icheon.find("[번역본]").expect("the Korean copy");
    let french = icheon
        .find("Madame, Monsieur le Maire, Mesdames")
        .expect("then the French letter");
    assert!(copy < french);
    assert!(icheon.contains("2026년 11월 25일"));
    // The three envelopes the campaign posts to by default (Limoges, Icheon's mayor and
    // council), each letter starting a page: at least 1 + 2 × 2 pages.
    assert!(count >= 5, "{count} pages");
    assert_eq!(
        text.matches("Madame ou Monsieur le Maire de Limoges")
            .count(),
        1
    );
    assert!(text.contains("이천시장 귀하") && text.contains("이천시의회 귀중"));
    assert!(
        !text.contains("경기도의회 귀중") && !text.contains("국회 귀중"),
        "the assemblies are posted to only when asked: {text}"
    );
}

/// The text of each page, with pdftotext.
fn page_texts(file: &std::path::Path) -> Vec<String> {
    let (count, _) = pages(file);
    (1..=count)
        .map(|n| {
            let n = n.to_string();
            tool("pdftotext", &["-f", &n, "-l", &n], file)
        })
        .collect()
}

/// The page number at a page's foot ("2 / 4", which pdftotext may write "2/4").
fn page_number(page: &str) -> Option<(usize, usize)> {
    page.lines().rev().find_map(|l| {
        let (n, of) = l
            .replace(' ', "")
            .split_once('/')
            .map(|(a, b)| (a.to_string(), b.to_string()))?;
        Some((n.parse().ok()?, of.parse().ok()?))
    })
}

/// The envelopes said on stderr, "Envelope 1 — Mayor of Limoges: pages 1–2", as
/// (office, first page, last page).
fn envelopes_said(stderr: &str) -> Vec<(String, usize, usize)> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("Envelope "))
        .map(|l| {
            let (_, rest) = l.split_once(" — ").expect("a number, then the office");
            let (office, pages) = rest.rsplit_once(": ").expect("then the pages");
            let pages = pages
                .trim_start_matches("pages ")
                .trim_start_matches("page ");
            let (first, last) = pages.split_once('–').unwrap_or((pages, pages));
            (
                office.to_string(),
                first.parse().unwrap(),
                last.parse().unwrap(),
            )
        })
        .collect()
}

/// Without --recipient: the campaign's three envelopes, said on stderr with their pages;
/// the pages of an envelope are counted as one, the original under its heading with no
/// second sender block, window address or date.
#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn the_default_envelopes_and_their_pages_are_listed() {
    let home = Home::new();
    let file = home.path().join("letters.pdf");
    let (_, stderr) = Test::at(&home)
        .args(["-n", ADA, "-l", "en", "--country", "GB", "-f", "pdf", "-o"])
        .arg(&file)
        .ok();
    let said = envelopes_said(&stderr);
    let offices: Vec<&str> = said.iter().map(|(o, _, _)| o.as_str()).collect();
    assert_eq!(
        offices,
        ["Mayor of Limoges", "Mayor of Icheon", "Icheon City Council"],
        "{stderr}"
    );
    // After the Saved line, one line per envelope.
    let saved = stderr
        .find("Saved the printable letters to")
        .expect("saved");
    assert!(saved < stderr.find("Envelope 1 — ").unwrap(), "{stderr}");
    let texts = page_texts(&file);
    // The envelopes follow one another, and cover the whole file.
    assert_eq!(said[0].1, 1, "{stderr}");
    for pair in said.windows(2) {
        assert_eq!(pair[0].2 + 1, pair[1].1, "{stderr}");
    }
    assert_eq!(said[2].2, texts.len(), "{stderr}");
    for (office, first, last) in &said {
        let envelope = &texts[first - 1..*last];
        let count = envelope.len();
        // Its address in the window of its first page, and on no other.
        let window = match office.as_str() {
            "Mayor of Limoges" => "87000 LIMOGES",
            "Mayor of Icheon" => "이천시장 귀하",
            _ => "이천시의회 귀중",
        };
        assert!(envelope[0].contains(window), "{office}: {}", envelope[0]);
        for (n, page) in envelope.iter().enumerate() {
            let number = page_number(page);
            match count {
                1 => assert_eq!(number, None, "a page alone has no number: {page}"),
                _ => assert_eq!(
                    number,
                    Some((n + 1, count)),
                    "{office}, page {}: {page}",
                    n + 1
                ),
            }
            if n > 0 {
                assert!(!page.contains(window), "{office}, page {}: {page}", n + 1);
            }
        }
    }
    // Icheon's mayor: the Korean copy, then the English original under its heading.
    let (_, first, last) = &said[1];
    let icheon = &texts[first - 1..*last];
    assert!(icheon.len() >= 2, "a copy and its original: {icheon:?}");
    let heading = "The original letter, of which the preceding pages are a translation:";
    let at = icheon
        .iter()
        .position(|p| p.contains(heading))
        .expect("the original's heading");
    assert!(at > 0, "the original follows the copy");
    let original = &icheon[at];
    assert!(
        original.trim_start().starts_with(heading),
        "the heading tops its page, where the sender and the window were: {original}"
    );
    assert!(
        original.contains("Dear Mayor and Members of the City Council,"),
        "{original}"
    );
    // One sender block, one window address and one date for the envelope.
    let whole = icheon.join("");
    assert_eq!(whole.matches("이천시장 귀하").count(), 1, "{whole}");
    assert_eq!(whole.matches("2026년 11월 25일").count(), 1, "{whole}");
    assert!(
        !whole.contains("25 November 2026"),
        "no second date: {whole}"
    );
    assert_eq!(
        whole.lines().filter(|l| l.trim() == ADA).count(),
        2,
        "the name once in the sender block, once under the original: {whole}"
    );
}

/// Each assembly's Korean copy greets that assembly, with the campaign's salutation;
/// Icheon's greets Icheon.
#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn each_printed_letter_greets_the_office_it_is_posted_to() {
    let home = Home::new();
    let (file, _) = letters(
        &home,
        &[
            "-l",
            "fr",
            "--recipient",
            "gyeonggi_assembly",
            "--recipient",
            "national_assembly",
            "--recipient",
            "icheon_council",
        ],
    );
    let texts = page_texts(&file);
    let greeting_under = |window: &str| -> String {
        let page = texts
            .iter()
            .find(|p| p.contains(window))
            .unwrap_or_else(|| panic!("{window} in a window"));
        page.lines()
            .find(|l| l.starts_with("존경하는"))
            .unwrap_or_else(|| panic!("a greeting under {window}: {page}"))
            .to_string()
    };
    assert_eq!(
        greeting_under("경기도의회 귀중"),
        "존경하는 경기도의회 의원 여러분께"
    );
    assert_eq!(greeting_under("국회 귀중"), "존경하는 국회의원 여러분께");
    assert_eq!(
        greeting_under("이천시의회 귀중"),
        "존경하는 이천시의회 의원 여러분께"
    );
    // The copies name the Limoges recipients in the third person.
    let all = texts.join("");
    assert!(all.contains("리모주 시장과 시의원들께 보낸 서한"), "{all}");
    assert!(!all.contains("시의회 의원 여러분께 보낸"), "{all}");
    // The email keeps the greeting of Icheon's mayor and council.
    let body = Test::compose(ADA, "ko").args(["-p", "body"]).stdout();
    assert!(
        body.starts_with("존경하는 이천시장님과 이천시의회 의원 여러분께\n"),
        "{body}"
    );
}

/// `campaigns ID` lists the recipients, with what is on file and who is posted to.
#[test]
fn campaigns_id_lists_the_recipients() {
    let out = Test::new().args(["campaigns", "icheon-limoges"]).stdout();
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 7, "{out}");
    assert_eq!(
        lines[0],
        [
            "limoges_mayor",
            "Mayor of Limoges",
            "no email address",
            "postal address",
            "posted by default"
        ]
    );
    assert_eq!(
        lines[1],
        [
            "limoges_council",
            "Limoges City Council",
            "no email address",
            "no postal address",
            "not posted by default"
        ]
    );
    let posted: Vec<&str> = lines
        .iter()
        .filter(|l| l[4] == "posted by default")
        .map(|l| l[0])
        .collect();
    assert_eq!(posted, ["limoges_mayor", "icheon_mayor", "icheon_council"]);
    assert_eq!(
        lines[4][0..4],
        [
            "gyeonggi_assembly",
            "Gyeonggi Provincial Assembly",
            "no email address",
            "postal address"
        ]
    );
    // Every id is one --recipient takes.
    for id in lines
        .iter()
        .filter(|l| l[3] == "postal address")
        .map(|l| l[0])
    {
        let out = Test::compose(ADA, "en")
            .args(["-f", "pdf", "-o", "-", "--recipient", id])
            .output();
        assert!(
            out.status.success() && out.stdout.starts_with(b"%PDF-"),
            "{id}"
        );
    }
    // `campaigns` alone is as it was: one line for the bundled campaign.
    let all = Test::new().arg("campaigns").stdout();
    assert!(all.starts_with("icheon-limoges\t"), "{all}");
    assert_eq!(all.lines().count(), 1, "{all}");
    // A campaign not known is refused.
    let err = Test::new().args(["campaigns", "nope"]).fails(2);
    assert!(err.contains("unknown campaign 'nope'"), "{err}");
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn the_korean_choice_sends_limoges_the_french_letter() {
    let home = Home::new();
    let (_, text) = letters(
        &home,
        &[
            "-l",
            "ko",
            "--country",
            "KR",
            "--recipient",
            "limoges_mayor",
            "--recipient",
            "icheon_council",
        ],
    );
    let limoges = &text[..text.find("[17379]").unwrap()];
    assert!(limoges.contains("Madame, Monsieur le Maire"), "{limoges}");
    assert!(!limoges.contains("사본"), "{limoges}");
    // From Korea: France is written as the Korean post reads it; no line for Korea.
    assert!(limoges.contains("87000 LIMOGES\nFRANCE"), "{limoges}");
    assert!(text.contains("이천시의회 귀중\n"), "{text}");
    assert!(
        !text.contains("REPUBLIC OF KOREA") && !text.contains("CORÉE"),
        "{text}"
    );
    assert!(
        !text.contains("이천시장 귀하"),
        "only the recipients asked for"
    );
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn letter_paper_for_a_10_envelope_and_the_address_in_its_window() {
    let home = Home::new();
    let file = home.path().join("letters.pdf");
    Test::at(&home)
        .args([
            "-n",
            ZOE,
            "-l",
            "en",
            "-f",
            "pdf",
            "--paper",
            "letter",
            "--recipient",
            "limoges_mayor",
            "-o",
        ])
        .arg(&file)
        .ok();
    let (_, size) = pages(&file);
    assert!(size.starts_with("612 x 792"), "{size}");
    // From an unknown country the country line is written, in English.
    let text = tool("pdftotext", &[], &file);
    assert!(text.contains("87000 LIMOGES\nFRANCE"), "{text}");
    // Every word of the address within the window zone of a #10 envelope (x 25–108 mm,
    // y 56–79 mm from the top left), read from pdftotext's boxes.
    let bbox = tool("pdftotext", &["-bbox"], &file);
    let mm = |pt: f64| pt * 25.4 / 72.0;
    for word in ["Madame", "Hôtel", "Chirac", "87000", "FRANCE"] {
        let line = bbox
            .lines()
            .find(|l| l.ends_with(&format!(">{word}</word>")))
            .unwrap_or_else(|| panic!("{word} not found"));
        let number = |key: &str| -> f64 {
            let from = line.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
            line[from..].split('"').next().unwrap().parse().unwrap()
        };
        let (x0, y0, x1, y1) = (
            mm(number("xMin")),
            mm(number("yMin")),
            mm(number("xMax")),
            mm(number("yMax")),
        );
        assert!(
            x0 >= 25.0 && x1 <= 108.5 && y0 >= 55.5 && y1 <= 79.5,
            "{word}: {x0:.1} {y0:.1} {x1:.1} {y1:.1}"
        );
    }
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn a_long_note_moves_the_closing_to_page_two() {
    let home = Home::new();
    let note = "I visited Limoges and loved its porcelain. ".repeat(46);
    let (file, text) = letters(
        &home,
        &[
            "-l",
            "en",
            "--recipient",
            "limoges_mayor",
            "--note",
            note.trim(),
        ],
    );
    assert_eq!(pages(&file).0, 2);
    let second = text.split('\u{c}').nth(1).unwrap();
    assert!(
        second.contains("Respectfully,") && second.contains(ZOE),
        "{second}"
    );
    assert!(text.contains("1/2") && second.contains("2/2"));
}

#[test]
fn without_a_file_the_letters_go_to_a_pipe_and_a_terminal_gets_a_new_file() {
    let home = Home::new();
    let run = |extra: &[&str]| {
        Test::at(&home)
            .args([
                "-n",
                ADA,
                "-l",
                "en",
                "-f",
                "pdf",
                "--recipient",
                "limoges_mayor",
            ])
            .args(extra)
            .output()
    };
    let out = run(&[]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"%PDF-"), "a pipe gets the PDF");
    // --open with no desktop: the file is written, and the run says where, with exit 1.
    let out = run(&["--open"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("Saved the printable letters to letter-icheon-limoges-en.pdf"),
        "{stderr}"
    );
    assert!(stderr.contains("no desktop here to open it"), "{stderr}");
    assert!(home.path().join("letter-icheon-limoges-en.pdf").is_file());
    // A second run never replaces it.
    let out = run(&["--open"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("letter-icheon-limoges-en-2.pdf"));
}

#[test]
#[ignore = "needs poppler-utils (Debian package); .ci/run installs it and runs it"]
fn the_return_address_names_the_country_on_letters_that_go_abroad() {
    let home = Home::new();
    let file = home.path().join("letters.pdf");
    let out = Test::at(&home)
        .args([
            "-n",
            ZOE,
            "--city",
            ZOE_TOWN,
            "-l",
            "fr",
            "-f",
            "pdf",
            "--country",
            "FR",
        ])
        .args([
            "--address",
            "12 rue de la République",
            "--address",
            "69002 Lyon",
        ])
        .args([
            "--recipient",
            "limoges_mayor",
            "--recipient",
            "icheon_mayor",
            "-o",
        ])
        .arg(&file)
        .output();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("no postal address of yours"));
    let text = tool("pdftotext", &[], &file);
    let (limoges, _) = text.split_at(text.find("[17379]").unwrap());
    // Within France, no country under the return address.
    assert!(
        limoges.starts_with(&format!("{ZOE}\n12 rue de la République\n69002 Lyon\n\n")),
        "{limoges}"
    );
    assert!(
        text.contains("69002 Lyon\nFRANCE\n"),
        "abroad, the return address ends with the country:\n{text}"
    );
    // From the United States, Letter paper is the default.
    let (_, stderr) = Test::at(&home)
        .args([
            "-n",
            ZOE,
            "-l",
            "en",
            "-f",
            "pdf",
            "--country",
            "US",
            "--recipient",
            "limoges_mayor",
            "-o",
        ])
        .arg(home.path().join("us.pdf"))
        .ok();
    assert!(stderr.contains("no postal address of yours"), "{stderr}");
    assert!(
        pages(&home.path().join("us.pdf"))
            .1
            .starts_with("612 x 792")
    );
}

#[test]
fn bad_postal_options_are_refused_before_anything_is_written() {
    for (args, expected) in [
        (
            &["--recipient", "nobody"][..],
            "--recipient: 'nobody' has no postal address on file; available: limoges_mayor",
        ),
        (
            &["--country", "France"],
            "--country: 'France' is not a country code",
        ),
        (
            &["--font", "/nonexistent.ttf"],
            "--font: /nonexistent.ttf is not a font file",
        ),
        (
            &["-p", "body"],
            "--format pdf always carries the whole letter",
        ),
        (&["--copy"], "printable letters are a file"),
    ] {
        let stderr = Test::compose(ADA, "en")
            .args(["-f", "pdf"])
            .args(args)
            .fails(2);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

/// The PDF holds no date of its own making and no random ids: the same letters are the
/// same bytes, from another home and folder, and in another second of the clock.
#[test]
fn the_same_letters_are_the_same_bytes_on_every_run() {
    let run = || {
        let home = Home::new();
        let out = Test::at(&home)
            .args(["-n", ZOE, "--city", ZOE_TOWN, "-l", "fr", "-f", "pdf"])
            .args(["--country", "FR"])
            .output();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let second = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    };
    let first = run();
    let then = second();
    // A time the PDF took from the clock (metadata keep seconds) would differ now.
    common::wait_until("the clock's next second", || match second() > then {
        true => Ok(()),
        false => Err(format!("still second {then}")),
    });
    let again = run();
    assert!(first.starts_with(b"%PDF-"));
    assert!(
        first == again,
        "two runs gave different PDFs ({} and {} bytes)",
        first.len(),
        again.len()
    );
    for key in [&b"/CreationDate"[..], b"/ModDate"] {
        assert!(
            !first.windows(key.len()).any(|w| w == key),
            "the PDF has a {}",
            String::from_utf8_lossy(key)
        );
    }
}

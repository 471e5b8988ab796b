//! What a letter claims is true, and sharing with a friend: a Korean copy carries the
//! French original it says it copies, in every format that sends it; `-p share` invites
//! a friend in a few lines, naming the two cities, within what X lets a post weigh.

mod common;

use common::persona::{ZOE, ZOE_EMAIL, ZOE_TOWN};
use common::{Test, campaign_copy, check, edit};
use mail_parser::MessageParser;

/// The Korean heading of the original, naming the Limoges recipients in the third
/// person: its words around the list of offices (however the list is joined).
const HEADING_START: &str = "다음은 리모주 시장";
const HEADING_END: &str = "리모주 시의회 앞으로 보낸 원문입니다.";

fn zoe(lang: &str) -> Test {
    Test::compose(ZOE, lang).args(["--city", ZOE_TOWN])
}

/// The copy before its heading, and the original after it, of a Korean body.
fn split(body: &str) -> (&str, &str) {
    let at = body
        .find(&format!("\n{HEADING_START}"))
        .unwrap_or_else(|| panic!("no heading in:\n{body}"));
    let (copy, rest) = body.split_at(at);
    let (heading, original) = rest.trim_start().split_once('\n').unwrap();
    assert!(heading.ends_with(HEADING_END), "{heading}");
    (copy, original.trim_start())
}

#[test]
fn a_korean_copy_carries_the_french_original_under_a_korean_heading() {
    let body = zoe("ko").args(["-p", "body"]).stdout();
    let fr_subject = zoe("fr").args(["-p", "subject"]).stdout();
    let fr_body = zoe("fr").args(["-p", "body"]).stdout();
    let (copy, original) = split(&body);
    assert!(
        copy.starts_with("존경하는 이천시장님과 이천시의회 의원 여러분께"),
        "{copy}"
    );
    assert!(!copy.contains("Madame"), "the copy is Korean: {copy}");
    // The original as a printed letter heads it, then the French letter for the same
    // sender, word for word.
    assert_eq!(
        original,
        format!("Objet\u{a0}: {}\n\n{fr_body}", fr_subject.trim_end())
    );

    // The package's letter is the same text, under its heading.
    let package = zoe("ko").stdout();
    assert!(package.contains(body.trim_end()), "{package}");
}

#[test]
fn the_korean_eml_and_mailto_bodies_hold_the_original_as_p_body_does() {
    let body = zoe("ko").args(["-p", "body"]).stdout();
    let eml = zoe("ko")
        .args(["-f", "eml", "--from", ZOE_EMAIL])
        .args(["--to", "icheon@example.org"])
        .stdout();
    let message = MessageParser::default()
        .parse(eml.as_bytes())
        .expect("a message");
    let text = message.body_text(0).expect("a text body");
    assert_eq!(text.trim_end(), body.trim_end());
    split(&text);

    let link = zoe("ko")
        .args(["-f", "mailto", "--to", "icheon@example.org"])
        .stdout();
    let url = url::Url::parse(link.trim_end()).expect("a URI");
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query["body"], body.replace('\n', "\r\n"));
}

#[test]
fn the_korean_json_keeps_the_copy_as_body_and_gives_the_original() {
    let json: serde_json::Value =
        serde_json::from_str(&zoe("ko").args(["-f", "json"]).stdout()).unwrap();
    let body = json["body"].as_str().unwrap();
    assert!(!body.contains(HEADING_START), "{body}");
    assert!(
        zoe("ko")
            .args(["-p", "body"])
            .stdout()
            .starts_with(body.trim_end())
    );
    let original = &json["original"];
    assert_eq!(original["language"], "fr");
    assert_eq!(
        original["subject"].as_str().unwrap(),
        zoe("fr").args(["-p", "subject"]).stdout().trim_end()
    );
    assert_eq!(
        original["body"].as_str().unwrap(),
        zoe("fr").args(["-p", "body"]).stdout()
    );
}

#[test]
fn the_letters_limoges_reads_carry_no_original() {
    for lang in ["fr", "en"] {
        let body = zoe(lang).args(["-p", "body"]).stdout();
        assert!(!body.contains("원문") && !body.contains("Objet"), "{body}");
        let json: serde_json::Value =
            serde_json::from_str(&zoe(lang).args(["-f", "json"]).stdout()).unwrap();
        assert!(json.get("original").is_none(), "{lang}");
        assert_eq!(json["body"].as_str().unwrap(), body);
    }
}

/// A post's weight as X counts it (twitter-text 3): a URL weighs 23; code points in
/// Latin, Greek, Cyrillic and general punctuation weigh 1; everything else 2.
fn x_weight(text: &str) -> usize {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let bare = word.trim_end();
            if bare.starts_with("https://") || bare.starts_with("http://") {
                return 23 + word[bare.len()..].chars().count();
            }
            word.chars()
                .map(|c| match c as u32 {
                    0xFE0F | 0x200D => 0,
                    0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
                    _ => 2,
                })
                .sum()
        })
        .sum()
}

const CITIES: [(&str, &str, &str); 3] = [
    ("en", "Limoges", "Icheon"),
    ("fr", "Limoges", "Icheon"),
    ("ko", "리모주", "이천"),
];

#[test]
fn an_invitation_names_both_cities_within_what_x_takes() {
    for (lang, main, sister) in CITIES {
        let share = zoe(lang).args(["-p", "share"]).stdout();
        assert_eq!(share.lines().count(), 1, "{share}");
        assert!(share.contains(main) && share.contains(sister), "{share}");
        assert!(x_weight(share.trim_end()) <= 280, "{lang}: {share}");
        // The bundled campaign has no website on file: no link is made up.
        assert!(!share.contains("http") && !share.contains("www"), "{share}");
    }
    let fr = zoe("fr").args(["-p", "share"]).stdout();
    assert!(
        fr.contains("minutes\u{a0}:") && fr.ends_with("Limoges\u{202f}!\n"),
        "{fr}"
    );
}

#[test]
fn an_invitation_gives_the_campaign_s_website_when_one_is_on_file() {
    let dir = campaign_copy();
    let toml = dir.path().join("campaign.toml");
    edit(
        &toml,
        "cities = [",
        "website = \"https://example.org/campaign\"\ncities = [",
    );
    for (lang, main, sister) in CITIES {
        let share = zoe(lang).letters(dir.path()).args(["-p", "share"]).stdout();
        assert!(share.contains("https://example.org/campaign"), "{share}");
        assert!(share.contains(main) && share.contains(sister), "{share}");
        assert!(x_weight(share.trim_end()) <= 280, "{lang}: {share}");
    }
    assert_eq!(check(dir.path()).0, Some(0));
}

#[test]
fn a_campaign_s_share_hbs_is_its_invitation_and_check_holds_it_to_x() {
    let dir = campaign_copy();
    let template = dir.path().join("templates/fr/share.hbs");
    std::fs::write(
        &template,
        "Écrivez à {{places.limoges}} pour {{places.icheon}}\u{202f}!\n",
    )
    .unwrap();
    let share = zoe("fr").letters(dir.path()).args(["-p", "share"]).stdout();
    assert_eq!(share, "Écrivez à Limoges pour Icheon\u{202f}!\n");
    // The other languages keep the program's words.
    let en = zoe("en").letters(dir.path()).args(["-p", "share"]).stdout();
    assert_eq!(en, zoe("en").args(["-p", "share"]).stdout());
    assert_eq!(check(dir.path()).0, Some(0));

    // Too heavy for X (40 words of 8, less the last space: 319): refused when
    // composed, and reported by check.
    std::fs::write(&template, "Limoges ".repeat(40)).unwrap();
    let err = zoe("fr").letters(dir.path()).args(["-p", "share"]).fails(2);
    assert!(err.contains("share.hbs") && err.contains("319"), "{err}");
    let (code, report) = check(dir.path());
    assert_ne!(code, Some(0));
    assert!(
        report.contains("templates/fr/share.hbs") && report.contains("319"),
        "{report}"
    );

    // A variable that does not exist, in a branch today's data does not take.
    std::fs::write(
        &template,
        "{{#if campaign.website}}{{campaign.site}}{{/if}}Limoges\n",
    )
    .unwrap();
    let (code, report) = check(dir.path());
    assert_ne!(code, Some(0));
    assert!(report.contains("campaign.site"), "{report}");
}

#[test]
fn cities_must_be_two_places_and_a_campaign_without_them_stays_valid() {
    let dir = campaign_copy();
    let toml = dir.path().join("campaign.toml");
    edit(
        &toml,
        "cities = [\"limoges\", \"icheon\"]",
        "cities = [\"limoges\", \"paris\"]",
    );
    let (code, report) = check(dir.path());
    assert_ne!(code, Some(0));
    assert!(report.contains("'paris'"), "{report}");

    // What is left of the line is its comment.
    edit(&toml, "cities = [\"limoges\", \"paris\"]", "");
    assert_eq!(check(dir.path()).0, Some(0), "no cities: still valid");
    zoe("en").letters(dir.path()).args(["-p", "body"]).stdout();
    let err = zoe("en").letters(dir.path()).args(["-p", "share"]).fails(2);
    assert!(err.contains("cities") && err.contains("share.hbs"), "{err}");
}

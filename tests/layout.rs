//! How each format lays a letter out, on a small test-only campaign
//! (`tests/fixtures/layout`), so that a change of wording in the bundled letters does
//! not churn these snapshots. The bundled letters have one snapshot per language in
//! `compose.rs`.

mod common;

use common::persona::{ZOE, ZOE_EMAIL, ZOE_TOWN};
use common::{Test, layout_campaign};

/// A supporter with everything filled in, on the test campaign.
fn supporter(dir: &std::path::Path) -> Test {
    Test::compose(ZOE, "en").letters(dir).args([
        "-c",
        "layout",
        "--city",
        ZOE_TOWN,
        "--note",
        "My own sentence.",
    ])
}

#[test]
fn the_text_package() {
    let dir = layout_campaign();
    let out = supporter(dir.path()).expect(0, "");
    insta::assert_snapshot!("layout_text", out);
}

#[test]
fn the_eml_message() {
    let dir = layout_campaign();
    let out = supporter(dir.path())
        .args(["-f", "eml", "--from", ZOE_EMAIL])
        .expect(0, "");
    assert!(
        out.starts_with("Message-ID: <")
            && out.contains("\nDate: Wed, 25 Nov 2026 13:05:00 +0000\n")
    );
    // The message's own identity and date change with every run: the snapshot holds
    // them redacted.
    insta::with_settings!({filters => vec![
        (r"(?m)^Message-ID: .*$", "Message-ID: [redacted]"),
        (r"(?m)^Date: .*$", "Date: [redacted]"),
    ]}, {
        insta::assert_snapshot!("layout_eml", out);
    });
}

#[test]
fn the_json_object() {
    let dir = layout_campaign();
    let out = supporter(dir.path()).args(["-f", "json"]).expect(0, "");
    insta::assert_snapshot!("layout_json", out);
}

#[test]
fn the_mailto_link() {
    let dir = layout_campaign();
    let out = supporter(dir.path()).args(["-f", "mailto"]).expect(0, "");
    insta::assert_snapshot!("layout_mailto", out);
}

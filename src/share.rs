//! The invitation a supporter sends a friend: the campaign's own (`share.hbs`), else
//! the program's words naming the two cities, with the campaign's website when it has
//! one; never more than X lets a post weigh.

use serde_json::Value;

use crate::campaign::{CAMPAIGN_FILE, Campaign};
use crate::error::{Error, Result};
use crate::piece::Piece;
use crate::templates::Templates;
use crate::words::{Words, t};

/// The invitation in `language`, filled from `context` when the campaign has a template
/// for it, with the campaign file it comes from (for an error about it). The caller
/// weighs it.
pub(crate) fn invitation(
    w: &Words,
    campaign: &Campaign,
    language: &str,
    context: &Value,
) -> Result<(String, String)> {
    let relative = Campaign::template_file(language, Piece::Share).unwrap_or_default();
    match campaign.read(w, &relative)? {
        Some(_) => {
            let mut templates = Templates::empty();
            templates.add(w, campaign, language, Piece::Share)?;
            let text = templates.render(w, Piece::Share, context)?;
            Ok((text.trim().to_string(), relative))
        }
        None => Ok((own_words(w, campaign, language)?, CAMPAIGN_FILE.to_string())),
    }
}

/// The program's invitation in `language`, naming the campaign's two cities (its
/// `cities`), and its website when it has one.
pub(crate) fn own_words(w: &Words, campaign: &Campaign, language: &str) -> Result<String> {
    let data = &campaign.data;
    let Some((main, sister)) = data.city_names(language) else {
        return Err(Error::file(
            campaign.path_of(CAMPAIGN_FILE),
            t!(w, "letter-share-no-cities", language = language.to_string()),
        ));
    };
    let words = campaign.words(w, language)?;
    let mut text = t!(
        &words,
        "package-share",
        main = main.to_string(),
        sister = sister.to_string()
    );
    if let Some(url) = &data.website {
        text.push('\n');
        text.push_str(&t!(&words, "package-share-website", url = url.clone()));
    }
    Ok(text)
}

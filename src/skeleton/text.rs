//! The files of a campaign skeleton: `campaign.toml` with every field of the format,
//! each documented; generic templates for each language; and, for a language the
//! program does not bundle, the English words around a letter, to translate. Every
//! value to fill is a placeholder that `check` reports until it is replaced.

use jiff::civil::Date;

use super::{Pair, Place};
use crate::check::PLACEHOLDER;
use crate::locale;
use crate::piece::Piece;
use crate::words::{LETTER_AREAS, english_letter_area, is_bundled};

/// A language's name in itself, as CLDR writes it, capitalised as the start of a menu
/// entry ("Français", "Deutsch", "한국어"); None outside the program's CLDR data.
fn autonym(code: &str) -> Option<String> {
    let tag = locale::parse(code).filter(locale::has_data)?;
    let name = locale::language_name(&tag, &tag)?;
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Every file of the skeleton, by path relative to its folder.
pub(super) fn files(id: &str, pair: &Pair, today: Date) -> Vec<(String, String)> {
    let mut files = vec![("campaign.toml".to_string(), campaign(id, pair, today))];
    for (i, language) in pair.languages.iter().enumerate() {
        for piece in Piece::TEMPLATED {
            let Some(name) = piece.template() else {
                continue;
            };
            let path = format!("templates/{language}/{name}.hbs");
            files.push((path, template(piece, i > 0)));
        }
        if !is_bundled(language) {
            for area in LETTER_AREAS {
                let english = english_letter_area(area).unwrap_or_default();
                let path = format!("words/{language}/{area}.ftl");
                files.push((path, words(language, &english)));
            }
        }
    }
    files
}

/// A TOML string.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A placeholder, as a TOML string.
fn todo(what: &str) -> String {
    quoted(&format!("{PLACEHOLDER} {what}"))
}

/// A localized text: one entry per language, each made by `text`.
fn each(pair: &Pair, text: impl Fn(usize, &str) -> String) -> String {
    let entries: Vec<String> = pair
        .languages
        .iter()
        .enumerate()
        .map(|(i, code)| format!("{code} = {}", text(i, code)))
        .collect();
    format!("{{ {} }}", entries.join(", "))
}

/// A localized placeholder: `what`, in each language.
fn each_todo(pair: &Pair, what: &str) -> String {
    each(pair, |_, code| todo(&format!("{what}, in {code}")))
}

/// The end of every sourced table: unverified, with the source to give.
fn sourced(today: Date) -> String {
    format!(
        "confidence = \"unverified\"\nsource = {}\nchecked = {today}\n",
        todo("where this comes from (a page, a document, a call), to check it again")
    )
}

fn campaign(id: &str, pair: &Pair, today: Date) -> String {
    [
        head(id, pair, today),
        languages(pair),
        places(pair),
        recipients(pair, today),
        links(pair, today),
        postal(pair, today),
        phone_and_social(pair, today),
    ]
    .concat()
}

fn head(id: &str, pair: &Pair, today: Date) -> String {
    let (city, sister) = (&pair.city, &pair.sister);
    format!(
        r#"# A campaign to {city} ({city_cc}) about its sister city {sister} ({sister_cc}), as
# `sister-letter new` wrote it. The format: letters/README.md in the program's source.
#
# Every value that begins with "{PLACEHOLDER}" is a placeholder: `sister-letter check` reports
# each one as an error until it is replaced. Facts about people and offices (names,
# email addresses, phone numbers, postal addresses) are never guessed: give only what a
# source confirms, say which in `source`, and how sure it is in `confidence` (high,
# medium, low, unverified). An optional field stays commented out until a source gives
# it; the program then tells the reader that none is on file.

# The campaign's id, for --campaign.
id = {id}
# One line, shown by `sister-letter campaigns`.
title = {title}
# When the campaign's facts were last checked: `check` warns 12 months later.
checked = {today}
# The ids in [places] of the city written to and of its sister city, in that order:
# the invitation for a friend (`-p share`) names them.
cities = ["city", "sister_city"]
# The campaign's own page (optional), only one that exists: the invitation gives it.
# website = "https://…"
"#,
        city = city.name,
        city_cc = city.country,
        sister = sister.name,
        sister_cc = sister.country,
        id = quoted(id),
        title = todo("one line: what the letters ask"),
    )
}

fn languages(pair: &Pair) -> String {
    let mut out = String::from(
        "\n# --- Languages ---------------------------------------------------------------\n\
         #\n\
         # One table per language of the letters: `name`, the language in itself;\n\
         # `reviewed = false` prints a warning whenever the language is used: set it to true\n\
         # once a native speaker has read the letters. Every localized text below has an\n\
         # entry for each language.\n",
    );
    for code in &pair.languages {
        let name = match autonym(code) {
            Some(name) => quoted(&name),
            None => todo(&format!("the name of {code}, in {code}")),
        };
        out.push_str(&format!(
            "\n[languages.{code}]\nname = {name}\nreviewed = false\n"
        ));
    }
    out
}

fn places(pair: &Pair) -> String {
    let name = |place: &Place| {
        each(pair, |i, code| match i {
            0 => quoted(&place.name),
            _ => todo(&format!("{}, as {code} writes it", place.name)),
        })
    };
    format!(
        "\n# --- Places, as each language writes them ----------------------------------------\n\
         #\n\
         # The templates' `places.city` (the city the letters are written to) and\n\
         # `places.sister_city`.\n\
         \n[places]\ncity = {}\nsister_city = {}\n",
        name(&pair.city),
        name(&pair.sister)
    )
}

/// The languages a recipient of the city (`sister` false) or of its sister city reads:
/// the first language for the city; the others, if any, for the sister city.
fn reads(pair: &Pair, sister: bool) -> String {
    let codes: Vec<String> = match (sister, pair.languages.len()) {
        (true, 2..) => pair.languages[1..].iter().map(|c| quoted(c)).collect(),
        _ => vec![quoted(&pair.languages[0])],
    };
    format!("[{}]", codes.join(", "))
}

fn recipients(pair: &Pair, today: Date) -> String {
    let source = sourced(today);
    let (city, sister) = (&pair.city.name, &pair.sister.name);
    format!(
        r#"
# --- Recipients, in the order they are listed -------------------------------------
#
# `id`: the templates' name for the recipient (letters, digits, `_`).
# `send`: "to" (the letter is written to them) or "cc" (a copy).
# `reads`: the languages the office reads, in order (default: every language). A
# letter in a language that no "to" recipient reads is a copy for those who read it,
# sent as their `send_copy` says ("to" or "cc", default "cc"). Check these guesses.
# `office`: the office, in each language. `salutation` (optional): how to address the
# office when no holder is on file, assuming no gender ("Dear Mayor").
# `email` (optional): only an address a source confirms. `website` (optional): where
# an address may be found. `post` (default false): whether printed letters go to the
# recipient when none are named (`--recipient`); it needs a postal address below.

[[recipient]]
id = "city_mayor"
send = "to"
post = true
reads = {city_reads}
office = {mayor}
salutation = {mayor_salutation}
# email = "…"
# website = "https://…"
{source}
# The person in office, only from a source: while `term_ends` has not passed, the
# letters name and greet them; after it, the office's salutation is used again.
# [recipient.holder]
# name = {{ {first} = "…" }}
# salutation = {{ {first} = "…" }}
# term_ends = {today}
# confidence = "unverified"
# source = "…"
# checked = {today}

[[recipient]]
id = "city_council"
send = "to"
reads = {city_reads}
office = {council}
salutation = {council_salutation}
# email = "…"
# website = "https://…"
{source}
[[recipient]]
id = "sister_mayor"
send = "cc"
send_copy = "to"
post = true
reads = {sister_reads}
office = {sister_mayor}
salutation = {sister_salutation}
# email = "…"
# website = "https://…"
{source}"#,
        first = pair.languages[0],
        city_reads = reads(pair, false),
        sister_reads = reads(pair, true),
        mayor = each_todo(pair, &format!("the office of the mayor of {city}")),
        mayor_salutation = each_todo(pair, "how to address that office"),
        council = each_todo(pair, &format!("the city council of {city}")),
        council_salutation = each_todo(pair, "how to address the council"),
        sister_mayor = each_todo(pair, &format!("the office of the mayor of {sister}")),
        sister_salutation = each_todo(pair, "how to address that office"),
    )
}

fn links(pair: &Pair, today: Date) -> String {
    format!(
        r#"
# --- Links the letters may give -------------------------------------------------------
#
# `kind`: "video", "petition" or "other"; `title` in each language; `url` (optional:
# without it, the link is never offered). The templates' `videos`, `petition`, `links`.
# [[link]]
# kind = "petition"
# title = {{ {first} = "…" }}
# url = "https://…"
# confidence = "unverified"
# source = "…"
# checked = {today}
"#,
        first = pair.languages[0]
    )
}

fn postal(pair: &Pair, today: Date) -> String {
    let block = |recipient: &str, place: &Place| {
        format!(
            "\n[[postal]]\nrecipient = \"{recipient}\"\nlabel = {label}\ncountry_code = \"{cc}\"\n\
             lines = [\n  {office},\n  {street},\n  {town},\n]\n\
             # country = {{ {first} = \"…\" }}\n{source}",
            label = each_todo(pair, &format!("whose address, in {}", place.name)),
            cc = place.country,
            office = todo("the office"),
            street = todo("the street"),
            town = todo(&format!(
                "the town line of {}, with its postcode",
                place.name
            )),
            first = pair.languages[0],
            source = sourced(today),
        )
    };
    format!(
        r#"
# --- Postal addresses ---------------------------------------------------------------
#
# One block per address: `recipient` (whose), `label` (in each language),
# `country_code` (where: ISO 3166-1), `lines` (as on the envelope, without the
# country: `check` holds them to the rules it knows for that country).
# `country` (optional, in capitals): the country line, which wins over the name the
# program knows. `envelope = false`: a block kept for the sender's reference (a
# romanized copy), not printed on an envelope. `convention` ("fr", "kr", "other") is
# the older form of `country_code`: not needed.
# envelope = false
# convention = "other"
{city}{sister}"#,
        city = block("city_mayor", &pair.city),
        sister = block("sister_mayor", &pair.sister),
    )
}

fn phone_and_social(pair: &Pair, today: Date) -> String {
    format!(
        r#"
# --- Phone (optional) -----------------------------------------------------------------
#
# The number the call script gives: international (+ and the country code); `office`
# and `place` (the town named with its local time) in each language; `timezone`, IANA's
# name of the place's time zone (like Europe/Paris).
# [phone]
# number = "+…"
# office = {{ {first} = "…" }}
# place = {{ {first} = "…" }}
# timezone = "…/…"
# confidence = "unverified"
# source = "…"
# checked = {today}

# --- Social post (optional) -----------------------------------------------------------
#
# The accounts the post may tag, one [[social.handle]] each: `handle` (without @),
# `owner` (who holds it, as far as is known), `confidence`: the post tags only those of
# high or medium confidence. `handles = [...]`, a plain list, is the older form, which
# the post never tags.
# [social]
# confidence = "unverified"
# source = "…"
# checked = {today}
# handles = []
#
# [[social.handle]]
# handle = "…"
# owner = "…"
# confidence = "unverified"
"#,
        first = pair.languages[0]
    )
}

/// A piece's template: the variables in place, the prose a placeholder. A copy (a
/// language the city's recipients do not read) says so at its top.
fn template(piece: Piece, copy: bool) -> String {
    let t = PLACEHOLDER;
    match piece {
        Piece::Subject => format!(
            "{t} the subject: what you ask of {{{{recipients.city_mayor.office}}}}, about {{{{places.sister_city}}}}\n"
        ),
        Piece::Body => body(copy),
        Piece::Phone => format!(
            "{t} the call script: who you are ({{{{sender.name}}}}{{{{#if sender.city}}}}, from {{{{sender.city}}}}{{{{/if}}}}), what you ask of {{{{places.city}}}} about its sister city {{{{places.sister_city}}}}, and your thanks.\n"
        ),
        Piece::Post => format!(
            "{t} the social post, at most 280 characters: {{{{places.city}}}} and {{{{places.sister_city}}}}. {{{{#each social.handles}}}}@{{{{this}}}} {{{{/each}}}}\n"
        ),
        // The other pieces are not templates.
        _ => String::new(),
    }
}

fn body(copy: bool) -> String {
    let t = PLACEHOLDER;
    let copy = match copy {
        true => format!(
            "{t} say that this is a copy of the letter sent to {{{{places.city}}}}, for {{{{places.sister_city}}}}.\n\n"
        ),
        false => String::new(),
    };
    format!(
        r#"{{{{!-- The email, with its salutation, closing and signature. The variables are listed
in letters/README.md; `check` names any that does not exist. --}}}}
{{{{recipients.city_mayor.salutation}}}},

{copy}{t} who you are, and why you write to {{{{places.city}}}} about its sister city {{{{places.sister_city}}}}.

{t} what you ask of {{{{recipients.city_mayor.office}}}} and {{{{recipients.city_council.office}}}}.

{{{{#if videos}}}}
{t} a line before the videos:
{{{{#each videos}}}}
- {{{{title}}}}: {{{{url}}}}
{{{{/each}}}}

{{{{/if}}}}
{{{{#if petition}}}}
{t} a line before the petition: {{{{petition.title}}}}, {{{{petition.url}}}}

{{{{/if}}}}
{{{{#if sender.note}}}}
{{{{sender.note}}}}

{{{{/if}}}}
{t} the closing,

{{{{sender.name}}}}
{{{{#if sender.city}}}}
{{{{sender.city}}}}
{{{{/if}}}}
"#
    )
}

/// The English words of a letter area, for a language without bundled words.
fn words(code: &str, english: &str) -> String {
    format!(
        "# The program's English words, copied by `sister-letter new` as a start: translate\n\
         # each message's value into {code}, keeping the ids and the {{ $placeables }}. A\n\
         # message left in English is written in English.\n\n{english}"
    )
}

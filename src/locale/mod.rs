//! The program's one door to CLDR (release 49, through ICU4X): language tags, their
//! negotiation, dates, times, weekdays, lists, and language and country names.
//!
//! A language tag is parsed once into a [`Tag`] (unic-langid's, the one Fluent and
//! fluent-langneg use) from what a person types (`fr`, `FR`, `fr_CA`, `fr-FR`) or a
//! POSIX locale (`fr_FR.UTF-8`). The CLDR data is baked in for the locales of
//! [`LOCALES`] (`data/`, written by `dist/cldr/generate.sh`); a locale outside them
//! falls back to its parents, down to CLDR's root ("2026 M12 1"): [`has_data`] says
//! which languages are covered.
//!
//! English without a territory, or with one the data does not have, is international
//! English (`en-001`: "1 December 2026"), as the program wrote before; a tag without a
//! territory gets a 24-hour clock, a tag with one the clock its territory uses.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, M, T, YMD};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_experimental::displaynames::multi::{LanguageDisplayNames, RegionDisplayNames};
use icu_experimental::displaynames::{DisplayNamesOptions, DisplayNamesPreferences};
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::preferences::extensions::unicode::keywords::HourCycle;
use icu_locale_core::subtags::{Language, Region};

/// A language tag: a language, and maybe a script, a territory and variants.
pub(crate) type Tag = unic_langid::LanguageIdentifier;

/// The locales whose data is baked in (each with its ancestors): the same list as
/// `dist/cldr/generate.sh`'s (a test makes sure).
pub(crate) const LOCALES: [&str; 15] = [
    "en", "en-001", "en-US", "en-GB", "en-CA", "en-AU", "fr", "fr-CA", "ko", "de", "de-AT",
    "de-CH", "es", "it", "cs",
];

/// The CLDR data of [`LOCALES`], baked by `dist/cldr/generate.sh`.
mod baked {
    #![allow(clippy::all, unreachable_pub, unused_qualifications)]
    include!("data/mod.rs");
    pub(crate) struct Baked;
    impl_data_provider!(Baked);
}
use baked::Baked;

/// The tag a person typed, or a POSIX locale means: `fr`, `FR`, `fr_CA`, `fr-FR`,
/// `fr_FR.UTF-8`, `de_DE@euro`. None for `C`, `POSIX`, or what is not a tag.
pub(crate) fn parse(typed: &str) -> Option<Tag> {
    let code = typed.trim().split(['.', '@']).next().unwrap_or_default();
    match code {
        "" | "C" | "POSIX" => None,
        code => code.parse().ok(),
    }
}

/// The best of `available` for `wanted` (fluent-langneg's filtering): an exact tag
/// wins, then the same language (`fr-FR` and `fr_CA` mean `fr` when `available` has
/// `fr` and no `fr-CA`).
pub(crate) fn negotiate<'a>(wanted: &Tag, available: &'a [Tag]) -> Option<&'a Tag> {
    negotiate_languages(
        std::slice::from_ref(wanted),
        available,
        None,
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .next()
}

/// The code among `known` (as campaigns and the program write them) that a code typed
/// by a person means, negotiated as [`negotiate`] does.
pub(crate) fn best_match<'a>(
    known: impl IntoIterator<Item = &'a str>,
    typed: &str,
) -> Option<&'a str> {
    let wanted = parse(typed)?;
    let (codes, tags): (Vec<&str>, Vec<Tag>) = known
        .into_iter()
        .filter_map(|code| Some((code, code.parse::<Tag>().ok()?)))
        .unzip();
    let found = negotiate(&wanted, &tags)?;
    let at = tags.iter().position(|t| std::ptr::eq(t, found))?;
    Some(codes[at])
}

/// `tag`'s language with `territory` (a two-letter code, any case): `en` and `US`
/// give `en-US`. `tag` as it is when `territory` is not a region.
pub(crate) fn with_territory(tag: &Tag, territory: &str) -> Tag {
    let mut tag = tag.clone();
    if let Ok(region) = territory.trim().parse() {
        tag.region = Some(region);
    }
    tag
}

/// Whether the baked data has `tag`'s language (else it gets CLDR's root: numeric
/// dates, codes for names).
pub(crate) fn has_data(tag: &Tag) -> bool {
    let language = tag.language.as_str();
    LOCALES
        .iter()
        .any(|l| l.split('-').next() == Some(language))
}

/// Whether `code`'s language is written in the Latin script, as CLDR's likely subtags
/// say (`fr` is `fr-Latn-FR`, `ko` is `ko-Kore-KR`; a script in the tag wins:
/// `sr-Latn`). False for what is not a tag.
pub(crate) fn writes_latin(code: &str) -> bool {
    let Ok(mut locale) = code.trim().parse::<icu_locale_core::LanguageIdentifier>() else {
        return false;
    };
    match icu_locale::LocaleExpander::try_new_common_unstable(&Baked) {
        Ok(expander) => {
            expander.maximize(&mut locale);
            locale.script == Some(icu_locale_core::subtags::script!("Latn"))
        }
        Err(_) => false,
    }
}

/// The ICU4X locale CLDR's data is looked up with: English without a territory, or
/// with one the data lacks, is international English; others as they are.
fn icu_locale(tag: &Tag) -> icu_locale_core::Locale {
    let exported = |t: &Tag| {
        LOCALES
            .iter()
            .any(|l| l.parse::<Tag>().is_ok_and(|l| &l == t))
    };
    let mut tag = tag.clone();
    if tag.language.as_str() == "en" && (tag.region.is_none() || !exported(&tag)) {
        tag = "en-001".parse().unwrap_or(tag);
    }
    tag.to_string()
        .parse()
        .unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

/// The preferences of `tag` for dates and times: without a territory, a 24-hour clock.
fn preferences(tag: &Tag) -> DateTimeFormatterPreferences {
    let mut prefs = DateTimeFormatterPreferences::from(&icu_locale(tag));
    if tag.region.is_none() {
        prefs.hour_cycle = Some(HourCycle::H23);
    }
    prefs
}

fn gregorian(day: jiff::civil::Date) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(i32::from(day.year()), day.month() as u8, day.day() as u8).ok()
}

/// A day as `tag` writes it in a letter: "1. Dezember 2026", "December 1, 2026"
/// (`en-US`), "1 December 2026" (`en`), "2026년 12월 1일".
pub(crate) fn long_date(tag: &Tag, day: jiff::civil::Date) -> String {
    let formatted = gregorian(day).and_then(|date| {
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Baked,
            preferences(tag),
            YMD::long(),
        )
        .ok()?;
        Some(f.format(&date).to_string())
    });
    formatted.unwrap_or_else(|| day.to_string())
}

/// The name of `day`'s month as `tag` writes it alone: "décembre", "December".
pub(crate) fn month_name(tag: &Tag, day: jiff::civil::Date) -> String {
    let formatted = gregorian(day).and_then(|date| {
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Baked,
            preferences(tag),
            M::long(),
        )
        .ok()?;
        Some(f.format(&date).to_string())
    });
    formatted.unwrap_or_else(|| day.month().to_string())
}

/// The name of `day`'s weekday as `tag` writes it in a sentence: "Wednesday",
/// "mercredi", "수요일".
pub(crate) fn weekday(tag: &Tag, day: jiff::civil::Date) -> String {
    let formatted = gregorian(day).and_then(|date| {
        let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
            &Baked,
            preferences(tag),
            E::long(),
        )
        .ok()?;
        Some(f.format(&date).to_string())
    });
    formatted.unwrap_or_else(|| day.weekday().to_monday_one_offset().to_string())
}

/// A time of day, hours and minutes, on the clock `tag` uses: "2:30 PM" (`en-US`),
/// "14:30" (`en-GB`, `de`, or any tag without a territory).
pub(crate) fn time_of_day(tag: &Tag, time: jiff::civil::Time) -> String {
    let formatted = icu_time::Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0)
        .ok()
        .and_then(|t| {
            let f = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new_unstable(
                &Baked,
                preferences(tag),
                T::hm(),
            )
            .ok()?;
            Some(f.format(&t).to_string())
        });
    formatted.unwrap_or_else(|| time.strftime("%H:%M").to_string())
}

fn display_preferences(tag: &Tag) -> DisplayNamesPreferences {
    DisplayNamesPreferences::from(&icu_locale(tag))
}

/// The name of `language`'s language in `tag`'s: "German" in English, « allemand »
/// in French, as in a sentence. None when CLDR has no name for it there.
pub(crate) fn language_name(tag: &Tag, language: &Tag) -> Option<String> {
    let code: Language = language.language.as_str().parse().ok()?;
    let names = LanguageDisplayNames::try_new_unstable(
        &Baked,
        display_preferences(tag),
        DisplayNamesOptions::default(),
    )
    .ok()?;
    names.of(code).map(str::to_string)
}

/// The name of the country `code` (ISO 3166-1 alpha-2, any case) in `tag`'s language:
/// "Allemagne", "Germany", "독일". None when `code` is not a country's.
pub(crate) fn country_name(tag: &Tag, code: &str) -> Option<String> {
    let region = iso_region(code)?;
    let names = RegionDisplayNames::try_new_unstable(
        &Baked,
        display_preferences(tag),
        DisplayNamesOptions::default(),
    )
    .ok()?;
    names.of(region).map(str::to_string)
}

/// Whether `code` (any case, spaces around it ignored) is an ISO 3166-1 alpha-2 code
/// (or `XK`, Kosovo's, which CLDR and the EU use): `DE`, `kr`; not `XX`, `EU`, `001`.
pub(crate) fn is_region_code(code: &str) -> bool {
    iso_region(code).is_some_and(|region| {
        RegionDisplayNames::try_new_unstable(
            &Baked,
            display_preferences(&Tag::from_parts(langid_en(), None, None, &[])),
            DisplayNamesOptions::default(),
        )
        .is_ok_and(|names| names.of(region).is_some())
    })
}

fn langid_en() -> unic_langid::subtags::Language {
    unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default()
}

/// A two-letter region code that is not one of the codes CLDR names without ISO 3166-1
/// assigning them to a country.
fn iso_region(code: &str) -> Option<Region> {
    // Reserved or user-assigned codes with a CLDR name: Ascension, Clipperton, Sark,
    // Diego Garcia, Ceuta and Melilla, the EU, the eurozone, the Canaries, Tristan da
    // Cunha, the UN, pseudo-locales, outlying Oceania, unknown.
    const NOT_COUNTRIES: [&str; 14] = [
        "AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "TA", "UN", "XA", "XB", "QO", "ZZ",
    ];
    let code = code.trim().to_ascii_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if NOT_COUNTRIES.contains(&code.as_str()) {
        return None;
    }
    code.parse().ok()
}

/// A list as `tag` writes it: "a, b and c", « a, b et c », "a, b und c".
pub(crate) fn list(tag: &Tag, items: &[String]) -> String {
    let prefs = (&icu_locale(tag)).into();
    let options = ListFormatterOptions::default().with_length(ListLength::Wide);
    match ListFormatter::try_new_and_unstable(&Baked, prefs, options) {
        Ok(f) => f.format(items.iter().map(String::as_str)).to_string(),
        Err(_) => items.join(", "),
    }
}

#[cfg(test)]
mod tests;

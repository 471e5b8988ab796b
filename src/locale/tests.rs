use super::*;

fn tag(code: &str) -> Tag {
    parse(code).unwrap()
}

fn day() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 1)
}

#[test]
fn tags_are_parsed_as_typed_and_from_posix_locales() {
    assert_eq!(tag("FR").to_string(), "fr");
    assert_eq!(tag("fr_CA").to_string(), "fr-CA");
    assert_eq!(tag("fr-fr").to_string(), "fr-FR");
    assert_eq!(tag("fr_FR.UTF-8").to_string(), "fr-FR");
    assert_eq!(tag("de_DE@euro").to_string(), "de-DE");
    assert_eq!(tag(" en ").to_string(), "en");
    assert_eq!(parse("C"), None);
    assert_eq!(parse("POSIX.UTF-8"), None);
    assert_eq!(parse(""), None);
    assert_eq!(parse("not a tag"), None);
    assert_eq!(with_territory(&tag("en"), "us").to_string(), "en-US");
    assert_eq!(with_territory(&tag("en"), "001x").to_string(), "en");
}

#[test]
fn exact_tags_win_over_primary_languages() {
    let known = ["en", "fr", "fr-CA"];
    let find = |typed| best_match(known, typed);
    assert_eq!(find("fr_CA"), Some("fr-CA"));
    assert_eq!(find("FR-ca"), Some("fr-CA"));
    assert_eq!(find("fr_FR"), Some("fr"));
    assert_eq!(find("FR"), Some("fr"));
    assert_eq!(find(" EN "), Some("en"));
    assert_eq!(find("en-US"), Some("en"));
    assert_eq!(find("de"), None);
    assert_eq!(best_match(["en", "fr", "ko"], "fr-CA"), Some("fr"));
    assert_eq!(best_match(["en", "fr", "ko"], "ko_KR.UTF-8"), Some("ko"));
}

#[test]
fn long_dates_are_cldr_s() {
    let date = |code| long_date(&tag(code), day());
    assert_eq!(date("de"), "1. Dezember 2026");
    assert_eq!(date("de-AT"), "1. Dezember 2026");
    assert_eq!(date("en-US"), "December 1, 2026");
    assert_eq!(date("en"), "1 December 2026");
    assert_eq!(date("en-001"), "1 December 2026");
    assert_eq!(date("en-KR"), "1 December 2026", "a territory without data");
    assert_eq!(date("en-GB"), "1 December 2026");
    assert_eq!(date("ko"), "2026년 12월 1일");
    assert_eq!(date("fr"), "1 décembre 2026");
    assert_eq!(date("cs"), "1. prosince 2026");
    assert_eq!(date("es"), "1 de diciembre de 2026");
    assert_eq!(date("it"), "1 dicembre 2026");
    assert_eq!(month_name(&tag("fr"), day()), "décembre");
    assert_eq!(month_name(&tag("en"), day()), "December");
}

#[test]
fn a_language_without_data_gets_cldr_s_root() {
    assert!(has_data(&tag("de-LI")));
    assert!(has_data(&tag("cs")));
    assert!(!has_data(&tag("ja")));
    assert_eq!(long_date(&tag("ja"), day()), "2026 M12 1");
}

#[test]
fn times_and_weekdays_are_cldr_s() {
    let time = |code| time_of_day(&tag(code), jiff::civil::time(14, 30, 0, 0));
    assert_eq!(time("en-US"), "2:30\u{202f}PM");
    assert_eq!(time("en-GB"), "14:30");
    assert_eq!(time("en"), "14:30", "no territory: a 24-hour clock");
    assert_eq!(time("de"), "14:30");
    assert_eq!(time("de-DE"), "14:30");
    assert_eq!(time("fr"), "14:30");
    assert_eq!(time("ko"), "14:30");
    assert_eq!(time("ko-KR"), "오후 2:30");
    assert_eq!(time("cs"), "14:30");
    assert_eq!(time("es"), "14:30");
    assert_eq!(time("it"), "14:30");
    assert_eq!(
        time_of_day(&tag("fr"), jiff::civil::time(9, 5, 0, 0)),
        "09:05"
    );
    let wednesday = jiff::civil::date(2026, 11, 25);
    let day = |code| weekday(&tag(code), wednesday);
    assert_eq!(day("en"), "Wednesday");
    assert_eq!(day("en-US"), "Wednesday");
    assert_eq!(day("fr"), "mercredi");
    assert_eq!(day("ko"), "수요일");
    assert_eq!(day("de"), "Mittwoch");
    assert_eq!(day("cs"), "středa");
    assert_eq!(day("es"), "miércoles");
    assert_eq!(day("it"), "mercoledì");
}

#[test]
fn languages_and_countries_are_named_in_each_language() {
    let language = |in_, of| language_name(&tag(in_), &tag(of));
    assert_eq!(language("en", "de").as_deref(), Some("German"));
    assert_eq!(language("en-US", "ko").as_deref(), Some("Korean"));
    assert_eq!(language("fr", "de").as_deref(), Some("allemand"));
    assert_eq!(language("fr", "ko").as_deref(), Some("coréen"));
    assert_eq!(language("ko", "de").as_deref(), Some("독일어"));
    assert_eq!(language("ko", "en").as_deref(), Some("영어"));
    assert_eq!(language("de", "fr").as_deref(), Some("Französisch"));
    assert_eq!(language("cs", "de").as_deref(), Some("němčina"));
    assert_eq!(language("es", "de").as_deref(), Some("alemán"));
    assert_eq!(language("it", "de").as_deref(), Some("tedesco"));
    assert_eq!(language("en", "pt-BR").as_deref(), Some("Portuguese"));
    let country = |in_, code| country_name(&tag(in_), code);
    assert_eq!(country("fr", "DE").as_deref(), Some("Allemagne"));
    assert_eq!(country("en", "de").as_deref(), Some("Germany"));
    assert_eq!(country("ko", "DE").as_deref(), Some("독일"));
    assert_eq!(country("de", "US").as_deref(), Some("Vereinigte Staaten"));
    assert_eq!(country("en", "KR").as_deref(), Some("South Korea"));
    assert_eq!(country("cs", "FR").as_deref(), Some("Francie"));
    assert_eq!(country("es", "DE").as_deref(), Some("Alemania"));
    assert_eq!(country("it", "KR").as_deref(), Some("Corea del Sud"));
    assert_eq!(country("en", "XX"), None);
    assert_eq!(country("en", "EU"), None);
}

#[test]
fn only_iso_country_codes_are_region_codes() {
    for code in ["DE", "us", " kr ", "FR", "AT", "CZ", "XK", "AQ"] {
        assert!(is_region_code(code), "{code}");
    }
    for code in ["XX", "EU", "UN", "ZZ", "001", "D", "DEU", "", "é1"] {
        assert!(!is_region_code(code), "{code}");
    }
}

#[test]
fn lists_read_naturally() {
    let items: Vec<String> = ["a", "b", "c"].map(String::from).into();
    assert_eq!(list(&tag("en"), &items), "a, b and c");
    assert_eq!(list(&tag("fr"), &items), "a, b et c");
    assert_eq!(list(&tag("de"), &items), "a, b und c");
    assert_eq!(list(&tag("es"), &items), "a, b y c");
    assert_eq!(list(&tag("it"), &items), "a, b e c");
    assert_eq!(list(&tag("cs"), &items), "a, b a\u{a0}c");
    assert_eq!(list(&tag("ko"), &items), "a, b 및 c");
    assert_eq!(list(&tag("en-US"), &items), "a, b, and c");
    assert_eq!(list(&tag("en"), &items[..2]), "a and b");
    assert_eq!(list(&tag("en"), &items[..1]), "a");
    assert_eq!(list(&tag("en"), &[]), "");
}

/// `LOCALES` is the list the data was generated for.
#[test]
fn the_locales_are_those_of_the_generation_script() {
    let script = include_str!("../../dist/cldr/generate.sh");
    let line = script
        .lines()
        .find_map(|l| l.strip_prefix("LOCALES=("))
        .unwrap();
    let generated: Vec<&str> = line.trim_end_matches(')').split_whitespace().collect();
    assert_eq!(generated, LOCALES);
}

#[test]
fn the_script_of_a_language_comes_from_cldr_s_likely_subtags() {
    for latin in ["fr", "en", "de", "cs", "vi", "sr-Latn", "fr-CA"] {
        assert!(writes_latin(latin), "{latin}");
    }
    for other in [
        "ko",
        "ja",
        "zh",
        "ru",
        "el",
        "ar",
        "sr",
        "hi",
        "",
        "not a tag",
    ] {
        assert!(!writes_latin(other), "{other}");
    }
}

//! Country codes and names: whether a code is an ISO 3166-1 country, and what a language
//! calls it. Every lookup of a country's name or code goes through here.
//!
//! REPLACED BY CLDR AT MERGE: the tables below are a stand-in, small on purpose, for the
//! CLDR data (ICU4X) another branch brings: the codes are ISO 3166-1 alpha-2's officially
//! assigned ones; the names are CLDR's for six countries in four languages. Swap the
//! bodies of `is_code` and `name`, and delete the tables; callers keep their signatures.

/// ISO 3166-1 alpha-2's officially assigned codes (249), in order.
const CODES: &str = "\
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ \
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM \
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS \
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ \
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM \
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV \
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI \
VN VU WF WS YE YT ZA ZM ZW";

/// CLDR's names of the countries the tests and the bundled campaign
/// need, in the languages the program speaks and German: code, then en, fr, de, ko.
const NAMES: [(&str, [&str; 4]); 6] = [
    ("AT", ["Austria", "Autriche", "Österreich", "오스트리아"]),
    ("DE", ["Germany", "Allemagne", "Deutschland", "독일"]),
    ("FR", ["France", "France", "Frankreich", "프랑스"]),
    (
        "GB",
        [
            "United Kingdom",
            "Royaume-Uni",
            "Vereinigtes Königreich",
            "영국",
        ],
    ),
    (
        "KR",
        ["South Korea", "Corée du Sud", "Südkorea", "대한민국"],
    ),
    (
        "US",
        ["United States", "États-Unis", "Vereinigte Staaten", "미국"],
    ),
];

const NAME_LANGUAGES: [&str; 4] = ["en", "fr", "de", "ko"];

/// Whether `code` (upper case, as `--country` and `country_code` are normalised) is an
/// ISO 3166-1 alpha-2 country code.
pub(crate) fn is_code(code: &str) -> bool {
    code.len() == 2 && CODES.split(' ').any(|c| c == code)
}

/// The name of the country `code` in `language` (a BCP 47 code; its first subtag is
/// what counts), when known: None for an unknown code or a language without data.
pub(crate) fn name(code: &str, language: &str) -> Option<String> {
    let language = language.split(['-', '_']).next().unwrap_or_default();
    let column = NAME_LANGUAGES.iter().position(|l| *l == language)?;
    NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, names)| names[column].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_3166_s() {
        assert_eq!(CODES.split(' ').count(), 249);
        assert!(is_code("DE") && is_code("KR") && is_code("US"));
        assert!(!is_code("XX") && !is_code("de") && !is_code("DEU") && !is_code(""));
    }

    #[test]
    fn names_are_in_the_language_asked() {
        assert_eq!(name("DE", "fr").as_deref(), Some("Allemagne"));
        assert_eq!(name("FR", "de-AT").as_deref(), Some("Frankreich"));
        assert_eq!(name("XX", "en"), None);
    }
}

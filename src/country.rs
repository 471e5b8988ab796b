//! Country codes and names: whether a code is an ISO 3166-1 country, and what a language
//! calls it, from CLDR (`locale`). Every lookup of a country's name or code goes through
//! here.

use crate::locale;

/// Whether `code` (upper case, as `--country` and `country_code` are normalised) is an
/// ISO 3166-1 alpha-2 country code.
pub(crate) fn is_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && locale::is_region_code(code)
}

/// The name of the country `code` in `language` (a BCP 47 code), when CLDR has it: None
/// for an unknown code or a language outside the program's CLDR data.
pub(crate) fn name(code: &str, language: &str) -> Option<String> {
    let tag = locale::parse(language)?;
    locale::country_name(&tag, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_3166_s() {
        assert!(is_code("DE") && is_code("KR") && is_code("US"));
        assert!(!is_code("XX") && !is_code("de") && !is_code("DEU") && !is_code(""));
        assert!(!is_code("EU") && !is_code("ZZ"));
    }

    #[test]
    fn names_are_in_the_language_asked() {
        assert_eq!(name("DE", "fr").as_deref(), Some("Allemagne"));
        assert_eq!(name("FR", "de-AT").as_deref(), Some("Frankreich"));
        assert_eq!(name("US", "en").as_deref(), Some("United States"));
        assert_eq!(name("DE", "ko").as_deref(), Some("독일"));
        assert_eq!(name("XX", "en"), None);
    }
}

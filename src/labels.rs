//! The words the program writes around and inside a letter, in the letter's language:
//! Fluent messages of the letter areas (`words/<lang>/package.ftl` and `page.ftl`, the
//! campaign's own first), said once when the letter is composed.

use jiff::civil::Date;

use crate::locale;
use crate::words::{Words, t};

/// A letter's words, in its language: each said when asked, so that a run reads only
/// the files of the words it prints (a message reads none of the package's).
#[derive(Debug, Clone)]
pub(crate) struct Labels {
    /// The letter's words.
    words: Words,
}

impl Labels {
    pub(crate) fn of(words: &Words) -> Labels {
        Labels {
            words: words.clone(),
        }
    }

    pub(crate) fn subject(&self) -> String {
        t!(&self.words, "package-subject")
    }

    pub(crate) fn to(&self) -> String {
        t!(&self.words, "package-to")
    }

    pub(crate) fn cc(&self) -> String {
        t!(&self.words, "package-cc")
    }

    pub(crate) fn body(&self) -> String {
        t!(&self.words, "package-letter")
    }

    pub(crate) fn addresses(&self) -> String {
        t!(&self.words, "package-addresses")
    }

    pub(crate) fn phone(&self) -> String {
        t!(&self.words, "package-phone")
    }

    pub(crate) fn post(&self) -> String {
        t!(&self.words, "package-post")
    }

    pub(crate) fn no_email(&self) -> String {
        t!(&self.words, "package-no-email")
    }

    pub(crate) fn look_on(&self) -> String {
        t!(&self.words, "package-look-on")
    }

    pub(crate) fn added(&self) -> String {
        t!(&self.words, "package-added")
    }

    /// The colon with the space the language puts before it (French: a no-break space).
    pub(crate) fn colon(&self) -> String {
        t!(&self.words, "package-colon")
    }

    /// The semicolon with the space the language puts before it.
    pub(crate) fn semicolon(&self) -> String {
        t!(&self.words, "package-semicolon")
    }

    /// An office and the person who holds it: "Mayor of Icheon, Kim Kyung-hee".
    pub(crate) fn named(&self, office: &str, name: &str) -> String {
        t!(
            &self.words,
            "package-named",
            office = office.to_string(),
            name = name.to_string()
        )
    }

    /// Heads the original letter printed after its translation, in the same envelope.
    /// (Said when asked: only printed letters read the page's words.)
    pub(crate) fn original(&self) -> String {
        t!(&self.words, "page-original")
    }

    /// The subject line of a printed letter: "Subject: …".
    pub(crate) fn subject_line(&self, subject: &str) -> String {
        t!(&self.words, "page-subject", subject = subject.to_string())
    }

    /// « Lyon, le 25 novembre 2026 », "Lyon, 25 November 2026", "2026년 11월 25일".
    pub(crate) fn place_and_date(&self, town: Option<&str>, date: Date) -> String {
        let w = &self.words;
        let written = w.date(date);
        // The day, month and year as numbers too, for a campaign's words in a language
        // outside the program's CLDR data, which writes its dates itself.
        let (day, month, year) = (date.day(), date.month(), date.year().to_string());
        match town {
            Some(town) => t!(
                w,
                "page-place-date",
                town = town.to_string(),
                date = written,
                day = day,
                month = month,
                year = year
            ),
            None => t!(
                w,
                "page-date",
                date = written,
                day = day,
                month = month,
                year = year
            ),
        }
    }

    /// "It is 14:05 on Wednesday in Limoges (Europe/Paris).": the time and the weekday
    /// as CLDR writes them in the letter's language, with the clock of its territory.
    pub(crate) fn local_time(&self, zoned: &jiff::ZonedDateTime, place: &str) -> String {
        let w = &self.words;
        let tag = w.tag();
        let time = locale::time_of_day(&tag, zoned.time());
        let time = match tag.language.as_str() {
            "fr" => french_time(&time),
            _ => time,
        };
        let day = locale::weekday(&tag, zoned.date());
        let zone = zoned.time_zone().iana_name().unwrap_or("UTC");
        t!(
            w,
            "package-local-time",
            time = time,
            day = day,
            place = place.to_string(),
            zone = zone.to_string()
        )
    }
}

/// "14:05" as French writes it: "14 h 05", "12 h" on the hour, with no-break spaces.
fn french_time(time: &str) -> String {
    // French writes the hour without a leading zero: 9 h 45.
    let time = time
        .strip_prefix('0')
        .filter(|t| t.len() == 4)
        .unwrap_or(time);
    match time.split_once(':') {
        Some((hours, "00")) => format!("{hours}\u{a0}h"),
        Some((hours, minutes)) => format!("{hours}\u{a0}h\u{a0}{minutes}"),
        None => time.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(code: &str) -> Labels {
        Labels::of(&Words::letter(code, Default::default()))
    }

    #[test]
    fn local_time_names_the_day_and_zone() {
        let zoned: jiff::ZonedDateTime = "2026-11-25T14:05:00+01:00[Europe/Paris]".parse().unwrap();
        assert_eq!(
            labels("en").local_time(&zoned, "Limoges"),
            "It is 14:05 on Wednesday in Limoges (Europe/Paris)."
        );
        assert_eq!(
            labels("fr").local_time(&zoned, "Limoges"),
            "Limoges, heure locale\u{a0}: mercredi, 14\u{a0}h\u{a0}05 (Europe/Paris)."
        );
        assert_eq!(
            labels("ko").local_time(&zoned, "리모주"),
            "리모주 현지 시각: 수요일 14:05(Europe/Paris)"
        );
        assert_eq!(french_time("12:00"), "12\u{a0}h");
        assert_eq!(french_time("09:45"), "9\u{a0}h\u{a0}45");
        assert_eq!(french_time("00:05"), "0\u{a0}h\u{a0}05");
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = jiff::civil::date(2026, 11, 25);
        let first = jiff::civil::date(2026, 12, 1);
        assert_eq!(
            labels("fr").place_and_date(Some("Lyon"), day),
            "Lyon, le 25 novembre 2026"
        );
        assert_eq!(
            labels("fr").place_and_date(None, first),
            "Le 1er décembre 2026"
        );
        assert_eq!(
            labels("en").place_and_date(Some("Leeds"), day),
            "Leeds, 25 November 2026"
        );
        assert_eq!(
            labels("ko").place_and_date(Some("서울"), day),
            "2026년 11월 25일"
        );
        assert_eq!(labels("fr").subject_line("X"), "Objet\u{a0}: X");
    }
}

//! The words the program itself prints around a letter, in the letter's language.
//! A campaign may declare a language this table does not know: English is used then.

use crate::locale::{self, Tag};

pub(crate) struct Labels {
    pub subject: &'static str,
    pub to: &'static str,
    pub cc: &'static str,
    pub body: &'static str,
    pub addresses: &'static str,
    pub phone: &'static str,
    pub post: &'static str,
    pub no_email: &'static str,
    pub look_on: &'static str,
    pub added: &'static str,
    /// The colon and semicolon with the space the language puts before them: French
    /// puts a no-break space before a colon and a narrow one before a semicolon.
    pub colon: &'static str,
    pub semicolon: &'static str,
    /// Heads the original letter printed after its translation, in the same envelope.
    pub original: &'static str,
    /// An office and the person who holds it: "Mayor of Icheon, Kim Kyung-hee".
    pub named: fn(&str, &str) -> String,
    local_time: fn(&str, &str, &str, &str) -> String,
}

const EN: Labels = Labels {
    subject: "Subject",
    to: "To",
    cc: "Cc",
    body: "Letter",
    addresses: "Postal addresses",
    phone: "Phone",
    post: "Social post",
    no_email: "no email address on file",
    look_on: "look for one on",
    added: "added by you",
    colon: ":",
    semicolon: ";",
    original: "The original letter, of which the preceding pages are a translation:",
    named: |office, name| format!("{office}, {name}"),
    local_time: |time, day, place, zone| format!("It is {time} on {day} in {place} ({zone})."),
};

const FR: Labels = Labels {
    subject: "Objet",
    to: "À",
    cc: "Cc",
    body: "Lettre",
    addresses: "Adresses postales",
    phone: "Téléphone",
    post: "Message pour les réseaux sociaux",
    no_email: "aucune adresse électronique connue",
    look_on: "cherchez-en une sur",
    added: "ajoutée par vous",
    colon: "\u{a0}:",
    semicolon: "\u{202f};",
    original: "La lettre originale, dont les pages précédentes sont la traduction\u{a0}:",
    named: |office, name| format!("{office}, {name}"),
    local_time: |time, day, place, zone| {
        format!("Il est {} ce {day} à {place} ({zone}).", french_time(time))
    },
};

const KO: Labels = Labels {
    subject: "제목",
    to: "받는 사람",
    cc: "참조",
    body: "편지",
    addresses: "우편 주소",
    phone: "전화",
    post: "소셜 미디어 게시물",
    no_email: "등록된 이메일 주소 없음",
    look_on: "찾아볼 곳:",
    added: "직접 추가함",
    colon: ":",
    semicolon: ",",
    original: "원본 서한입니다. 앞의 글은 이 서한을 옮긴 것입니다.",
    named: |office, name| format!("{office}({name})"),
    local_time: |time, day, place, zone| format!("{place} 현지 시각: {day} {time}({zone})"),
};

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

impl Labels {
    pub(crate) fn of(language: &str) -> &'static Labels {
        match language {
            "fr" => &FR,
            "ko" => &KO,
            _ => &EN,
        }
    }

    /// "It is 14:05 on Wednesday in Limoges (Europe/Paris).": the time and the weekday
    /// as CLDR writes them for `tag`.
    pub(crate) fn local_time(&self, tag: &Tag, zoned: &jiff::ZonedDateTime, place: &str) -> String {
        let time = locale::time_of_day(tag, zoned.time());
        let day = &locale::weekday(tag, zoned.date());
        let zone = zoned.time_zone().iana_name().unwrap_or("UTC");
        (self.local_time)(&time, day, place, zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_time_names_the_day_and_zone() {
        let zoned: jiff::ZonedDateTime = "2026-11-25T14:05:00+01:00[Europe/Paris]".parse().unwrap();
        let tag = |code| locale::parse(code).unwrap();
        assert_eq!(
            Labels::of("en").local_time(&tag("en"), &zoned, "Limoges"),
            "It is 14:05 on Wednesday in Limoges (Europe/Paris)."
        );
        assert_eq!(
            Labels::of("fr").local_time(&tag("fr"), &zoned, "Limoges"),
            "Il est 14\u{a0}h\u{a0}05 ce mercredi à Limoges (Europe/Paris)."
        );
        assert_eq!(
            Labels::of("ko").local_time(&tag("ko"), &zoned, "리모주"),
            "리모주 현지 시각: 수요일 14:05(Europe/Paris)"
        );
        assert_eq!(
            Labels::of("en").local_time(&tag("en-US"), &zoned, "Limoges"),
            "It is 2:05\u{202f}PM on Wednesday in Limoges (Europe/Paris)."
        );
        assert_eq!(french_time("12:00"), "12\u{a0}h");
        assert_eq!(french_time("09:45"), "9\u{a0}h\u{a0}45");
        assert_eq!(french_time("00:05"), "0\u{a0}h\u{a0}05");
    }
}

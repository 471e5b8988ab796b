//! The plain-text package, whole or one piece at a time.

use std::fmt::Write;

use dialoguer::console;
use unicode_width::UnicodeWidthStr;

use super::{Part, Piece, composed};
use crate::labels::Labels;
use crate::letter::{Letter, Recipient};

/// Whether headings may carry terminal escape codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Plain,
    Color,
}

pub(crate) fn text(letter: &Letter, part: Part, style: Style) -> String {
    let labels = &letter.labels;
    match part {
        Part::All => {
            let mut out = String::new();
            let mut section = |title: &str, content: String| {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&heading(title, style));
                out.push_str(&content);
                if !content.ends_with('\n') {
                    out.push('\n');
                }
            };
            section(&labels.subject(), subject(letter));
            section(&labels.to(), recipient_lines(&letter.to, labels));
            if !letter.cc.is_empty() {
                section(&labels.cc(), recipient_lines(&letter.cc, labels));
            }
            section(&labels.body(), letter.message());
            if !letter.postal.is_empty() {
                section(&labels.addresses(), addresses(letter, labels));
            }
            if letter.phone.is_some() {
                section(&labels.phone(), phone(letter, labels));
            }
            section(&labels.post(), line(composed(&letter.post)));
            out
        }
        Part::Only(Piece::Subject) => subject(letter),
        Part::Only(Piece::Body) => with_newline(&letter.message()),
        Part::Only(Piece::Recipients) => recipients(letter, labels),
        Part::Only(Piece::Addresses) => addresses(letter, labels),
        Part::Only(Piece::Phone) => phone(letter, labels),
        Part::Only(Piece::Post) => line(composed(&letter.post)),
        Part::Only(Piece::Share) => line(composed(&letter.share)),
    }
}

/// Each line longer than `width` columns broken at its spaces, never at a no-break space
/// (French puts one before : ; ! ?), with the width measured as a terminal shows it.
pub(crate) fn wrap(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width.max(20))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        // At spaces only: a hyphenated word stays whole.
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    let mut out = String::with_capacity(text.len() + text.len() / 50);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if body.width() <= width {
            out.push_str(line);
            continue;
        }
        out.push_str(&textwrap::fill(body, &options));
        out.push_str(end);
    }
    out
}

fn heading(title: &str, style: Style) -> String {
    match style {
        Style::Plain => format!("{title}\n{}\n", "=".repeat(title.width())),
        Style::Color => format!(
            "{}\n",
            console::Style::new()
                .bold()
                .force_styling(true)
                .apply_to(title)
        ),
    }
}

fn line(text: &str) -> String {
    format!("{}\n", text.trim_end())
}

fn with_newline(text: &str) -> String {
    if text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

fn subject(letter: &Letter) -> String {
    line(composed(&letter.subject))
}

fn recipients(letter: &Letter, labels: &Labels) -> String {
    let mut out = String::new();
    for (label, list) in [(labels.to(), &letter.to), (labels.cc(), &letter.cc)] {
        for recipient in list {
            let _ = writeln!(
                out,
                "{label}{} {}",
                labels.colon(),
                describe(recipient, labels)
            );
        }
    }
    out
}

fn recipient_lines(list: &[Recipient], labels: &Labels) -> String {
    list.iter()
        .map(|r| format!("{}\n", describe(r, labels)))
        .collect()
}

/// "Mayor of Limoges <mayor@example.org>", or the office and where to look.
fn describe(recipient: &Recipient, labels: &Labels) -> String {
    let who = match (&recipient.office, &recipient.name) {
        (Some(office), Some(name)) => labels.named(office, name),
        (Some(office), None) => office.clone(),
        (None, _) => labels.added(),
    };
    match (&recipient.email, &recipient.website) {
        (Some(email), _) => format!("{who} <{email}>"),
        (None, Some(site)) => format!(
            "{who}{} {}{} {} {site}",
            labels.colon(),
            labels.no_email(),
            labels.semicolon(),
            labels.look_on()
        ),
        (None, None) => format!("{who}{} {}", labels.colon(), labels.no_email()),
    }
}

fn addresses(letter: &Letter, labels: &Labels) -> String {
    letter
        .postal
        .iter()
        .map(|p| {
            let mut block = format!("{}{}\n", p.label, labels.colon());
            for l in &p.lines {
                let _ = writeln!(block, "    {l}");
            }
            block
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn phone(letter: &Letter, labels: &Labels) -> String {
    match &letter.phone {
        Some(p) => format!(
            "{}{} {}\n{}\n\n{}",
            p.office,
            labels.colon(),
            p.number,
            p.local_time,
            with_newline(&p.script)
        ),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_at_spaces_and_never_at_a_no_break_space() {
        let text = "Pensez-vous qu’une ville puisse être jumelée\u{a0}? Oui\u{202f}! Short.\n\nA\n";
        let wrapped = wrap(text, 44);
        for line in wrapped.lines() {
            assert!(line.width() <= 44, "{line:?}");
            assert!(!line.starts_with('?') && !line.starts_with('!'), "{line:?}");
        }
        assert!(wrapped.contains("jumelée\u{a0}?"));
        assert!(wrapped.ends_with("\n\nA\n"));
        // Korean lines break between words.
        let korean = wrap(
            "이천은 한국에서 개고기를 가장 많이 공급하고 소비하는 도시 가운데 하나입니다.",
            30,
        );
        assert!(korean.lines().all(|l| l.width() <= 30));
        assert_eq!(
            korean.replace('\n', " "),
            "이천은 한국에서 개고기를 가장 많이 공급하고 소비하는 도시 가운데 하나입니다."
        );
    }
}

//! The terminal prompts, behind one small seam (`Ask`) so the questions can be driven
//! without a terminal. Prompts draw on the terminal, never on stdout, which carries only
//! the letter. Lists are dialoguer's; typed answers, yes-or-no ones included, are read
//! by rustyline, which edits by grapheme and measures display width (Korean, combining
//! accents, emoji), and takes a pasted block of lines as one answer. A yes or a no is
//! typed in the user's language (`o` for oui, `예` or `y`), which dialoguer's
//! yes-or-no question, bound to y and n, cannot take.

use std::io::ErrorKind;

use dialoguer::console::{Term, style};
use dialoguer::theme::ColorfulTheme;
use dialoguer::{MultiSelect, Select};
use rustyline::config::{Behavior, Config};
use rustyline::error::ReadlineError;

use crate::error::{Error, Result};
use crate::exit_codes::ExitCode;
use crate::values::Checked;
use crate::words::{Words, t};

/// The fewest rows a list question can be drawn in.
const MIN_ROWS: u16 = 3;

/// A check of a typed answer: the value kept, or why it was refused.
pub(crate) type Check<'a> = &'a dyn Fn(&str) -> Checked;

/// Asking the user, one question at a time. Text answers are checked by `check`, and
/// asked again with its reason until they pass.
pub(crate) trait Ask {
    /// One item of a list; the index chosen.
    /// `w` speaks the language of the question, for what the prompt adds of its own
    /// (a yes or a no, the reason a read failed).
    fn choose(
        &mut self,
        w: &Words,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize>;
    /// Some items of a list, ticked and unticked with Space; the indexes chosen, in
    /// order. `ticked` says which are ticked at first.
    fn choose_many(
        &mut self,
        w: &Words,
        prompt: &str,
        items: &[String],
        ticked: &[bool],
    ) -> Result<Vec<usize>>;
    /// A line of text that must be given.
    fn text(
        &mut self,
        w: &Words,
        prompt: &str,
        default: Option<&str>,
        check: Check,
    ) -> Result<String>;
    /// A line of text that may be left empty: then None.
    fn optional_text(
        &mut self,
        w: &Words,
        prompt: &str,
        default: Option<&str>,
        check: Check,
    ) -> Result<Option<String>>;
    fn confirm(&mut self, w: &Words, prompt: &str, default: bool) -> Result<bool>;
}

use crate::interrupt::show_cursor;

/// The real terminal, on stderr.
pub(crate) struct Terminal {
    term: Term,
    theme: ColorfulTheme,
}

impl Terminal {
    /// Takes over Ctrl-C: whatever the prompt was doing, the cursor comes back and the
    /// program ends with 130, having written nothing.
    pub(crate) fn new() -> Terminal {
        crate::interrupt::install();
        Terminal {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
        }
    }

    /// A typed answer, asked again with the reason until `check` takes it; Enter on an
    /// empty line takes the default. `shown` is the question as the line shows it. With
    /// the answer, the rows of the screen the last question and its answer took.
    fn line(
        &mut self,
        w: &Words,
        shown: &str,
        default: Option<&str>,
        optional: bool,
        check: Check,
    ) -> Result<(String, Option<usize>)> {
        let shown = format!("{} {shown}", style("?").yellow());
        // The terminal itself, not stdout: `sister-letter > letter.txt` still asks.
        let config = Config::builder()
            .behavior(Behavior::PreferTerm)
            .auto_add_history(false)
            .bracketed_paste(true)
            .build();
        let mut editor = rustyline::DefaultEditor::with_config(config)
            .map_err(|e| Error::failed(t!(w, "prompt-cannot-read", why = readline_error(w, &e))))?;
        loop {
            let typed = match editor.readline(&shown) {
                Ok(typed) => typed,
                Err(ReadlineError::Interrupted | ReadlineError::Eof) => {
                    return Err(Error::Interrupted);
                }
                Err(e) => {
                    return Err(Error::failed(t!(
                        w,
                        "prompt-cannot-read",
                        why = readline_error(w, &e)
                    )));
                }
            };
            let rows = rows(&format!("{shown}{typed}"), self.term.size().1);
            let answer = match (typed.trim().is_empty(), default) {
                (true, Some(default)) => default.to_string(),
                _ => typed,
            };
            if optional && answer.trim().is_empty() {
                return Ok((String::new(), rows));
            }
            match check(&answer) {
                Ok(_) => return Ok((answer, rows)),
                Err(why) => {
                    let _ = self.term.write_line(&format!("{} {why}", style("✘").red()));
                }
            }
        }
    }
}

/// The rows of a screen `columns` wide that a typed question and its answer take, as
/// the line editor draws them: a character too wide for what is left of a row starts
/// the next one, a row filled to its last column moves the cursor to the next, and each
/// line of a pasted block starts a row of its own.
fn rows(text: &str, columns: u16) -> Option<usize> {
    use unicode_width::UnicodeWidthChar;
    let columns = usize::from(columns);
    if columns == 0 {
        return None;
    }
    let plain = dialoguer::console::strip_ansi_codes(text);
    let mut rows = 0;
    for line in plain.split('\n') {
        let mut column = 0;
        rows += 1;
        for c in line.chars() {
            let width = c.width().unwrap_or(0);
            if column + width > columns {
                rows += 1;
                column = 0;
            }
            column += width;
        }
        if column == columns {
            rows += 1;
        }
    }
    Some(rows)
}

/// The line editor's error in words: a system error in the user's language.
fn readline_error(w: &Words, e: &ReadlineError) -> String {
    match e {
        ReadlineError::Io(e) => crate::error::plain(w, e),
        other => other.to_string(),
    }
}

/// A question with its default, as a typed line shows it: `Save as [letter.eml]: `.
fn with_default(w: &Words, prompt: &str, default: Option<&str>) -> String {
    let line = match default {
        Some(default) => t!(
            w,
            "prompt-line-default",
            prompt = prompt.to_string(),
            default = default.to_string()
        ),
        None => t!(w, "prompt-line", prompt = prompt.to_string()),
    };
    format!("{line} ")
}

/// A typed yes or no, in the language spoken or in English: yes, no, or neither.
fn yes_or_no(w: &Words, answer: &str) -> Option<bool> {
    let answer = answer.trim().to_lowercase();
    let among = |words: String| words.split(',').any(|w| w.trim() == answer);
    if among(t!(w, "prompt-yes-words")) {
        Some(true)
    } else if among(t!(w, "prompt-no-words")) {
        Some(false)
    } else {
        None
    }
}

impl Terminal {
    /// Marks a typed question answered, as the lists mark theirs: the question and
    /// the answer, over the `rows` they took, are drawn again with a check mark.
    fn answered(&self, prompt: &str, answer: &str, rows: Option<usize>) {
        let Some(rows) = rows else {
            return;
        };
        // A pasted block shows as its first line and how many more it holds.
        let answer = answer.trim();
        let shown = match answer.split_once('\n') {
            Some((first, _)) => format!("{first} … (+{})", answer.lines().count() - 1),
            None => answer.to_string(),
        };
        let line = format!("{} {prompt} · {shown}", style("✔").green());
        let _ = self.term.clear_last_lines(rows);
        let _ = self.term.write_line(&line);
    }
}

impl Default for Terminal {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        show_cursor();
    }
}

/// A prompt that ended without an answer: Ctrl-C as an interrupted read, or Esc.
fn interrupted(w: &Words, e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    show_cursor();
    if e.kind() == ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::failed(t!(
            w,
            "prompt-cannot-read",
            why = crate::error::plain(w, &e)
        ))
    }
}

/// An answer the prompt accepted but `check` still refuses (it cannot: the prompt ran
/// the same check) is reported rather than trusted.
fn checked(check: Check, answer: &str) -> Result<String> {
    check(answer).map_err(Error::usage)
}

impl Terminal {
    /// A list question drawn by dialoguer, with the care lists need: a terminal too small
    /// for one is refused before it is drawn; one made smaller while it shows ends the run
    /// as it would have before the list (dialoguer's paging panics), cursor shown, exit 2;
    /// Ctrl-C and Esc end it with 130.
    fn list<T>(
        &self,
        w: &Words,
        show: impl FnOnce(&Term, &ColorfulTheme) -> dialoguer::Result<Option<T>>,
    ) -> Result<T> {
        // A list needs three rows: dialoguer's paging panics on fewer.
        let too_small = t!(w, "prompt-terminal-too-small", rows = MIN_ROWS);
        if self.term.size().0 < MIN_ROWS {
            show_cursor();
            return Err(Error::usage(too_small));
        }
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |_| {
            show_cursor();
            crate::output::to_stderr(&format!("\n{}: {too_small}", crate::output::PROGRAM));
            std::process::exit(ExitCode::Usage.code().into());
        }));
        let chosen = show(&self.term, &self.theme);
        std::panic::set_hook(previous);
        chosen
            .map_err(|e| interrupted(w, e))?
            .ok_or(Error::Interrupted)
    }
}

impl Ask for Terminal {
    fn choose(
        &mut self,
        w: &Words,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize> {
        self.list(w, |term, theme| {
            Select::with_theme(theme)
                .with_prompt(prompt)
                .items(items)
                .default(default)
                .interact_on_opt(term)
        })
    }

    fn choose_many(
        &mut self,
        w: &Words,
        prompt: &str,
        items: &[String],
        ticked: &[bool],
    ) -> Result<Vec<usize>> {
        self.list(w, |term, theme| {
            MultiSelect::with_theme(theme)
                .with_prompt(prompt)
                .items(items)
                .defaults(ticked)
                .interact_on_opt(term)
        })
    }

    fn text(
        &mut self,
        w: &Words,
        prompt: &str,
        default: Option<&str>,
        check: Check,
    ) -> Result<String> {
        let (answer, rows) =
            self.line(w, &with_default(w, prompt, default), default, false, check)?;
        self.answered(prompt, &answer, rows);
        checked(check, &answer)
    }

    fn optional_text(
        &mut self,
        w: &Words,
        prompt: &str,
        default: Option<&str>,
        check: Check,
    ) -> Result<Option<String>> {
        let (answer, rows) =
            self.line(w, &with_default(w, prompt, default), default, true, check)?;
        self.answered(prompt, &answer, rows);
        if answer.trim().is_empty() {
            return Ok(None);
        }
        checked(check, &answer).map(Some)
    }

    fn confirm(&mut self, w: &Words, prompt: &str, default: bool) -> Result<bool> {
        let choices = match default {
            true => t!(w, "prompt-yes-no-default-yes"),
            false => t!(w, "prompt-yes-no-default-no"),
        };
        let check = |answer: &str| match yes_or_no(w, answer) {
            Some(_) => Ok(answer.to_string()),
            None => Err(t!(w, "prompt-answer-yes-or-no")),
        };
        let (answer, rows) = self.line(w, &format!("{prompt} {choices} "), None, true, &check)?;
        let yes = yes_or_no(w, &answer).unwrap_or(default);
        let said = match yes {
            true => t!(w, "prompt-yes"),
            false => t!(w, "prompt-no"),
        };
        self.answered(prompt, &said, rows);
        Ok(yes)
    }
}

/// A scripted user, for unit tests of the questions: it answers from a list, in order,
/// and keeps every question it was asked (with the reasons its typed answers were
/// refused, as a terminal would show them).
#[cfg(test)]
pub(crate) mod scripted {
    use std::collections::VecDeque;

    use super::{Ask, Check};
    use crate::error::{Error, Result};
    use crate::words::Words;

    #[derive(Debug, Clone)]
    pub(crate) enum Answer {
        /// The item whose text contains this.
        Choose(&'static str),
        /// In a list to tick: the items whose text contains one of these, and no other.
        Tick(&'static [&'static str]),
        /// Typed text; an empty line takes the default.
        Type(&'static str),
        Confirm(bool),
        /// Ctrl-C.
        Interrupt,
    }

    #[derive(Default)]
    pub(crate) struct Scripted {
        answers: VecDeque<Answer>,
        /// Every question, in order, and under it what was said of a refused answer.
        pub transcript: Vec<String>,
    }

    impl Scripted {
        pub(crate) fn new(answers: &[Answer]) -> Scripted {
            Scripted {
                answers: answers.iter().cloned().collect(),
                transcript: Vec::new(),
            }
        }

        pub(crate) fn finished(&self) -> bool {
            self.answers.is_empty()
        }

        fn next(&mut self, prompt: &str) -> Result<Answer> {
            self.transcript.push(prompt.to_string());
            match self.answers.pop_front() {
                Some(Answer::Interrupt) => Err(Error::Interrupted),
                Some(answer) => Ok(answer),
                None => panic!("no answer scripted for {prompt:?}"),
            }
        }

        fn line(
            &mut self,
            prompt: &str,
            default: Option<&str>,
            optional: bool,
            check: Check,
        ) -> Result<Option<String>> {
            loop {
                let typed = match self.next(prompt)? {
                    Answer::Type("") => default.unwrap_or(""),
                    Answer::Type(text) => text,
                    other => panic!("{prompt:?} wants text, the script has {other:?}"),
                };
                if optional && typed.trim().is_empty() {
                    return Ok(None);
                }
                match check(typed) {
                    Ok(value) => return Ok(Some(value)),
                    Err(why) => self.transcript.push(format!("  refused: {why}")),
                }
            }
        }
    }

    impl Ask for Scripted {
        fn choose(
            &mut self,
            _w: &Words,
            prompt: &str,
            items: &[String],
            _default: usize,
        ) -> Result<usize> {
            match self.next(prompt)? {
                Answer::Choose(text) => Ok(items
                    .iter()
                    .position(|i| i.contains(text))
                    .unwrap_or_else(|| panic!("{prompt:?} offers no {text:?}: {items:?}"))),
                other => panic!("{prompt:?} is a list, the script has {other:?}"),
            }
        }

        fn choose_many(
            &mut self,
            _w: &Words,
            prompt: &str,
            items: &[String],
            ticked: &[bool],
        ) -> Result<Vec<usize>> {
            assert_eq!(
                items.len(),
                ticked.len(),
                "{prompt:?}: a tick for each item"
            );
            let answer = self.next(prompt)?;
            let shown: Vec<&str> = (0..items.len())
                .filter(|&i| ticked[i])
                .map(|i| items[i].as_str())
                .collect();
            self.transcript
                .push(format!("  ticked at first: {}", shown.join(", ")));
            match answer {
                Answer::Tick(texts) => Ok((0..items.len())
                    .filter(|&i| texts.iter().any(|t| items[i].contains(t)))
                    .collect()),
                other => panic!("{prompt:?} is a list to tick, the script has {other:?}"),
            }
        }

        fn text(
            &mut self,
            _w: &Words,
            prompt: &str,
            default: Option<&str>,
            check: Check,
        ) -> Result<String> {
            Ok(self
                .line(prompt, default, false, check)?
                .unwrap_or_default())
        }

        fn optional_text(
            &mut self,
            _w: &Words,
            prompt: &str,
            default: Option<&str>,
            check: Check,
        ) -> Result<Option<String>> {
            self.line(prompt, default, true, check)
        }

        fn confirm(&mut self, _w: &Words, prompt: &str, _default: bool) -> Result<bool> {
            match self.next(prompt)? {
                Answer::Confirm(yes) => Ok(yes),
                other => panic!("{prompt:?} is yes or no, the script has {other:?}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_s_rows_are_counted_as_the_editor_draws_them() {
        assert_eq!(rows("", 80), Some(1));
        assert_eq!(rows(&"x".repeat(79), 80), Some(1));
        // Filled to the last column: the cursor is on the next row.
        assert_eq!(rows(&"x".repeat(80), 80), Some(2));
        assert_eq!(rows(&"x".repeat(81), 80), Some(2));
        // Hangul is two columns wide: with one column left, a syllable starts a row.
        assert_eq!(rows(&format!("x{}", "한".repeat(40)), 80), Some(2));
        assert_eq!(rows(&"한".repeat(39), 80), Some(1));
        // Escapes take no column.
        assert_eq!(
            rows(&format!("\x1b[33m?\x1b[0m {}", "x".repeat(77)), 80),
            Some(1)
        );
        // Each pasted line starts a row.
        assert_eq!(rows("? note: a\nb\n", 80), Some(3));
    }

    #[test]
    fn a_yes_or_no_is_taken_in_the_language_spoken_and_in_english() {
        let w = Words::speaking("fr").unwrap();
        for yes in ["o", "Oui", " OUI ", "y", "yes"] {
            assert_eq!(yes_or_no(&w, yes), Some(true), "{yes}");
        }
        for no in ["n", "Non", "no"] {
            assert_eq!(yes_or_no(&w, no), Some(false), "{no}");
        }
        assert_eq!(yes_or_no(&w, "peut-être"), None);
        assert_eq!(
            with_default(&w, "Enregistrer sous", Some("a.eml")),
            "Enregistrer sous [a.eml]\u{a0}: "
        );
        let w = Words::speaking("ko").unwrap();
        assert_eq!(yes_or_no(&w, "예"), Some(true));
        assert_eq!(yes_or_no(&w, "네"), Some(true));
        assert_eq!(yes_or_no(&w, "아니요"), Some(false));
        assert_eq!(yes_or_no(&w, "o"), None, "o is French, not Korean");
        let w = Words::english();
        assert_eq!(yes_or_no(&w, "oui"), None);
        assert_eq!(with_default(&w, "Save as", None), "Save as: ");
    }
}

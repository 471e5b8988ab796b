//! The terminal prompts, behind one small seam (`Ask`) so the request can be resolved
//! without a terminal. Prompts draw on stderr: stdout carries only the letter.

use std::io::{ErrorKind, Write};

use dialoguer::console::Term;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, Select};

use crate::error::{Error, Result};

/// Asking the user, one question at a time.
pub trait Ask {
    /// One item of a list; the index chosen.
    fn choose(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize>;
    /// A line of text, checked by `check`, asked again until it passes. When `optional`,
    /// an empty answer gives None.
    fn text(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        optional: bool,
        check: &dyn Fn(&str) -> Result<String>,
    ) -> Result<Option<String>>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
}

/// Shows the cursor again: dialoguer hides it in lists and leaves its return to us.
fn show_cursor() {
    let mut err = std::io::stderr();
    let _ = err.write_all(b"\x1b[?25h");
    let _ = err.flush();
}

/// The real terminal, on stderr.
pub struct Terminal {
    term: Term,
    theme: ColorfulTheme,
}

impl Terminal {
    /// Takes over Ctrl-C: whatever the prompt was doing, the cursor comes back and the
    /// program ends with 130, having written nothing.
    pub fn new() -> Terminal {
        let _ = ctrlc::set_handler(|| {
            show_cursor();
            let _ = std::io::stderr().write_all(b"\n");
            std::process::exit(crate::exit_codes::ExitCode::Interrupted.code().into());
        });
        Terminal {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
        }
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
fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    show_cursor();
    if e.kind() == ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::failed(format!("cannot read from the terminal: {e}"))
    }
}

/// "--name: the name is empty" reads as "the name is empty" at a prompt.
fn without_flag(message: &str) -> String {
    match message.split_once(": ") {
        Some((flag, rest)) if flag.starts_with("--") => rest.to_string(),
        _ => message.to_string(),
    }
}

impl Ask for Terminal {
    fn choose(&mut self, prompt: &str, items: &[String], default: usize) -> Result<usize> {
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact_on_opt(&self.term)
            .map_err(interrupted)?
            .ok_or(Error::Interrupted)
    }

    fn text(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        optional: bool,
        check: &dyn Fn(&str) -> Result<String>,
    ) -> Result<Option<String>> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(optional)
            .validate_with(|value: &String| -> std::result::Result<(), String> {
                if optional && value.trim().is_empty() {
                    return Ok(());
                }
                check(value)
                    .map(|_| ())
                    .map_err(|e| without_flag(&e.to_string()))
            });
        if let Some(default) = default {
            input = input.default(default.to_string());
        }
        let answer = input.interact_text_on(&self.term).map_err(interrupted)?;
        if optional && answer.trim().is_empty() {
            return Ok(None);
        }
        check(&answer).map(Some)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term)
            .map_err(interrupted)?
            .ok_or(Error::Interrupted)
    }
}

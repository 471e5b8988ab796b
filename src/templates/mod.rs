//! One language's templates of a campaign, in a handlebars registry, each registered
//! under its file path so that an error names the file.

mod budget;

use std::path::{Path, PathBuf};

use handlebars::{Handlebars, RenderErrorReason, TemplateError};
use serde_json::Value;

use crate::campaign::Campaign;
use crate::error::{Error, Location, Result};
use crate::piece::{Piece, Pieces};
use crate::values::first_hidden;
use crate::words::{Words, t};

pub(crate) struct Templates {
    registry: Handlebars<'static>,
    /// The pieces added.
    pieces: Vec<Added>,
}

/// A piece's template: its file, and the names its chunks are registered under, each
/// with the line it starts at.
struct Added {
    piece: Piece,
    path: PathBuf,
    chunks: Vec<(String, usize)>,
}

impl Templates {
    /// The templates of `pieces` in `language`, read and parsed.
    pub(crate) fn load(
        w: &Words,
        campaign: &Campaign,
        language: &str,
        pieces: Pieces,
    ) -> Result<Templates> {
        let mut templates = Templates::empty();
        for piece in pieces.templated() {
            templates.add(w, campaign, language, piece)?;
        }
        Ok(templates)
    }

    /// A registry in strict mode that does not escape: letters are plain text, and
    /// `Tom & Jerry <tj>` stays as typed.
    pub(crate) fn empty() -> Templates {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        Templates {
            registry,
            pieces: Vec::new(),
        }
    }

    /// Reads and parses the template of one piece; a piece without a template adds
    /// nothing.
    pub(crate) fn add(
        &mut self,
        w: &Words,
        campaign: &Campaign,
        language: &str,
        piece: Piece,
    ) -> Result<()> {
        let Some(relative) = Campaign::template_file(language, piece) else {
            return Ok(());
        };
        let path = campaign.path_of(&relative);
        let text = campaign.read(w, &relative)?.ok_or_else(|| {
            Error::file(
                &path,
                t!(
                    w,
                    "templates-missing",
                    language = language,
                    piece = piece.name()
                ),
            )
        })?;
        // An editor may save a template with CRLF line ends: the letter has LF.
        let text = text.replace("\r\n", "\n");
        within_limits(w, &text)
            .map_err(|(line, message)| Error::at(Location::at_line(&path, line), message))?;
        let mut names = Vec::new();
        for (i, (first_line, chunk)) in chunks(&text).into_iter().enumerate() {
            let name = format!("{}#{i}", path.display());
            self.registry
                .register_template_string(&name, chunk)
                .map_err(|e| template_error(w, &path, first_line, &e))?;
            names.push((name, first_line));
        }
        self.pieces.push(Added {
            piece,
            path,
            chunks: names,
        });
        Ok(())
    }

    /// The text of a piece, filled from `context`. The piece must have been added.
    pub(crate) fn render(&self, w: &Words, piece: Piece, context: &Value) -> Result<String> {
        self.fill(w, piece, context)
            .map_err(|unfilled| unfilled.error)
    }

    /// The work of filling `chunks` of the template at `path` with `data`, within the
    /// budget; else why not, at its line.
    fn within_budget(
        &self,
        w: &Words,
        path: &Path,
        chunks: &[(String, usize)],
        data: &Value,
    ) -> std::result::Result<(), Unfilled> {
        let mut steps = 0u64;
        let largest = budget::largest(data);
        for (name, first_line) in chunks {
            let refused = |line: usize, message: String| {
                let location = Location::at_line(path, line + first_line - 1);
                Unfilled::other(Error::at(location, message))
            };
            let Some(template) = self.registry.get_template(name) else {
                continue;
            };
            steps += match budget::steps(&self.registry, template, data, largest) {
                Ok(steps) => steps,
                Err(budget::Endless::Recursive { partial, line }) => {
                    let message = t!(w, "templates-recursive-partial", name = partial);
                    return Err(refused(line, message));
                }
                Err(budget::Endless::Dynamic { line }) => {
                    return Err(refused(line, t!(w, "templates-dynamic-partial")));
                }
                Err(budget::Endless::TooMuchWork { line }) => {
                    let max = w.number(budget::MAX_STEPS as usize);
                    return Err(refused(line, t!(w, "templates-too-much-work", max = max)));
                }
            };
            if steps > budget::MAX_STEPS {
                let max = w.number(budget::MAX_STEPS as usize);
                return Err(refused(1, t!(w, "templates-too-much-work", max = max)));
            }
        }
        Ok(())
    }

    /// As `render`, with whether a failure is a variable that does not exist.
    pub(crate) fn fill(
        &self,
        w: &Words,
        piece: Piece,
        context: &Value,
    ) -> std::result::Result<String, Unfilled> {
        let Some(Added { path, chunks, .. }) = self.pieces.iter().find(|a| a.piece == piece) else {
            return Err(Unfilled::other(Error::failed(t!(
                w,
                "templates-not-loaded",
                piece = piece.name()
            ))));
        };
        let data = context;
        // The context is wrapped once for all the chunks: wrapping copies it.
        let context = handlebars::Context::wraps(context).map_err(|e| {
            Unfilled::other(Error::failed(t!(
                w,
                "templates-cannot-fill",
                why = e.to_string()
            )))
        })?;
        // Counted before anything is filled: a template that would not finish is refused
        // with its line, whatever its text.
        self.within_budget(w, path, chunks, data)?;
        let mut text = budget::Capped {
            text: Vec::new(),
            room: budget::MAX_OUTPUT,
        };
        for (name, first_line) in chunks {
            self.registry
                .render_with_context_to_write(name, &context, &mut text)
                .map_err(|e| {
                    let (message, unknown_variable) = match e.reason() {
                        _ if text.room == 0 => {
                            let max = w.number(budget::MAX_OUTPUT / 1024);
                            (t!(w, "templates-too-long-text", max = max), false)
                        }
                        RenderErrorReason::MissingVariable(Some(path)) => (
                            t!(w, "templates-unknown-variable", name = path.as_str()),
                            true,
                        ),
                        other => (other.to_string(), false),
                    };
                    let location = Location {
                        path: path.clone(),
                        line: e.line_no.map(|l| l + first_line - 1),
                        column: e.column_no,
                    };
                    Unfilled {
                        error: Error::at(location, message),
                        unknown_variable,
                    }
                })?;
        }
        // Templates are text and values are strings: the bytes are UTF-8.
        Ok(String::from_utf8_lossy(&text.text).into_owned())
    }
}

/// A path of a template as written there: `sender.name`, `../title`, `@index`.
pub(crate) fn raw(path: &handlebars::Path) -> &str {
    match path {
        handlebars::Path::Relative((_, raw)) => raw,
        handlebars::Path::Local((_, _, raw)) => raw,
    }
}

/// Why a template could not be filled.
pub(crate) struct Unfilled {
    pub error: Error,
    /// Whether it names a variable that does not exist.
    pub unknown_variable: bool,
}

impl Unfilled {
    fn other(error: Error) -> Unfilled {
        Unfilled {
            error,
            unknown_variable: false,
        }
    }
}

fn template_error(w: &Words, path: &Path, first_line: usize, e: &TemplateError) -> Error {
    let (line, column) = e.pos().unzip();
    let location = Location {
        path: path.to_path_buf(),
        line: line.map(|l| l + first_line - 1),
        column,
    };
    // The parser's own words list its grammar's rules; say what is likely wrong instead.
    let message = match e.reason() {
        handlebars::TemplateErrorReason::InvalidSyntax(_) => t!(w, "templates-syntax-not-closed"),
        other => t!(w, "templates-syntax", why = other.to_string()),
    };
    Error::at(location, message)
}

/// The largest template read, in bytes.
pub(crate) const MAX_TEMPLATE: usize = 256 * 1024;
/// The most expressions (`{{…}}`) a template may hold.
pub(crate) const MAX_EXPRESSIONS: usize = 5000;
/// The deepest blocks may nest.
pub(crate) const MAX_DEPTH: usize = 64;

/// Whether a template is small enough for the template engine, which takes time that
/// grows with the square of its expressions and stack that grows with its nesting; or
/// the line where it is not, and why.
fn within_limits(w: &Words, text: &str) -> std::result::Result<(), (usize, String)> {
    size_and_characters(w, text)?;
    expressions_and_depth(w, text)
}

/// The template's size, and no control character but line ends and tabs.
fn size_and_characters(w: &Words, text: &str) -> std::result::Result<(), (usize, String)> {
    if text.len() > MAX_TEMPLATE {
        return Err((
            1,
            t!(
                w,
                "templates-too-large",
                size = text.len() / 1024,
                max = MAX_TEMPLATE / 1024
            ),
        ));
    }
    if let Some((line, c)) = first_hidden(text) {
        let code = format!("{:04X}", c as u32);
        let message = match c.is_control() {
            true => t!(w, "templates-control-character", code = code),
            false => t!(w, "templates-hidden-character", code = code),
        };
        return Err((line, message));
    }
    Ok(())
}

/// How many expressions the template has, and how deep its blocks nest.
fn expressions_and_depth(w: &Words, text: &str) -> std::result::Result<(), (usize, String)> {
    let (mut expressions, mut depth, mut line) = (0, 0usize, 1);
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        line += rest[..open].matches('\n').count();
        expressions += 1;
        if expressions > MAX_EXPRESSIONS {
            return Err((
                line,
                t!(w, "templates-too-many-expressions", max = MAX_EXPRESSIONS),
            ));
        }
        let tag = rest[open + 2..].trim_start_matches(['~', '{']);
        if tag.starts_with('#') {
            depth += 1;
            if depth > MAX_DEPTH {
                return Err((line, t!(w, "templates-too-deep", max = MAX_DEPTH)));
            }
        } else if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        }
        rest = &rest[open + 2..];
    }
    Ok(())
}

/// A template cut into chunks that can be parsed and rendered one after another with the
/// same result: at the line starts after a blank line, outside any block. The parser
/// finds each element's line by counting from the start of its text, which costs the
/// square of a template's length; chunks keep that small. Each chunk comes with the
/// line it starts at.
fn chunks(text: &str) -> Vec<(usize, &str)> {
    let mut chunks = Vec::new();
    let (mut start, mut line, mut start_line) = (0, 1, 1);
    let mut depth: usize = 0;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        if bytes[at..].starts_with(b"{{") {
            // A tag: a block opens or closes; comments and others change nothing. Tags
            // and the marks searched for are ASCII, so every index is a char boundary.
            let end = if bytes[at..].starts_with(b"{{!--") {
                text[at..].find("--}}").map(|e| at + e + 4)
            } else {
                text[at..].find("}}").map(|e| at + e + 2)
            }
            .unwrap_or(bytes.len());
            let tag = text[at + 2..end].trim_start_matches(['~', '{']);
            if tag.starts_with('#') {
                depth += 1;
            } else if tag.starts_with('/') {
                depth = depth.saturating_sub(1);
            }
            line += text[at..end].matches('\n').count();
            at = end;
            continue;
        }
        if bytes[at] == b'\n' {
            line += 1;
            // Just after a blank line, outside any block: a chunk may start here.
            if depth == 0 && at > 0 && bytes[at - 1] == b'\n' && at + 1 < bytes.len() {
                chunks.push((start_line, &text[start..at + 1]));
                start = at + 1;
                start_line = line;
            }
        }
        at += 1;
    }
    chunks.push((start_line, &text[start..]));
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_too_large_for_the_engine_are_refused_with_their_line() {
        assert!(within_limits(&Words::english(), "Dear {{x}},\n{{#if a}}{{/if}}").is_ok());
        let deep = "{{#if a}}\n".repeat(MAX_DEPTH + 1);
        assert_eq!(
            within_limits(&Words::english(), &deep).unwrap_err().0,
            MAX_DEPTH + 1
        );
        let many = "{{x}}\n".repeat(MAX_EXPRESSIONS + 1);
        let (line, why) = within_limits(&Words::english(), &many).unwrap_err();
        assert_eq!(line, MAX_EXPRESSIONS + 1);
        assert!(why.contains("expressions"));
        assert!(within_limits(&Words::english(), &"a".repeat(MAX_TEMPLATE + 1)).is_err());
        let (line, why) = within_limits(&Words::english(), "one\ntwo\u{7}").unwrap_err();
        assert_eq!(line, 2);
        assert!(why.contains("U+0007"), "{why}");
    }

    #[test]
    fn chunks_cut_after_blank_lines_outside_blocks() {
        let text = "Dear {{x}},\n\n{{#if a}}\nA\n\nB\n{{/if}}\n\nEnd\n";
        let cut = chunks(text);
        assert_eq!(
            cut,
            [
                (1, "Dear {{x}},\n\n"),
                (3, "{{#if a}}\nA\n\nB\n{{/if}}\n\n"),
                (9, "End\n"),
            ]
        );
        assert_eq!(cut.iter().map(|(_, c)| *c).collect::<String>(), text);
        assert_eq!(chunks("one line"), [(1, "one line")]);
        assert_eq!(chunks("é{{x}}\n\nà"), [(1, "é{{x}}\n\n"), (3, "à")]);
    }

    #[test]
    fn chunks_render_as_the_whole_template_does() {
        let text = "A {{#if x}}\nyes\n\n{{else}}\nno\n{{/if}}\n\n{{#each l}}\n- {{this}}\n\n{{/each}}\nZ\n{{#if y}}\nY\n{{/if}}\n\nend";
        let mut whole = Handlebars::new();
        whole.register_template_string("t", text).unwrap();
        let mut parts = Handlebars::new();
        let names: Vec<String> = chunks(text)
            .iter()
            .enumerate()
            .map(|(i, (_, chunk))| {
                parts
                    .register_template_string(&i.to_string(), *chunk)
                    .unwrap();
                i.to_string()
            })
            .collect();
        assert!(names.len() > 2);
        for context in [
            serde_json::json!({"x": true, "l": ["a", "b"], "y": false}),
            serde_json::json!({"x": false, "l": [], "y": true}),
        ] {
            let joined: String = names
                .iter()
                .map(|n| parts.render(n, &context).unwrap())
                .collect();
            assert_eq!(joined, whole.render("t", &context).unwrap());
        }
    }
}

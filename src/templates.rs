//! One language's templates of a campaign, in a handlebars registry, each registered
//! under its file path so that an error names the file.

use handlebars::{Handlebars, RenderErrorReason, TemplateError};
use serde_json::Value;

use crate::campaign::Campaign;
use crate::error::{Error, Location, Result};
use crate::format::piece::{Piece, Pieces};

pub struct Templates {
    registry: Handlebars<'static>,
    /// The pieces added, with the names (their paths) they are registered under.
    names: Vec<(Piece, String)>,
}

impl Templates {
    /// The templates of `pieces` in `language`, read and parsed.
    pub fn load(campaign: &Campaign, language: &str, pieces: Pieces) -> Result<Templates> {
        let mut templates = Templates::empty();
        for piece in pieces.templated() {
            templates.add(campaign, language, piece)?;
        }
        Ok(templates)
    }

    /// A registry in strict mode that does not escape: letters are plain text, and
    /// `Tom & Jerry <tj>` stays as typed.
    pub fn empty() -> Templates {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        Templates {
            registry,
            names: Vec::new(),
        }
    }

    /// Reads and parses the template of one piece; a piece without a template adds
    /// nothing.
    pub fn add(&mut self, campaign: &Campaign, language: &str, piece: Piece) -> Result<()> {
        let Some(relative) = Campaign::template_file(language, piece) else {
            return Ok(());
        };
        let path = campaign.path_of(&relative);
        let text = campaign.read(&relative)?.ok_or_else(|| {
            Error::file(
                &path,
                format!(
                    "missing: the language '{language}' needs a {} template",
                    piece.name()
                ),
            )
        })?;
        let name = path.display().to_string();
        self.registry
            .register_template_string(&name, text)
            .map_err(|e| template_error(&path, &e))?;
        self.names.push((piece, name));
        Ok(())
    }

    /// The text of a piece, filled from `context`. The piece must have been added.
    pub fn render(&self, piece: Piece, context: &Value) -> Result<String> {
        let Some((_, name)) = self.names.iter().find(|(p, _)| *p == piece) else {
            return Err(Error::failed(format!(
                "the {} template was not loaded",
                piece.name()
            )));
        };
        self.registry.render(name, context).map_err(|e| {
            let message = match e.reason() {
                RenderErrorReason::MissingVariable(Some(path)) => {
                    format!("the variable `{path}` does not exist")
                }
                other => other.to_string(),
            };
            let location = Location {
                path: name.into(),
                line: e.line_no,
                column: e.column_no,
            };
            Error::at(location, message)
        })
    }
}

fn template_error(path: &std::path::Path, e: &TemplateError) -> Error {
    let (line, column) = e.pos().unzip();
    let location = Location {
        path: path.to_path_buf(),
        line,
        column,
    };
    Error::at(location, format!("template syntax: {}", e.reason()))
}

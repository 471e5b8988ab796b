//! Templates that finish: before a template is filled, the work it would take is
//! counted from its parsed form and the data it is filled with (each loop over the
//! size of what it loops over, each partial as many times as it is called), and a
//! partial that calls itself, directly or through others, is refused. Filling writes
//! into a capped buffer as well, so that no template makes more than a letter's worth
//! of text.

use std::collections::HashMap;

use handlebars::template::{DecoratorTemplate, Parameter, Template, TemplateElement};
use handlebars::{Handlebars, JsonValue as Value};

/// The most steps (texts, expressions, blocks, calls) one piece may take to fill.
pub(super) const MAX_STEPS: u64 = 100_000;
/// The most text one piece may make, in bytes.
pub(super) const MAX_OUTPUT: usize = 1024 * 1024;

/// Why a template would not finish, and where (a line of the template it was found in).
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Endless {
    /// A partial that calls itself, directly or through others.
    Recursive { partial: String, line: usize },
    /// A partial named by an expression, which cannot be followed.
    Dynamic { line: usize },
    /// More steps than `MAX_STEPS`.
    TooMuchWork { line: usize },
}

/// Counts the steps of filling `template` (registered in `registry`) with `data`, whose
/// largest list or table holds `largest` items (see `largest`).
pub(super) fn steps(
    registry: &Handlebars<'static>,
    template: &Template,
    data: &Value,
    largest: u64,
) -> Result<u64, Endless> {
    let mut inline = HashMap::new();
    inline_partials(template, &mut inline);
    let mut walk = Walk {
        registry,
        data,
        inline,
        largest: largest.max(1),
        calls: Vec::new(),
        spent: 0,
    };
    walk.template(template)
}

struct Walk<'r> {
    registry: &'r Handlebars<'static>,
    data: &'r Value,
    /// The inline partials (`{{#*inline "name"}}`) the template defines.
    inline: HashMap<String, &'r Template>,
    /// The size of the largest list or table in the data: what a loop over something
    /// that cannot be looked up from the top may go over.
    largest: u64,
    /// The partials being filled, outermost first.
    calls: Vec<String>,
    /// Steps counted so far, to stop counting as soon as there are too many.
    spent: u64,
}

impl<'r> Walk<'r> {
    fn template(&mut self, template: &'r Template) -> Result<u64, Endless> {
        let mut total: u64 = 0;
        for (i, element) in template.elements.iter().enumerate() {
            let line = template.mapping.get(i).map_or(1, |m| m.0);
            let cost = self.element(element, line)?;
            total = total.saturating_add(cost);
            self.spent = self.spent.saturating_add(cost.min(1));
            if total > MAX_STEPS {
                return Err(Endless::TooMuchWork { line });
            }
        }
        Ok(total)
    }

    fn element(&mut self, element: &'r TemplateElement, line: usize) -> Result<u64, Endless> {
        let inner = |walk: &mut Walk<'r>, t: &'r Option<Template>| match t {
            Some(t) => walk.template(t),
            None => Ok(0),
        };
        Ok(match element {
            TemplateElement::RawString(_)
            | TemplateElement::Expression(_)
            | TemplateElement::HtmlExpression(_) => 1,
            TemplateElement::Comment(_) | TemplateElement::DecoratorExpression(_) => 0,
            // Inline partials are counted where they are called.
            TemplateElement::DecoratorBlock(_) => 0,
            TemplateElement::HelperBlock(helper) => {
                let body = inner(self, &helper.template)?;
                let otherwise = inner(self, &helper.inverse)?;
                let times = match &helper.name {
                    Parameter::Name(name) if name == "each" => {
                        helper.params.first().map_or(self.largest, |p| self.size(p))
                    }
                    _ => 1,
                };
                let total = times.saturating_mul(body.saturating_add(1));
                if total > MAX_STEPS {
                    return Err(Endless::TooMuchWork { line });
                }
                total.saturating_add(otherwise)
            }
            TemplateElement::PartialExpression(partial) => 1 + self.partial(partial, line)?,
            TemplateElement::PartialBlock(partial) => {
                1 + self.partial(partial, line)? + inner(self, &partial.template)?
            }
            // Any element a later engine adds is one step.
            _ => 1,
        })
    }

    /// The steps of a partial called at `line`, followed through its own calls.
    fn partial(&mut self, partial: &'r DecoratorTemplate, line: usize) -> Result<u64, Endless> {
        let name = match &partial.name {
            Parameter::Name(name) => name.clone(),
            Parameter::Literal(Value::String(name)) => name.clone(),
            Parameter::Path(path) => super::raw(path).to_string(),
            _ => return Err(Endless::Dynamic { line }),
        };
        if self.calls.contains(&name) {
            return Err(Endless::Recursive {
                partial: name,
                line,
            });
        }
        let found = self
            .inline
            .get(&name)
            .copied()
            .or_else(|| self.registry.get_template(&name));
        // A partial that does not exist is the template engine's error to report.
        let Some(template) = found else {
            return Ok(0);
        };
        self.calls.push(name);
        let cost = self.template(template);
        self.calls.pop();
        cost
    }

    /// How many times a loop over `over` goes round: the size of what it names, looked
    /// up from the top of the data, else that of the largest list in the data.
    fn size(&self, over: &Parameter) -> u64 {
        let Parameter::Path(path) = over else {
            return self.largest;
        };
        let raw = super::raw(path);
        let raw = raw.strip_prefix("@root").unwrap_or(raw);
        let mut value = self.data;
        for segment in raw.split(['.', '/']).filter(|s| !s.is_empty()) {
            value = match value.get(segment) {
                Some(v) => v,
                None => return self.largest,
            };
        }
        match value {
            Value::Array(items) => items.len() as u64,
            Value::Object(map) => map.len() as u64,
            _ => 0,
        }
    }
}

/// Every inline partial `template` defines, at any depth.
fn inline_partials<'r>(template: &'r Template, found: &mut HashMap<String, &'r Template>) {
    for element in &template.elements {
        match element {
            TemplateElement::DecoratorBlock(decorator) => {
                let named = matches!(&decorator.name, Parameter::Name(n) if n == "inline");
                if let (true, Some(Parameter::Literal(Value::String(name))), Some(body)) =
                    (named, decorator.params.first(), decorator.template.as_ref())
                {
                    found.insert(name.clone(), body);
                }
                if let Some(body) = &decorator.template {
                    inline_partials(body, found);
                }
            }
            TemplateElement::HelperBlock(helper) => {
                for t in [&helper.template, &helper.inverse].into_iter().flatten() {
                    inline_partials(t, found);
                }
            }
            TemplateElement::PartialBlock(partial) => {
                if let Some(t) = &partial.template {
                    inline_partials(t, found);
                }
            }
            _ => {}
        }
    }
}

/// The size of the largest list or table in `value`.
pub(super) fn largest(value: &Value) -> u64 {
    match value {
        Value::Array(items) => items
            .iter()
            .map(largest)
            .max()
            .unwrap_or(0)
            .max(items.len() as u64),
        Value::Object(map) => map
            .values()
            .map(largest)
            .max()
            .unwrap_or(0)
            .max(map.len() as u64),
        _ => 0,
    }
}

/// Text filled from a template, refused past `MAX_OUTPUT` bytes.
pub(super) struct Capped {
    pub text: Vec<u8>,
    /// The room left.
    pub room: usize,
}

impl std::io::Write for Capped {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if bytes.len() > self.room {
            self.room = 0;
            return Err(std::io::Error::other("the text is too long"));
        }
        self.room -= bytes.len();
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps_of(text: &str, data: &Value) -> Result<u64, Endless> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_template_string("t", text).unwrap();
        let template = registry.get_template("t").unwrap().clone();
        steps(&registry, &template, data, largest(data))
    }

    #[test]
    fn partials_that_call_themselves_are_found_with_their_line() {
        let data = serde_json::json!({});
        assert_eq!(
            steps_of("{{#*inline \"p\"}}{{> p}}{{/inline}}\n{{> p}}", &data),
            Err(Endless::Recursive {
                partial: "p".into(),
                line: 1
            })
        );
        let through =
            "{{#*inline \"a\"}}{{> b}}{{/inline}}{{#*inline \"b\"}}{{> a}}{{/inline}}{{> a}}";
        assert!(matches!(
            steps_of(through, &data),
            Err(Endless::Recursive { .. })
        ));
        // A template that includes itself by its registered name.
        assert!(matches!(
            steps_of("x{{> t}}", &data),
            Err(Endless::Recursive { .. })
        ));
        assert!(steps_of("{{#*inline \"p\"}}hi{{/inline}}{{> p}}{{> p}}", &data).is_ok());
    }

    #[test]
    fn work_that_multiplies_is_counted_before_filling() {
        // Partials 6 deep, each calling the next 10 times: a million calls.
        let mut text = String::from("{{#*inline \"p0\"}}x{{/inline}}");
        for n in 1..=6 {
            text.push_str(&format!("{{{{#*inline \"p{n}\"}}}}"));
            for _ in 0..10 {
                text.push_str(&format!("{{{{> p{}}}}}", n - 1));
            }
            text.push_str("{{/inline}}");
        }
        text.push_str("{{> p6}}");
        assert!(text.len() < 1000);
        assert!(matches!(
            steps_of(&text, &serde_json::json!({})),
            Err(Endless::TooMuchWork { .. })
        ));
        // Loops three deep over ten thousand recipients.
        let recipients: serde_json::Map<String, Value> = (0..10_000)
            .map(|n| (format!("r{n}"), serde_json::json!({"office": "x"})))
            .collect();
        let data = serde_json::json!({ "recipients": recipients });
        let loops = "{{#each recipients}}{{#each @root.recipients}}{{#each @root.recipients}}.{{/each}}{{/each}}{{/each}}";
        assert!(matches!(
            steps_of(loops, &data),
            Err(Endless::TooMuchWork { .. })
        ));
        // A loop over the campaign's few videos is cheap.
        let data = serde_json::json!({ "videos": [{"url": "a"}, {"url": "b"}] });
        assert!(steps_of("{{#each videos}}- {{url}}\n{{/each}}", &data).unwrap() < 20);
    }
}

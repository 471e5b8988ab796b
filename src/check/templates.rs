//! The rules of `check` for templates: each parses; every variable it names exists on
//! any day, in every branch, not only the branch today's data takes; it renders with
//! today's data; a post fits X; French prose has French spacing.

use handlebars::template::{HelperTemplate, Parameter, Template, TemplateElement};
use serde_json::Value;

use super::{Problem, Subject};
use crate::campaign::Campaign;
use crate::error::Location;
use crate::letter::{LetterRequest, POST_LIMIT, Sender, every_branch, prepare, x_length};
use crate::piece::Piece;
use crate::share;
use crate::templates::{Templates, raw};
use crate::values::MAX_NAME;
use crate::words::{Words, t};

/// Every template of every language of the campaign.
pub(crate) fn templates(s: &Subject) -> Vec<Problem> {
    let mut problems = Vec::new();
    for language in s.campaign.data.languages.keys() {
        problems.extend(language_templates(s, language));
        problems.extend(own_invitation(s, language));
    }
    problems
}

/// Without a `share.hbs`, the program's own invitation fits X too (long place names
/// could make it too heavy). Without `cities` there is none to weigh.
fn own_invitation(s: &Subject, language: &str) -> Option<Problem> {
    let relative = Campaign::template_file(language, Piece::Share)?;
    if s.campaign.read(s.w, &relative).ok().flatten().is_some() {
        return None;
    }
    let text = share::own_words(s.w, s.campaign, language).ok()?;
    // A place name still to fill is reported as a placeholder, not weighed.
    if text.contains(crate::check::PLACEHOLDER) {
        return None;
    }
    let path = s.campaign.path_of(crate::campaign::CAMPAIGN_FILE);
    too_heavy(s.w, Piece::Share, &text, &path)
}

fn language_templates(s: &Subject, language: &str) -> Vec<Problem> {
    let w = s.w;
    let campaign = s.campaign;
    let request = LetterRequest {
        campaign: campaign.id().to_string(),
        language: language.to_string(),
        sender: Sender {
            name: "W".repeat(MAX_NAME),
            city: Some("Sample Town, Country".into()),
            notes: [(
                language.to_string(),
                "A sentence of the sender's own.".into(),
            )]
            .into(),
            ..Sender::default()
        },
        recipient_emails: Default::default(),
        to: Vec::new(),
        cc: Vec::new(),
        from: None,
        territory: None,
    };
    let (_, today) = prepare(w, campaign, &request, s.now);
    let any_day = every_branch(w, campaign, &request, s.now);
    let mut problems = Vec::new();
    for piece in Piece::TEMPLATED
        .into_iter()
        .chain(Piece::OPTIONALLY_TEMPLATED)
    {
        let Some(relative) = Campaign::template_file(language, piece) else {
            continue;
        };
        // A template the campaign may leave out, for the program's own words.
        if Piece::OPTIONALLY_TEMPLATED.contains(&piece)
            && campaign.read(w, &relative).ok().flatten().is_none()
        {
            continue;
        }
        let path = campaign.path_of(&relative);
        let mut templates = Templates::empty();
        if let Err(e) = templates.add(w, campaign, language, piece) {
            problems.push(Problem::from_error(e));
            continue;
        }
        let text = campaign
            .read(w, &relative)
            .ok()
            .flatten()
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if let Ok(parsed) = Template::compile(&text) {
            for (at, name) in unknown_variables(&parsed, &any_day) {
                let location = match at {
                    Some((line, column)) => Location {
                        path: path.clone(),
                        line: Some(line),
                        column: Some(column),
                    },
                    None => Location::file(&path),
                };
                problems.push(Problem::error(
                    location,
                    t!(w, "check-unknown-variable", name = name),
                ));
            }
        }
        if language == "fr" || language.starts_with("fr-") {
            problems.extend(french_spacing(w, &path, &text));
        }
        match templates.fill(w, piece, &today) {
            // An unknown variable was reported above, wherever it stands.
            Err(unfilled) if unfilled.unknown_variable => {}
            Err(unfilled) => problems.push(Problem::from_error(unfilled.error)),
            Ok(text) => problems.extend(too_heavy(w, piece, &text, &path)),
        }
    }
    problems
}

/// A post or an invitation heavier than X lets a post weigh.
fn too_heavy(w: &Words, piece: Piece, text: &str, path: &std::path::Path) -> Option<Problem> {
    let weight = x_length(text.trim());
    let message = match piece {
        Piece::Post => t!(w, "check-post-too-long", weight = weight, max = POST_LIMIT),
        Piece::Share => t!(w, "check-share-too-long", weight = weight, max = POST_LIMIT),
        _ => return None,
    };
    (weight > POST_LIMIT).then(|| Problem::error(Location::file(path), message))
}

/// Every variable of `template` that `context` does not have, in every branch, with
/// the line and column of the expression that names it.
pub(crate) fn unknown_variables(
    template: &Template,
    context: &Value,
) -> Vec<(Option<(usize, usize)>, String)> {
    let mut found = Vec::new();
    walk(template, &mut vec![context], &mut found);
    found
}

/// What a variable below an unknown value stands for: nothing can be known of it.
static UNKNOWABLE: Value = Value::Null;

fn walk<'v>(
    template: &Template,
    scopes: &mut Vec<&'v Value>,
    found: &mut Vec<(Option<(usize, usize)>, String)>,
) {
    for (i, element) in template.elements.iter().enumerate() {
        let at = template.mapping.get(i).map(|m| (m.0, m.1));
        match element {
            TemplateElement::Expression(h) | TemplateElement::HtmlExpression(h) => {
                expression(h, at, scopes, found);
            }
            TemplateElement::HelperBlock(h) => {
                for p in &h.params {
                    parameter(p, at, scopes, found);
                }
                let inner: Option<&'v Value> = match helper_name(h).as_deref() {
                    Some("each") => {
                        h.params
                            .first()
                            .and_then(|p| value_of(p, scopes))
                            .map(|v| match v {
                                Value::Array(items) => items.first().unwrap_or(&UNKNOWABLE),
                                Value::Object(map) => map.values().next().unwrap_or(&UNKNOWABLE),
                                _ => &UNKNOWABLE,
                            })
                    }
                    Some("with") => h.params.first().and_then(|p| value_of(p, scopes)),
                    _ => None,
                };
                if let Some(t) = &h.template {
                    match inner {
                        Some(scope) => {
                            scopes.push(scope);
                            walk(t, scopes, found);
                            scopes.pop();
                        }
                        None => walk(t, scopes, found),
                    }
                }
                if let Some(t) = &h.inverse {
                    walk(t, scopes, found);
                }
            }
            _ => {}
        }
    }
}

fn helper_name(h: &HelperTemplate) -> Option<String> {
    match &h.name {
        Parameter::Name(name) => Some(name.clone()),
        Parameter::Path(path) => Some(raw(path).to_string()),
        _ => None,
    }
}

/// `{{name}}` is a variable; `{{helper a b}}` names variables in its parameters.
fn expression(
    h: &HelperTemplate,
    at: Option<(usize, usize)>,
    scopes: &[&Value],
    found: &mut Vec<(Option<(usize, usize)>, String)>,
) {
    if h.params.is_empty() && h.hash.is_empty() {
        parameter(&h.name, at, scopes, found);
    } else {
        for p in h.params.iter().chain(h.hash.values()) {
            parameter(p, at, scopes, found);
        }
    }
}

fn parameter(
    p: &Parameter,
    at: Option<(usize, usize)>,
    scopes: &[&Value],
    found: &mut Vec<(Option<(usize, usize)>, String)>,
) {
    match p {
        Parameter::Path(path) if value_of(p, scopes).is_none() => {
            found.push((at, raw(path).to_string()));
        }
        Parameter::Name(name) if resolve(name, scopes).is_none() => {
            found.push((at, name.clone()));
        }
        Parameter::Subexpression(sub) => {
            if let TemplateElement::Expression(h) = sub.as_element() {
                for p in &h.params {
                    parameter(p, at, scopes, found);
                }
            }
        }
        _ => {}
    }
}

/// The value a parameter names, or None when it does not exist. Block-local values
/// (`@index`, `@first`) always exist.
fn value_of<'v>(p: &Parameter, scopes: &[&'v Value]) -> Option<&'v Value> {
    match p {
        Parameter::Path(handlebars::Path::Local(_)) => Some(&UNKNOWABLE),
        Parameter::Path(path) => resolve(raw(path), scopes),
        Parameter::Name(name) => resolve(name, scopes),
        _ => Some(&UNKNOWABLE),
    }
}

/// Looks `raw` (`a.b`, `a/b`, `this`, `../a`, `@root.a`) up in the scopes, innermost
/// last, without copying them. Below a null value nothing can be known, and nothing is
/// reported.
fn resolve<'v>(raw: &str, scopes: &[&'v Value]) -> Option<&'v Value> {
    let mut rest = raw;
    let mut depth = 0;
    while let Some(up) = rest.strip_prefix("../") {
        depth += 1;
        rest = up;
    }
    let mut value = if let Some(from_root) = rest.strip_prefix("@root") {
        rest = from_root.trim_start_matches(['.', '/']);
        *scopes.first()?
    } else {
        *scopes.get(scopes.len().checked_sub(depth + 1)?)?
    };
    if rest.starts_with('@') {
        return Some(&UNKNOWABLE);
    }
    for segment in rest
        .split(['.', '/'])
        .filter(|s| !s.is_empty() && *s != "this")
    {
        value = match value {
            Value::Null => return Some(&UNKNOWABLE),
            Value::Object(map) => map.get(segment)?,
            Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(value)
}

/// Where French prose has a plain space, or none, before ; : ! ? and » or after «:
/// French puts a narrow no-break space (U+202F) there, and a no-break space (U+00A0)
/// before a colon. Expressions (`{{…}}`), URLs and times (14:05) are not prose.
pub(crate) fn french_spacing(w: &Words, path: &std::path::Path, text: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let prose = prose_mask(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(offset, c)) in chars.iter().enumerate() {
        if !prose[offset] {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        // The space French wants, as a key of the message `check-french-spacing-before`.
        let wanted = match c {
            ';' | '!' | '?' | '»' | '«' => "narrow",
            ':' => "no-break",
            _ => continue,
        };
        let neighbour = if c == '«' { after } else { before };
        // What there is instead, as a key of the same message.
        let bad = instead(&prose, c, neighbour, after);
        if let Some(found) = bad {
            let location = Location::at_offset(path, text, offset);
            problems.push(spacing_problem(w, location, c, wanted, found));
        }
    }
    problems
}

/// What stands beside mark `c` instead of the space French wants: a plain space
/// ("plain"), nothing ("none"), or None when it is right or not prose. `neighbour` is
/// the character on the side that wants the space; `after`, the one after the mark.
fn instead(
    prose: &[bool],
    c: char,
    neighbour: Option<(usize, char)>,
    after: Option<(usize, char)>,
) -> Option<&'static str> {
    match neighbour {
        Some((_, ' ')) => Some("plain"),
        Some((at, n)) if prose[at] && !n.is_whitespace() && !"\u{a0}\u{202f}({[«»".contains(n) => {
            // A time (14:05) or a run of marks (?!) is not spaced.
            let time =
                c == ':' && n.is_ascii_digit() && after.is_some_and(|(_, a)| a.is_ascii_digit());
            (!time && !"!?;:".contains(n)).then_some("none")
        }
        _ => None,
    }
}

/// The warning for mark `c`, which wants a `wanted` space and has `found`.
fn spacing_problem(w: &Words, location: Location, c: char, wanted: &str, found: &str) -> Problem {
    let message = if c == '«' {
        t!(
            w,
            "check-french-spacing-after",
            mark = c.to_string(),
            found = found
        )
    } else {
        t!(
            w,
            "check-french-spacing-before",
            wanted = wanted,
            mark = c.to_string(),
            found = found
        )
    };
    Problem::warning(location, message)
}

/// For each byte of `text`, whether it is prose: outside `{{…}}` and outside URLs.
fn prose_mask(text: &str) -> Vec<bool> {
    let mut mask = vec![true; text.len() + 1];
    let mut from = 0;
    while let Some(open) = text[from..].find("{{") {
        let start = from + open;
        let end = text[start..]
            .find("}}")
            .map_or(text.len(), |e| start + e + 2);
        mask[start..end].iter_mut().for_each(|m| *m = false);
        from = end;
    }
    for scheme in ["https://", "http://"] {
        let mut from = 0;
        while let Some(found) = text[from..].find(scheme) {
            let start = from + found;
            let end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |e| start + e);
            mask[start..end].iter_mut().for_each(|m| *m = false);
            from = end;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    fn unknown(source: &str) -> Vec<String> {
        let context = json!({
            "sender": { "name": "Ada", "city": null },
            "videos": [{ "title": "t", "url": "u" }],
            "recipients": { "mayor": { "name": "Pat" } },
        });
        let template = Template::compile(source).unwrap();
        unknown_variables(&template, &context)
            .into_iter()
            .map(|(_, name)| name)
            .collect()
    }

    #[test]
    fn every_branch_is_walked_and_every_unknown_variable_named() {
        assert!(unknown("{{sender.name}} {{#if sender.city}}{{sender.city}}{{/if}}").is_empty());
        assert_eq!(
            unknown(
                "{{#if recipients.mayor.name}}{{recipients.mayor.name}}{{else}}{{recipients.mayor.nom}}{{/if}} {{sender.surname}}"
            ),
            ["recipients.mayor.nom", "sender.surname"]
        );
        assert_eq!(
            unknown(
                "{{#each videos}}{{title}} {{url}} {{@index}} {{this.title}} {{../sender.name}} {{link}}{{/each}}"
            ),
            ["link"]
        );
        assert_eq!(unknown("{{#unless petition}}x{{/unless}}"), ["petition"]);
    }

    #[test]
    fn both_sides_of_a_date_are_walked() {
        let context = json!({ "today": 20261201, "sender": { "name": "Ada" } });
        let template = Template::compile(
            "{{#if (gte today 20270207)}}{{sender.name}} {{after}}{{else}}{{before}}{{/if}} {{#if (gte todya 1)}}x{{/if}}",
        )
        .unwrap();
        let found: Vec<String> = unknown_variables(&template, &context)
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        assert_eq!(found, ["after", "before", "todya"]);
    }

    #[test]
    fn unknown_variables_have_their_line_and_column() {
        let template = Template::compile("a\n{{#if x}}\n  {{nope}}\n{{/if}}").unwrap();
        let found = unknown_variables(&template, &json!({ "x": true }));
        assert_eq!(found, [(Some((3, 3)), "nope".to_string())]);
    }

    #[test]
    fn french_spacing_is_checked_in_prose_only() {
        let path = Path::new("body.hbs");
        let good = "Bonjour\u{a0}: vous\u{202f}? « oui\u{202f}» ; non\n";
        let found = french_spacing(&Words::english(), path, good);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].shown(&Words::english()).starts_with("body.hbs:1:18: warning: French puts a narrow no-break space (U+202F) after '«'; here there is a plain space"), "{:?}", found[0]);
        assert!(found[1].shown(&Words::english()).contains("before ';'"));
        assert!(french_spacing(&Words::english(), path, "Il est 14:05.").is_empty());
        assert!(
            french_spacing(
                &Words::english(),
                path,
                "voir https://example.org/?a=1:2 {{x.y}}"
            )
            .is_empty()
        );
        assert_eq!(
            french_spacing(&Words::english(), path, "Vraiment?").len(),
            1
        );
        assert!(french_spacing(&Words::english(), path, "Vraiment\u{202f}?!").is_empty());
    }
}

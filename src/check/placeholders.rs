//! The rule of `check` for placeholders: a value that begins `TODO:`, as `new` writes
//! them, is an error until it is filled in, in any of a campaign's files. A TOML or
//! Fluent comment line may say TODO freely: it is not a value.

use super::{Problem, Subject};
use crate::error::Location;
use crate::words::t;

/// What marks a placeholder.
pub(crate) const PLACEHOLDER: &str = "TODO:";

/// Every placeholder of the campaign's files, each at its line and column.
pub(crate) fn placeholders(s: &Subject) -> Vec<Problem> {
    let (w, campaign) = (s.w, s.campaign);
    let Ok(files) = campaign.files(w) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for relative in files {
        let Ok(Some(text)) = campaign.read(w, &relative) else {
            continue;
        };
        let commented = relative.ends_with(".toml") || relative.ends_with(".ftl");
        for (n, line) in text.lines().enumerate() {
            if commented && line.trim_start().starts_with('#') {
                continue;
            }
            for (at, _) in line.match_indices(PLACEHOLDER) {
                problems.push(Problem::error(
                    Location {
                        path: campaign.path_of(&relative),
                        line: Some(n + 1),
                        column: Some(line[..at].chars().count() + 1),
                    },
                    t!(w, "check-placeholder", text = what(&line[at..])),
                ));
            }
        }
    }
    problems
}

/// The placeholder's text: to the end of its TOML string, or of its line.
fn what(from: &str) -> String {
    let end = from.find('"').unwrap_or(from.len());
    from[..end].trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placeholder_ends_with_its_string() {
        assert_eq!(
            what("TODO: the office, in de\", ko = \"TODO: x\" }"),
            "TODO: the office, in de"
        );
        assert_eq!(what("TODO: the closing,"), "TODO: the closing,");
    }
}

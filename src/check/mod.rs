//! `check`: every problem of every campaign, each with its file and line, so an
//! organiser can fix them all in one pass. Each concern is one rule in `rules.rs`.

mod placeholders;
mod rules;
mod templates;
mod words;

type Rule = fn(&Subject) -> Vec<Problem>;

/// Every rule, in the order their problems are listed.
const RULES: [Rule; 10] = [
    rules::identifiers_and_text,
    rules::confidence,
    rules::languages,
    rules::terms_and_freshness,
    rules::phone,
    rules::postal_country,
    rules::postal_rules,
    rules::postal,
    templates::templates,
    words::words,
];

use jiff::Timestamp;

pub(crate) use placeholders::PLACEHOLDER;

use crate::campaign::{CAMPAIGN_FILE, Campaign, Spans};
use crate::error::{Error, Location, Result};
use crate::words::{Words, t};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Severity {
    Error,
    Warning,
    /// What `check` could not check, or something to know that needs no change (a fact
    /// marked unverified): said, not counted.
    Note,
}

#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub severity: Severity,
    pub location: Location,
    pub message: String,
}

impl Problem {
    pub(crate) fn error(location: Location, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            location,
            message: message.into(),
        }
    }

    pub(crate) fn warning(location: Location, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            location,
            message: message.into(),
        }
    }

    pub(crate) fn note(location: Location, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Note,
            location,
            message: message.into(),
        }
    }

    /// An error that stopped a campaign from loading or a template from working.
    fn from_error(e: Error) -> Problem {
        Problem::from_errors(e).swap_remove(0)
    }

    /// As `from_error`, with every problem of an error that holds several.
    fn from_errors(e: Error) -> Vec<Problem> {
        match e {
            Error::File { location, message } => vec![Problem::error(location, message)],
            Error::Several { problems, .. } => problems
                .into_iter()
                .map(|(location, message)| Problem::error(location, message))
                .collect(),
            other => vec![Problem::error(Location::file(""), other.to_string())],
        }
    }
}

impl Problem {
    /// The problem as one line of the report, in the words of `w`.
    pub(crate) fn shown(&self, w: &Words) -> String {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        t!(
            w,
            "check-problem",
            place = self.location.to_string(),
            severity = severity,
            message = self.message.as_str()
        )
    }
}

/// What every rule looks at: the campaign, where its values stand, and the day.
pub(crate) struct Subject<'a> {
    pub campaign: &'a Campaign,
    pub spans: Spans,
    pub now: Timestamp,
    /// The words the problems are said in.
    pub w: &'a Words,
}

/// Every problem of `campaigns`, as of `now`.
pub(crate) fn check(w: &Words, campaigns: Vec<Result<Campaign>>, now: Timestamp) -> Vec<Problem> {
    let mut problems = Vec::new();
    for loaded in campaigns {
        match loaded {
            Ok(campaign) => problems.extend(check_campaign(w, &campaign, now)),
            Err(e) => problems.extend(Problem::from_errors(e)),
        }
    }
    problems
}

fn check_campaign(w: &Words, campaign: &Campaign, now: Timestamp) -> Vec<Problem> {
    let text = campaign
        .read(w, CAMPAIGN_FILE)
        .ok()
        .flatten()
        .unwrap_or_default();
    let subject = Subject {
        campaign,
        spans: Spans::new(&campaign.path_of(CAMPAIGN_FILE), text),
        now,
        w,
    };
    // A line with a placeholder is said once, as one: what other rules find wrong there
    // (an address line that is not one yet) comes of the placeholder.
    let placeholders = placeholders::placeholders(&subject);
    let marked = |p: &Problem| {
        placeholders
            .iter()
            .any(|m| m.location.path == p.location.path && m.location.line == p.location.line)
    };
    let others: Vec<Problem> = RULES
        .iter()
        .flat_map(|rule| rule(&subject))
        .filter(|p| p.location.line.is_none() || !marked(p))
        .collect();
    placeholders.into_iter().chain(others).collect()
}

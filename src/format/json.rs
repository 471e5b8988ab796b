//! The letter as one JSON object, for scripts; its keys are documented in the README.

use crate::letter::Letter;

pub(crate) fn json(letter: &Letter) -> String {
    // A Letter holds only strings, lists and options: serialising it cannot fail.
    let mut out = serde_json::to_string_pretty(letter).expect("a letter serialises");
    out.push('\n');
    out
}

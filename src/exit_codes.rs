//! The program's exit codes, in one place.

/// What the process tells its parent when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// The work was done.
    Success,
    /// Something outside the user's input failed (a write, the clipboard).
    Failure,
    /// Bad usage or bad input: a flag, a value, a campaign file.
    Usage,
    /// Interrupted by Ctrl-C or Esc.
    Interrupted,
}

impl ExitCode {
    /// Every code the program ends with, in order.
    pub(crate) const ALL: [ExitCode; 4] = [
        ExitCode::Success,
        ExitCode::Failure,
        ExitCode::Usage,
        ExitCode::Interrupted,
    ];

    /// What the code means, as the manual page says it (roff).
    pub(crate) fn meaning(self) -> &'static str {
        match self {
            ExitCode::Success => "Done.",
            ExitCode::Failure => {
                "Failed: something outside your input, e.g. a write, the clipboard or the desktop; for check, problems were found."
            }
            ExitCode::Usage => {
                "Bad usage or input: a flag, a value, the settings file or a campaign file."
            }
            ExitCode::Interrupted => "Interrupted: Ctrl\\-C, or Esc at a prompt.",
        }
    }

    pub fn code(self) -> u8 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Failure => 1,
            ExitCode::Usage => 2,
            ExitCode::Interrupted => 130,
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_unix_conventions() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(ExitCode::Failure.code(), 1);
        // clap exits with 2 on bad usage: ours must agree.
        assert_eq!(ExitCode::Usage.code(), 2);
        assert_eq!(ExitCode::Interrupted.code(), 128 + 2);
    }
}

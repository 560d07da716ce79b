//! The crate's error type. Errors arise only when something is configured or loaded;
//! normalizing, tokenizing and splitting never fail.

/// What can go wrong while building a configured object or loading a word list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A word given to a builder cannot be used (empty, or containing white space).
    #[error("invalid word {word:?}: {reason}")]
    InvalidWord {
        /// The word as given.
        word: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// The matcher of a word list could not be built (too many or too long patterns).
    #[error("cannot build the matcher: {0}")]
    Automaton(String),
    /// A line of a word-list data file does not have the expected shape.
    #[error("malformed data in {file}, line {line}: {reason}")]
    MalformedData {
        /// The data file's name.
        file: &'static str,
        /// One-based line number.
        line: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
}

//! The crate's error type. Errors arise only when something is configured or loaded;
//! normalizing, tokenizing and analyzing never fail.

use std::fmt;

/// What went wrong while building a configured object ([`Tokenizer`](crate::Tokenizer),
/// [`Gazetteer`](crate::Gazetteer), [`Analyzer`](crate::Analyzer)) or loading a word list.
///
/// The error is opaque: [`kind`](Error::kind) says what kind of mistake it is, the
/// accessors give its details, and [`Display`](fmt::Display) a one-line message.
///
/// ```
/// use urdu::{Analyzer, ErrorKind, SpeechRule};
///
/// let err = Analyzer::builder().speech_cue("کہا\tکہ", SpeechRule::Verb).build().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidWord);
/// assert_eq!(err.word(), Some("کہا\tکہ"));
/// assert!(err.to_string().contains("white space"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    word: Option<String>,
    file: Option<String>,
    line: usize,
    reason: &'static str,
}

/// The kinds of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A word, cue, title or place name given to a builder cannot be used: it is empty, has
    /// no letter, or holds white space other than single spaces between words.
    InvalidWord,
    /// A country code is not an ISO 3166-1 alpha-2 code.
    InvalidCountry,
    /// A name is not one of a kind enum's names (`"town"` is a place kind, `"hamlet"` is
    /// not).
    UnknownName,
    /// A line of a word-list data file does not have the expected shape.
    MalformedData,
}

impl Error {
    /// What kind of mistake it is.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The word, cue, name or country code that was refused, for
    /// [`ErrorKind::InvalidWord`], [`ErrorKind::InvalidCountry`] and
    /// [`ErrorKind::UnknownName`].
    #[must_use]
    pub fn word(&self) -> Option<&str> {
        self.word.as_deref()
    }

    /// The data file and its one-based line, for [`ErrorKind::MalformedData`].
    #[must_use]
    pub fn location(&self) -> Option<(&str, usize)> {
        self.file.as_deref().map(|f| (f, self.line))
    }

    pub(crate) fn invalid_word(word: impl Into<String>, reason: &'static str) -> Error {
        Error::new(ErrorKind::InvalidWord, reason).with_word(word.into())
    }

    pub(crate) fn invalid_country(code: impl Into<String>) -> Error {
        Error::new(
            ErrorKind::InvalidCountry,
            "a country must be an ISO 3166-1 alpha-2 code such as \"PK\"",
        )
        .with_word(code.into())
    }

    pub(crate) fn unknown_name(name: &str, reason: &'static str) -> Error {
        Error::new(ErrorKind::UnknownName, reason).with_word(name.to_owned())
    }

    pub(crate) fn malformed(file: impl Into<String>, line: usize, reason: &'static str) -> Error {
        Error {
            file: Some(file.into()),
            line,
            ..Error::new(ErrorKind::MalformedData, reason)
        }
    }

    fn new(kind: ErrorKind, reason: &'static str) -> Error {
        Error {
            kind,
            word: None,
            file: None,
            line: 0,
            reason,
        }
    }

    fn with_word(mut self, word: String) -> Error {
        self.word = Some(word);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.word, &self.file) {
            (Some(word), _) => write!(f, "{word:?}: {}", self.reason),
            (None, Some(file)) => write!(f, "{file}, line {}: {}", self.line, self.reason),
            (None, None) => f.write_str(self.reason),
        }
    }
}

impl std::error::Error for Error {}

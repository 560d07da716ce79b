//! The result of normalizing: the normalized text and the alignment that maps its
//! positions back to the original.

use std::borrow::Cow;
use std::fmt;

use crate::span::{Alignment, Span};

/// Normalized text and the alignment that maps its positions back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) alignment: Alignment,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether normalization changed nothing, so the text borrows the input.
    #[must_use]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The alignment from normalized to original positions.
    #[must_use]
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// Maps a span of the normalized text to the original text.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        self.alignment.to_original(span)
    }

    /// The normalized text, borrowed from the input when nothing changed.
    #[must_use]
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// The normalized text (as a `Cow`) and the alignment.
    #[must_use]
    pub fn into_parts(self) -> (Cow<'a, str>, Alignment) {
        (self.text, self.alignment)
    }
}

impl AsRef<str> for Normalized<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Normalized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

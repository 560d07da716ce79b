//! Quotations: what was said, how, by whom.

use crate::extract::mention::Cue;
use crate::span::Span;

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteKind {
    /// Quoted words that make a clause or more.
    Direct,
    /// A few quoted words inside the reporter's sentence.
    Partial,
    /// Reported speech after a cue, up to the end of its clause.
    Indirect,
}

crate::names::names! {
    QuoteKind, "quote kind",
    Direct = "direct",
    Partial = "partial",
    Indirect = "indirect",
}

/// A quotation: what was said, how, by whom.
///
/// Its span holds the words quoted, never the quotation marks around them: a direct or
/// partial quotation's own marks, and marks at the edge of an indirect one, are left out.
/// Quotations nest (a partial quotation inside the indirect one that reports it) but never
/// cross: two quotations are disjoint or one lies within the other, its
/// [`parent`](Quote::parent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote<'a> {
    pub(crate) span: Span,
    pub(crate) text: &'a str,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<usize>,
    pub(crate) cue: Option<Cue<'a>>,
    pub(crate) parent: Option<usize>,
}

impl<'a> Quote<'a> {
    /// Byte span of the quoted words in the original input.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The quoted words as written: `&input[self.span()]`.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Direct, partial or indirect.
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The index of the speaker in [`Analysis::speakers`](crate::Analysis::speakers), or
    /// `None` when the text does not say who said it (a quoted headline, a slogan, a line of
    /// dialogue).
    #[must_use]
    pub fn speaker(&self) -> Option<usize> {
        self.speaker
    }

    /// The cue that introduced it, if any.
    #[must_use]
    pub fn cue(&self) -> Option<Cue<'a>> {
        self.cue
    }

    /// The index in [`Analysis::quotes`](crate::Analysis::quotes) of the innermost
    /// quotation that holds this one, if any.
    #[must_use]
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Quote<'_> {
    /// `{"start", "end", "text", "kind", "speaker", "cue", "parent"}`, as in the analyze
    /// contract.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Quote", 7)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("speaker", &self.speaker)?;
        s.serialize_field("cue", &self.cue)?;
        s.serialize_field("parent", &self.parent)?;
        s.end()
    }
}

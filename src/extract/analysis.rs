//! The result of analyzing a text: tokens, sentences, quotations with their speakers, and
//! locations.

use crate::extract::locations::Location;
use crate::extract::quote::Quote;
use crate::extract::speaker::Speaker;
use crate::tokenize::{Sentence, Tokens};

/// Everything the analyzer finds in a text; every span points into the original input.
///
/// ```
/// let text = "وزیر خارجہ نے کہا کہ ’ہم تیار ہیں‘ اور لاہور میں اجلاس ہو گا۔";
/// let a = urdu::analyze(text);
/// let quote = &a.quotes()[0];
/// assert_eq!(quote.kind(), urdu::QuoteKind::Indirect);
/// assert_eq!(a.speaker_of(quote).map(|s| s.name()), Some("وزیر خارجہ"));
/// assert_eq!(a.locations()[0].name(), "لاہور");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis<'a> {
    pub(crate) tokens: Tokens<'a>,
    pub(crate) sentences: Vec<Sentence<'a>>,
    pub(crate) quotes: Vec<Quote<'a>>,
    pub(crate) speakers: Vec<Speaker<'a>>,
    pub(crate) locations: Vec<Location<'a>>,
}

impl<'a> Analysis<'a> {
    /// The text analyzed.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.tokens.text()
    }

    /// The tokens, in order.
    #[must_use]
    pub fn tokens(&self) -> &Tokens<'a> {
        &self.tokens
    }

    /// The sentences, in order.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence<'a>] {
        &self.sentences
    }

    /// The quotations, in text order (by start, the outer before the inner).
    #[must_use]
    pub fn quotes(&self) -> &[Quote<'a>] {
        &self.quotes
    }

    /// One entry per real-world speaker, in order of first mention.
    #[must_use]
    pub fn speakers(&self) -> &[Speaker<'a>] {
        &self.speakers
    }

    /// The locations, in order of first mention.
    #[must_use]
    pub fn locations(&self) -> &[Location<'a>] {
        &self.locations
    }

    /// The speaker of a quotation, if the text says who it is.
    #[must_use]
    pub fn speaker_of(&self, quote: &Quote<'_>) -> Option<&Speaker<'a>> {
        quote.speaker.and_then(|i| self.speakers.get(i))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Analysis<'_> {
    /// The analyze contract: `{"sentences", "tokens", "quotes", "speakers", "locations"}`,
    /// every span as byte offsets `start` and `end`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Analysis", 5)?;
        s.serialize_field("sentences", &self.sentences)?;
        s.serialize_field("tokens", &self.tokens)?;
        s.serialize_field("quotes", &self.quotes)?;
        s.serialize_field("speakers", &self.speakers)?;
        s.serialize_field("locations", &self.locations)?;
        s.end()
    }
}

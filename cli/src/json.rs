//! The JSON of a document: where it came from, then the analyze contract's fields as the
//! library serializes them, with a character offset (`char_start`, `char_end`) beside every
//! byte offset (`start`, `end`).
//!
//! The shapes mirror the library's `serde` serialization field for field; a test compares
//! the two, so that a field the library adds shows up here too.

use std::cell::RefCell;

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::chars::CharIndex;
use crate::input::Label;

/// A document's origin: `path`, and for JSON Lines `line` and `id` (when it has one).
#[derive(Clone, Copy)]
pub struct Origin<'a> {
    /// Where it came from.
    pub label: &'a Label,
    /// The document's id field, if any.
    pub id: Option<&'a serde_json::Value>,
}

impl Origin<'_> {
    fn write<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        map.serialize_entry("path", &*self.label.path)?;
        if let Some(line) = self.label.line {
            map.serialize_entry("line", &line)?;
        }
        if let Some(id) = self.id {
            map.serialize_entry("id", id)?;
        }
        Ok(())
    }
}

/// Byte offsets to character offsets, shared by the serializers of one document.
type Chars<'t> = RefCell<CharIndex<'t>>;

/// A value of the library serialized with the character index of its text.
struct With<'c, 't, T> {
    value: T,
    chars: &'c Chars<'t>,
}

/// A list of values of the library, each serialized with the character index.
struct Each<'c, 't, F> {
    items: F,
    chars: &'c Chars<'t>,
}

impl<'c, 't, F, I> Serialize for Each<'c, 't, F>
where
    F: Fn() -> I,
    I: Iterator,
    for<'x> With<'x, 't, I::Item>: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.items)().map(|value| With {
            value,
            chars: self.chars,
        }))
    }
}

/// `start`, `end`, `char_start`, `char_end` of a span.
fn span_fields<S: SerializeStruct>(
    s: &mut S,
    chars: &Chars<'_>,
    span: urdu::Span,
) -> Result<(), S::Error> {
    let (char_start, char_end) = {
        let mut index = chars.borrow_mut();
        (index.char_at(span.start), index.char_at(span.end))
    };
    s.serialize_field("start", &span.start)?;
    s.serialize_field("end", &span.end)?;
    s.serialize_field("char_start", &char_start)?;
    s.serialize_field("char_end", &char_end)?;
    Ok(())
}

impl Serialize for With<'_, '_, urdu::Token<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = &self.value;
        let mut s = serializer.serialize_struct("Token", 8)?;
        span_fields(&mut s, self.chars, t.span())?;
        s.serialize_field("text", t.text())?;
        s.serialize_field("normalized", t.normalized())?;
        s.serialize_field("kind", t.kind().as_str())?;
        s.serialize_field("from_join", &t.is_from_join())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, &urdu::Sentence<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Sentence", 5)?;
        span_fields(&mut s, self.chars, self.value.span())?;
        s.serialize_field("text", self.value.text())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, &urdu::Mention<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Mention", 5)?;
        span_fields(&mut s, self.chars, self.value.span())?;
        s.serialize_field("text", self.value.text())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, urdu::Cue<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Cue", 5)?;
        span_fields(&mut s, self.chars, self.value.span())?;
        s.serialize_field("text", self.value.text())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, &urdu::Quote<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let q = self.value;
        let mut s = serializer.serialize_struct("Quote", 9)?;
        span_fields(&mut s, self.chars, q.span())?;
        s.serialize_field("text", q.text())?;
        s.serialize_field("kind", q.kind().as_str())?;
        s.serialize_field("speaker", &q.speaker())?;
        let cue = q.cue().map(|value| With {
            value,
            chars: self.chars,
        });
        s.serialize_field("cue", &cue)?;
        s.serialize_field("parent", &q.parent())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, &urdu::Speaker<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sp = self.value;
        let mut s = serializer.serialize_struct("Speaker", 5)?;
        s.serialize_field("name", sp.name())?;
        s.serialize_field("kind", sp.kind().as_str())?;
        s.serialize_field("title", &sp.title())?;
        s.serialize_field(
            "mentions",
            &Each {
                items: || sp.mentions().iter(),
                chars: self.chars,
            },
        )?;
        s.serialize_field("key", &sp.key())?;
        s.end()
    }
}

impl Serialize for With<'_, '_, &urdu::Location<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let l = self.value;
        let mut s = serializer.serialize_struct("Location", 4)?;
        s.serialize_field("name", l.name())?;
        s.serialize_field("kind", l.kind().as_str())?;
        s.serialize_field("country", &l.country())?;
        s.serialize_field(
            "mentions",
            &Each {
                items: || l.mentions().iter(),
                chars: self.chars,
            },
        )?;
        s.end()
    }
}

/// The JSON of `analyze`: origin, then sentences, tokens, quotes, speakers and locations.
pub struct AnalysisJson<'a, 't> {
    origin: Origin<'a>,
    analysis: &'a urdu::Analysis<'t>,
    chars: Chars<'t>,
}

impl<'a, 't> AnalysisJson<'a, 't> {
    /// The JSON of `analysis` of the document from `origin`.
    pub fn new(origin: Origin<'a>, analysis: &'a urdu::Analysis<'t>) -> Self {
        AnalysisJson {
            origin,
            analysis,
            chars: RefCell::new(CharIndex::new(analysis.text())),
        }
    }
}

impl Serialize for AnalysisJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.analysis;
        let chars = &self.chars;
        let mut map = serializer.serialize_map(None)?;
        self.origin.write(&mut map)?;
        map.serialize_entry(
            "sentences",
            &Each {
                items: || a.sentences().iter(),
                chars,
            },
        )?;
        map.serialize_entry(
            "tokens",
            &Each {
                items: || a.tokens().iter(),
                chars,
            },
        )?;
        map.serialize_entry(
            "quotes",
            &Each {
                items: || a.quotes().iter(),
                chars,
            },
        )?;
        map.serialize_entry(
            "speakers",
            &Each {
                items: || a.speakers().iter(),
                chars,
            },
        )?;
        map.serialize_entry(
            "locations",
            &Each {
                items: || a.locations().iter(),
                chars,
            },
        )?;
        map.end()
    }
}

/// The JSON of `tokenize`: origin and tokens.
pub struct TokensJson<'a, 't> {
    origin: Origin<'a>,
    tokens: &'a urdu::Tokens<'t>,
    chars: Chars<'t>,
}

impl<'a, 't> TokensJson<'a, 't> {
    /// The JSON of the `tokens` of the document from `origin`.
    pub fn new(origin: Origin<'a>, tokens: &'a urdu::Tokens<'t>) -> Self {
        TokensJson {
            origin,
            tokens,
            chars: RefCell::new(CharIndex::new(tokens.text())),
        }
    }
}

impl Serialize for TokensJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.origin.write(&mut map)?;
        map.serialize_entry(
            "tokens",
            &Each {
                items: || self.tokens.iter(),
                chars: &self.chars,
            },
        )?;
        map.end()
    }
}

/// The JSON of `sentences`: origin and sentences.
pub struct SentencesJson<'a, 't> {
    origin: Origin<'a>,
    sentences: &'a [urdu::Sentence<'t>],
    chars: Chars<'t>,
}

impl<'a, 't> SentencesJson<'a, 't> {
    /// The JSON of the `sentences` of `text`, the document from `origin`.
    pub fn new(origin: Origin<'a>, text: &'t str, sentences: &'a [urdu::Sentence<'t>]) -> Self {
        SentencesJson {
            origin,
            sentences,
            chars: RefCell::new(CharIndex::new(text)),
        }
    }
}

impl Serialize for SentencesJson<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.origin.write(&mut map)?;
        map.serialize_entry(
            "sentences",
            &Each {
                items: || self.sentences.iter(),
                chars: &self.chars,
            },
        )?;
        map.end()
    }
}

/// The JSON of `normalize`: origin, the normalized text, and whether it differs from the
/// original.
pub struct NormalizedJson<'a> {
    /// Where the document came from.
    pub origin: Origin<'a>,
    /// The normalized text.
    pub text: &'a str,
    /// Whether normalization changed anything.
    pub changed: bool,
}

impl Serialize for NormalizedJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.origin.write(&mut map)?;
        map.serialize_entry("text", self.text)?;
        map.serialize_entry("changed", &self.changed)?;
        map.end()
    }
}

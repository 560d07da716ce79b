//! Tokens and sentences, each with its byte span in the original input.
//!
//! The [`Tokenizer`] normalizes the text, scans the normalized text for tokens, repairs
//! space-omission joins, and maps every token back to the original through the alignment.

mod joins;
mod scan;
mod sentence;

use std::fmt;
use std::ops::Range;

use crate::normalize::work::examined;
use crate::normalize::Normalizer;
use crate::span::{AlignmentCursor, Span};
use crate::Error;
use joins::JoinWords;
pub use sentence::Sentence;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word in Arabic script (Urdu), with its diacritics and inner zero-width non-joiners.
    Word,
    /// A number in any digits, with its inner separators: `1,000`, `3.5`, `۲۰۲۲`.
    Number,
    /// A punctuation mark, or a run of one repeated mark (`...`, `!!`).
    Punctuation,
    /// A quotation mark (or a run of one repeated mark, `’’`).
    Quote,
    /// A word in another alphabetic script, mostly Latin: `BBC`, `COVID-19` is `COVID`…
    Latin,
    /// A web address starting with `http://`, `https://` or `www.`.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word: `#پاکستان`.
    Hashtag,
    /// `@` and an ASCII handle: `@BBCUrdu`.
    Mention,
    /// An emoji (one extended grapheme cluster: skin tones and ZWJ sequences stay whole).
    Emoji,
    /// Anything else that is not white space: `$`, `+`, `©`, `°`.
    Symbol,
}

impl TokenKind {
    /// The lowercase name used in JSON output (`"word"`, `"number"`, …).
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Quote => "quote",
            TokenKind::Latin => "latin",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Symbol => "symbol",
        }
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token: its original text and span, its kind, and its normalized form.
///
/// The normalized form is the original text unless normalization changed the token; only
/// then is it stored. A token takes 40 bytes (on 64-bit targets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The original text; the span ends where it ends.
    text: &'a str,
    /// Where the span starts in the original.
    start: usize,
    /// The normalized form when it differs from `text`. A `Box<String>` is one pointer
    /// wide, where `Cow<str>` takes three: most tokens are unchanged, and a text has
    /// millions of tokens.
    #[allow(clippy::box_collection)]
    changed: Option<Box<String>>,
    kind: TokenKind,
    from_join: bool,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Token", 5)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("span", &self.span())?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("normalized", self.normalized())?;
        s.serialize_field("from_join", &self.from_join)?;
        s.end()
    }
}

impl<'a> Token<'a> {
    /// The token as written in the original input: `&input[token.span().range()]`.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte span in the original input.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// What the token is.
    #[must_use]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token after normalization.
    #[must_use]
    pub fn normalized(&self) -> &str {
        self.changed.as_deref().map_or(self.text, String::as_str)
    }

    /// Whether the token is a piece of a word that the writer ran together with its
    /// neighbour (`کہاکہ` → `کہا` + `کہ`) and the tokenizer split again.
    #[must_use]
    pub fn is_from_join(&self) -> bool {
        self.from_join
    }
}

/// The span from the first to the last of `tokens[range]`, if the range holds a token.
pub(crate) fn span_of(tokens: &[Token<'_>], range: Range<usize>) -> Option<Span> {
    let first = tokens.get(range.start)?;
    let last = range.end.checked_sub(1).and_then(|e| tokens.get(e))?;
    (range.start < range.end).then(|| Span::new(first.start, last.span().end))
}

/// Whether a line break stands in `text` between tokens `a` and `b` (`a` before `b`).
pub(crate) fn line_break_between(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    let from = a.span().end;
    examined(b.start.saturating_sub(from));
    match b.start.saturating_sub(from) {
        0 => false,
        // Most gaps are one space: a line break of one byte is one of these.
        1 => text
            .as_bytes()
            .get(from)
            .is_some_and(|&c| matches!(c, b'\n' | b'\r' | 0x0B | 0x0C)),
        _ => text
            .get(from..b.start)
            .is_some_and(|gap| gap.contains(crate::script::is_line_break)),
    }
}

/// Tokens and sentences of one text, from one pass of the tokenizer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segmented<'a> {
    /// The tokens, in order.
    pub tokens: Vec<Token<'a>>,
    /// The sentences, in order; each names its range of `tokens`.
    pub sentences: Vec<Sentence<'a>>,
}

/// A configurable tokenizer and sentence splitter: immutable, `Send + Sync`, reusable.
///
/// ```
/// use urdu::{Tokenizer, TokenKind};
///
/// let tokenizer = Tokenizer::new();
/// let text = "انہوں نے کہاکہ’فتح‘ ہماری ہے۔";
/// let tokens = tokenizer.tokenize(text);
/// let words: Vec<&str> = tokens.iter().map(|t| t.text()).collect();
/// assert_eq!(words, ["انہوں", "نے", "کہا", "کہ", "’", "فتح", "‘", "ہماری", "ہے", "۔"]);
/// assert!(tokens[2].is_from_join());
/// assert_eq!(tokens[4].kind(), TokenKind::Quote);
/// assert_eq!(&text[tokens[5].span().range()], "فتح");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tokenizer {
    normalizer: Normalizer,
    split_joins: bool,
    joins: JoinWords,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

/// Builds a [`Tokenizer`].
#[derive(Clone, Debug, Default)]
pub struct TokenizerBuilder {
    normalizer: Normalizer,
    split_joins: Option<bool>,
    keep: Vec<String>,
}

impl TokenizerBuilder {
    /// The normalizer applied before tokenizing (default: [`Normalizer::new`]). Tokens are
    /// found on the normalized text; their spans still point into the original.
    #[must_use]
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Split words that the writer ran together with a function word (`کہاکہ` →
    /// `کہا` + `کہ`). Default on.
    #[must_use]
    pub fn split_joins(mut self, on: bool) -> Self {
        self.split_joins = Some(on);
        self
    }

    /// Words that are never split as joins (names or terms that look like one).
    #[must_use]
    pub fn keep_whole<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.keep.extend(words.into_iter().map(Into::into));
        self
    }

    /// The configured tokenizer.
    ///
    /// # Errors
    /// [`Error::InvalidWord`] if a word given to [`keep_whole`](Self::keep_whole) is empty
    /// or contains white space.
    pub fn build(self) -> Result<Tokenizer, Error> {
        let mut joins = JoinWords::default();
        for word in self.keep {
            if word.is_empty() || word.chars().any(crate::script::is_space) {
                return Err(Error::InvalidWord {
                    word,
                    reason: "a word to keep whole must be non-empty and without white space",
                });
            }
            let normalized = self.normalizer.normalize(&word).as_str().to_owned();
            joins.keep(normalized);
        }
        Ok(Tokenizer {
            normalizer: self.normalizer,
            split_joins: self.split_joins.unwrap_or(true),
            joins,
        })
    }
}

impl Tokenizer {
    /// A tokenizer with the default normalizer and join repair on.
    #[must_use]
    pub fn new() -> Tokenizer {
        Tokenizer {
            normalizer: Normalizer::new(),
            split_joins: true,
            joins: JoinWords::default(),
        }
    }

    /// A builder starting from the defaults of [`Tokenizer::new`].
    #[must_use]
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// The normalizer this tokenizer applies.
    #[must_use]
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The tokens of `text`, in order.
    #[must_use]
    pub fn tokenize<'a>(&self, text: &'a str) -> Vec<Token<'a>> {
        self.segment_in_pieces(text, PIECE, None)
    }

    /// Tokenizes `text` a piece at a time (see [`pieces`]), and splits the piece's tokens
    /// into `sentences` if asked: each piece is normalized, scanned and split while it is
    /// in cache, and no normalized copy of the whole text is made. A piece ends at a line
    /// break, which ends a sentence, so no sentence crosses two pieces.
    fn segment_in_pieces<'a>(
        &self,
        text: &'a str,
        piece: usize,
        mut sentences: Option<&mut Vec<Sentence<'a>>>,
    ) -> Vec<Token<'a>> {
        // Urdu news has a token every eight bytes or so: room for a few more than that up
        // front saves copying the array as it grows (pages not written to are never
        // touched, so the room costs no memory).
        let mut tokens = Vec::with_capacity(text.len() / 6);
        for (offset, chunk) in pieces(text, piece) {
            let first_token = tokens.len();
            let normalized = self.normalizer.normalize_for_tokens(chunk);
            let mut sink = TokenSink {
                original: text,
                offset,
                normalized: normalized.as_str(),
                alignment: normalized.alignment().cursor(),
                tokens: &mut tokens,
                last_normalized: 0..0,
                merged: false,
            };
            scan::scan(normalized.as_str(), |start, end, kind| {
                match self.join_pieces(normalized.as_str(), start, end, kind) {
                    Some(parts) => {
                        for part in parts {
                            sink.push(start + part.start..start + part.end, kind, true);
                        }
                    }
                    None => sink.push(start..end, kind, false),
                }
            });
            sink.finish();
            if let Some(out) = sentences.as_deref_mut() {
                sentence::split_from(text, &tokens, first_token, out);
            }
        }
        tokens
    }

    /// The sentences of `text`, in order. Each sentence's token range indexes the tokens
    /// that [`tokenize`](Self::tokenize) returns for the same text.
    #[must_use]
    pub fn sentences<'a>(&self, text: &'a str) -> Vec<Sentence<'a>> {
        self.segment(text).sentences
    }

    /// Tokens and sentences in one pass.
    #[must_use]
    pub fn segment<'a>(&self, text: &'a str) -> Segmented<'a> {
        let mut sentences = Vec::new();
        let tokens = self.segment_in_pieces(text, PIECE, Some(&mut sentences));
        Segmented { tokens, sentences }
    }

    #[inline]
    fn join_pieces(
        &self,
        text: &str,
        start: usize,
        end: usize,
        kind: TokenKind,
    ) -> Option<Vec<Range<usize>>> {
        if !self.split_joins || kind != TokenKind::Word {
            return None;
        }
        let word = text.get(start..end)?;
        // Most words cannot be joins: rule them out before the call.
        if !self.joins.may_be_join(word) {
            return None;
        }
        self.joins.split(word)
    }
}

/// Bytes of input that [`Tokenizer::tokenize`] normalizes and scans at a time (at least: a
/// piece ends at a line break).
const PIECE: usize = 1 << 16;

/// `text` cut into pieces of at least `min` bytes that end just after a line feed (the last
/// one ends with the text), each with its offset. Tokens never cross a line break, and no
/// rule of the normalizer looks across one (marks after white space stand alone; the
/// spacing of punctuation stops at a line start), so the pieces can be tokenized one by
/// one with the same result as the whole.
fn pieces(text: &str, min: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut start: usize = 0;
    core::iter::from_fn(move || {
        let from = start.saturating_add(min).min(text.len());
        let end = text
            .as_bytes()
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            .map_or(text.len(), |p| from + p + 1);
        examined(end - from);
        let piece = text.get(start..end).filter(|p| !p.is_empty())?;
        let offset = start;
        start = end;
        Some((offset, piece))
    })
}

/// Collects the tokens found on the normalized text of one piece of the input, mapped to
/// the original.
struct TokenSink<'a, 'n, 'v> {
    original: &'a str,
    /// Where the piece starts in `original`.
    offset: usize,
    normalized: &'n str,
    alignment: AlignmentCursor<'n>,
    tokens: &'v mut Vec<Token<'a>>,
    /// Normalized range of the last token (to rebuild a merged token's normalized form).
    last_normalized: Range<usize>,
    /// Whether the last token took in the tokens after it, and its normalized form is yet to
    /// be set.
    merged: bool,
}

impl TokenSink<'_, '_, '_> {
    fn push(&mut self, range: Range<usize>, kind: TokenKind, from_join: bool) {
        let piece = self.alignment.to_original(Span::from(range.clone()));
        let span = Span::new(piece.start + self.offset, piece.end + self.offset);
        if span.is_empty() {
            return;
        }
        // Normalization may expand one original character into several tokens (NFKC of
        // `¼`): they become one token, so original spans never overlap.
        if let Some(last) = self.tokens.last_mut() {
            if span.start < last.span().end {
                let merged = last.span().cover(span);
                last.start = merged.start;
                last.text = self.original.get(merged.range()).unwrap_or("");
                self.last_normalized.end = range.end;
                self.merged = true;
                return;
            }
        }
        self.finish();
        let text = self.original.get(span.range()).unwrap_or("");
        // The alignment knows where the text changed: only a token there is compared.
        let changed = if self.alignment.is_unchanged(Span::from(range.clone())) {
            None
        } else {
            changed(text, self.normalized.get(range.clone()).unwrap_or(""))
        };
        self.last_normalized = range.clone();
        self.tokens.push(Token {
            text,
            start: span.start,
            changed,
            kind,
            from_join,
        });
    }

    /// Sets the normalized form of the last token if it took in the tokens after it. This
    /// is done once, when the token is whole, and not at each token it takes in: `ﷺﷺﷺ…`
    /// expands into words that run across every character, one token as long as the run.
    fn finish(&mut self) {
        if !std::mem::take(&mut self.merged) {
            return;
        }
        if let Some(last) = self.tokens.last_mut() {
            let normalized = self.normalized.get(self.last_normalized.clone());
            last.changed = changed(last.text, normalized.unwrap_or(""));
        }
    }
}

/// The normalized form of a token to store: `None` when it is the original text (the same
/// bytes, as when normalization borrowed the input).
#[allow(clippy::box_collection)]
fn changed(text: &str, normalized: &str) -> Option<Box<String>> {
    examined(text.len() + normalized.len());
    let same = core::ptr::eq(text, normalized) || text == normalized;
    (!same).then(|| Box::new(normalized.to_owned()))
}

#[cfg(test)]
mod tests;

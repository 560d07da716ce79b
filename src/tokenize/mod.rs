//! Tokens and sentences, each with its byte span in the original input.
//!
//! The [`Tokenizer`] normalizes the text, scans the normalized text for tokens, repairs
//! space-omission joins, and maps every token back to the original through the alignment.

pub(crate) mod joins;
mod scan;
mod sentence;
mod token;

use std::ops::Range;

use crate::normalize::work::examined;
use crate::normalize::Normalizer;
use crate::span::{AlignmentCursor, Span};
use crate::Error;
use joins::JoinWords;
pub use sentence::Sentence;
pub use token::{Iter, Token, TokenKind, Tokens};

/// Whether the position `pos` of `text` starts a line: only spaces and tabs stand between it
/// and the previous line break (or the start of the text).
pub(crate) fn starts_line(text: &str, pos: usize) -> bool {
    text.get(..pos).is_none_or(|before| {
        let line = before.trim_end_matches([' ', '\t']);
        examined(before.len() - line.len() + 1);
        line.chars()
            .next_back()
            .is_none_or(crate::script::is_line_break)
    })
}

/// Whether a line break stands in `text` between `a_end`, where one token ends, and
/// `b_start`, where the next begins.
#[inline]
pub(crate) fn line_break_between(text: &str, a_end: usize, b_start: usize) -> bool {
    examined(b_start.saturating_sub(a_end));
    match b_start.saturating_sub(a_end) {
        0 => false,
        // Most gaps are one space: a line break of one byte is one of these.
        1 => text
            .as_bytes()
            .get(a_end)
            .is_some_and(|&c| matches!(c, b'\n' | b'\r' | 0x0B | 0x0C)),
        _ => line_break_in(text, a_end, b_start),
    }
}

/// Whether a line break stands in `text` between `a_end` and `b_start`, two bytes or more
/// apart (out of line: the rare case of [`line_break_between`], which is inlined).
#[inline(never)]
fn line_break_in(text: &str, a_end: usize, b_start: usize) -> bool {
    text.get(a_end..b_start)
        .is_some_and(|gap| gap.contains(crate::script::is_line_break))
}

/// Tokens and sentences of one text, from one pass of the tokenizer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segmented<'a> {
    tokens: Tokens<'a>,
    sentences: Vec<Sentence<'a>>,
}

impl<'a> Segmented<'a> {
    /// The tokens, in order.
    #[must_use]
    pub fn tokens(&self) -> &Tokens<'a> {
        &self.tokens
    }

    /// The sentences, in order; each names its range of [`tokens`](Self::tokens).
    #[must_use]
    pub fn sentences(&self) -> &[Sentence<'a>] {
        &self.sentences
    }

    /// The tokens and the sentences.
    #[must_use]
    pub fn into_parts(self) -> (Tokens<'a>, Vec<Sentence<'a>>) {
        (self.tokens, self.sentences)
    }
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
/// assert!(tokens.get(2).unwrap().is_from_join());
/// assert_eq!(tokens.get(4).unwrap().kind(), TokenKind::Quote);
/// assert_eq!(&text[tokens.get(5).unwrap().span()], "فتح");
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
    /// [`ErrorKind::InvalidWord`](crate::ErrorKind::InvalidWord) if a word given to
    /// [`keep_whole`](Self::keep_whole) is empty, has no letter or holds white space.
    pub fn build(self) -> Result<Tokenizer, Error> {
        let mut joins = JoinWords::default();
        for word in self.keep {
            crate::extract::check_word(&word)?;
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
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokens<'a> {
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
    ) -> Tokens<'a> {
        // Urdu news has a token every eight bytes or so: room for a few more than that up
        // front saves copying the array as it grows (pages not written to are never
        // touched, so the room costs no memory).
        let mut tokens = Tokens::with_capacity(text, text.len() / 6);
        for (offset, chunk) in pieces(text, piece) {
            let first_token = tokens.len();
            let normalized = self.normalizer.normalize_for_tokens(chunk);
            let mut sink = TokenSink {
                offset,
                normalized: normalized.as_str(),
                alignment: normalized.alignment().cursor(),
                tokens: &mut tokens,
                last_normalized: 0..0,
                pending: None,
            };
            scan::scan(normalized.as_str(), |start, end, kind, plain| {
                // The pieces of a word that is its own key are their own keys too.
                match self.join_pieces(normalized.as_str(), start, end, kind) {
                    Some(parts) => {
                        for part in parts {
                            sink.push(start + part.start..start + part.end, kind, true, plain);
                        }
                    }
                    None => sink.push(start..end, kind, false, plain),
                }
            });
            sink.finish();
            if let Some(out) = sentences.as_deref_mut() {
                sentence::split_from(&tokens, first_token, out);
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
        let next = text.get(end..).unwrap_or_default();
        let Some(parts) = self.joins.split(word) else {
            return joins::name_before_speech(word, next);
        };
        (!joins::case_marker_before_case_marker(word, &parts, next)).then_some(parts)
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
    /// Where the piece starts in the original.
    offset: usize,
    normalized: &'n str,
    alignment: AlignmentCursor<'n>,
    tokens: &'v mut Tokens<'a>,
    /// Normalized range of the last token (to rebuild a merged token's normalized form).
    last_normalized: Range<usize>,
    /// The span of the last token when it took in the tokens after it and is yet to be
    /// widened to it.
    pending: Option<Span>,
}

impl TokenSink<'_, '_, '_> {
    /// Adds the token found at `range` of the normalized text; `plain` if it is its own match
    /// key (see [`Tokens::push`]).
    #[inline]
    fn push(&mut self, range: Range<usize>, kind: TokenKind, from_join: bool, plain: bool) {
        let piece = self.alignment.to_original(Span::from(range.clone()));
        let span = Span::new(piece.start + self.offset, piece.end + self.offset);
        if span.is_empty() {
            return;
        }
        // Normalization may expand one original character into several tokens (NFKC of
        // `¼`): they become one token, so original spans never overlap.
        if let Some(last) = self.pending.or_else(|| self.tokens.last_span()) {
            if span.start < last.end {
                self.pending = Some(last.cover(span));
                self.last_normalized.end = range.end;
                return;
            }
        }
        self.finish();
        // The alignment knows where the text changed: only a token there is compared.
        let form = if self.alignment.is_unchanged(Span::from(range.clone())) {
            None
        } else {
            self.normalized.get(range.clone())
        };
        self.last_normalized = range.clone();
        self.tokens.push(span, form, kind, from_join, plain);
    }

    /// Widens the last token if it took in the tokens after it. This is done once, when the
    /// token is whole, and not at each token it takes in: `ﷺﷺﷺ…` expands into words that
    /// run across every character, one token as long as the run.
    #[inline]
    fn finish(&mut self) {
        if let Some(span) = self.pending.take() {
            self.widen_last(span);
        }
    }

    /// Widens the last token to `span`, with the normalized form of the tokens it took in.
    #[cold]
    fn widen_last(&mut self, span: Span) {
        let form = self
            .normalized
            .get(self.last_normalized.clone())
            .unwrap_or("");
        self.tokens.widen_last(span, form);
    }
}

#[cfg(test)]
mod tests;

//! # urdu
//!
//! Urdu text processing in Rust: normalization, tokenization, sentence splitting, and the
//! facts a news reader wants (who said what, and where), for Urdu in Arabic script. Rule-
//! and lexicon-based, deterministic, no model files, no network. Every result carries its
//! byte [`Span`] in the original input.
//!
//! This page is the tour of the whole public API: every type is at the crate's root, and
//! each is introduced here in the order a text goes through them.
//!
//! ## Normalization
//!
//! [`normalize`] folds what Urdu writes in more than one way: Arabic letters to the Urdu
//! ones, presentation forms to letters, hamza composed, tatweel and bidi controls removed.
//! Clean text is borrowed, not copied. A [`Normalizer`] made by [`Normalizer::builder`]
//! turns each rule on or off; its [`Normalized`] result maps every position back to the
//! original through an [`Alignment`].
//!
//! ```
//! use urdu::{Digits, Normalizer, Span};
//!
//! assert_eq!(urdu::normalize("پاكستـان"), "پاکستان");
//! assert!(matches!(urdu::normalize("پاکستان"), std::borrow::Cow::Borrowed(_)));
//!
//! let n = Normalizer::builder().remove_diacritics(true).digits(Digits::Ascii).build()?;
//! let text = "تقریباً ۳۰ سالہ";
//! let normalized = n.normalize(text);
//! assert_eq!(normalized.as_str(), "تقریبا 30 سالہ");
//! let at = normalized.as_str().find("30").unwrap();
//! let back = normalized.to_original(Span::new(at, at + 2));
//! assert_eq!(&text[back], "۳۰");
//! # Ok::<(), urdu::Error>(())
//! ```
//!
//! ## Tokens and sentences
//!
//! [`tokenize`] gives the [`Tokens`] of a text: words, numbers, punctuation, quote marks,
//! Latin, URLs, e-mails, hashtags, mentions, emoji, symbols ([`TokenKind`]). Quote marks
//! glued to words are split off, and words run together (`کہاکہ`) are split again. Each
//! [`Token`] is a view with its original text, span, kind and normalized form.
//! [`sentences`] gives the [`Sentence`]s; a [`Tokenizer`] ([`Tokenizer::builder`]) takes a
//! normalizer, switches join repair, and gives both in one pass ([`Tokenizer::segment`]).
//!
//! ```
//! let text = "صدر نے کہاکہ فوجی دستے’جلد‘ واپس جائیں گے۔ مزید پڑھیں";
//! let tokens = urdu::tokenize(text);
//! let words: Vec<&str> = tokens.iter().map(|t| t.text()).collect();
//! assert_eq!(words[..7], ["صدر", "نے", "کہا", "کہ", "فوجی", "دستے", "’"]);
//! for token in &tokens {
//!     assert_eq!(&text[token.span()], token.text());
//! }
//! let sentences = urdu::sentences(text);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].text(), "مزید پڑھیں");
//! ```
//!
//! ## Quotations, speakers and places
//!
//! [`analyze`] gives an [`Analysis`]: the tokens and sentences, the [`Quote`]s (direct,
//! partial and indirect, [`QuoteKind`]; each with its [`Cue`] and the index of its
//! [`Speaker`], and the quotation that holds it), the speakers (one per person or body, with
//! a name, a [`SpeakerKind`], a title and every [`Mention`]), and the [`Location`]s (each a
//! [`Place`] of the gazetteer, of a [`PlaceKind`], with its mentions). [`locations`] finds the
//! places alone.
//!
//! ```
//! let text = "روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں واپس جائیں گی۔ پوتین کے بقول: ’کام مکمل ہو گیا۔‘";
//! let a = urdu::analyze(text);
//! assert_eq!(a.quotes().len(), 2);
//! assert_eq!(a.quotes()[0].text(), "فوجیں واپس جائیں گی");
//! assert_eq!(a.quotes()[1].kind(), urdu::QuoteKind::Direct);
//! let putin = a.speaker_of(&a.quotes()[1]).unwrap();
//! assert_eq!(putin.name(), "ولادی میر پوتن");   // two spellings, one speaker
//! assert_eq!(putin.title(), Some("روس کے صدر"));
//! assert_eq!(a.locations()[0].name(), "روس");
//!
//! // Speakers across documents: one key for the spellings of a name.
//! assert_eq!(urdu::speaker_key("پوتن"), urdu::speaker_key("پوتین"));
//! assert!(urdu::same_speaker("پوتن", "ولادی میر پوتن"));
//! ```
//!
//! ## Configuration
//!
//! Every configured object comes from a builder whose `build` returns `Result<_, Error>`, is
//! immutable, `Send + Sync` and cheap to clone, and is meant to be built once and reused:
//! [`NormalizerBuilder`], [`TokenizerBuilder`], [`GazetteerBuilder`] (places as [`Place`]
//! values, cue words with a [`PlaceWord`] role, names that are never places) and
//! [`AnalyzerBuilder`] (speech cues with a [`SpeechRule`], shipped cues removed one by one,
//! titles, phrases that are never speakers). Word lists are matched through the configured
//! normalizer, whatever its options. [`Analyzer::analyze_all`] analyzes many texts on all
//! cores (feature `parallel`).
//!
//! ```
//! use urdu::{Analyzer, Gazetteer, Place, PlaceKind, SpeechRule};
//!
//! let gazetteer = Gazetteer::builder()
//!     .place(Place::new("گلشن اقبال", PlaceKind::District).in_country("PK"))
//!     .build()?;
//! let analyzer = Analyzer::builder()
//!     .gazetteer(gazetteer)
//!     .speech_cue("شکوہ کیا", SpeechRule::Verb)
//!     .build()?;
//! let a = analyzer.analyze("گلشن اقبال کے رہائشیوں نے شکوہ کیا کہ پانی نہیں آتا۔");
//! assert_eq!(a.quotes()[0].text(), "پانی نہیں آتا");
//! assert_eq!(a.locations()[0].name(), "گلشن اقبال");
//! # Ok::<(), urdu::Error>(())
//! ```
//!
//! ## Errors
//!
//! Only building can fail, with an [`Error`] whose [`kind`](Error::kind) ([`ErrorKind`])
//! says what was refused; normalizing, tokenizing and analyzing never fail, on any input,
//! and take time linear in its length.
//!
//! ## Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `serde` | `serde::Serialize` for every result type, in the shape of the `analyze` example's JSON |
//! | `parallel` | [`Analyzer::analyze_all`] analyzes documents on all cores (rayon) |

#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod bits;
mod error;
mod extract;
mod lexicon;
mod names;
mod normalize;
mod script;
mod span;
mod stop_words;
mod tokenize;

use std::borrow::Cow;

use once_cell::sync::Lazy;

pub use error::{Error, ErrorKind};
pub use extract::{
    same_speaker, speaker_key, Analysis, Analyzer, AnalyzerBuilder, Cue, Diagnostic, Gazetteer,
    GazetteerBuilder, Location, Mention, Place, PlaceKind, PlaceWord, Quote, QuoteKind, Reason,
    Speaker, SpeakerKind, SpeechRule,
};
pub use normalize::{Digits, Normalized, Normalizer, NormalizerBuilder, UnicodeForm};
pub use span::{Alignment, AlignmentCursor, Span};
pub use stop_words::{is_stop_word, stop_words};
pub use tokenize::{
    Iter as TokenIter, Segmented, Sentence, Token, TokenKind, Tokenizer, TokenizerBuilder, Tokens,
};

/// The README's examples, run as doctests so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

static DEFAULT_TOKENIZER: Lazy<Tokenizer> = Lazy::new(Tokenizer::new);

/// Normalizes `text` with the default [`Normalizer`]. Borrows `text` when nothing changes.
///
/// ```
/// assert_eq!(urdu::normalize("علي"), "علی");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    DEFAULT_TOKENIZER.normalizer().normalize(text).into_text()
}

/// The tokens of `text` with the default [`Tokenizer`], in order.
///
/// ```
/// let tokens = urdu::tokenize("قیمت 1,000 روپے ہے۔");
/// let number = tokens.get(1).unwrap();
/// assert_eq!(number.text(), "1,000");
/// assert_eq!(number.kind(), urdu::TokenKind::Number);
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Tokens<'_> {
    DEFAULT_TOKENIZER.tokenize(text)
}

/// Analyzes `text` with the default [`Analyzer`]: tokens, sentences, quotations with their
/// speakers, and locations.
///
/// ```
/// let a = urdu::analyze("انہوں نے کہا کہ مذاکرات جاری رہیں گے۔");
/// assert_eq!(a.quotes()[0].text(), "مذاکرات جاری رہیں گے");
/// ```
#[must_use]
pub fn analyze(text: &str) -> Analysis<'_> {
    DEFAULT_ANALYZER.analyze(text)
}

static DEFAULT_ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::new);

/// The locations `text` names, found with the shipped [`Gazetteer`], in order of first
/// mention.
///
/// ```
/// let found = urdu::locations("الماتی میں حالات معمول پر آ گئے، قزاقستان کے صدر نے کہا۔");
/// let names: Vec<&str> = found.iter().map(|l| l.name()).collect();
/// assert_eq!(names, ["الماتی", "قزاقستان"]);
/// assert_eq!(found[1].country(), Some("KZ"));
/// ```
#[must_use]
pub fn locations(text: &str) -> Vec<Location<'_>> {
    DEFAULT_ANALYZER.locations(text)
}

/// The sentences of `text` with the default [`Tokenizer`], in order.
///
/// ```
/// let s = urdu::sentences("انہوں نے کہا: ’ہم جیتیں گے۔‘ اجلاس ختم ہوا۔");
/// assert_eq!(s.len(), 2);
/// assert_eq!(s[0].text(), "انہوں نے کہا: ’ہم جیتیں گے۔‘");
/// ```
#[must_use]
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    DEFAULT_TOKENIZER.sentences(text)
}

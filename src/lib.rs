//! # urdu
//!
//! Urdu text processing in Rust: normalization, tokenization, sentence splitting, and the
//! facts a news reader wants (who said what, and where), for Urdu in Arabic script. Every
//! result carries its byte span in the original input.
//!
//! ```
//! // Normalization: Arabic letters that Urdu writes differently become the Urdu letters,
//! // tatweel and bidi controls go, and clean text is borrowed, not copied.
//! assert_eq!(urdu::normalize("پاكستـان"), "پاکستان");
//! assert!(matches!(urdu::normalize("پاکستان"), std::borrow::Cow::Borrowed(_)));
//!
//! // Tokens: quote marks glued to words are split off, joined words are repaired, and
//! // every token knows where it stands in the input.
//! let text = "صدر نے کہاکہ فوجی دستے’جلد‘ واپس جائیں گے۔ مزید پڑھیں";
//! let tokens = urdu::tokenize(text);
//! let words: Vec<&str> = tokens.iter().map(|t| t.text()).collect();
//! assert_eq!(words[..6], ["صدر", "نے", "کہا", "کہ", "فوجی", "دستے"]);
//! assert_eq!(words[6], "’");
//! for token in &tokens {
//!     assert_eq!(&text[token.span().range()], token.text());
//! }
//!
//! // Sentences: on ۔ ؟ ! and line breaks; a line without a terminator is a sentence too.
//! let sentences = urdu::sentences(text);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].text(), "مزید پڑھیں");
//!
//! // Who said what, and where.
//! let a = urdu::analyze("قزاقستان کے صدر قاسم جومارت توکاییف نے کہا کہ فوجی جلد واپس جائیں گے۔");
//! assert_eq!(a.quotes[0].text, "فوجی جلد واپس جائیں گے");
//! assert_eq!(a.speakers[0].name, "قاسم جومارت توکاییف");
//! assert_eq!(a.speakers[0].title.as_deref(), Some("قزاقستان کے صدر"));
//! assert_eq!(a.locations[0].name, "قزاقستان");
//! ```
//!
//! ## Stages
//!
//! | stage | entry point | configurable through |
//! |---|---|---|
//! | normalization | [`normalize()`] | [`Normalizer`], [`NormalizerBuilder`] |
//! | tokens | [`tokenize()`] | [`Tokenizer`], [`TokenizerBuilder`] |
//! | sentences | [`sentences()`] | [`Tokenizer::segment`] gives tokens and sentences in one pass |
//! | locations | [`locations()`] | [`Gazetteer`], [`GazetteerBuilder`] |
//! | quotations, speakers, locations | [`analyze()`] | [`Analyzer`], [`AnalyzerBuilder`] |
//!
//! Every span is a [`Span`] of byte offsets into the original input, on `char` boundaries.
//! Work happens on normalized text; the [`Alignment`] built during normalization maps
//! positions back.
//!
//! ## Features
//!
//! | feature | what it adds |
//! |---|---|
//! | `serde` | `serde::Serialize` for every public result type |
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
pub mod extract;
pub(crate) mod lexicon;
pub mod normalize;
pub mod script;
mod span;
pub mod tokenize;

use std::borrow::Cow;

use once_cell::sync::Lazy;

pub use error::Error;
pub use extract::analysis::{Analysis, Analyzer, AnalyzerBuilder, Cue, Quote, QuoteKind};
pub use extract::locations::{
    CueRole, Gazetteer, GazetteerBuilder, Location, LocationKind, Mention,
};
pub use extract::speakers::{Speaker, SpeakerKind};
pub use lexicon::speech::CueRule;
pub use normalize::{Digits, Normalized, Normalizer, NormalizerBuilder, UnicodeForm};
pub use span::{Alignment, AlignmentCursor, Span};
pub use tokenize::{Segmented, Sentence, Token, TokenKind, Tokenizer, TokenizerBuilder};

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
/// assert_eq!(tokens[1].text(), "1,000");
/// assert_eq!(tokens[1].kind(), urdu::TokenKind::Number);
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    DEFAULT_TOKENIZER.tokenize(text)
}

/// Analyzes `text` with the default [`Analyzer`]: tokens, sentences, quotations with their
/// speakers, and locations.
///
/// ```
/// let a = urdu::analyze("انہوں نے کہا کہ مذاکرات جاری رہیں گے۔");
/// assert_eq!(a.quotes[0].text, "مذاکرات جاری رہیں گے");
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
/// let names: Vec<&str> = found.iter().map(|l| l.name.as_str()).collect();
/// assert_eq!(names, ["الماتی", "قزاقستان"]);
/// assert_eq!(found[1].country.as_deref(), Some("KZ"));
/// ```
#[must_use]
pub fn locations(text: &str) -> Vec<Location<'_>> {
    let tokens = DEFAULT_TOKENIZER.tokenize(text);
    Gazetteer::new().find(text, &tokens)
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

//! # urdu-tantivy
//!
//! An Urdu tokenizer for the [tantivy] search engine, built on the [`urdu`] crate: a query
//! and a document meet on the same terms, whatever letters each was typed with.
//!
//! A generic tokenizer indexes Urdu as it is written, so a query typed with Arabic letters
//! (`علي`, `پاكستان`) misses text written with Urdu letters (`علی`, `پاکستان`), a diacritic
//! or a tatweel breaks a match, words run together (`کہاکہ`, `گیاہے`) hide the words inside,
//! and a query with a zero-width non-joiner or a decomposed hamza finds nothing.
//! [`UrduTokenizer`] gives tantivy the words that [`urdu::Tokenizer`] finds (joined words
//! split again), each with its byte offsets into the original text and its position (so
//! phrase queries and highlighting work), and indexes each word's normalized form, folded by
//! the library's [`urdu::Normalizer`] so that the spellings a searcher does not tell apart
//! become one term.
//!
//! ```
//! use tantivy::collector::Count;
//! use tantivy::query::QueryParser;
//! use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
//! use tantivy::{doc, Index};
//!
//! let mut schema = Schema::builder();
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer(urdu_tantivy::TOKENIZER_NAME)   // "urdu"
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! let body = schema.add_text_field("body", TextOptions::default().set_indexing_options(indexing));
//! let index = Index::create_in_ram(schema.build());
//! urdu_tantivy::register(&index);
//!
//! let mut writer = index.writer(15_000_000)?;
//! writer.add_document(doc!(body => "صدر نے کہاکہ پاکستان اور علی کی ٹیم جیت گئی ہے۔"))?;
//! writer.commit()?;
//!
//! let searcher = index.reader()?.searcher();
//! let parser = QueryParser::for_index(&index, vec![body]);
//! // Arabic letters, a tatweel, a diacritic, a phrase written without its space:
//! for typed in ["پاكستان", "علي", "پاکـستان", "جِیت", "کہاکہ"] {
//!     let query = parser.parse_query(typed)?;
//!     assert_eq!(searcher.search(&query, &Count)?, 1, "{typed}");
//! }
//! # Ok::<(), tantivy::TantivyError>(())
//! ```
//!
//! ## What is folded
//!
//! [`UrduTokenizer::default`] (and the analyzer that [`register`] adds) indexes each word's
//! form under [`search_normalizer`]: the library's defaults (Arabic letters to the Urdu ones,
//! presentation forms to letters, hamza composed, tatweel and invisible controls removed),
//! and on top of them diacritics removed, digits of every script written in ASCII, and the
//! zero-width non-joiner read as a space. [`UrduTokenizer::builder`] changes any of it, and
//! adds a filter of Urdu function words ([`urdu::is_stop_word`]).
//!
//! Which tokens become terms: words, numbers, Latin words, URLs, e-mail addresses,
//! hashtags and mentions (without their `#` and `@`, so that `#پاکستان` is found by
//! `پاکستان`), and emoji; punctuation, quotation marks and other symbols are left out, as
//! tantivy's own tokenizers leave them out.
//!
//! [tantivy]: https://docs.rs/tantivy

#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use tantivy::tokenizer::{LowerCaser, TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::Index;
use urdu::{Digits, Normalizer, NormalizerBuilder, TokenKind, Tokens};

pub use urdu::Error;

/// The README's example, run as a doctest so that it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The name under which [`register`] adds the Urdu analyzer to an index: a text field with
/// `.set_tokenizer("urdu")` uses it.
pub const TOKENIZER_NAME: &str = "urdu";

/// Registers [`analyzer`] with `index`'s tokenizers under [`TOKENIZER_NAME`] (`"urdu"`), so
/// that the fields whose indexing options name it, and the `QueryParser`s made for the
/// index, use it.
///
/// A reader of an existing index must register it too before it parses queries or makes
/// snippets: tantivy stores the analyzer's name in the schema, not the analyzer.
pub fn register(index: &Index) {
    index.tokenizers().register(TOKENIZER_NAME, analyzer());
}

/// The recommended Urdu analyzer: [`UrduTokenizer::default`], then tantivy's `LowerCaser`
/// for the Latin words among the Urdu ones (`BBC` and `bbc` meet; Urdu has no case).
#[must_use]
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(UrduTokenizer::default())
        .filter(LowerCaser)
        .build()
}

/// The normalizer options of the recommended setup, as a builder to change them from.
///
/// The library's defaults (NFC; Arabic presentation forms to letters; `ي ى → ی`, `ك → ک`,
/// `ه → ہ`; hamza composed, `ی+ٔ → ئ`; tatweel and bidi controls removed; odd spaces
/// unified), and what a searcher does not tell apart either:
/// [`remove_diacritics`](NormalizerBuilder::remove_diacritics) (`جِیت` is `جیت`),
/// [`digits`](NormalizerBuilder::digits) in ASCII (`۲۰۲۲` is `2022`), and
/// [`zero_width_as_space`](NormalizerBuilder::zero_width_as_space) (`اسلام‌آباد` is
/// `اسلام آباد`).
///
/// ```
/// let n = urdu_tantivy::search_normalizer().build()?;
/// assert_eq!(n.normalize("پاكستـان ۲۰۲۲ جِیت").as_str(), "پاکستان 2022 جیت");
///
/// // Keep the diacritics, for an index that tells `مُلک` from `مِلک`:
/// let n = urdu_tantivy::search_normalizer().remove_diacritics(false).build()?;
/// let tokenizer = urdu_tantivy::UrduTokenizer::builder().normalizer(n).build()?;
/// # Ok::<(), urdu::Error>(())
/// ```
#[must_use]
pub fn search_normalizer() -> NormalizerBuilder {
    Normalizer::builder()
        .remove_diacritics(true)
        .digits(Digits::Ascii)
        .zero_width_as_space(true)
}

/// A tantivy [`Tokenizer`] for Urdu: the tokens of [`urdu::Tokenizer`], each indexed by its
/// normalized form, with byte offsets into the original text and positions.
///
/// [`UrduTokenizer::default`] is the recommended setup (see [`search_normalizer`]);
/// [`UrduTokenizer::builder`] sets the options. The tokenizer is cheap to clone, as tantivy
/// clones it for every indexing thread and every query.
///
/// ```
/// use tantivy::tokenizer::{TokenStream, Tokenizer};
/// use urdu_tantivy::UrduTokenizer;
///
/// let text = "انہوں نے کہاکہ پاكستان جیتے گا۔";
/// let mut tokenizer = UrduTokenizer::default();
/// let mut stream = tokenizer.token_stream(text);
/// let mut terms = Vec::new();
/// while let Some(token) = stream.next() {
///     terms.push((token.text.clone(), &text[token.offset_from..token.offset_to], token.position));
/// }
/// assert_eq!(terms[2], ("کہا".to_string(), "کہا", 2));     // a joined word split again
/// assert_eq!(terms[3], ("کہ".to_string(), "کہ", 3));
/// assert_eq!(terms[4], ("پاکستان".to_string(), "پاكستان", 4)); // indexed in Urdu letters
/// assert_eq!(terms.len(), 7);                                // the full stop is no term
/// ```
#[derive(Clone, Debug)]
pub struct UrduTokenizer {
    tokenizer: urdu::Tokenizer,
    stop_words: bool,
    token: Token,
}

impl Default for UrduTokenizer {
    /// The recommended setup: [`search_normalizer`], joined words split, no stop words
    /// removed.
    fn default() -> Self {
        let tokenizer = search_normalizer()
            .build()
            .and_then(|n| urdu::Tokenizer::builder().normalizer(n).build())
            // Building with no words to keep whole cannot fail today; were it ever to, the
            // library's own defaults are the next best thing.
            .unwrap_or_default();
        UrduTokenizer::from_tokenizer(tokenizer)
    }
}

impl UrduTokenizer {
    /// A builder starting from the recommended setup of [`UrduTokenizer::default`].
    #[must_use]
    pub fn builder() -> UrduTokenizerBuilder {
        UrduTokenizerBuilder::default()
    }

    /// A tokenizer that indexes the tokens of `tokenizer` as it is configured (its
    /// normalizer, its join repair), with no stop words removed.
    #[must_use]
    pub fn from_tokenizer(tokenizer: urdu::Tokenizer) -> UrduTokenizer {
        UrduTokenizer {
            tokenizer,
            stop_words: false,
            token: Token::default(),
        }
    }

    /// The library's tokenizer this one runs.
    #[must_use]
    pub fn tokenizer(&self) -> &urdu::Tokenizer {
        &self.tokenizer
    }

    /// Whether Urdu function words are left out of the index.
    #[must_use]
    pub fn removes_stop_words(&self) -> bool {
        self.stop_words
    }
}

/// Builds an [`UrduTokenizer`]; starts from the recommended setup.
#[derive(Clone, Debug)]
pub struct UrduTokenizerBuilder {
    normalizer: Option<Normalizer>,
    split_joins: bool,
    keep_whole: Vec<String>,
    stop_words: bool,
}

impl Default for UrduTokenizerBuilder {
    fn default() -> Self {
        UrduTokenizerBuilder {
            normalizer: None,
            split_joins: true,
            keep_whole: Vec::new(),
            stop_words: false,
        }
    }
}

impl UrduTokenizerBuilder {
    /// The normalizer whose form of each word is indexed (default: [`search_normalizer`]).
    /// Documents and queries must be analyzed with the same one.
    #[must_use]
    pub fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = Some(normalizer);
        self
    }

    /// Split words that the writer ran together with a function word (`کہاکہ` → `کہا` +
    /// `کہ`), so that each is found ([`urdu::TokenizerBuilder::split_joins`]). Default on.
    #[must_use]
    pub fn split_joins(mut self, on: bool) -> Self {
        self.split_joins = on;
        self
    }

    /// Words never split as joins: names or terms of the archive that look like a word
    /// and a function word run together ([`urdu::TokenizerBuilder::keep_whole`]).
    #[must_use]
    pub fn keep_whole<I, S>(mut self, words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.keep_whole.extend(words.into_iter().map(Into::into));
        self
    }

    /// Leave Urdu function words ([`urdu::is_stop_word`]: postpositions, pronouns,
    /// auxiliaries, conjunctions, particles) out of the index, matched on each word's
    /// normalized form. They still count for positions, so a phrase query keeps its gaps.
    /// Default off: phrases such as `کہا کہ` are what some searches look for.
    #[must_use]
    pub fn stop_words(mut self, on: bool) -> Self {
        self.stop_words = on;
        self
    }

    /// The configured tokenizer.
    ///
    /// # Errors
    /// The library's [`urdu::ErrorKind::InvalidWord`] if a word given to
    /// [`keep_whole`](Self::keep_whole) is empty, has no letter or holds white space.
    pub fn build(self) -> Result<UrduTokenizer, Error> {
        let normalizer = match self.normalizer {
            Some(n) => n,
            None => search_normalizer().build()?,
        };
        let tokenizer = urdu::Tokenizer::builder()
            .normalizer(normalizer)
            .split_joins(self.split_joins)
            .keep_whole(self.keep_whole)
            .build()?;
        Ok(UrduTokenizer {
            stop_words: self.stop_words,
            ..UrduTokenizer::from_tokenizer(tokenizer)
        })
    }
}

impl Tokenizer for UrduTokenizer {
    type TokenStream<'a> = UrduTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> UrduTokenStream<'a> {
        self.token.reset();
        UrduTokenStream {
            tokens: self.tokenizer.tokenize(text),
            next: 0,
            position: 0,
            stop_words: self.stop_words,
            token: &mut self.token,
        }
    }
}

/// The terms of one text, made by [`UrduTokenizer`].
#[derive(Debug)]
pub struct UrduTokenStream<'a> {
    tokens: Tokens<'a>,
    /// The index of the next library token to look at.
    next: usize,
    /// The position the next term gets.
    position: usize,
    stop_words: bool,
    token: &'a mut Token,
}

impl TokenStream for UrduTokenStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(t) = self.tokens.get(self.next) {
            self.next += 1;
            let mut term = t.normalized();
            let mut span = t.span();
            match t.kind() {
                TokenKind::Punctuation | TokenKind::Quote | TokenKind::Symbol => continue,
                TokenKind::Hashtag | TokenKind::Mention => {
                    if let Some(rest) = term.strip_prefix(['#', '@']) {
                        term = rest;
                        let sigil = t.text().chars().next().map_or(0, char::len_utf8);
                        span.start = (span.start + sigil).min(span.end);
                    }
                }
                _ => {}
            }
            let position = self.position;
            self.position += 1;
            if self.stop_words && urdu::is_stop_word(term) {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(term);
            self.token.offset_from = span.start;
            self.token.offset_to = span.end;
            self.token.position = position;
            self.token.position_length = 1;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

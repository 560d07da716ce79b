//! The whole analysis of a text: tokens, sentences, quotations with their speakers, and
//! locations.
//!
//! How a quotation gets its speaker:
//! - a quotation right after a cue (`X کے بقول: ’…‘`, `X نے کہا کہ ’…‘`) is the cue's;
//! - a quotation inside what a cue reports, or between a cue's speaker and its verb
//!   (`پوتن نے ’فتح‘ کا دعویٰ کیا`), is that cue's;
//! - a quotation followed in its sentence by a cue (`’…‘، انہوں نے کہا`) is that cue's;
//! - a long quotation with no cue of its own continues the speaker of the quotation just
//!   before it in the same or the previous paragraph;
//! - a short quoted term with no cue in its sentence (a title, a scare quote) is not
//!   reported.
//!
//! A quotation is `Direct` when it is a clause or more (it holds a sentence end, runs to six
//! words or more, or is all that its cue says) and `Partial` otherwise; `Indirect` is what
//! follows `کہ` (or a source postposition) up to the end of the sentence, unless that is one
//! quotation, reported as direct.

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::extract::locations::{Gazetteer, Location};
use crate::extract::quotes::{pair_quotes, QuotePair};
use crate::extract::speakers::{Resolver, Speaker};
use crate::extract::speech::{find_cues, CueMatch, Keyed, SpeechLexicon};
use crate::extract::KeyedText;
use crate::lexicon::speech::{
    parse_cues, parse_speaker_words, CueRule, WordRole, CUES_TSV, WORDS_TSV,
};
use crate::script::is_sentence_terminator;
use crate::span::Span;
use crate::tokenize::{span_of, Sentence, Token, Tokenizer};
use crate::Error;

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum QuoteKind {
    /// Quoted words that make a clause or more.
    Direct,
    /// A few quoted words inside the reporter's sentence.
    Partial,
    /// Reported speech after a cue, up to the end of its sentence.
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in JSON (`"direct"`, `"partial"`, `"indirect"`).
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// The words that introduce a quotation (`کا کہنا تھا کہ`, `کے مطابق`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue<'a> {
    /// Byte span in the original input.
    pub span: Span,
    /// The cue as written.
    pub text: &'a str,
}

/// A quotation: what was said, how, by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Quote<'a> {
    /// Byte span of the quoted words in the original input, without quotation marks.
    pub span: Span,
    /// The quoted words as written.
    pub text: &'a str,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The index of the speaker in [`Analysis::speakers`], if known.
    pub speaker: Option<usize>,
    /// The cue that introduced it, if any.
    pub cue: Option<Cue<'a>>,
}

/// Everything the analyzer finds in a text; every span points into the original input.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Analysis<'a> {
    /// The tokens, in order.
    pub tokens: Vec<Token<'a>>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence<'a>>,
    /// The quotations, in text order.
    pub quotes: Vec<Quote<'a>>,
    /// One entry per real-world speaker, in order of first mention.
    pub speakers: Vec<Speaker<'a>>,
    /// The locations, in order of first mention.
    pub locations: Vec<Location<'a>>,
}

/// A configured analyzer: immutable, `Send + Sync`, reusable.
///
/// ```
/// use urdu::{Analyzer, QuoteKind};
///
/// let analyzer = Analyzer::new();
/// let text = "روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں جلد واپس جائیں گی۔ \
///             پوتین کے بقول: ’ہم نے اپنا کام مکمل کر لیا ہے۔‘";
/// let analysis = analyzer.analyze(text);
/// assert_eq!(analysis.quotes.len(), 2);
/// assert_eq!(analysis.quotes[0].kind, QuoteKind::Indirect);
/// assert_eq!(analysis.quotes[0].text, "فوجیں جلد واپس جائیں گی");
/// assert_eq!(analysis.quotes[1].kind, QuoteKind::Direct);
/// // Two spellings, one speaker, with the fullest name and the title.
/// assert_eq!(analysis.speakers.len(), 1);
/// assert_eq!(analysis.speakers[0].name, "ولادی میر پوتن");
/// assert_eq!(analysis.speakers[0].title.as_deref(), Some("روس کے صدر"));
/// assert_eq!(analysis.locations[0].name, "روس");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    tokenizer: Tokenizer,
    gazetteer: Gazetteer,
    lexicon: std::sync::Arc<SpeechLexicon>,
}

/// Builds an [`Analyzer`].
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    tokenizer: Option<Tokenizer>,
    gazetteer: Option<Gazetteer>,
    cues: Vec<(String, CueRule)>,
    titles: Vec<String>,
}

static DEFAULT_LEXICON: Lazy<std::sync::Arc<SpeechLexicon>> =
    Lazy::new(|| std::sync::Arc::new(shipped_lexicon().unwrap_or_default()));

fn shipped_lexicon() -> Result<SpeechLexicon, Error> {
    let mut lex = SpeechLexicon::default();
    for (cue, rule) in parse_cues(CUES_TSV)? {
        lex.add_cue(cue, rule);
    }
    for (word, roles) in parse_speaker_words(WORDS_TSV)? {
        for role in roles {
            lex.add_word(word, role);
        }
    }
    Ok(lex)
}

impl AnalyzerBuilder {
    /// The tokenizer (and so the normalizer) to use (default: [`Tokenizer::new`]).
    #[must_use]
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> Self {
        self.tokenizer = Some(tokenizer);
        self
    }

    /// The gazetteer to use (default: [`Gazetteer::new`]).
    #[must_use]
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Adds a speech cue: one or more words and the rule it follows.
    #[must_use]
    pub fn cue(mut self, words: &str, rule: CueRule) -> Self {
        self.cues.push((words.to_owned(), rule));
        self
    }

    /// Adds a title or role word (`کمشنر`), which separates a speaker's title from the name.
    #[must_use]
    pub fn title(mut self, word: &str) -> Self {
        self.titles.push(word.to_owned());
        self
    }

    /// The configured analyzer.
    ///
    /// # Errors
    /// [`Error::InvalidWord`] for an empty cue or title, [`Error::MalformedData`] if a
    /// shipped data file is malformed (the crate's tests rule it out).
    pub fn build(self) -> Result<Analyzer, Error> {
        let mut lexicon = if self.cues.is_empty() && self.titles.is_empty() {
            None
        } else {
            Some(shipped_lexicon()?)
        };
        for (cue, rule) in &self.cues {
            check_word(cue)?;
            if let Some(lex) = lexicon.as_mut() {
                lex.add_cue(cue, *rule);
            }
        }
        for title in &self.titles {
            check_word(title)?;
            if let Some(lex) = lexicon.as_mut() {
                lex.add_word(title, WordRole::Title);
            }
        }
        Ok(Analyzer {
            tokenizer: self.tokenizer.unwrap_or_default(),
            gazetteer: self.gazetteer.unwrap_or_default(),
            lexicon: lexicon.map_or_else(|| DEFAULT_LEXICON.clone(), std::sync::Arc::new),
        })
    }
}

fn check_word(word: &str) -> Result<(), Error> {
    if word.trim().is_empty() {
        return Err(Error::InvalidWord {
            word: word.to_owned(),
            reason: "a cue or title must have letters",
        });
    }
    Ok(())
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// How many cues on either side of a quotation may be its cue.
const NEAR_CUES: usize = 16;

/// Quotations of at least this many words are clauses (direct), shorter ones partial.
const CLAUSE_WORDS: usize = 6;

impl Analyzer {
    /// An analyzer with the shipped lexicons, tokenizer and gazetteer.
    #[must_use]
    pub fn new() -> Analyzer {
        Analyzer {
            tokenizer: Tokenizer::new(),
            gazetteer: Gazetteer::new(),
            lexicon: DEFAULT_LEXICON.clone(),
        }
    }

    /// A builder starting from the defaults of [`Analyzer::new`].
    #[must_use]
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Analyzes many documents, in parallel on all cores with the `parallel` feature (rayon),
    /// one after another without it. Documents are independent: the results are the same
    /// either way, in the order of `texts`.
    ///
    /// ```
    /// let analyzer = urdu::Analyzer::new();
    /// let texts = ["انہوں نے کہا کہ کام جاری ہے۔", "لاہور میں بارش ہوئی۔"];
    /// let analyses = analyzer.analyze_all(&texts);
    /// assert_eq!(analyses.len(), 2);
    /// assert_eq!(analyses[1].locations[0].name, "لاہور");
    /// ```
    #[must_use]
    pub fn analyze_all<'a>(&self, texts: &[&'a str]) -> Vec<Analysis<'a>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|text| self.analyze(text)).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(|text| self.analyze(text)).collect()
        }
    }

    /// Analyzes `text`.
    #[must_use]
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        let segmented = self.tokenizer.segment(text);
        let (tokens, sentences) = (segmented.tokens, segmented.sentences);
        // The tokens' match keys, once, for the gazetteer and the speech rules alike.
        let keys = KeyedText::new(text, &tokens);
        let locations = self.gazetteer.find_keyed(text, &tokens, &keys);
        let pairs = pair_quotes(text, &tokens);
        let keyed = keyed(&tokens, &keys, &sentences, &pairs);
        let navigation = navigation_sentences(&keyed);
        let in_navigation = |i: usize| {
            keyed
                .sentence_index(i)
                .is_some_and(|s| navigation.binary_search(&s).is_ok())
        };
        let pairs: Vec<QuotePair> = pairs
            .into_iter()
            .filter(|p| !in_navigation(p.open))
            .collect();
        let cues: Vec<CueMatch> = find_cues(&keyed, &self.lexicon)
            .into_iter()
            .filter(|c| !in_navigation(c.cue.start))
            .collect();
        let assembler = Assembler {
            text,
            keyed: &keyed,
            cues: &cues,
            lexicon: &self.lexicon,
        };
        let planned = assembler.plan(&pairs);
        // Speakers are those of the cues that report something, resolved in text order (so
        // that a pronoun finds the speaker before it).
        let mut used = vec![false; cues.len()];
        for c in planned.iter().filter_map(|p| p.cue) {
            if let Some(u) = used.get_mut(c) {
                *u = true;
            }
        }
        for (u, c) in used.iter_mut().zip(&cues) {
            *u |= c.rule == CueRule::Source && c.said.is_some();
        }
        let mut resolver = Resolver::new(&keyed, text, &self.lexicon, &self.gazetteer);
        let cue_speakers: Vec<Option<usize>> = cues
            .iter()
            .zip(&used)
            .map(|(c, &u)| {
                u.then(|| {
                    c.speaker
                        .clone()
                        .and_then(|p| resolver.resolve(p, c.marker))
                })
                .flatten()
            })
            .collect();
        let speakers = resolver.finish();
        let quotes = planned
            .iter()
            .filter_map(|p| assembler.quote(p, &cue_speakers))
            .collect();
        Analysis {
            quotes,
            speakers,
            locations,
            tokens,
            sentences,
        }
    }
}

/// The sentences that are a page's furniture, not the article: links that begin with
/// `مزید پڑھیں` or `یہ بھی پڑھیں` ("read more", "read also") and carry another article's
/// title, often in quotation marks, and image captions (`تصویر کے کاپی رائٹ`).
fn navigation_sentences(k: &Keyed<'_, '_>) -> Vec<usize> {
    const READ_MORE: &[&[&str]] = &[
        &["مزید", "پڑھیں"],
        &["مزید", "پڑھ"],
        &["یہ", "بھی", "پڑھیں"],
        &["یہ", "بھی", "پڑھ"],
        &["تصویر", "کے", "کاپی", "رائٹ"],
    ];
    k.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            READ_MORE.iter().any(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(n, w)| s.start + n < s.end && k.key(s.start + n) == *w)
            })
        })
        .map(|(n, _)| n)
        .collect()
}

/// The keyed view of the tokens: match keys, sentences, and what lies inside quotations.
fn keyed<'t, 'a>(
    tokens: &'t [Token<'a>],
    keys: &'t KeyedText<'t, 'a>,
    sentences: &[Sentence<'a>],
    pairs: &[QuotePair],
) -> Keyed<'t, 'a> {
    let mut quoted = vec![false; tokens.len()];
    for p in pairs {
        for slot in quoted.get_mut(p.open + 1..p.close).unwrap_or(&mut []) {
            *slot = true;
        }
    }
    Keyed {
        tokens,
        keys,
        sentences: sentences.iter().map(Sentence::tokens).collect(),
        paragraph_starts: (1..tokens.len())
            .filter(|&i| keys.line_break_before(i))
            .collect(),
        quoted,
    }
}

/// Puts quotations, cues and speakers together.
struct Assembler<'x, 't, 'a> {
    text: &'a str,
    keyed: &'x Keyed<'t, 'a>,
    cues: &'x [CueMatch],
    lexicon: &'x SpeechLexicon,
}

/// A quotation before its speaker is known: its tokens, kind and cue.
struct Planned {
    tokens: Range<usize>,
    kind: QuoteKind,
    cue: Option<usize>,
}

impl<'a> Assembler<'_, '_, 'a> {
    fn span(&self, r: &Range<usize>) -> Span {
        span_of(self.keyed.tokens, r.clone()).unwrap_or_default()
    }

    fn cue(&self, c: &CueMatch) -> Cue<'a> {
        let span = self.span(&c.cue);
        Cue {
            span,
            text: self.text.get(span.range()).unwrap_or(""),
        }
    }

    fn quote(&self, p: &Planned, cue_speakers: &[Option<usize>]) -> Option<Quote<'a>> {
        let span = self.span(&p.tokens);
        let speaker = p.cue.and_then(|c| cue_speakers.get(c).copied().flatten());
        // A quotation nobody is said to have said is not reported.
        if span.is_empty() || speaker.is_none() {
            return None;
        }
        Some(Quote {
            span,
            text: self.text.get(span.range()).unwrap_or(""),
            kind: p.kind,
            speaker,
            cue: p.cue.and_then(|c| self.cues.get(c)).map(|c| self.cue(c)),
        })
    }

    fn words(&self, r: &Range<usize>) -> usize {
        self.keyed.tokens.get(r.clone()).map_or(0, |t| {
            t.iter()
                .filter(|t| t.text().chars().any(char::is_alphanumeric))
                .count()
        })
    }

    fn holds_sentence_end(&self, r: &Range<usize>) -> bool {
        self.keyed.tokens.get(r.clone()).is_some_and(|t| {
            t.iter().any(|t| {
                t.normalized()
                    .chars()
                    .next()
                    .is_some_and(is_sentence_terminator)
            })
        })
    }

    /// The cues that can belong to a quotation: those of its sentences, and no more than
    /// [`NEAR_CUES`] on either side of it (which keeps the assembly linear).
    fn near(&self, p: &QuotePair) -> Range<usize> {
        let k = self.keyed;
        let first = k.sentence(p.open).start;
        let last = k.sentence(p.close).end;
        let lo = self.cues.partition_point(|c| c.cue.start < first);
        let hi = self.cues.partition_point(|c| c.cue.start < last);
        let mid = self.cues.partition_point(|c| c.cue.start < p.open);
        lo.max(mid.saturating_sub(NEAR_CUES))..hi.min(mid + NEAR_CUES)
    }

    /// The cue a quotation (the marks at `p`) belongs to, and whether the cue introduces it.
    fn cue_of(&self, p: &QuotePair) -> Option<(usize, bool)> {
        let k = self.keyed;
        let sentence = k.sentence(p.open);
        let near = self.near(p);
        let cues = self.cues.get(near.clone()).unwrap_or(&[]);
        let at = |i: usize| near.start + i;
        let in_sentence = |c: &CueMatch| k.sentence(c.cue.start) == sentence;
        // Introduced: the quotation opens right after the cue.
        if let Some(i) = cues.iter().position(|c| c.after == p.open) {
            return Some((at(i), true));
        }
        // Inside what a cue reports, or between a cue's speaker and its verb.
        let inside = cues.iter().position(|c| {
            c.said
                .as_ref()
                .is_some_and(|s| s.start <= p.open && p.close <= s.end)
                || c.speaker
                    .as_ref()
                    .is_some_and(|s| s.end <= p.open && p.close < c.cue.start)
        });
        if let Some(i) = inside {
            return Some((at(i), false));
        }
        // A cue after the quotation in its sentence (`’…‘، انہوں نے کہا`), else any cue there.
        let after = cues
            .iter()
            .position(|c| in_sentence(c) && c.cue.start > p.close);
        after
            .or_else(|| cues.iter().position(in_sentence))
            .map(|i| (at(i), false))
    }

    /// The cue whose speaker a quotation with no cue of its own goes on quoting: the last cue
    /// before it in its paragraph, or, when the quotation opens its paragraph, the last cue
    /// of the paragraph before (news quotes a speaker over several paragraphs).
    fn continued_cue(&self, open: usize) -> Option<usize> {
        let paragraph = self.keyed.paragraph(open);
        let last = self
            .cues
            .partition_point(|c| c.cue.start < open)
            .checked_sub(1)?;
        let cue_paragraph = self.keyed.paragraph(self.cues.get(last)?.cue.start);
        let opens_paragraph = open == 0 || self.keyed.paragraph(open - 1) != paragraph;
        let same = cue_paragraph == paragraph;
        let before = opens_paragraph && cue_paragraph + 1 == paragraph;
        (same || before).then_some(last)
    }

    /// The quotations: quoted words with their cue, then the indirect speech of the cues.
    fn plan(&self, pairs: &[QuotePair]) -> Vec<Planned> {
        let mut quotes = Vec::new();
        // A short term that the article also quotes where nobody speaks (`’بی ایف آر‘` in a
        // sentence without a cue) is a name it keeps using, not words someone said, wherever
        // it stands; so is a quoted letter (`’بی‘`).
        let quoted_key = |p: &QuotePair| {
            (p.open + 1..p.close)
                .map(|j| self.keyed.key(j))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let names: std::collections::HashSet<String> = pairs
            .iter()
            .filter(|p| self.cue_of(p).is_none())
            .map(quoted_key)
            .collect();
        // Quotations that are all that a cue says: no indirect quote for that cue.
        let mut whole = vec![false; self.cues.len()];
        // The furthest closing mark so far: pairs come in order of their opening marks, so a
        // pair that closes before it is inside an earlier one.
        let mut outer_close: Option<usize> = None;
        for p in pairs {
            let inner = p.open + 1..p.close;
            // A quotation inside a quotation is part of it; a quoted title after the kind of
            // work it names (`فلم ’منٹو‘`, `کتاب ’…‘`) is a name, not something said.
            let nested = outer_close.is_some_and(|c| p.close < c);
            outer_close = outer_close.max(Some(p.close));
            let title = p
                .open
                .checked_sub(1)
                .is_some_and(|b| self.lexicon.has(self.keyed.key(b), WordRole::Work));
            if inner.is_empty() || nested || title {
                continue;
            }
            let cue = self.cue_of(p);
            // All that its cue says: the quotation is what the cue introduces, and nothing
            // follows it in the sentence.
            let whole_saying = match cue {
                Some((c, true)) => self
                    .cues
                    .get(c)
                    .and_then(|m| m.said.clone())
                    .map_or(true, |s| s.start >= p.open && s.end <= p.close + 1),
                _ => false,
            };
            if let Some((c, true)) = cue {
                if let Some(slot) = whole.get_mut(c) {
                    *slot = whole_saying;
                }
            }
            let clause = whole_saying
                || self.holds_sentence_end(&inner)
                || self.words(&inner) >= CLAUSE_WORDS;
            let kind = if clause {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            let term =
                !clause && (names.contains(&quoted_key(p)) || quoted_key(p).chars().count() <= 2);
            if term {
                continue;
            }
            let cue = match cue {
                Some((c, _)) => Some(c),
                None if clause => self.continued_cue(p.open),
                None => continue,
            };
            quotes.push(Planned {
                tokens: inner,
                kind,
                cue,
            });
        }
        for (i, c) in self.cues.iter().enumerate() {
            let Some(said) = c.said.clone() else { continue };
            if whole.get(i).copied().unwrap_or(false) || said.is_empty() {
                continue;
            }
            // A source whose sentence has its own cue after it (`اے ایف پی کے مطابق … نے
            // کہا کہ`) reports that cue's speech: the inner cue's quotation is the one.
            let inner_cue = c.rule == CueRule::Source && {
                let from = self.cues.partition_point(|d| d.cue.start < said.start);
                self.cues
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|d| d.cue.start < said.end)
                    .any(|d| d.rule != CueRule::Source)
            };
            if inner_cue {
                continue;
            }
            quotes.push(Planned {
                tokens: said,
                kind: QuoteKind::Indirect,
                cue: Some(i),
            });
        }
        quotes.sort_by_key(|q| (q.tokens.start, q.tokens.end));
        quotes
    }
}

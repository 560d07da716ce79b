//! The configured analyzer: tokens, sentences, locations, quotations and speakers of a text
//! in one call.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::extract::analysis::Analysis;
use crate::extract::assemble::{Assembler, Planned, FURNITURE_BETWEEN};
use crate::extract::byline::{speaker_headings, speaker_labels};
use crate::extract::cues::{
    find_cues, first_person_subject, issuers_of_acts_before, quotation_frames, CueMatch, Rejected,
};
use crate::extract::diagnostics::{Diagnostic, Reason};
use crate::extract::document::Document;
use crate::extract::furniture::furniture_sentences;
use crate::extract::keys::{Keyer, MatchKeys};
use crate::extract::locations::{Gazetteer, Location};
use crate::extract::mention::Cue;
use crate::extract::pairing::{pair_quotes_in, QuotePair};
use crate::extract::quote::QuoteKind;
use crate::extract::resolve::Resolver;
use crate::extract::slogan::slogan_frames;
use crate::extract::speaker::Speaker;
use crate::extract::vocabulary::{SpeechRule, Vocabulary};
use crate::extract::{check_phrase, check_word};
use crate::lexicon::words::Roles;
use crate::tokenize::Tokenizer;
use crate::Error;

/// A configured analyzer: immutable, `Send + Sync`, cheap to clone, reusable.
///
/// ```
/// use urdu::{Analyzer, QuoteKind};
///
/// let analyzer = Analyzer::new();
/// let text = "روس کے صدر ولادی میر پوتن نے کہا کہ فوجیں جلد واپس جائیں گی۔ \
///             پوتین کے بقول: ’ہم نے اپنا کام مکمل کر لیا ہے۔‘";
/// let analysis = analyzer.analyze(text);
/// let quotes = analysis.quotes();
/// assert_eq!(quotes.len(), 2);
/// assert_eq!(quotes[0].kind(), QuoteKind::Indirect);
/// assert_eq!(quotes[0].text(), "فوجیں جلد واپس جائیں گی");
/// assert_eq!(quotes[1].kind(), QuoteKind::Direct);
/// // Two spellings, one speaker, with the fullest name and the title.
/// let speakers = analysis.speakers();
/// assert_eq!(speakers.len(), 1);
/// assert_eq!(speakers[0].name(), "ولادی میر پوتن");
/// assert_eq!(speakers[0].title(), Some("روس کے صدر"));
/// assert_eq!(analysis.locations()[0].name(), "روس");
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    tokenizer: Tokenizer,
    gazetteer: Gazetteer,
    vocabulary: Arc<Vocabulary>,
    /// Phrases that are never speakers, as keys.
    not_speakers: Arc<Vec<String>>,
}

/// Builds an [`Analyzer`].
///
/// ```
/// use urdu::{Analyzer, SpeechRule};
///
/// let analyzer = Analyzer::builder()
///     .speech_cue("شکوہ کیا", SpeechRule::Verb)   // and its present forms
///     .title("کمشنر")
///     .build()?;
/// let a = analyzer.analyze("کمشنر عامر علی شکوہ کرتے ہیں کہ سڑکیں ٹوٹی ہوئی ہیں۔");
/// assert_eq!(a.quotes()[0].text(), "سڑکیں ٹوٹی ہوئی ہیں");
/// assert_eq!(a.speakers()[0].name(), "عامر علی");
/// assert_eq!(a.speakers()[0].title(), Some("کمشنر"));
/// # Ok::<(), urdu::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    tokenizer: Option<Tokenizer>,
    gazetteer: Option<Gazetteer>,
    cues: Vec<(String, SpeechRule)>,
    removed_cues: Vec<String>,
    titles: Vec<String>,
    not_speakers: Vec<String>,
}

/// The shipped vocabulary with the default normalizer, compiled on first use.
static DEFAULT_VOCABULARY: Lazy<Arc<Vocabulary>> = Lazy::new(|| {
    Arc::new(crate::lexicon::shipped(Vocabulary::shipped(
        Keyer::default(),
    )))
});

impl AnalyzerBuilder {
    /// The tokenizer (and so the normalizer) to use (default: [`Tokenizer::new`]). Word
    /// lists are matched through its normalizer, whatever its options.
    #[must_use]
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> Self {
        self.tokenizer = Some(tokenizer);
        self
    }

    /// The gazetteer to use (default: [`Gazetteer::new`]). If it was built with another
    /// normalizer than the analyzer's, it is compiled again for the analyzer's.
    #[must_use]
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Adds a speech cue: one or more words (single spaces between them) and the rule it
    /// follows. A [`SpeechRule::Verb`] in the past form brings its present forms, its passive
    /// and its intensive compounds (`کہہ دیا`, `واضح کر دیا`) along.
    #[must_use]
    pub fn speech_cue(mut self, words: impl AsRef<str>, rule: SpeechRule) -> Self {
        self.cues.push((words.as_ref().to_owned(), rule));
        self
    }

    /// Removes a shipped (or added) speech cue and the forms derived from it, keeping the
    /// others: `without_speech_cue("پوچھا")` stops questions being read as speech.
    #[must_use]
    pub fn without_speech_cue(mut self, words: impl AsRef<str>) -> Self {
        self.removed_cues.push(words.as_ref().to_owned());
        self
    }

    /// Adds a title or role word (`کمشنر`), which separates a speaker's title from the name.
    #[must_use]
    pub fn title(mut self, word: impl AsRef<str>) -> Self {
        self.titles.push(word.as_ref().to_owned());
        self
    }

    /// A phrase (one or more words) that is never a speaker: a cue whose speaker would be
    /// it, or end with it, reports nothing (`not_speaker("تفصیلات")`: `تفصیلات کے مطابق`,
    /// "according to the details", is the reporter's phrase).
    #[must_use]
    pub fn not_speaker(mut self, phrase: impl AsRef<str>) -> Self {
        self.not_speakers.push(phrase.as_ref().to_owned());
        self
    }

    /// The configured analyzer.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidWord`](crate::ErrorKind::InvalidWord) for a cue or phrase that is
    /// empty, has no letter, or holds white space other than single spaces, and for a title
    /// of more than one word; the gazetteer's errors if it must be compiled again; and
    /// [`ErrorKind::MalformedData`](crate::ErrorKind::MalformedData) if a shipped data file is
    /// malformed (the crate's tests rule it out).
    pub fn build(self) -> Result<Analyzer, Error> {
        let tokenizer = self.tokenizer.unwrap_or_default();
        let keyer = Keyer::new(tokenizer.normalizer());
        let gazetteer = match self.gazetteer {
            Some(g) => g.for_tokenizer(&tokenizer)?,
            None => Gazetteer::new().for_tokenizer(&tokenizer)?,
        };
        let customized =
            !(self.cues.is_empty() && self.removed_cues.is_empty() && self.titles.is_empty())
                || keyer != Keyer::default();
        let vocabulary = if customized {
            let mut v = Vocabulary::shipped(keyer.clone())?;
            for (cue, rule) in &self.cues {
                check_phrase(cue)?;
                v.add_cue(cue, *rule);
            }
            for cue in &self.removed_cues {
                check_phrase(cue)?;
                v.remove_cue(cue);
            }
            for title in &self.titles {
                check_word(title)?;
                v.add_word(title, Roles::TITLE);
            }
            Arc::new(v)
        } else {
            DEFAULT_VOCABULARY.clone()
        };
        let mut not_speakers = Vec::new();
        for phrase in &self.not_speakers {
            check_phrase(phrase)?;
            not_speakers.push(keyer.key(phrase));
        }
        Ok(Analyzer {
            tokenizer,
            gazetteer,
            vocabulary,
            not_speakers: Arc::new(not_speakers),
        })
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the shipped word lists, tokenizer and gazetteer.
    #[must_use]
    pub fn new() -> Analyzer {
        Analyzer {
            tokenizer: Tokenizer::new(),
            gazetteer: Gazetteer::new(),
            vocabulary: DEFAULT_VOCABULARY.clone(),
            not_speakers: Arc::default(),
        }
    }

    /// A builder starting from the defaults of [`Analyzer::new`].
    #[must_use]
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The tokenizer this analyzer uses.
    #[must_use]
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// The gazetteer this analyzer uses (matched through its tokenizer's normalizer).
    #[must_use]
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The locations of `text` alone (no quotations), with this analyzer's tokenizer and
    /// gazetteer.
    #[must_use]
    pub fn locations<'a>(&self, text: &'a str) -> Vec<Location<'a>> {
        let tokens = self.tokenizer.tokenize(text);
        self.gazetteer.locations_in(&tokens)
    }

    /// Analyzes many documents, on all cores with the `parallel` feature (rayon), one after
    /// another without it. Documents are independent: the results are the same either way,
    /// in the order of `texts`.
    ///
    /// ```
    /// let analyzer = urdu::Analyzer::new();
    /// let texts = vec!["انہوں نے کہا کہ کام جاری ہے۔".to_owned(), "لاہور میں بارش ہوئی۔".to_owned()];
    /// let analyses = analyzer.analyze_all(&texts);
    /// assert_eq!(analyses.len(), 2);
    /// assert_eq!(analyses[1].locations()[0].name(), "لاہور");
    /// ```
    #[must_use]
    pub fn analyze_all<'t, T: AsRef<str> + Sync>(&self, texts: &'t [T]) -> Vec<Analysis<'t>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.analyze(t.as_ref())).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(|t| self.analyze(t.as_ref())).collect()
        }
    }

    /// [`analyze_all`](Self::analyze_all) on at most `threads` threads (with the `parallel`
    /// feature; 0 means all cores; without the feature, one after another).
    #[must_use]
    pub fn analyze_all_with_threads<'t, T: AsRef<str> + Sync>(
        &self,
        texts: &'t [T],
        threads: usize,
    ) -> Vec<Analysis<'t>> {
        #[cfg(feature = "parallel")]
        {
            // A pool that cannot be made (the system refuses threads) leaves the work to the
            // calling thread: the result is the same.
            match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
                Ok(pool) => pool.install(|| self.analyze_all(texts)),
                Err(_) => texts.iter().map(|t| self.analyze(t.as_ref())).collect(),
            }
        }
        #[cfg(not(feature = "parallel"))]
        {
            let _ = threads;
            self.analyze_all(texts)
        }
    }

    /// Analyzes `text`.
    #[must_use]
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        self.run(text, None)
    }

    /// Analyzes `text` and says what became of every speech cue: the quotations it gave, or
    /// why it gave none, and why a quotation has no speaker. For finding what the rules
    /// miss on a text; [`analyze`](Self::analyze) gives the same analysis, faster.
    ///
    /// ```
    /// use urdu::Reason;
    ///
    /// let text = "اجلاس میں کہا گیا کہ کام جاری رہے گا۔ وزیر بھی کہا کہ وہ خوش ہیں۔";
    /// let (analysis, diagnostics) = urdu::Analyzer::new().diagnose(text);
    /// assert_eq!(analysis.quotes().len(), 1);
    /// // The passive statement's issuer is not named; the second verb has no subject with نے.
    /// assert_eq!(diagnostics[0].reason(), Some(Reason::NoIssuer));
    /// assert_eq!(diagnostics[1].reason(), Some(Reason::NoErgativeSubject));
    /// assert!(diagnostics[1].quotes().is_empty());
    /// ```
    #[must_use]
    pub fn diagnose<'a>(&self, text: &'a str) -> (Analysis<'a>, Vec<Diagnostic<'a>>) {
        let mut diagnostics = Vec::new();
        let analysis = self.run(text, Some(&mut diagnostics));
        (analysis, diagnostics)
    }

    /// The analysis, and what became of every cue when `diagnostics` is given.
    fn run<'a>(
        &self,
        text: &'a str,
        diagnostics: Option<&mut Vec<Diagnostic<'a>>>,
    ) -> Analysis<'a> {
        let (tokens, sentences) = self.tokenizer.segment(text).into_parts();
        // The tokens' match keys, once, for the gazetteer and the speech rules alike.
        let mut own_keys = String::new();
        let keys = MatchKeys::new(&tokens, self.gazetteer.keyer(), &mut own_keys);
        let locations = self.gazetteer.locations_from_keys(&keys);
        let pairs = pair_quotes_in(&tokens, |i| keys.line_break_before(i));
        let doc = Document::new(&keys, &self.vocabulary, &sentences, &pairs);
        let furniture = furniture_sentences(&doc);
        let in_furniture = |i: usize| {
            doc.sentence_index(i)
                .is_some_and(|s| furniture.binary_search(&s).is_ok())
        };
        let pairs: Vec<QuotePair> = pairs
            .into_iter()
            .filter(|p| !in_furniture(p.open))
            .collect();
        let mut rejected = diagnostics.is_some().then(Vec::new);
        let mut cues = self.speech_cues(&doc, in_furniture, &mut rejected);
        cues.extend(quotation_frames(&doc, &pairs, &cues));
        cues.extend(speaker_labels(&doc, &pairs, &cues));
        cues.extend(slogan_frames(&doc, &pairs));
        let furniture_paragraph = |p: usize| in_furniture(doc.paragraph_start(p));
        cues.extend(speaker_headings(
            &doc,
            &pairs,
            FURNITURE_BETWEEN,
            furniture_paragraph,
        ));
        cues.sort_by_key(|c| c.cue.start);
        issuers_of_acts_before(&doc, &mut cues);
        let mut place_starts: Vec<usize> = locations
            .iter()
            .flat_map(|l| l.mentions().iter().map(|m| m.span().start))
            .collect();
        place_starts.sort_unstable();
        let assembler = Assembler {
            doc: &doc,
            cues: &cues,
            furniture: &furniture,
            place_starts: &place_starts,
        };
        let planned = assembler.plan(&pairs);
        let used = reporting_cues(&planned, &cues);
        let in_marks = quoting_cues(&planned, cues.len());
        let (cue_speakers, speakers) =
            self.resolve_speakers(&assembler, &locations, &used, &in_marks);
        let (quotes, quote_cues) = assembler.quotes(&planned, &cue_speakers, &speakers);
        if let Some(out) = diagnostics {
            let findings = Findings {
                text,
                doc: &doc,
                assembler: &assembler,
                cue_speakers: &cue_speakers,
                quote_cues: &quote_cues,
            };
            *out = findings.diagnostics(rejected.unwrap_or_default());
        }
        drop(doc);
        drop(keys);
        Analysis {
            tokens,
            sentences,
            quotes,
            speakers,
            locations,
        }
    }

    /// The speech cues of `doc` that may give quotations: not in page furniture, and not
    /// with a speaker the user said is never one. The others go to `rejected`, with why,
    /// when it is kept.
    fn speech_cues(
        &self,
        doc: &Document<'_, '_>,
        in_furniture: impl Fn(usize) -> bool,
        rejected: &mut Option<Vec<Rejected>>,
    ) -> Vec<CueMatch> {
        let mut cues = Vec::new();
        for c in find_cues(doc, rejected.as_mut()) {
            let reason = if in_furniture(c.cue.start) {
                Some(Reason::PageFurniture)
            } else if self.is_not_speaker(doc, &c) {
                Some(Reason::NotASpeaker)
            } else {
                None
            };
            match (reason, rejected.as_mut()) {
                (None, _) => cues.push(c),
                (Some(reason), Some(out)) => out.push(Rejected { cue: c.cue, reason }),
                (Some(_), None) => {}
            }
        }
        cues
    }

    /// The speaker of every cue (or why it has none), and the speakers of the text. Speakers
    /// are those of the cues that report something (`used`), resolved in text order (so that
    /// a pronoun finds the speaker before it). `in_marks` tells the cues that report words in
    /// quotation marks.
    fn resolve_speakers<'a>(
        &self,
        assembler: &Assembler<'_, '_, 'a>,
        locations: &[Location<'_>],
        used: &[bool],
        in_marks: &[bool],
    ) -> (Vec<Result<usize, Reason>>, Vec<Speaker<'a>>) {
        let cues = assembler.cues;
        let mut reported: Vec<std::ops::Range<usize>> =
            cues.iter().filter_map(|c| c.said.clone()).collect();
        reported.sort_by_key(|r| r.start);
        let mut resolver = Resolver::new(
            assembler.doc,
            &self.gazetteer,
            locations,
            &reported,
            assembler.furniture,
        );
        let cue_speakers: Vec<Result<usize, Reason>> = cues
            .iter()
            .zip(used.iter().zip(in_marks))
            .map(|(c, (&u, &marked))| {
                if !u {
                    return Err(Reason::NothingSaid);
                }
                // A first-person subject that no report holds, framing words in marks
                // (`میں نے فوراً کہا ’نہیں جنرل صاحب …‘`), is the writer of a first-person
                // account: a speaker's own words run on unmarked do not quote in marks.
                if marked
                    && c.speaker
                        .as_ref()
                        .is_some_and(|s| first_person_subject(assembler.doc, s))
                {
                    return Err(Reason::Writer);
                }
                if c.rule == SpeechRule::Passive {
                    return resolver.resolve_issuer(c.speaker.clone(), &c.cue);
                }
                // A slogan's chanters are not who the text goes on about.
                let topical = !(c.quoted
                    || c.is_chant()
                    || assembler.is_credit(c)
                    || assembler.reported_by_another(c));
                match c.speaker.clone() {
                    Some(phrase) => resolver.resolve(phrase, c.marker, topical),
                    None if c.zero_subject => resolver.resolve_zero(c.cue.start),
                    // A document's words quoted with no source named (`رپورٹ کے مطابق ’…‘`).
                    None if c.rule == SpeechRule::Source => resolver.resolve_document(&c.cue),
                    None => Err(Reason::NoSpeakerPhrase),
                }
            })
            .collect();
        (cue_speakers, resolver.finish())
    }

    /// Whether a cue's speaker is a phrase the user said is never a speaker.
    fn is_not_speaker(&self, doc: &Document<'_, '_>, c: &CueMatch) -> bool {
        if self.not_speakers.is_empty() {
            return false;
        }
        let Some(phrase) = &c.speaker else {
            return false;
        };
        let key = doc.keys_of(phrase);
        self.not_speakers
            .iter()
            .any(|n| key == *n || key.ends_with(&format!(" {n}")))
    }
}

/// Which cues report something: those a quotation was planned for, and the sources that
/// say something themselves.
fn reporting_cues(planned: &[Planned], cues: &[CueMatch]) -> Vec<bool> {
    let mut used = vec![false; cues.len()];
    for c in planned.iter().filter_map(|p| p.cue) {
        if let Some(u) = used.get_mut(c) {
            *u = true;
        }
    }
    for (u, c) in used.iter_mut().zip(cues) {
        *u |= c.rule == SpeechRule::Source && c.said.is_some();
    }
    used
}

/// Which cues report words in quotation marks (a direct or partial quotation of the plan).
fn quoting_cues(planned: &[Planned], n: usize) -> Vec<bool> {
    let mut marked = vec![false; n];
    for p in planned.iter().filter(|p| p.kind != QuoteKind::Indirect) {
        if let Some(m) = p.cue.and_then(|c| marked.get_mut(c)) {
            *m = true;
        }
    }
    marked
}

/// What [`Analyzer::diagnose`] reads to say what became of every cue.
struct Findings<'x, 't, 'a> {
    text: &'a str,
    doc: &'x Document<'t, 'a>,
    assembler: &'x Assembler<'x, 't, 'a>,
    cue_speakers: &'x [Result<usize, Reason>],
    /// For each quotation of the analysis, the index of its cue.
    quote_cues: &'x [Option<usize>],
}

impl<'a> Findings<'_, '_, 'a> {
    /// One diagnostic per cue taken and per cue rejected, in text order.
    fn diagnostics(&self, rejected: Vec<Rejected>) -> Vec<Diagnostic<'a>> {
        let cue = |r: &std::ops::Range<usize>| Cue::new(self.text, self.doc.span(r));
        let mut out: Vec<Diagnostic<'a>> = rejected
            .into_iter()
            .map(|r| Diagnostic {
                cue: cue(&r.cue),
                quotes: Vec::new(),
                reason: Some(r.reason),
            })
            .collect();
        // The quotations of each cue, in one pass over the quotations (not one per cue).
        let mut by_cue: Vec<Vec<usize>> = vec![Vec::new(); self.assembler.cues.len()];
        for (q, c) in self.quote_cues.iter().enumerate() {
            if let Some(list) = c.and_then(|c| by_cue.get_mut(c)) {
                list.push(q);
            }
        }
        for (i, c) in self.assembler.cues.iter().enumerate() {
            let quotes = by_cue.get_mut(i).map(std::mem::take).unwrap_or_default();
            let speaker = self
                .cue_speakers
                .get(i)
                .copied()
                .unwrap_or(Err(Reason::NothingSaid));
            let reason = match (quotes.is_empty(), speaker) {
                (true, _) if self.assembler.is_credit(c) => Some(Reason::Credit),
                (true, _) => Some(Reason::NothingSaid),
                (false, Err(reason)) => Some(reason),
                (false, Ok(_)) => None,
            };
            out.push(Diagnostic {
                cue: cue(&c.cue),
                quotes,
                reason,
            });
        }
        out.sort_by_key(|d| d.cue.span().start);
        out
    }
}

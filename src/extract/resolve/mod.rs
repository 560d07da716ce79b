//! Resolving the noun phrases of speech cues into speakers, merged into one speaker per
//! person or organization.
//!
//! - A phrase splits into a title (up to its last title, role or place word: `روس کے صدر`)
//!   and a name (the words after it: `ولادی میر پوتن`).
//! - A name joins an earlier speaker when the consonant skeletons of its words (long vowels
//!   inside a word dropped, so `پوتن` = `پوتین`) are all among that speaker's, or the other
//!   way round; the fuller name becomes the canonical one. A person the text names more
//!   fully elsewhere, as a clause's subject, is called by that name (`نواز شریف`, after
//!   `وزیراعظم میاں محمد نواز شریف نے`).
//! - A pronoun (`انہوں نے`, `ان کا`) is the person the text is about at that point: the
//!   most recent of the last speaker and the named subject of the clauses before it
//!   (`وزیر اعظم عمران خان نے پریس کانفرنس کی۔ انہوں نے کہا`); a pronoun nothing before
//!   resolves is no speaker (its quotation has none), never a speaker named `انہوں`.
//! - A description (`وزیر اعلیٰ سندھ`) is the person the text named with that title before
//!   (`وزیر اعلیٰ سندھ مراد علی شاہ`), whether or not they spoke.
//! - Speech that another speaker reports (nested), and a news agency credited with a
//!   report, do not change who the text is about.
//! - A description with a demonym and a leader's role (`قازق رہنما`) is the speaker whose
//!   title names a place of that country and a leader's role; a description with a role
//!   only (`ترجمان`) is the most recent speaker with that role in the title.
//! - An acronym defined in parentheses (`کلیکٹو سکیورٹی ٹریٹی آرگنائزیشن (سی ایس ٹی او)`)
//!   names the same speaker as its long form; so does a well-known body's other name
//!   (`ڈبلیو ایچ او`, `عالمی ادارہ صحت`: `data/body_names.tsv`), defined or not.
//!
//! The people and bodies a text introduces (its antecedents) are found in
//! [`antecedents`]; descriptions (phrases with no name) resolve in [`descriptions`].

mod antecedents;
mod descriptions;

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::extract::cues::{
    belonging_before, faction_after, first_person_subject, is_honorific, issuer_named_before,
    named_before_relative_clause, quoted_after, relative_author, tells_someone, QUOTED_NAME,
    SUBJECT_DISTANCE,
};
use crate::extract::diagnostics::Reason;
use crate::extract::document::Document;
use crate::extract::locations::{Gazetteer, Location};
use crate::extract::mention::Mention;
use crate::extract::speaker::{short_form, skeleton, Speaker, SpeakerKind};
use crate::extract::vocabulary::NO_SYM;
use crate::lexicon::words::Roles;
use crate::lexicon::{Fnv, LEXICON};
use crate::script::{is_closing_bracket, is_non_joining};
use crate::span::Span;
use crate::tokenize::TokenKind;

/// The skeletons of a name's words (see [`skeleton`]), with a signature of them: a bit for
/// each word, one of 64 chosen by its hash. A set holds another only if its signature holds
/// the other's, and most pairs of names, compared with every recent speaker, fail there
/// without a word looked up.
#[derive(Clone, Debug, Default)]
struct NameWords {
    words: HashSet<String, BuildHasherDefault<Fnv>>,
    signature: u64,
}

impl NameWords {
    /// The signature bit of `word`: the top six bits of its hash, which the hash's
    /// multiplications mix best.
    fn bit(word: &str) -> u64 {
        let mut hasher = Fnv::default();
        hasher.write(word.as_bytes());
        1 << (hasher.finish() >> 58)
    }

    fn insert(&mut self, word: String) {
        self.signature |= Self::bit(&word);
        self.words.insert(word);
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Adds the words of `other`.
    fn union_with(&mut self, other: NameWords) {
        self.signature |= other.signature;
        self.words.extend(other.words);
    }

    /// Whether every word of `self` is one of `other`'s.
    fn is_subset(&self, other: &NameWords) -> bool {
        self.signature & !other.signature == 0 && self.words.is_subset(&other.words)
    }
}

impl Extend<String> for NameWords {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for word in words {
            self.insert(word);
        }
    }
}

impl FromIterator<String> for NameWords {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut set = NameWords::default();
        set.extend(words);
        set
    }
}

/// A speaker under construction.
#[derive(Debug)]
struct Entry<'a> {
    speaker: Speaker<'a>,
    name_words: usize,
    skeletons: NameWords,
    /// The name's words written together (`نوازالدینصدیقی`), for short forms.
    joined: String,
    /// The skeleton of `joined` when it has `SAME_LETTERS` letters or more (else empty):
    /// the name's letters, spaces and long vowels aside.
    letters: String,
    /// The description's key, for a speaker known only by one (`امریکی حکام`).
    description: String,
    title_words: Vec<String>,
    country: Option<String>,
    leader: bool,
    /// Whether it is a news agency, newspaper or broadcaster (`آئی این پی`, `اخبار`).
    agency: bool,
    /// Whether its title is a judge's (`جسٹس`).
    judge: bool,
    /// For a well-known body called by one of its names, the key of its fullest name.
    body: Option<String>,
}

/// A speaker phrase split into its title and name, with what its words tell.
struct Parts {
    title: Range<usize>,
    name: Range<usize>,
    group: bool,
    leader: bool,
    country: Option<String>,
}

/// Resolves speaker phrases into speakers, in text order.
pub(crate) struct Resolver<'k, 't, 'a> {
    doc: &'k Document<'t, 'a>,
    gazetteer: &'k Gazetteer,
    /// The place mentions of the text, in order, with their countries.
    places: Vec<(Span, Option<&'k str>)>,
    entries: Vec<Entry<'a>>,
    /// Whether the phrase being resolved changes who the text is about.
    topical: bool,
    /// The acronyms the text defines (`قومی احتساب بیورو (نیب)`), by key, with the tokens of
    /// their long forms.
    acronyms: HashMap<String, Range<usize>>,
    /// The acronyms not defined in brackets that speak, with the names their letters spell
    /// (see [`Resolver::long_form`]).
    initialed: RefCell<HashMap<String, Option<Range<usize>>>>,
    /// Named people and bodies the text introduces, speaking or not, in text order: the
    /// subjects of clauses (`عمران خان نے …`), and titles with names (`وزیر اعلیٰ سندھ مراد
    /// علی شاہ`), each with the token it stands at.
    antecedents: Vec<Antecedent>,
    /// The fullest names of the people among the antecedents, by the letters of runs of
    /// their words (see [`Resolver::full_names`]).
    full_names: OnceCell<FullNames>,
    /// The one-word names looked for as two words so far, and what was found (see
    /// [`Resolver::spaced`]).
    spaced_names: HashMap<String, Option<Range<usize>>>,
    /// The issuer of the last statement with a named issuer, for a passive cue that goes on
    /// quoting it (`بیان میں مزید کہا گیا کہ`).
    last_issuer: Option<usize>,
    /// Every speaker the text was about, in text order, with the token where it was
    /// mentioned: the last is who the text is about now (see [`Resolver::last`]).
    topics: Vec<(usize, usize)>,
    /// The speaker mentioned last, whether or not the text is about them (a speaker another
    /// reports is mentioned, and not who the text goes on about).
    last_mentioned: Option<usize>,
    /// For each sentence, how many sentences before it are in the first person (someone's
    /// own words: a reporter does not write so), and the total last.
    first_person_before: Vec<usize>,
}

/// The fullest names of the people the text makes subjects of clauses, by the letters of
/// runs of their words (see [`Resolver::full_names`]).
struct FullNames {
    names: Vec<Range<usize>>,
    /// A run's letters → the index of the name it leads to, or `None` where two people's
    /// names share them.
    full: HashMap<String, Option<usize>>,
}

impl FullNames {
    /// The fullest name whose words, written together, have the letters of `key`.
    fn get(&self, key: &str) -> Option<Range<usize>> {
        let i = self.full.get(key).copied().flatten()?;
        self.names.get(i).cloned()
    }
}

/// A named person or body the text introduces.
#[derive(Clone, Debug)]
struct Antecedent {
    phrase: Range<usize>,
    /// For one word of a name the text gave before in full (`بولٹ`, after `یوسین بولٹ`), that
    /// full name.
    full: Option<Range<usize>>,
    /// Whether it is the subject of a clause (a pronoun may point to it), not only named
    /// with a title.
    subject: bool,
    /// The title in the phrase and the name after it (see [`Resolver::split`]).
    title: Range<usize>,
    name: Range<usize>,
    /// Whether a title stands right before the name, saying where the name begins.
    titled: bool,
    /// Whether the phrase names a body.
    group: bool,
}

/// The second parts of Arabic compound names (`صدر الدین`, `ثناء اللہ`, `ضیاء الحق`): no
/// name begins with one.
const SECOND_PARTS: [&str; 7] = [
    "الدین",
    "اللہ",
    "الحق",
    "الرحمن",
    "الرحمان",
    "الملک",
    "الاسلام",
];

/// The fewest letters in an acronym that names a body between a title and a name.
const MIN_BODY_LETTERS: usize = 3;

/// At most this many words of a speaker's name that opens a sentence (see
/// [`Resolver::opened_by_speaker`]).
const OPENING_NAME_WORDS: usize = 3;

/// How many speakers back a mention is compared with: more than any article names, and a
/// bound that keeps resolution linear.
const LOOKBACK: usize = 256;

/// How far back (in tokens) a body's generic name (`کمپنی`) looks for the body it stands for:
/// a few paragraphs, and a bound that keeps resolution linear.
const GENERIC_ANTECEDENT: usize = 600;

/// At least this many letters in a name that matches another by its letters alone, spaces
/// and long vowels aside: shorter names meet too often by chance.
const SAME_LETTERS: usize = 8;

/// The skeleton of a name's words written together, if it has `SAME_LETTERS` letters or
/// more; else empty.
fn letters_of(joined: &str) -> String {
    if joined.chars().count() >= SAME_LETTERS {
        skeleton(joined)
    } else {
        String::new()
    }
}

/// At least this many letters in a name written as one word that is looked for as two.
const GLUED_NAME_LETTERS: usize = 6;

/// At most this many names written as one word are looked for as two in a text: more than
/// any article has, and a bound that keeps resolution linear.
const GLUED_NAMES: usize = 16;

/// How far (in tokens) on either side of a name written as one word its two words are
/// looked for: the length of a long article.
const GLUED_NAME_REACH: usize = 2_000;

/// At most this many words in a name after a title that a pronoun resolves to before anyone
/// has spoken.
const NAME_WORDS: usize = 3;

/// The words of a name after a title that has run on into its sentence.
const RUN_ON_NAME_WORDS: usize = 2;

impl<'k, 't, 'a> Resolver<'k, 't, 'a> {
    /// A resolver for `doc`, whose reported clauses (what the cues report) are `reported`, in
    /// text order.
    pub(crate) fn new(
        doc: &'k Document<'t, 'a>,
        gazetteer: &'k Gazetteer,
        locations: &'k [Location<'_>],
        reported: &[Range<usize>],
        furniture: &[usize],
    ) -> Self {
        let mut places: Vec<(Span, Option<&'k str>)> = locations
            .iter()
            .flat_map(|l| l.mentions().iter().map(move |m| (m.span(), l.country())))
            .collect();
        places.sort_by_key(|(s, _)| s.start);
        let first_person = first_person_tokens(doc);
        let mut r = Resolver {
            doc,
            gazetteer,
            places,
            entries: Vec::new(),
            topical: true,
            acronyms: find_acronyms(doc),
            initialed: RefCell::new(HashMap::new()),
            antecedents: Vec::new(),
            full_names: OnceCell::new(),
            spaced_names: HashMap::new(),
            last_issuer: None,
            topics: Vec::new(),
            last_mentioned: None,
            first_person_before: first_person_before(doc, &first_person),
        };
        r.antecedents = r.find_antecedents(reported, furniture, &first_person);
        r
    }

    /// The last well-known body (`فیس بک`, `یونیسیف`) the text names before token `at`, no
    /// further back than [`GENERIC_ANTECEDENT`] tokens, that `fits`; not a political party,
    /// which a body's generic name (`ایجنسی`) does not point back to.
    fn body_before(&self, at: usize, fits: impl Fn(&Range<usize>) -> bool) -> Option<Range<usize>> {
        let k = self.doc;
        (at.saturating_sub(GENERIC_ANTECEDENT)..at)
            .rev()
            .find_map(|i| {
                k.body_at(i).filter(|b| {
                    b.end <= at
                        && !k.org_at(i, b.end).is_some_and(|r| r.has(Roles::PARTY))
                        && fits(b)
                })
            })
    }

    /// `X نامی` ("named X") puts the name before what it names (`سپارک نامی اس کمپنی`, "this
    /// company called Spark"): the name is X, the words after tell its kind. The parts, if
    /// the phrase is so.
    fn called(&self, phrase: &Range<usize>) -> Option<Parts> {
        let k = self.doc;
        let j = phrase
            .clone()
            .skip(1)
            .find(|&j| k.is(j, Roles::WORK) && k.key(j) == "نامی")?;
        let mut parts = self.split(&(phrase.start..j));
        parts.group |= (j + 1..phrase.end).any(|g| k.is(g, Roles::GROUP));
        (!parts.name.is_empty()).then_some(parts)
    }

    /// The parts of the last body the text introduced as `X نامی` with the kind word at token
    /// `kind` (`لیکسس نامی کمپنی`), before token `at` and no further back than
    /// [`GENERIC_ANTECEDENT`] tokens.
    fn called_before(&self, at: usize, kind: usize) -> Option<Parts> {
        let k = self.doc;
        let n = self.antecedents.partition_point(|a| a.phrase.end <= at);
        self.antecedents
            .get(..n)?
            .iter()
            .rev()
            .take_while(|a| a.phrase.start + GENERIC_ANTECEDENT >= at)
            .filter(|a| a.phrase.clone().any(|j| k.key(j) == k.key(kind)))
            .find_map(|a| self.called(&a.phrase))
    }

    /// The parts of the last body the text made a clause's subject before token `at`, with a
    /// name of two words or more that ends with the kind word at token `kind` (`پاکستان کرکٹ
    /// بورڈ نے` for `بورڈ`), no further back than [`GENERIC_ANTECEDENT`] tokens: the whole
    /// phrase is the body's name.
    fn named_with_kind(&self, at: usize, kind: usize) -> Option<Parts> {
        let k = self.doc;
        let key = k.key(kind);
        (at.saturating_sub(GENERIC_ANTECEDENT)..at)
            .rev()
            .filter(|&j| j != kind && k.key(j) == key && k.is(j + 1, Roles::ERGATIVE))
            .filter(|&j| !k.is_quoted(j))
            .find_map(|j| {
                let name = crate::extract::cues::phrase_before(k, j + 1, k.sentence(j).start)?;
                (name.len() >= 2 && !k.is(name.start, Roles::PRONOUN)).then_some(Parts {
                    title: name.start..name.start,
                    name,
                    group: true,
                    leader: false,
                    country: None,
                })
            })
    }

    /// A newspaper or channel known by its kind alone (`اخبار کے مطابق`, `اس چینل نے`, `ٹی وی
    /// کی جانب سے`: the word for an outlet) is the one named in quotation marks next to that
    /// word: right before it (`’الجزیرہ‘ ٹی وی نے`), or where the text last named it so,
    /// after the word (`برطانوی اخبار ”فنانشل ٹائمز“`) or before it, no further back than
    /// [`GENERIC_ANTECEDENT`] tokens: the name, if so.
    fn outlet_named_before(&self, phrase: &Range<usize>) -> Option<Range<usize>> {
        let k = self.doc;
        let kind = (phrase.start..phrase.end)
            .find(|&j| !k.is(j, Roles::PRONOUN))
            .filter(|&f| (f..phrase.end).all(|j| k.is(j, Roles::AGENCY) && k.is(j, Roles::WORK)))?;
        let words = phrase.end - kind;
        if let Some(name) = self.quoted_name_ending(kind) {
            return Some(name);
        }
        (phrase.start.saturating_sub(GENERIC_ANTECEDENT)..phrase.start)
            .rev()
            .filter(|&j| (0..words).all(|n| k.key(j + n) == k.key(kind + n)))
            .find_map(|j| {
                self.quoted_name_ending(j)
                    .or_else(|| {
                        let name = j + words + 1;
                        let close = (name..phrase.start.min(name + QUOTED_NAME + 1))
                            .find(|&c| !k.is_word(c))?;
                        let after = k.is_quote_mark(name - 1) && close > name;
                        (after && k.is_quote_mark(close)).then_some(name..close)
                    })
                    .or_else(|| self.named_after_kind(j, j + words))
            })
    }

    /// The name that follows the word for an outlet (tokens `kind..name`) in an antecedent,
    /// unquoted (`سماجی رابطوں کی ویب سائٹ ٹمبلر نے`, "the social networking website Tumblr"):
    /// the text named the outlet so, and calls it by the kind word alone later (`ویب سائٹ کے
    /// مطابق`).
    ///
    /// Or, where no antecedent holds it, a name that is a speaker's already (`برطانوی جریدے دی
    /// لینسٹ میں کہا گیا ہے`, the journal speaking, then `جریدے کے اداریے میں`): the name runs
    /// from `name` to the first function word.
    fn named_after_kind(&self, kind: usize, name: usize) -> Option<Range<usize>> {
        let n = self.antecedents.partition_point(|a| a.phrase.end <= name);
        let a = self.antecedents.get(n);
        if let Some(a) = a.filter(|a| a.phrase.start <= kind) {
            let named = !self.split(&(name..a.phrase.end)).name.is_empty();
            return named.then_some(name..a.phrase.end);
        }
        let k = self.doc;
        let function = Roles::GENITIVE | Roles::ERGATIVE | Roles::POSTPOSITION | Roles::STOP;
        let end = (name..k.len().min(name + QUOTED_NAME + 1))
            .find(|&j| !k.is_word(j) || k.is(j, function) || k.key(j) == "میں")?;
        let range = name..end;
        let (skeletons, joined) = self.name_keys(&range);
        (end > name && self.known(&skeletons, &joined).is_some()).then_some(range)
    }

    /// The name of a few words in quotation marks that ends right before token `at`.
    fn quoted_name_ending(&self, at: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let close = at.checked_sub(1).filter(|&c| k.is_quote_mark(c))?;
        let open = (close.saturating_sub(QUOTED_NAME + 1)..close)
            .rev()
            .find(|&j| !k.is_word(j))
            .filter(|&o| k.is_quote_mark(o) && o + 1 < close)?;
        Some(open + 1..close)
    }

    /// The speaker the text is about, and the token where it was last mentioned.
    fn last(&self) -> Option<(usize, usize)> {
        self.topics.last().copied()
    }

    /// The speakers, in order of first mention.
    pub(crate) fn finish(self) -> Vec<Speaker<'a>> {
        self.entries.into_iter().map(|e| e.speaker).collect()
    }

    /// The named speaker whose title holds a mention's title and "name" word for word, in
    /// order (`ریاستی وزیر انفارمیشن ٹیکنالوجی مسٹر پی لکشمیا`, then `وزیر انفارمیشن ٹیکنالوجی
    /// نے کہا`): the words after the title are a portfolio no list knows, not a name. Not a
    /// title with a genitive before its last word, where the words may be another person's
    /// name (`وزیر اعظم نواز شریف کے مشیر`); a last `کے` is an initial (`مسٹر کے راجو`).
    fn titled_so_before(&self, parts: &Parts) -> Option<usize> {
        let k = self.doc;
        if parts.title.is_empty() || parts.name.is_empty() {
            return None;
        }
        let words: Vec<&str> = (parts.title.start..parts.name.end)
            .map(|j| k.key(j))
            .collect();
        self.recent()
            .find(|(_, e)| {
                e.name_words > 0
                    && !e
                        .title_words
                        .iter()
                        .rev()
                        .skip(1)
                        .any(|t| matches!(t.as_str(), "کے" | "کی" | "کا"))
                    && e.title_words
                        .windows(words.len())
                        .any(|w| w.iter().eq(words.iter()))
            })
            .map(|(i, _)| i)
    }

    /// The speakers, most recent first, no further back than [`LOOKBACK`].
    fn recent(&self) -> impl Iterator<Item = (usize, &Entry<'a>)> {
        self.entries.iter().enumerate().rev().take(LOOKBACK)
    }

    fn mention(&self, r: &Range<usize>) -> Mention<'a> {
        Mention::new(self.doc.tokens.text(), self.doc.span(r))
    }

    /// Resolves the speaker phrase `phrase` (with its marker, for the mention text of a
    /// pronoun) and returns the speaker's index. A `topical` phrase is who the text is about
    /// from there on (a nested speaker or a credited agency is not).
    pub(crate) fn resolve(
        &mut self,
        phrase: Range<usize>,
        marker: Option<usize>,
        topical: bool,
    ) -> Result<usize, Reason> {
        self.topical = topical && !self.quantified(&phrase);
        if phrase.is_empty() {
            return Err(Reason::NoSpeakerPhrase);
        }
        // An indefinite pronoun (`کوئی کہتا ہے`) names no one.
        if phrase.len() == 1 && self.doc.is(phrase.start, Roles::INDEFINITE) {
            return Err(Reason::IndefiniteSpeaker);
        }
        if (phrase.len() == 1 && self.doc.is(phrase.start, Roles::PRONOUN))
            || self.split_pronoun(&phrase)
            || quantified_pronoun(self.doc, &phrase)
        {
            return self
                .resolve_pronoun(&phrase, marker)
                .ok_or(Reason::UnresolvedPronoun);
        }
        // A first-person subject pronoun (`ہم نے دونوں جماعتوں سے کہا تھا کہ`; not a
        // possessive, `میری`, which may be a name's last word) that no report holds
        // is the speaker's own words run on unmarked: a reporter does not write in the first
        // person. It is the speaker the text last quoted, even one another reports (`گارجین
        // کے مطابق افغان صدر نے کہا کہ … لہٰذا میں نے … کہا ہے کہ`: the president), or no one.
        // (One that frames words in marks is the writer's, and never reaches here:
        // `Reason::Writer`.)
        if first_person_subject(self.doc, &phrase) {
            let i = self
                .last_mentioned
                .or_else(|| self.last().map(|(i, _)| i))
                .ok_or(Reason::UnresolvedPronoun)?;
            return Ok(self.mentioned_again(i, &phrase, marker));
        }
        // A document alone (`رپورٹ کا کہنا ہے کہ`, "the report says"; `اس رپورٹ نے`) speaks
        // for whoever issued it: the body the text last quoted, or whoever it last quoted
        // from that document, as for a passive report with no issuer.
        let document = phrase.end - 1;
        let bare_document = self.doc.is(document, Roles::DOCUMENT)
            && (phrase.start..document).all(|j| self.doc.is(j, Roles::DEMONSTRATIVE));
        if bare_document {
            let issuer = self
                .last_body(phrase.start)
                .or_else(|| self.quoted_from(document, phrase.start));
            if let Some(i) = issuer {
                return Ok(self.mentioned_again(i, &phrase, marker));
            }
        }
        // A well-known body called by one of its names (`ڈبلیو ایچ او`, `عالمی ادارہ صحت`) is
        // the speaker called by another before.
        let key = self.doc.keys_of(&phrase);
        let body = self.doc.vocabulary.fullest_name(&key).map(str::to_owned);
        let fullest = body.as_deref() == Some(key.as_str());
        if let Some(i) = body
            .as_deref()
            .and_then(|b| self.same_body(&phrase, b, fullest))
        {
            return Ok(i);
        }
        let i = self.resolve_unaliased(phrase)?;
        if let Some(e) = self.entries.get_mut(i) {
            e.body = e.body.take().or(body);
        }
        Ok(i)
    }

    /// Whether `phrase` is a pronoun typed with a space inside it (`ا نھوں`, `انہو ں`): two
    /// tokens, one of them a single letter, that written together are a pronoun.
    fn split_pronoun(&self, phrase: &Range<usize>) -> bool {
        let k = self.doc;
        let letter = |j: usize| k.key(j).chars().count() == 1;
        let joined = || format!("{}{}", k.key(phrase.start), k.key(phrase.start + 1));
        let v = k.vocabulary;
        phrase.len() == 2
            && (letter(phrase.start) || letter(phrase.start + 1))
            && v.roles(v.sym(&joined())).has(Roles::PRONOUN)
    }

    /// The recent speaker that is the well-known body whose fullest name's key is `body`
    /// (called by one of its names, or by a name that holds the fullest one: `پاکستان تحریک
    /// انصاف`, then `پی ٹی آئی`), given the mention `phrase`; named by the fullest name when
    /// `phrase` is it (`fullest`).
    fn same_body(&mut self, phrase: &Range<usize>, body: &str, fullest: bool) -> Option<usize> {
        let words: NameWords = body.split(' ').map(skeleton).collect();
        let i = self
            .recent()
            .find(|(_, e)| {
                e.body.as_deref() == Some(body)
                    || (!e.skeletons.is_empty() && words.is_subset(&e.skeletons))
            })
            .map(|(i, _)| i)?;
        let text = self.doc.text(phrase);
        if let Some(e) = self.entries.get_mut(i).filter(|_| fullest) {
            e.speaker.name = text;
        }
        let mention = self.mention(phrase);
        self.add_mention(i, mention, phrase.start);
        Some(i)
    }

    /// [`resolve`](Self::resolve) for a phrase that is not a well-known body's other name.
    fn resolve_unaliased(&mut self, phrase: Range<usize>) -> Result<usize, Reason> {
        if let Some(parts) = self.called(&phrase) {
            return Ok(self.resolve_name(&phrase, parts));
        }
        if let Some(i) = self.resolve_outlet(&phrase, &phrase) {
            return Ok(i);
        }
        let mut parts = self.split(&phrase);
        // A name in quotation marks after the word for a body (`برطانوی اخبار ”فنانشل ٹائمز“`)
        // is that body's.
        parts.group |= quoted_after(self.doc, phrase.start, Roles::GROUP | Roles::AGENCY);
        if parts.name.is_empty() {
            Ok(self.resolve_description(&phrase, &parts))
        } else {
            Ok(self.resolve_name(&phrase, parts))
        }
    }

    /// The speaker of a passive cue: its issuer if the sentence names one; else, for a
    /// statement that goes on (`بیان میں مزید کہا گیا کہ`), the issuer of the last statement.
    pub(crate) fn resolve_issuer(
        &mut self,
        issuer: Option<Range<usize>>,
        cue: &Range<usize>,
    ) -> Result<usize, Reason> {
        match issuer {
            Some(phrase) => {
                if let Some(i) = self.indefinite_body_named(&phrase) {
                    self.last_issuer = Some(i);
                    return Ok(i);
                }
                let found = self.resolve(phrase, None, true);
                self.last_issuer = found.ok().or(self.last_issuer);
                found
            }
            None => {
                let sentence = self.doc.sentence(cue.start);
                // The statement's or document's word stands before the cue in its sentence, no
                // further back than a subject from its verb (a bound that keeps many passive
                // cues in one endless sentence linear).
                let before = sentence
                    .start
                    .max(cue.start.saturating_sub(SUBJECT_DISTANCE))
                    ..cue.start;
                // (Not a statement's word that a light verb makes a verb of saying: `رپورٹ
                // کیا`, "reported"; `ٹویٹ کیا`, "tweeted".)
                let noun = |j: usize| {
                    self.doc.is(j, Roles::STATEMENT)
                        && !matches!(
                            self.doc.key(j + 1),
                            "کیا" | "کی" | "کیے" | "کئے" | "کر" | "کرتے" | "کرتی" | "کرتا"
                        )
                };
                let statement = before.clone().any(noun);
                // A report's or statement's words with no issuer named (`رپورٹ میں بتایا گیا
                // کہ`) are the body's that the text last quoted, when a body it is; people may
                // have spoken since, its authors or others commenting on it (`رپورٹ مرتب کرنے
                // والے ماہرین میں شامل دلیپ رتھا کا کہنا ہے کہ`), but not from further back
                // than [`GENERIC_ANTECEDENT`] tokens. `اس میں` ("in it") before the cue points
                // back to such a document (`اس میں مزید کہا گیا ہے کہ`).
                let document_word = before
                    .clone()
                    .rfind(|&j| self.doc.is(j, Roles::STATEMENT | Roles::DOCUMENT));
                // The document the text named a little before with its issuer (`نیلسن
                // ہولڈنگز کی جانب سے جاری کردہ … رپورٹ`, then `رپورٹ میں کہا گیا ہے کہ`) is the
                // one meant: its issuer speaks.
                if let Some(issuer) = document_word.and_then(|w| issuer_named_before(self.doc, w)) {
                    if let Ok(i) = self.resolve(issuer, None, true) {
                        self.last_issuer = Some(i);
                        return Ok(i);
                    }
                }
                let document =
                    document_word.is_some() || in_it_before(self.doc, cue.start, sentence.start);
                // A statement pointed back to (`اس پیغام میں مزید کہا گیا تھا کہ`, "this message
                // further said") is the one the text has just quoted: its speaker's, person or
                // body.
                let pointed = document_word
                    .and_then(|w| w.checked_sub(1))
                    .is_some_and(|d| matches!(self.doc.key(d), "اس" | "اسی"));
                let just_quoted = || {
                    self.last()
                        .filter(|&(_, t)| t + GENERIC_ANTECEDENT >= cue.start)
                        .map(|(i, _)| i)
                };
                statement
                    .then_some(self.last_issuer)
                    .flatten()
                    .or_else(|| document.then(|| self.last_body(cue.start)).flatten())
                    .or_else(|| document_word.and_then(|w| self.quoted_from(w, cue.start)))
                    .or_else(|| pointed.then(just_quoted).flatten())
                    .or_else(|| self.body_just_quoted(cue.start))
                    .ok_or(Reason::NoIssuer)
            }
        }
    }

    /// The body the text just quoted as `ایک ادارے` ("an organization"), now named by the
    /// issuer `phrase` of a statement it points back to: `ایک ادارے نے اپنی رپورٹ میں کہا ہے
    /// …۔ ہیومن رائٹس واچ کی اس رپورٹ میں کہا گیا ہے` ("an organization said in its report …;
    /// this report of Human Rights Watch says"). The demonstrative makes the report the one
    /// just quoted, so its issuer is that body, which takes the name.
    fn indefinite_body_named(&mut self, phrase: &Range<usize>) -> Option<usize> {
        let k = self.doc;
        let points_back = k.is(phrase.end, Roles::GENITIVE)
            && matches!(k.key(phrase.end + 1), "اس" | "اسی")
            && k.is(phrase.end + 2, Roles::STATEMENT);
        if !points_back {
            return None;
        }
        let (i, _) = self.last()?;
        let indefinite = self.entries.get(i).is_some_and(|e| {
            e.name_words == 0
                && e.speaker.kind == SpeakerKind::Organization
                && e.description.starts_with("ایک ")
        });
        if !indefinite {
            return None;
        }
        let (name, description) = (k.text(phrase), k.keys_of(phrase));
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.name = name;
            e.description = description;
        }
        let mention = self.mention(phrase);
        self.add_mention(i, mention, phrase.start);
        Some(i)
    }

    /// The speaker the text last quoted from the document its word at token `word` names
    /// (the same word before the speaker's mention in its sentence, no further back than a
    /// subject from its verb), no further back than [`GENERIC_ANTECEDENT`] tokens: a
    /// study's words with no issuer named are its authors', whom the text quoted from it
    /// before (`اس تحقیق میں تحقیق دانوں کا کہنا ہے …`, then `تحقیق میں کہا گیا ہے کہ`, "the
    /// study says"). Both bounds keep the search linear.
    fn quoted_from(&self, word: usize, at: usize) -> Option<usize> {
        let k = self.doc;
        let key = k.key(word);
        let names_it = |t: usize| {
            let from = k.sentence(t).start.max(t.saturating_sub(SUBJECT_DISTANCE));
            (from..t).any(|j| j != word && k.key(j) == key)
        };
        self.topics
            .iter()
            .rev()
            .take_while(|&&(_, t)| t + GENERIC_ANTECEDENT >= at)
            .find(|&&(_, t)| names_it(t))
            .map(|&(i, _)| i)
    }

    /// The body quoted in the sentence before token `at`'s: a passive cue with
    /// no issuer named right after a body's words goes on reporting that body (`فیس بک نے
    /// صارفین کو بتایا کہ …۔ اس کے بعد یہ بتایا گیا کہ …`).
    /// Not when the cue has an addressee (`صارفین کو آگاہ کیا گیا`, `اسے بتایا گیا`, "it was
    /// told"): the one told is not the teller, and the words may be anyone's.
    fn body_just_quoted(&self, at: usize) -> Option<usize> {
        if tells_someone(self.doc, at) {
            return None;
        }
        let (i, t) = self.last()?;
        let here = self.doc.sentence_index(at)?;
        let there = self.doc.sentence_index(t)?;
        let body = self
            .entries
            .get(i)
            .is_some_and(|e| e.speaker.kind == SpeakerKind::Organization);
        (body && there + 1 == here).then_some(i)
    }

    /// The speaker of a document quoted with no source named (`رپورٹ کے مطابق ’…‘`): the body
    /// the text last quoted, as for a passive report with no issuer.
    pub(crate) fn resolve_document(&self, cue: &Range<usize>) -> Result<usize, Reason> {
        self.last_body(cue.start).ok_or(Reason::NoIssuer)
    }

    /// The body the text last quoted before token `at`, no further back than
    /// [`GENERIC_ANTECEDENT`] tokens: whose a document with no issuer named is.
    fn last_body(&self, at: usize) -> Option<usize> {
        self.topics
            .iter()
            .rev()
            .take_while(|&&(_, t)| t + GENERIC_ANTECEDENT >= at)
            .map(|&(i, _)| i)
            .find(|&i| {
                self.entries
                    .get(i)
                    .is_some_and(|e| e.speaker.kind == SpeakerKind::Organization)
            })
    }

    /// The latest antecedent before token `at` (a subject, if `subject`), and where it
    /// stands.
    fn antecedent_before(&self, at: usize, subject: bool) -> Option<&Antecedent> {
        self.antecedents_before(at).find(|a| !subject || a.subject)
    }

    /// The antecedents that end before token `at`, most recent first, no further back than
    /// [`LOOKBACK`].
    fn antecedents_before(&self, at: usize) -> impl Iterator<Item = &Antecedent> {
        let n = self.antecedents.partition_point(|a| a.phrase.end <= at);
        self.antecedents
            .get(..n)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(LOOKBACK)
    }

    /// A pronoun alone: the person the text is about, the more recent of the last topical
    /// speaker and the last named subject; no speaker if there is neither.
    fn resolve_pronoun(&mut self, phrase: &Range<usize>, marker: Option<usize>) -> Option<usize> {
        let with_marker = phrase.start..marker.map_or(phrase.end, |m| m + 1);
        let author = relative_author(self.doc, phrase.start)
            .or_else(|| named_before_relative_clause(self.doc, phrase.start));
        if let Some(author) = author {
            return Some(self.resolve_antecedent(&author, &with_marker));
        }
        let last_at = self.last().map(|(_, at)| at);
        // The one who answers a question (`ایک سوال کے جواب میں انہوں نے کہا`) is the person
        // the text has been quoting: news puts its questions to whom it interviews, not to
        // someone it has mentioned since. So is a pronoun after such an answer, since the
        // last speaker spoke (`… انہوں نے پاکستان کے کردار کو سراہا۔ انہوں نے کہا کہ`).
        let since = last_at
            .map_or(0, |t| t + 1)
            .max(phrase.start.saturating_sub(ANSWER_REACH));
        if (since..=phrase.start).any(|j| answers_a_question(self.doc, j)) {
            if let Some((i, _)) = self.last() {
                return Some(self.mentioned_again(i, phrase, marker));
            }
        }
        if let Some(i) = self.opened_by_speaker(phrase.start) {
            return Some(self.mentioned_again(i, phrase, marker));
        }
        if let Some(antecedent) = self.subject_since_last(phrase.start) {
            return Some(self.resolve_antecedent(&antecedent, &with_marker));
        }
        // A body of the state known by its kind alone takes the singular (`فوج کہتی ہے`,
        // `حکومت کا کہنا ہے`): the plural, honorific `انہوں نے` points past it to a person.
        let plural = matches!(self.doc.key(phrase.start), "انہوں" | "انھوں");
        // A news agency, paper or channel is named, never referred to by a pronoun: after its
        // report (`سانتا بانتا نیوز کے مطابق …۔ انہوں نے انٹرویو میں کہا`), the pronoun points
        // to whoever spoke before it (`بی بی سی کی اس رپورٹ … جس میں کہا گیا تھا کہ …۔ انہوں نے
        // کہا`, the person quoted before the report), or where it would before anyone had
        // spoken.
        let last_person = self
            .topics
            .iter()
            .rev()
            .take(LOOKBACK)
            .map(|&(i, _)| i)
            .find(|&i| {
                self.entries.get(i).is_some_and(|e| {
                    (!e.agency || e.speaker.kind == SpeakerKind::Person)
                        && !(plural && self.bare_institution(e.speaker.name))
                })
            });
        let Some(i) = self.returned_to(phrase.start, last_at).or(last_person) else {
            // Before anyone has spoken, a pronoun points to whoever the text named last in its
            // paragraph (`ڈاکٹر مجدی بدران کی تحقیق سے یہ بات ثابت ہوئی ہے کہ … ان کا کہنا ہے
            // کہ`, "Dr Magdy Badran's study proves … he says"). A name of more than three words
            // after a title has run on into the sentence (`فاسٹ بولر وہاب ریاض ورلڈ کپ میں`,
            // "fast bowler Wahab Riaz … in the World Cup"): its first two words, a given name
            // and a family name, are the name.
            let named = self
                .antecedent_before(phrase.start, false)
                .filter(|a| self.doc.paragraph(a.phrase.start) == self.doc.paragraph(phrase.start))?
                .phrase
                .clone();
            let name = self.split(&named).name;
            if name.is_empty() {
                return None;
            }
            let named = if name.len() > NAME_WORDS {
                named.start..name.start + RUN_ON_NAME_WORDS
            } else {
                named
            };
            return Some(self.resolve_antecedent(&named, &with_marker));
        };
        Some(self.mentioned_again(i, phrase, marker))
    }

    /// The speaker quoted last, if their name, in the direct case, opens the sentence of the
    /// pronoun at `at` or the one before, with no subject named since (`توقیر ضیاء کا کہنا تھا
    /// …۔ صدر … نے استعفیٰ منظور کر لیا ہے۔ توقیر ضیاء گزشتہ چار برس سے بورڈ کے سربراہ ہیں۔
    /// انہوں نے کہا`): a sentence that opens with a name is about that person, and the text
    /// has come back to them, though no case marker or title marks the name.
    fn opened_by_speaker(&self, at: usize) -> Option<usize> {
        let k = self.doc;
        // Only the last speaker: a name that opens a sentence in what a speaker goes on to
        // say unmarked (`عمران خان اپنا یہ الزام عدالت میں پیش کریں۔`) is whom they speak of.
        // Nor a news agency, which a pronoun never stands for.
        let (last, _) = self.last()?;
        if self.entries.get(last).is_none_or(|e| e.agency) {
            return None;
        }
        let s = k.sentence_index(at)?;
        let latest_subject = self.antecedent_before(at, true).map(|a| a.phrase.start);
        // A case marker or postposition after the words puts them in another case.
        let marked = Roles::GENITIVE
            | Roles::ERGATIVE
            | Roles::POSSESSIVE
            | Roles::POSTPOSITION
            | Roles::STOP;
        // (In the text's first sentence no speaker spoke before.)
        let before = s.checked_sub(1)?;
        for i in [s, before] {
            let Some(start) = k.sentences.get(i).map(|r| r.start) else {
                continue;
            };
            if latest_subject.is_some_and(|a| a >= start) {
                return None;
            }
            for len in (2..=OPENING_NAME_WORDS).rev() {
                let name = start..start + len;
                let plain = name
                    .clone()
                    .all(|j| k.is_word(j) && k.roles(j) == Roles::NONE);
                if name.end >= at || !plain || k.is(name.end, marked) {
                    continue;
                }
                let (skeletons, joined) = self.name_keys(&name);
                if self.known(&skeletons, &joined) == Some(last) {
                    return Some(last);
                }
            }
        }
        None
    }

    /// Whether a speaker's name is a body of the state's kind alone (`فوج`, `پولیس`).
    fn bare_institution(&self, name: &str) -> bool {
        !name.contains(' ') && self.names_role(name, Roles::INSTITUTION)
    }

    /// Speaker `i`, mentioned again by `phrase` (a pronoun, `ہم`, a document's word) with its
    /// case marker at `marker`, if any: the mention is added to it.
    fn mentioned_again(&mut self, i: usize, phrase: &Range<usize>, marker: Option<usize>) -> usize {
        let mention = self.mention(&(phrase.start..marker.map_or(phrase.end, |m| m + 1)));
        self.add_mention(i, mention, phrase.start);
        i
    }

    /// A speaker quoted before whom the reporter names again, with a title, in the sentence
    /// before the pronoun at `at` or in its own, after the last speaker spoke (`last_at`):
    /// `اسلام آباد میں مسٹر احسن کے لیے یہ اچھی خبر نہیں ہوگی۔ وہ کہتے ہیں …` ("for Mr Ahsan
    /// this is no good news. He says …"). The text has come back to them, whatever their case.
    fn returned_to(&self, at: usize, last_at: Option<usize>) -> Option<usize> {
        let a = self.named_near(at)?;
        if last_at.is_some_and(|l| a.phrase.start <= l) {
            return None;
        }
        let parts = self.split(&a.phrase);
        let long = self.long_form(&parts.name);
        let (skeletons, joined) = self.name_keys(long.as_ref().unwrap_or(&parts.name));
        self.known(&skeletons, &joined)
    }

    /// The latest antecedent before token `at`, if it has a name and stands in the sentence
    /// of `at` or the one before.
    fn named_near(&self, at: usize) -> Option<&Antecedent> {
        let k = self.doc;
        let a = self.antecedent_before(at, false)?;
        let near = k
            .sentence_index(a.phrase.start)
            .zip(k.sentence_index(at))
            .is_some_and(|(a, p)| a + 1 >= p);
        (near && !self.split(&a.phrase).name.is_empty()).then_some(a)
    }

    /// The subject a clause leaves unsaid, at token `at`: like a pronoun, the person the text
    /// is about (no mention is added: nothing in the text names them there).
    pub(crate) fn resolve_zero(&mut self, at: usize) -> Result<usize, Reason> {
        self.topical = true;
        if let Some(antecedent) = self.subject_since_last(at) {
            return Ok(self.resolve_antecedent(&antecedent, &antecedent));
        }
        self.last().map(|(i, _)| i).ok_or(Reason::NoSpeakerPhrase)
    }

    /// The latest subject named before token `at` and after the last topical speaker's
    /// mention: who the text has turned to since that speaker spoke.
    ///
    /// A subject followed by a sentence in the first person, before token `at`'s, is still in
    /// the last speaker's own words (`ضیاء الدین یوسفزئی نے کہا کہ … ۔ پاکستانی عوام نے ملالہ
    /// کو حوصلہ دیا۔ … ہماری آنکھوں سے آنسو جاری ہوگئے۔ انہوں نے کہا`): the text has not turned
    /// to it.
    fn subject_since_last(&self, at: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let last_at = self.last().map(|(_, at)| at);
        let voiced = |a: &Antecedent| {
            let from = k.sentence_index(a.phrase.start).map_or(0, |s| s + 1);
            last_at.is_some()
                && k.sentence_index(at)
                    .is_some_and(|to| self.in_first_person(from..to))
        };
        self.antecedent_before(at, true)
            .filter(|a| last_at.is_none_or(|l| a.phrase.start > l))
            .filter(|a| !voiced(a) && !self.quantified(&a.phrase))
            .map(|a| a.full.clone().unwrap_or_else(|| a.phrase.clone()))
    }

    /// Whether a phrase names a quantified group (`تمام وزرائے خارجہ`, `چند ماہرین`, `تمام
    /// جماعتوں`): it speaks once, in passing, and is not who the text goes on about.
    fn quantified(&self, phrase: &Range<usize>) -> bool {
        phrase.clone().any(|j| self.doc.is(j, Roles::QUANTIFIER))
    }

    /// Whether one of the sentences `sentences` is in the first person.
    fn in_first_person(&self, sentences: Range<usize>) -> bool {
        let count = |s: usize| self.first_person_before.get(s).copied().unwrap_or(0);
        sentences.start < sentences.end && count(sentences.end) > count(sentences.start)
    }

    /// The outlet a phrase made of the word for one names (see
    /// [`Resolver::outlet_named_before`]), mentioned by `mentioned`.
    fn resolve_outlet(&mut self, phrase: &Range<usize>, mentioned: &Range<usize>) -> Option<usize> {
        let name = self.outlet_named_before(phrase)?;
        let mut parts = self.split(&name);
        parts.group = true;
        Some(self.resolve_name(mentioned, parts))
    }

    /// The speaker an antecedent phrase names, mentioned by `mentioned` (the pronoun, or the
    /// antecedent itself): by its name, or, known by its role alone (`چین کے صدر`), as a
    /// description.
    fn resolve_antecedent(&mut self, antecedent: &Range<usize>, mentioned: &Range<usize>) -> usize {
        if let Some(i) = self.resolve_outlet(antecedent, mentioned) {
            return i;
        }
        let parts = self.split(antecedent);
        if parts.name.is_empty() {
            self.resolve_description(antecedent, &parts)
        } else {
            self.resolve_name(mentioned, parts)
        }
    }

    /// Whether the words of `r` hold a judge's title.
    fn holds_judge(&self, r: &Range<usize>) -> bool {
        r.clone().any(|j| self.doc.is(j, Roles::JUDGE))
    }

    /// The token after the place's name that begins at token `t`, if one does.
    fn place_at(&self, t: usize) -> Option<usize> {
        let start = self.doc.tokens.bounds(t)?.0;
        let n = self
            .places
            .binary_search_by_key(&start, |(s, _)| s.start)
            .ok()?;
        let end = self.places.get(n)?.0.end;
        (t..self.doc.len())
            .find(|&j| self.doc.tokens.bounds(j).is_some_and(|(_, e)| e >= end))
            .map(|j| j + 1)
    }

    /// The places named inside the phrase, in order: for each, its first token (if a token
    /// begins where the place does) and its last.
    fn places_in<'s>(
        &'s self,
        phrase: &'s Range<usize>,
    ) -> impl Iterator<Item = (Option<usize>, usize)> + 's {
        let k = self.doc;
        let span = k.span(phrase);
        let from = self.places.partition_point(|(s, _)| s.start < span.start);
        let token = move |at: fn((usize, usize)) -> usize, offset: usize| {
            phrase
                .clone()
                .find(move |&j| k.tokens.bounds(j).is_some_and(|b| at(b) == offset))
        };
        self.places
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |(s, _)| s.end <= span.end)
            .filter_map(move |(s, _)| Some((token(|b| b.0, s.start), token(|b| b.1, s.end)?)))
    }

    /// `phrase` less the office that Indian Urdu papers write after a person's name, in
    /// apposition and with no genitive (`سریش کمار کلکٹر ضلع میدک نے`, "Suresh Kumar,
    /// collector of Medak district"; `محمود علی وزیر داخلہ تلنگانہ`): after the honorifics and
    /// titles that open the phrase, two words or more that have no role and no place's name
    /// holds, then a title whose complement ends with a place, its jurisdiction. The words
    /// after the name are the office, no part of it. A title that ends the phrase is not
    /// enough: the words before it are as often adjectives (`ن لیگی رہنما`, `طبی ماہرین`); nor
    /// is a complement that is no place (`… صدر مسلم لیگ`), which may be a body named before
    /// the title.
    fn name_before_apposed_title(&self, phrase: &Range<usize>) -> Option<Range<usize>> {
        let k = self.doc;
        let office = Roles::TITLE | Roles::LEADER;
        let name = phrase
            .clone()
            .find(|&j| !k.is(j, office) && !is_honorific(k.key(j)))?;
        let title = (name..phrase.end).find(|&j| !k.is_word(j) || k.roles(j) != Roles::NONE)?;
        let apposed = title >= name + 2
            && k.is(title, office)
            && self.places_in(&(name..title)).next().is_none()
            && title + 1 < phrase.end
            && self.place_end(&(title + 1..phrase.end)) == Some(phrase.end - 1);
        apposed.then_some(phrase.start..title)
    }

    /// The last token of the phrase that ends a place's name.
    fn place_end(&self, phrase: &Range<usize>) -> Option<usize> {
        self.places_in(phrase).map(|(_, last)| last).max()
    }

    /// The last token of a place's name in the phrase that may end a title: not a place's
    /// name that ends the phrase after a title and a given name, a surname (`میجر جنرل منصور
    /// ترکی`, `بحریہ ٹاؤن کے سربراہ ملک ریاض`), as a title's place follows a title (`وزیر
    /// اعلیٰ پنجاب`).
    fn title_place_end(&self, phrase: &Range<usize>) -> Option<usize> {
        let k = self.doc;
        let (first, end) = self.places_in(phrase).max_by_key(|&(_, last)| last)?;
        let Some(first) = first.filter(|_| end + 1 == phrase.end) else {
            return Some(end);
        };
        // A given name is a word no rule names (not `آف`, not a verb), after a title.
        let titled =
            (phrase.start..first.saturating_sub(1)).any(|j| k.is(j, Roles::TITLE | Roles::LEADER));
        let given_name = first > phrase.start
            && titled
            && k.is_word(first - 1)
            && k.sym(first - 1) == NO_SYM
            && self.place_end(&(first - 1..first)).is_none()
            && self
                .gazetteer
                .demonym_country_of_key(k.key(first - 1))
                .is_none();
        if given_name {
            self.place_end(&(phrase.start..first - 1))
        } else {
            Some(end)
        }
    }

    /// Where the name of a body named after its place begins (`نیویارک ٹائمز`, `لاہور
    /// ہائیکورٹ`, `کراچی پولیس`): at the place that ends the title
    /// (`title_end`, as split so far), when the phrase ends with the word of a paper, a body
    /// or a court.
    fn place_named_body(&self, phrase: &Range<usize>, title_end: usize) -> Option<usize> {
        let k = self.doc;
        let head = phrase.end.checked_sub(1)?;
        if title_end >= phrase.end || !k.is(head, Roles::AGENCY | Roles::GROUP | Roles::COURT) {
            return None;
        }
        let place_end = title_end.checked_sub(1)?;
        self.places_in(phrase)
            .find(|&(_, last)| last == place_end)
            .and_then(|(first, _)| first)
    }

    /// The country of the first place named in the phrase.
    fn place_country(&self, phrase: &Range<usize>) -> Option<String> {
        let span = self.doc.span(phrase);
        let from = self.places.partition_point(|(s, _)| s.start < span.start);
        self.places
            .get(from)
            .filter(|(s, _)| s.end <= span.end)
            .and_then(|(_, c)| c.map(str::to_owned))
    }

    /// Title: up to the last title, role, group, demonym or place word; name: the rest.
    fn split(&self, phrase: &Range<usize>) -> Parts {
        let k = self.doc;
        let phrase = &self
            .name_before_apposed_title(phrase)
            .unwrap_or_else(|| without_title_after_name(k, phrase));
        let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP;
        let title_end = phrase
            .clone()
            .rev()
            .find(|&j| {
                // A demonym qualifies the noun after it (`برطانوی وزیر اعظم`); as the last
                // word after a name it is a surname (`قیصر بنگالی`, `عمر کشمیری`).
                let surname = j + 1 == phrase.end && j > phrase.start;
                // A title spelled in letters before one more letter that ends the phrase
                // is part of an acronym (`ایم ڈی اے`, not the MD of `اے`).
                let acronym =
                    k.is(j, Roles::LETTER) && j + 2 == phrase.end && k.is(j + 1, Roles::LETTER);
                !acronym && k.is(j, title_like | Roles::AFFILIATION | Roles::AFORESAID)
                    || (!surname && self.gazetteer.demonym_country_of_key(k.key(j)).is_some())
                    // (`کے` after an honorific is the initial K: `مسٹر کے راجو`.)
                    || (k.is(j, Roles::GENITIVE)
                        && !(j > phrase.start && is_honorific(k.key(j - 1))))
            })
            .map(|j| j + 1)
            .max(self.title_place_end(phrase).map(|j| j + 1))
            // Whom someone belongs to is part of their description (`کراچی سے تعلق رکھنے والے
            // تاجر احمد علی`).
            .max(
                (phrase.start + 4..phrase.end)
                    .rev()
                    .find(|&j| belonging_before(k, j).is_some()),
            )
            .unwrap_or(phrase.start)
            .min(phrase.end);
        // A body named after its place (`نیویارک ٹائمز`, `لاہور ہائیکورٹ`): the place is the
        // name's, not a title.
        let title_end = self
            .place_named_body(phrase, title_end)
            .unwrap_or(title_end);
        // So is a place that opens the phrase and is all its title, before more words (`قطر
        // ایئرویز`, `پشاور زلمی`, `ٹوکیو ٹیلی میسج`): no title says whose the name is, and a
        // person is not named after a place with nothing between; the name is a body's. Not
        // before a word for a group of people (`لندن سائنسدانوں کا خیال ہے`, a dateline with
        // no mark after it): they are the place's people.
        let named_after_place = title_end > phrase.start
            && title_end < phrase.end
            && !k.ends_with(phrase, Roles::COLLECTIVE)
            && self
                .places_in(phrase)
                .any(|(first, last)| first == Some(phrase.start) && last + 1 == title_end);
        let title_end = if named_after_place {
            phrase.start
        } else {
            title_end
        };
        // A group word bound by izafat to what follows (`عالمی ادارۂ صحت`), or by `برائے`
        // ("for", key `براے`: `ادارہ برائے شماریات`) or `آف` ("of": `ایسوسی ایشن آف ڈیموکریٹک
        // ریفارمز`), is part of the organization's name, not
        // a title before a name; so is a group word before one word of the language, the
        // izafat unwritten (`محکمہ انصاف`, "the department of justice": no one's name).
        let izafat = title_end
            .checked_sub(1)
            .filter(|&j| j >= phrase.start && title_end < phrase.end && k.is(j, Roles::GROUP))
            .and_then(|j| k.tokens.get(j))
            .is_some_and(|t| {
                t.normalized().ends_with(['ۂ', '\u{0650}'])
                    || matches!(k.key(title_end), "براے" | "آف")
                    || (title_end + 1 == phrase.end && k.in_dictionary(title_end))
            });
        let title_end = if izafat { phrase.start } else { title_end };
        // A group word that begins a well-known body's name before a person's name (`امیر
        // جماعت اسلامی سراج الحق`) belongs to the title with the whole name of the body.
        let body_in_title = title_end
            .checked_sub(1)
            .filter(|&g| g >= phrase.start && !izafat && k.is(g, Roles::GROUP))
            .and_then(|g| k.org_end_in(&(g..phrase.end)).filter(|&(s, _)| s == g))
            .map(|(_, end)| end)
            .filter(|&end| end > title_end && end < phrase.end);
        let title_end = body_in_title.unwrap_or(title_end);
        // A well-known body's name (and its faction) before a person's name is where the
        // person works, part of the title (`ترجمان پاکستان مسلم لیگ (ن) مریم اورنگزیب`); not
        // a body's own longer name (`سٹیٹ بینک آف پاکستان`).
        // A body's name goes on with `آف` and its country (`چیف جسٹس سپریم کورٹ آف پاکستان
        // میاں ثاقب نثار`).
        let of_place = |end: usize| {
            (k.key(end) == "آف")
                .then(|| self.place_end(&(end + 1..(end + 4).min(phrase.end))))
                .flatten()
                .map_or(end, |p| p + 1)
        };
        let works_at = k
            .org_end_in(&(title_end..phrase.end))
            .filter(|&(start, _)| start == title_end)
            .map(|(_, end)| of_place(faction_after(k, end, phrase.end).unwrap_or(end)))
            .filter(|&end| {
                end < phrase.end
                    && k.key(end) != "آف"
                    && !(end..phrase.end).any(|j| k.is(j, Roles::GROUP | Roles::AGENCY))
                    && self.place_end(&(end..phrase.end)).is_none()
            });
        let title_end = works_at.unwrap_or(title_end);
        // So is an acronym of three letters or more between a person's title and a name
        // (`چیئرمین پی ٹی اے محمد نوید`, "the PTA's chairman …"): a name has two initials at
        // most (`اے کیو خان`).
        let title_end = (title_end > phrase.start
            && k.is(title_end - 1, Roles::TITLE | Roles::LEADER))
        .then(|| {
            (title_end..phrase.end)
                .find(|&j| !k.is(j, Roles::LETTER))
                .filter(|&end| end >= title_end + MIN_BODY_LETTERS)
        })
        .flatten()
        .unwrap_or(title_end);
        // A person's title before a well-known body's name and nothing else (`بانی فیس بک`,
        // "the founder of Facebook"; `چیئرمین پی ٹی آئی`) describes whoever holds the role
        // there: no name.
        // So does a title before an acronym (`ایم ڈی پی آئی اے`, "the MD of PIA").
        let role_at_body = title_end > phrase.start
            && k.is(title_end - 1, Roles::TITLE | Roles::LEADER)
            && (k.org_end_in(&(title_end..phrase.end)) == Some((title_end, phrase.end))
                || k.spelled(&(title_end..phrase.end)));
        let title_end = if role_at_body { phrase.end } else { title_end };
        // A word for a group of people after a genitive (`نواز شریف کے مخالفین`, "Nawaz
        // Sharif's opponents"; `وزارت پٹرولیم کے ذرائع`) names no one: the whole phrase
        // describes them.
        let group_of = title_end > phrase.start
            && title_end + 1 == phrase.end
            && k.is(title_end - 1, Roles::GENITIVE)
            && k.ends_with(phrase, Roles::COLLECTIVE);
        let title_end = if group_of { phrase.end } else { title_end };
        // An Arabic name's second part (`الدین`, `اللہ`, `الحق`) never begins a name: the
        // word before it is the name's first part, though it is also a title (`پیر صدر الدین
        // شاہ راشدی`, `صدر` "president").
        let title_end = if title_end > phrase.start
            && title_end < phrase.end
            && SECOND_PARTS.contains(&k.key(title_end))
        {
            title_end - 1
        } else {
            title_end
        };
        // A word of one letter never begins a name: after a title it is the title's last
        // letter written apart (`اداکار ہ نکول کڈمین`, for `اداکارہ`).
        let title_end = if title_end > phrase.start
            && title_end + 1 < phrase.end
            && k.is_word(title_end)
            && k.key(title_end).chars().nth(1).is_none()
        {
            title_end + 1
        } else {
            title_end
        };
        // A title goes on with `آف` and its field (`ہیڈ آف مارکیٹنگ حسن جمیل`, "head of
        // marketing Hasan Jamil"; `جنرل منیجر آف کرکٹ`): the name is after them.
        let title_end = if title_end > phrase.start
            && title_end + 2 < phrase.end
            && k.key(title_end) == "آف"
            && k.is(title_end - 1, Roles::TITLE | Roles::LEADER)
        {
            title_end + 2
        } else {
            title_end
        };
        // A bracket that closes after the title closes a note on it (`جنرل (ر) امجد شعیب`,
        // "General (retd.) Amjad Shoaib"): it is the title's, not the name's.
        let title_end = if title_end > phrase.start
            && title_end < phrase.end
            && k.key(title_end)
                .chars()
                .next()
                .is_some_and(is_closing_bracket)
        {
            title_end + 1
        } else {
            title_end
        };
        // A title right before `اور` ("and") ends the first of two joined phrases (`تجزیہ کاروں
        // اور تاجروں`, "analysts and traders"): the two are one description, as written.
        let title_end = if title_end < phrase.end && k.key(title_end) == "اور" {
            phrase.start
        } else {
            title_end
        };
        let title = phrase.start..title_end;
        // Someone described by the body they belong to (`X سے وابستہ`) is not that body.
        let affiliated = role_at_body || title.clone().any(|j| k.is(j, Roles::AFFILIATION));
        // A well-known body's name before a person's role (`ایپل کے چیف ایگزیکٹو ٹم کک`, `گوگل
        // سی ای او`) is where the person works: the phrase names the person.
        let named_person = works_at.is_some()
            || body_in_title.is_some()
            || title_end
                .checked_sub(1)
                .filter(|&j| j >= phrase.start)
                .is_some_and(|j| k.is(j, Roles::TITLE))
            // So does a title that opens the phrase before a body's name and a name with no
            // group word (`چیف جسٹس سپریم کورٹ آف پاکستان میاں ثاقب نثار`).
            || (title_end < phrase.end
                && k.is(phrase.start, Roles::TITLE)
                && !(title_end..phrase.end).any(|j| k.is(j, Roles::GROUP | Roles::AGENCY)));
        // A person's title after a body's name and a genitive makes the phrase a person's
        // (`وزارت خارجہ کے ترجمان محمد فیصل`, `بینک کے ماہر دلیپ رتھا`, `پولیس کے ترجمان`);
        // a portfolio after a group word is the body's name (`وزارت خزانہ`). So does a
        // person's title right after a body's word, before a name (`پولیس آفیسر فیصل شہزاد`,
        // "police officer …"): the body qualifies the role.
        let person_title = title_end > phrase.start
            && k.is(title_end - 1, Roles::TITLE | Roles::LEADER)
            && !k.is(title_end - 1, Roles::GROUP | Roles::AGENCY);
        let titled_person = person_title
            && (title_end < phrase.end
                || title
                    .clone()
                    .rev()
                    .take_while(|&j| !k.is(j, Roles::GROUP | Roles::AGENCY))
                    .any(|j| k.is(j, Roles::GENITIVE)));
        // A person's title anywhere in the title, before a name with no body's word in it
        // (`سپیکر قومی اسمبلی سردار ایاز صادق`, `برطانوی رکن پارلیمنٹ ڈیوڈ وارڈ`), names a
        // person: the body's words between are where the person works.
        let titled_name = title_end < phrase.end
            && title.clone().any(|j| k.is(j, Roles::TITLE))
            && !(title_end..phrase.end).any(|j| k.is(j, Roles::GROUP | Roles::AGENCY));
        let group = !affiliated
            && !titled_person
            && !titled_name
            && body_in_title.is_none()
            && (izafat
                || named_after_place
                || title.clone().any(|j| k.is(j, Roles::GROUP))
                || phrase.clone().any(|j| k.is(j, Roles::AGENCY))
                || phrase.end > phrase.start && k.is(phrase.end - 1, Roles::COURT)
                || (!named_person && k.org_roles_in(phrase).has(Roles::GROUP | Roles::AGENCY)));
        let leader = title.clone().any(|j| k.is(j, Roles::LEADER));
        let country = self.place_country(phrase).or_else(|| {
            title.clone().find_map(|j| {
                self.gazetteer
                    .demonym_country_of_key(k.key(j))
                    .map(str::to_owned)
            })
        });
        Parts {
            title,
            name: title_end..phrase.end,
            group,
            leader,
            country,
        }
    }

    /// A phrase with a name, mentioned at `mentioned`: merged with an earlier speaker whose
    /// name it shares, or new.
    fn resolve_name(&mut self, mentioned: &Range<usize>, parts: Parts) -> usize {
        let k = self.doc;
        let mention = self.mention(mentioned);
        let at = mentioned.start;
        let title_text = (!parts.title.is_empty()).then(|| k.text(&parts.title));
        // A body known by an acronym the text spells out (`قومی احتساب بیورو (نیب)`, then
        // `نیب نے`) is called by its full name.
        let long = self.long_form(&parts.name);
        let (skeletons, joined) = self.name_keys(long.as_ref().unwrap_or(&parts.name));
        // An acronym of a body the text named in full by its kind's words (`سول ایوی ایشن
        // اتھارٹی نے`, then `سی اے اے کا کہنا تھا`) is that body.
        let described = || long.as_ref().and_then(|long| self.described_as(long));
        if let Some(i) = self.known(&skeletons, &joined).or_else(described) {
            // An acronym's long form names the speaker, as when an acronym is first quoted.
            let parts = Parts {
                name: long.unwrap_or(parts.name),
                ..parts
            };
            self.merge(i, mention, &parts, skeletons, title_text, at);
            return i;
        }
        if let Some(i) = self.titled_so_before(&parts) {
            self.add_mention(i, mention, at);
            return i;
        }
        // A word for a group of people as the name's head (`مقامی افراد`, `ذرائع`), or bound by
        // izafat to the words after it (`ذرائع ابلاغ`, "the media"; `ماہرین صحت`), names no
        // one person.
        let collective = k.ends_with(&parts.name, Roles::COLLECTIVE)
            || (parts.name.len() > 1 && k.is(parts.name.start, Roles::COLLECTIVE));
        // A name spelled in three letters or more is an acronym, a body's (`بی سی سی آئی`, `این
        // ڈی ایم اے`): a person has two initials at most (`اے کیو خان`).
        let acronym = parts.name.len() >= MIN_BODY_LETTERS && k.spelled(&parts.name);
        // A name after the English article (`دی مرر`, `دی گارجین`, `دی کٹ`: "The Mirror") is
        // a paper's, a magazine's or a body's: people are not named with "the".
        let the = parts.name.len() > 1 && k.key(parts.name.start) == "دی";
        let kind = if parts.group || acronym || the {
            SpeakerKind::Organization
        } else if collective {
            SpeakerKind::Unknown
        } else {
            SpeakerKind::Person
        };
        // A person the text names more fully elsewhere is called by that name.
        let fuller = (kind == SpeakerKind::Person)
            .then(|| self.full_names.get_or_init(|| self.full_names()))
            .and_then(|full| full.get(&skeleton(&joined)))
            .filter(|full| full.len() > parts.name.len());
        let fuller = match fuller {
            None if kind == SpeakerKind::Person => self.spaced(&parts.name),
            found => found,
        };
        let (name, name_words) = match long.or_else(|| fuller.clone()) {
            Some(long) => (k.text(&long), long.len()),
            None => (k.text(&parts.name), parts.name.len()),
        };
        let speaker = Speaker {
            name,
            kind,
            title: title_text,
            mentions: Vec::new(),
        };
        let i = self.create(speaker, name_words, &parts.title, mention, at);
        let full_skeletons: Vec<String> = fuller
            .into_iter()
            .flatten()
            .map(|j| skeleton(k.key(j)))
            .collect();
        if let Some(e) = self.entries.get_mut(i) {
            e.skeletons = skeletons;
            e.skeletons.extend(full_skeletons);
            e.letters = letters_of(&joined);
            e.joined = joined;
            e.country = parts.country;
            e.leader = parts.leader;
            // `ایجنسی` is any agency (`ریٹنگ ایجنسی`); `اخبار`, `ٹی وی` are the media's.
            e.agency = mentioned
                .clone()
                .any(|j| k.is(j, Roles::AGENCY) && !k.is(j, Roles::GROUP))
                || k.org_roles_in(mentioned).has(Roles::AGENCY);
        }
        i
    }

    /// A one-word name written elsewhere in the text as two words (`عامرخان`, `عامر خان`): after
    /// a letter that does not join the next, a space is invisible, and writers leave it out.
    /// The name is the two words. Only a word the lexicon does not know, of six letters or
    /// more, is looked for, no further than [`GLUED_NAME_REACH`] tokens away (an article's
    /// length), and at most [`GLUED_NAMES`] such names a text.
    fn spaced(&mut self, name: &Range<usize>) -> Option<Range<usize>> {
        let k = self.doc;
        let word = (name.len() == 1).then(|| k.key(name.start))?;
        if word.chars().count() < GLUED_NAME_LETTERS || LEXICON.get(word).is_some() {
            return None;
        }
        if let Some(found) = self.spaced_names.get(word) {
            return found.clone();
        }
        if self.spaced_names.len() >= GLUED_NAMES {
            return None;
        }
        let near = name.start.saturating_sub(GLUED_NAME_REACH).max(1)
            ..(name.end + GLUED_NAME_REACH).min(k.len());
        let found = near.into_iter().find_map(|j| {
            let (first, second) = (k.key(j - 1), k.key(j));
            let written = first.len() + second.len() == word.len()
                && word.starts_with(first)
                && word.ends_with(second);
            let open = first.chars().last().is_some_and(is_non_joining);
            (written && open && !second.is_empty() && k.is_word(j - 1) && k.is_word(j))
                .then_some(j - 1..j + 1)
        });
        self.spaced_names.insert(word.to_owned(), found.clone());
        found
    }

    /// The skeletons of a name's words and the name's words joined: what
    /// [`known`](Self::known) compares.
    fn name_keys(&self, name: &Range<usize>) -> (NameWords, String) {
        let k = self.doc;
        let words: Vec<String> = name.clone().map(|j| self.expand(k.key(j))).collect();
        let skeletons = words
            .iter()
            .flat_map(|w| w.split(' '))
            .map(skeleton)
            .collect();
        (skeletons, words.concat())
    }

    /// The recent speaker a name with these keys names: one whose name words are a subset
    /// of its own or the other way round, a short form of it, or the same name with its
    /// spaces and long vowels written otherwise (`ڈینیئل ایف فلڈمین`, `ڈینیل ایف فلڈ مین`: a
    /// space after a letter that does not join is invisible, and writers differ on it).
    fn known(&self, skeletons: &NameWords, joined: &str) -> Option<usize> {
        let letters = letters_of(joined);
        self.recent()
            .find(|(_, e)| {
                let subset = !e.skeletons.is_empty()
                    && (skeletons.is_subset(&e.skeletons) || e.skeletons.is_subset(skeletons));
                let same_letters = !letters.is_empty() && e.letters == letters;
                subset || same_letters || short_form(joined, &e.joined)
            })
            .map(|(i, _)| i)
    }

    /// The long form of a name that is an acronym the text defines (`قومی احتساب بیورو
    /// (نیب)`) or spells with the initials of a name it gave before (looked for once an
    /// acronym, for at most [`INITIALED_ACRONYMS`] of them): its tokens.
    fn long_form(&self, name: &Range<usize>) -> Option<Range<usize>> {
        let k = self.doc;
        let letters = MIN_BODY_LETTERS..=INITIALED_LETTERS;
        let spelled = letters.contains(&name.len()) && k.spelled(name);
        if !spelled && self.acronyms.is_empty() {
            return None;
        }
        let key = k.keys_of(name);
        if let Some(long) = self.acronyms.get(&key) {
            return Some(long.clone());
        }
        if !spelled {
            return None;
        }
        let mut initialed = self.initialed.borrow_mut();
        if let Some(long) = initialed.get(&key) {
            return long.clone();
        }
        if initialed.len() >= INITIALED_ACRONYMS {
            return None;
        }
        let long = spelled_out_before(k, name);
        initialed.insert(key, long.clone());
        long
    }

    /// The recent speaker known by a description that ends the tokens `long`.
    fn described_as(&self, long: &Range<usize>) -> Option<usize> {
        let key = self.doc.keys_of(long);
        self.recent()
            .find(|(_, e)| {
                e.name_words == 0
                    && !e.description.is_empty()
                    && key.ends_with(&e.description)
                    && key
                        .len()
                        .checked_sub(e.description.len() + 1)
                        .is_none_or(|b| key.as_bytes().get(b) == Some(&b' '))
            })
            .map(|(i, _)| i)
    }

    /// An acronym's long form (its keys), if the text defines it.
    fn expand(&self, word: &str) -> String {
        self.acronyms
            .get(word)
            .map_or_else(|| word.to_owned(), |long| self.doc.keys_of(long))
    }

    fn add_mention(&mut self, i: usize, mention: Mention<'a>, at: usize) {
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.mentions.push(mention);
        }
        self.last_mentioned = Some(i);
        if self.topical {
            self.topics.push((i, at));
        }
    }

    fn merge(
        &mut self,
        i: usize,
        mention: Mention<'a>,
        parts: &Parts,
        skeletons: NameWords,
        title: Option<&'a str>,
        at: usize,
    ) {
        let name = &parts.name;
        let name_text = self.doc.text(name);
        let judge = self.holds_judge(&parts.title);
        let title_words: Vec<String> = parts
            .title
            .clone()
            .map(|j| self.doc.key(j).to_owned())
            .collect();
        if let Some(e) = self.entries.get_mut(i) {
            if name.len() > e.name_words {
                e.speaker.name = name_text;
                e.name_words = name.len();
            }
            e.skeletons.union_with(skeletons);
            if e.speaker.title.is_none() && title.is_some() {
                e.speaker.title = title;
                e.title_words = title_words;
            }
            e.country = e.country.take().or_else(|| parts.country.clone());
            e.leader |= parts.leader;
            e.judge |= judge;
        }
        self.add_mention(i, mention, at);
    }

    /// A new speaker, mentioned by `mention` at token `at`, with `name_words` words of name
    /// (none: known by a description) and the title of `title_range`.
    fn create(
        &mut self,
        speaker: Speaker<'a>,
        name_words: usize,
        title_range: &Range<usize>,
        mention: Mention<'a>,
        at: usize,
    ) -> usize {
        let title_words = title_range
            .clone()
            .map(|j| self.doc.key(j).to_owned())
            .collect();
        let judge = self.holds_judge(title_range);
        self.entries.push(Entry {
            speaker,
            name_words,
            skeletons: NameWords::default(),
            joined: String::new(),
            letters: String::new(),
            description: if name_words == 0 {
                self.doc.keys_of(title_range)
            } else {
                String::new()
            },
            title_words,
            country: None,
            leader: false,
            agency: false,
            judge,
            body: None,
        });
        let i = self.entries.len() - 1;
        self.add_mention(i, mention, at);
        i
    }
}

/// Whether `phrase` is a plural pronoun with a quantifier and no noun (`ان دونوں نے`, "the
/// two of them"; `ان تمام نے`, `ان سب نے`; `دونوں نے` alone): it points back as a pronoun
/// does, to those the text has been quoting, and names no one. (With a noun it is a
/// description: `ان دونوں رہنماؤں نے`.)
fn quantified_pronoun(k: &Document<'_, '_>, phrase: &Range<usize>) -> bool {
    let quantifier = |j: usize| matches!(k.key(j), "دونوں" | "تمام" | "سب" | "سبھی");
    match phrase.len() {
        1 => k.key(phrase.start) == "دونوں",
        2 => matches!(k.key(phrase.start), "ان" | "انہی" | "انھی") && quantifier(phrase.start + 1),
        _ => false,
    }
}

/// At most this many tokens back from a pronoun to an answer to a question that makes it
/// the person quoted (a sentence or two).
const ANSWER_REACH: usize = 60;

/// Whether `سوال کے جواب میں` ("in answer to a question") ends right before token `at`.
fn answers_a_question(k: &Document<'_, '_>, at: usize) -> bool {
    at >= 4
        && k.key(at - 4) == "سوال"
        && k.is(at - 3, Roles::GENITIVE)
        && k.key(at - 2) == "جواب"
        && k.key(at - 1) == "میں"
}

/// `LONG (SHORT)`: the short form's key → the long form's key.
fn find_acronyms(k: &Document<'_, '_>) -> HashMap<String, Range<usize>> {
    let mut found = HashMap::new();
    let len = k.len();
    let paren = |i: usize| k.kind(i) == Some(TokenKind::Punctuation) && k.key(i) == "(";
    for open in (0..len).filter(|&i| paren(i)) {
        let Some(close) = (open + 1..(open + 8).min(len)).find(|&j| k.key(j) == ")") else {
            continue;
        };
        let short = open + 1..close;
        // An acronym is spelled out letter by letter: short words (`سی ایس ٹی او`); or read as
        // one word of two to four letters (`نیب`) after a long form of three words (a single
        // letter is a party's faction, `مسلم لیگ (ن)`).
        let letters = |j: usize| k.key(j).chars().count();
        let spelled = short.len() >= 2 && short.clone().all(|j| letters(j) <= 3);
        let read = short.len() == 1 && (2..=4).contains(&letters(open + 1));
        if !(spelled || read) {
            continue;
        }
        let sentence = k.sentence(open);
        if spelled {
            // The words whose initials the letters spell (`پاکستان انٹرنیشنل ائیرلائنز (پی آئی
            // اے)`); a translated name (`عالمی مالیاتی ادارے (آئی ایم ایف)`) is a description.
            let n = short.len();
            let initials = letter_initials(k, &short);
            let spelled_out = [n + 1, n]
                .into_iter()
                .filter_map(|m| open.checked_sub(m).filter(|&w| w >= sentence.start))
                .find(|&w| spells(k, &(w..open), &initials));
            if let Some(w) = spelled_out {
                found.insert(k.keys_of(&short), with_compound_start(k, w..open));
            }
            continue;
        }
        let long = open.saturating_sub(READ_LONG_WORDS).max(sentence.start)..open;
        let plain = |j: usize| k.is_word(j) && !k.is(j, Roles::STOP | Roles::GENITIVE);
        if long.clone().all(plain) {
            found.insert(k.keys_of(&short), long);
        }
    }
    found
}

/// The words of the long form before an acronym read as one word (`قومی احتساب بیورو
/// (نیب)`).
const READ_LONG_WORDS: usize = 3;

/// At most this many acronyms a text are looked for by their initials...
const INITIALED_ACRONYMS: usize = 8;

/// ...no further back than this many tokens...
const INITIALS_REACH: usize = 1_000;

/// ...and only those of at most this many letters.
const INITIALED_LETTERS: usize = 6;

/// `phrase` less a title that Urdu writes after a name (`احسن الدین ایڈووکیٹ`, "Ahsan-ud-Din,
/// advocate"; the honorific `صاحب`; a title in apposition after `جناب` and a name): it is no
/// part of the name, and ends no title before one. Not after a genitive or a title, where
/// it is the role described (`سپریم کورٹ کے ایڈووکیٹ`).
fn without_title_after_name(k: &Document<'_, '_>, phrase: &Range<usize>) -> Range<usize> {
    // After an honorific that opens the phrase (`جناب`, `مسٹر`, "Mr") comes the name, and a
    // title after the name is in apposition (`جناب دھرم سنگھ سابق وزیر اعلی کرناٹک و رکن
    // پارلیمنٹ بیدر`, "Mr Dharam Singh, former chief minister of Karnataka and MP for
    // Bidar"): the phrase is the honorific and the name. (`جناب صدر`, "Mr President", has a
    // title right after it.)
    let title = Roles::TITLE | Roles::LEADER | Roles::GROUP;
    let honorific =
        is_honorific(k.key(phrase.start)) && phrase.len() >= 3 && !k.is(phrase.start + 1, title);
    if let Some(t) = honorific
        .then(|| (phrase.start + 2..phrase.end).find(|&j| k.is(j, Roles::TITLE | Roles::LEADER)))
        .flatten()
    {
        return phrase.start..t;
    }
    let after_name = phrase.len() >= 2
        && matches!(
            k.key(phrase.end - 1),
            "ایڈووکیٹ" | "ایڈوکیٹ" | "صاحب" | "صاحبہ"
        )
        && !k.is(
            phrase.end - 2,
            Roles::GENITIVE | Roles::TITLE | Roles::LEADER | Roles::GROUP,
        );
    if after_name {
        phrase.start..phrase.end - 1
    } else {
        phrase.clone()
    }
}

/// The Urdu names of the Latin letters, each with the Urdu letters an English word that
/// begins with it is written with (`پی` P: `پاکستان`; `سی` C: `سول`, `کارپوریشن`, `چیمبر`).
const LETTER_INITIALS: [(&str, &str); 26] = [
    ("اے", "اعآ"),
    ("بی", "ب"),
    ("سی", "سکچ"),
    ("ڈی", "ڈد"),
    ("ای", "ا"),
    ("ایف", "ف"),
    ("جی", "جگ"),
    ("ایچ", "ہح"),
    ("آئی", "اآ"),
    ("جے", "ج"),
    ("کے", "کخ"),
    ("ایل", "ل"),
    ("ایم", "م"),
    ("این", "ن"),
    ("او", "اآو"),
    ("پی", "پ"),
    ("کیو", "کق"),
    ("آر", "ر"),
    ("ایس", "سصش"),
    ("ٹی", "ٹت"),
    ("یو", "یا"),
    ("وی", "و"),
    ("ڈبلیو", "و"),
    ("ایکس", "ا"),
    ("وائی", "ی"),
    ("زیڈ", "زذژ"),
];

/// The nearest run of words before the acronym `letters` (spelled in three letters or more)
/// whose initials its letters spell (`پاکستان پٹرولیم لمیٹڈ … پی پی ایل کا موقف تھا`): news
/// writes a body's name in full before it uses the acronym. The words are content words,
/// none a letter itself, no further back than [`INITIALS_REACH`] tokens.
fn spelled_out_before(k: &Document<'_, '_>, letters: &Range<usize>) -> Option<Range<usize>> {
    let n = letters.len();
    let initials = letter_initials(k, letters);
    let first = initials.first().copied().unwrap_or("");
    let from = letters.start.saturating_sub(INITIALS_REACH);
    (from..letters.start.saturating_sub(n - 1))
        .rev()
        .filter(|&w| begins_with(k, w, first))
        .flat_map(|w| [w..w + n + 1, w..w + n])
        .filter(|r| r.end <= letters.start)
        .find(|r| spells(k, r, &initials))
        .map(|r| with_compound_start(k, r))
}

/// The Urdu letters that each of the letters `letters` (their names' tokens) may begin a
/// word with (see [`LETTER_INITIALS`]).
fn letter_initials(k: &Document<'_, '_>, letters: &Range<usize>) -> Vec<&'static str> {
    letters
        .clone()
        .map(|letter| {
            LETTER_INITIALS
                .iter()
                .find(|(name, _)| *name == k.key(letter))
                .map_or("", |(_, initials)| *initials)
        })
        .collect()
}

/// Whether the content words `words` begin with the letters of `initials` (one set of
/// letters a word, see [`letter_initials`]), one for one, in order; one word after the first
/// may have none, the second half of an English word written as two (`سول ایوی ایشن
/// اتھارٹی`, CAA: `ایوی ایشن` is "aviation").
fn spells(k: &Document<'_, '_>, words: &Range<usize>, initials: &[&str]) -> bool {
    let begins = |j: usize, set: &str| begins_with(k, j, set);
    // Most runs of words fail at their first.
    if !initials.first().is_some_and(|set| begins(words.start, set)) {
        return false;
    }
    let function = Roles::STOP | Roles::GENITIVE | Roles::ERGATIVE | Roles::PRONOUN;
    let content = |j: usize| k.is_word(j) && !k.is(j, function | Roles::LETTER);
    if !words.clone().all(content) {
        return false;
    }
    // The word left out, if any: never the first.
    let one_for_one = |skip: Option<usize>| {
        let kept = words.clone().filter(|&j| Some(j) != skip);
        kept.clone().count() == initials.len() && kept.zip(initials).all(|(j, set)| begins(j, set))
    };
    match words.len().checked_sub(initials.len()) {
        Some(0) => one_for_one(None),
        Some(1) => (words.start + 1..words.end).any(|s| one_for_one(Some(s))),
        _ => false,
    }
}

/// Whether token `j` begins with one of the letters `set`.
fn begins_with(k: &Document<'_, '_>, j: usize, set: &str) -> bool {
    k.key(j).chars().next().is_some_and(|c| set.contains(c))
}

/// `words` with `بین` before it when it begins with `الاقوامی`: "international" is one word
/// written as two (`بین الاقوامی مالیاتی فنڈ`, IMF), of which the letters spell the second.
fn with_compound_start(k: &Document<'_, '_>, words: Range<usize>) -> Range<usize> {
    let before = words.start.checked_sub(1);
    match before {
        Some(b) if k.key(words.start) == "الاقوامی" && k.key(b) == "بین" => b..words.end,
        _ => words,
    }
}

/// For each sentence of `k`, how many sentences before it are in the first person, and the
/// total last (`میں` is "I" and "in": only the other first-person forms tell).
fn first_person_before(k: &Document<'_, '_>, first_person: &[usize]) -> Vec<usize> {
    let mut counts = Vec::with_capacity(k.sentences.len() + 1);
    let mut n = 0;
    let mut next = first_person.iter().peekable();
    counts.push(0);
    for sentence in &k.sentences {
        let mut holds = false;
        while let Some(&&j) = next.peek() {
            if j >= sentence.end {
                break;
            }
            holds |= j >= sentence.start;
            next.next();
        }
        n += usize::from(holds);
        counts.push(n);
    }
    counts
}

/// The tokens in the first person, in order (`میں`, "I", is also "in": only the other forms
/// tell).
fn first_person_tokens(k: &Document<'_, '_>) -> Vec<usize> {
    (0..k.len())
        .filter(|&j| k.is(j, Roles::FIRST_PERSON) && !k.is(j, Roles::POSTPOSITION))
        .collect()
}

/// Whether `اس میں` ("in it"), perhaps with `مزید` ("further"), stands right before token
/// `cue`, after token `start`: a passive cue quoting a document the text named before.
fn in_it_before(doc: &Document<'_, '_>, cue: usize, start: usize) -> bool {
    let at = match cue.checked_sub(1) {
        Some(m) if doc.key(m) == "مزید" => m,
        _ => cue,
    };
    at >= start + 2 && doc.key(at - 2) == "اس" && doc.key(at - 1) == "میں"
}

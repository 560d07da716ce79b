//! Resolving the noun phrases of speech cues into speakers, merged into one speaker per
//! person or organization.
//!
//! - A phrase splits into a title (up to its last title, role or place word: `روس کے صدر`)
//!   and a name (the words after it: `ولادی میر پوتن`).
//! - A name joins an earlier speaker when the consonant skeletons of its words (long vowels
//!   inside a word dropped, so `پوتن` = `پوتین`) are all among that speaker's, or the other
//!   way round; the fuller name becomes the canonical one.
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
//!   names the same speaker as its long form.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::extract::cues::{faction_after, phrase_before, quoted_after, relative_author};
use crate::extract::diagnostics::Reason;
use crate::extract::document::Document;
use crate::extract::locations::{Gazetteer, Location};
use crate::extract::mention::Mention;
use crate::extract::speaker::{short_form, skeleton, Speaker, SpeakerKind};
use crate::lexicon::words::Roles;
use crate::span::Span;

/// A speaker under construction.
#[derive(Debug)]
struct Entry<'a> {
    speaker: Speaker<'a>,
    name_words: usize,
    skeletons: HashSet<String>,
    /// The name's words written together (`نوازالدینصدیقی`), for short forms.
    joined: String,
    /// The description's key, for a speaker known only by one (`امریکی حکام`).
    description: String,
    title_words: Vec<String>,
    country: Option<String>,
    leader: bool,
    /// Whether it is a news agency, newspaper or broadcaster (`آئی این پی`, `اخبار`).
    agency: bool,
}

/// A speaker phrase split into its title and name, with what its words tell.
struct Parts {
    title: Range<usize>,
    name: Range<usize>,
    group: bool,
    leader: bool,
    country: Option<String>,
}

/// What a description tells, read once for the steps that resolve it.
struct Description<'p> {
    phrase: &'p Range<usize>,
    parts: &'p Parts,
    /// The keys of the title's role words (titles and leaders' words).
    roles: Vec<String>,
    /// The phrase's last token.
    head: Option<usize>,
    /// Whether a body is named by its kind (`ریٹنگ ایجنسی`, then `ایجنسی`): a group whose
    /// last word names a kind of body.
    group_head: bool,
    /// Whether the description is indefinite (`ایک سینئر صحافی`, "a senior journalist"):
    /// it introduces someone new and points back to no one.
    indefinite: bool,
    /// The keys of the title's words that name a body of the state by its kind (`پولیس` in
    /// `پولیس کے ترجمان`).
    body_words: Vec<String>,
}

impl Description<'_> {
    /// Whether a speaker with the title `title` (its words' keys) is who the description
    /// describes: the title holds every role word, and names the same body (the police's
    /// spokesman is not the foreign ministry's).
    fn holds(&self, title: &[String]) -> bool {
        holds_roles(title, &self.roles) && self.body_words.iter().all(|w| title.contains(w))
    }
}

/// Resolves speaker phrases into speakers, in text order.
pub(crate) struct Resolver<'k, 't, 'a> {
    doc: &'k Document<'t, 'a>,
    gazetteer: &'k Gazetteer,
    /// The place mentions of the text, in order, with their countries.
    places: Vec<(Span, Option<&'k str>)>,
    entries: Vec<Entry<'a>>,
    /// The speaker the text is about, and the token where it was last mentioned.
    last: Option<(usize, usize)>,
    /// Whether the phrase being resolved changes who the text is about.
    topical: bool,
    /// The acronyms the text defines (`قومی احتساب بیورو (نیب)`), by key, with the tokens of
    /// their long forms.
    acronyms: HashMap<String, Range<usize>>,
    /// Named people and bodies the text introduces, speaking or not, in text order: the
    /// subjects of clauses (`عمران خان نے …`), and titles with names (`وزیر اعلیٰ سندھ مراد
    /// علی شاہ`), each with the token it stands at.
    antecedents: Vec<Antecedent>,
    /// The issuer of the last statement with a named issuer, for a passive cue that goes on
    /// quoting it (`بیان میں مزید کہا گیا کہ`).
    last_issuer: Option<usize>,
    /// Every speaker the text was about, in text order, with the token where it was
    /// mentioned: where [`Resolver::last`] was, and before.
    topics: Vec<(usize, usize)>,
    /// For each sentence, how many sentences before it are in the first person (someone's
    /// own words: a reporter does not write so), and the total last.
    first_person_before: Vec<usize>,
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
}

/// How many speakers back a mention is compared with: more than any article names, and a
/// bound that keeps resolution linear.
const LOOKBACK: usize = 256;

/// How far back (in tokens) a body's generic name (`کمپنی`) looks for the body it stands for:
/// a few paragraphs, and a bound that keeps resolution linear.
const GENERIC_ANTECEDENT: usize = 600;

/// At most this many words in a name after a title that a pronoun resolves to before anyone
/// has spoken.
const NAME_WORDS: usize = 3;

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
        let mut r = Resolver {
            doc,
            gazetteer,
            places,
            entries: Vec::new(),
            last: None,
            topical: true,
            acronyms: find_acronyms(doc),
            antecedents: Vec::new(),
            last_issuer: None,
            topics: Vec::new(),
            first_person_before: first_person_before(doc),
        };
        r.antecedents = r.find_antecedents(reported, furniture);
        r
    }

    /// The named subjects of clauses and the titled names of the text, in order: in the
    /// reporter's words (not inside quotation marks or what someone is reported to have
    /// said), with a name of two words or more or a title before the name (`ملک نے` is no
    /// one's name). Not in the page's furniture (`furniture`: sentence indices, in order): an
    /// image caption (`Image caption … کسانوں نے خود کشی کی ہے`) stands outside the article's
    /// discourse, and a pronoun after it points past it.
    fn find_antecedents(&self, reported: &[Range<usize>], furniture: &[usize]) -> Vec<Antecedent> {
        let k = self.doc;
        let mut found: Vec<Antecedent> = Vec::new();
        // The names found so far (of two words or more), by the skeletons of their words.
        let mut name_words: HashMap<String, Range<usize>> = HashMap::new();
        let title_like = Roles::TITLE | Roles::LEADER;
        let mut i = 0;
        while i < k.len() {
            let ergative = k.is(i, Roles::ERGATIVE) && !k.is_quoted(i);
            let after_relative = i.checked_sub(1).is_some_and(|p| k.is(p, Roles::RELATIVE));
            let subject = ergative && !after_relative;
            // The name a relative clause's subject stands for (`آخری خاتون راچیل ڈینولینڈر تھیں
            // جنہوں نے … الزام لگایا تھا`, "… was Rachael Denhollander, who …"): the person the
            // sentence introduces, and the clause's subject.
            let relative_subject = ergative && after_relative;
            let phrase = if subject {
                phrase_before(k, i, k.sentence(i).start)
            } else if relative_subject {
                self.named_before_relative(i - 1)
            } else if k.is(i, title_like) && !i.checked_sub(1).is_some_and(|p| k.is(p, title_like))
            {
                self.titled_name_at(i)
            } else {
                None
            };
            let outside_narration = |at: usize| {
                let n = reported.partition_point(|r| r.end <= at);
                reported.get(n).is_some_and(|r| r.start <= at)
                    || k.is_quoted(at)
                    || k.sentence_index(at)
                        .is_some_and(|s| furniture.binary_search(&s).is_ok())
            };
            // A subject known by a leader's role alone (`چین کے صدر نے`, "China's president")
            // is someone a pronoun may point to, like a name. A demonstrative and a noun (`اس
            // ٹویٹ نے`, "this tweet") point to something the text named before: no name.
            let named = |p: &Range<usize>| {
                if k.is(p.start, Roles::PRONOUN) {
                    return false;
                }
                if self.called(p).is_some() {
                    return true;
                }
                let parts = self.split(p);
                // One word of a name the text gave before in full (`منظور وسان …`, then `وسان
                // نے`) names that person again.
                let short = subject
                    && parts.name.len() == 1
                    && parts.title.is_empty()
                    && name_words.contains_key(&skeleton(k.key(parts.name.start)));
                parts.name.len() >= 2
                    || short
                    || (!parts.name.is_empty() && !parts.title.is_empty())
                    || (subject && parts.name.is_empty() && parts.leader)
            };
            // A name in quotation marks before the marker stands outside them in the
            // reporter's words, as the marker does; not in a sentence in the first person,
            // someone's own words (`’’میری کوم‘‘نے میری شہرت میں اضافہ کیا`).
            let quoted_name = || {
                quoted_name_before(k, i).filter(|p| {
                    named(p)
                        && !outside_narration(i)
                        && !k
                            .sentence_index(i)
                            .is_some_and(|s| self.in_first_person(s..s + 1))
                })
            };
            let phrase = phrase
                .filter(|p| named(p) && !outside_narration(p.start))
                .or_else(|| subject.then(quoted_name).flatten())
                .or_else(|| self.body_opening(i).filter(|b| !outside_narration(b.start)));
            let subject = subject || relative_subject;
            if let Some(phrase) = phrase {
                let next = if subject {
                    i + 1
                } else {
                    phrase.end.max(i + 1)
                };
                let subject = subject || self.in_direct_case(&phrase);
                let name = self.split(&phrase).name;
                let full = (name.len() == 1)
                    .then(|| name_words.get(&skeleton(k.key(name.start))).cloned())
                    .flatten();
                if name.len() >= 2 {
                    name_words.extend(name.clone().map(|j| (skeleton(k.key(j)), name.clone())));
                }
                found.push(Antecedent {
                    phrase,
                    full,
                    subject,
                });
                i = next;
                continue;
            }
            i += 1;
        }
        found
    }

    /// The name right before the relative pronoun at token `relative`, past a copula or a
    /// comma between (`راچیل ڈینولینڈر تھیں جنہوں`, `نوئل شارکی، جنہوں`).
    fn named_before_relative(&self, relative: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let start = k.sentence(relative).start;
        let mut end = relative;
        while end > start && (k.is(end - 1, Roles::AUXILIARY) || k.key(end - 1) == "،") {
            end -= 1;
        }
        phrase_before(k, end, start)
    }

    /// A well-known body's name that opens the sentence at token `i` in the direct case
    /// (`اوپیک پیداوار میں کمی چاہتا ہے`, "OPEC wants a cut in production"): Urdu puts the
    /// subject first, so the body is what the sentence is about, and a later pronoun (`اس نے
    /// گذشتہ ماہ کہا تھا`) may point to it.
    fn body_opening(&self, i: usize) -> Option<Range<usize>> {
        let k = self.doc;
        if k.sentence(i).start != i || k.is_quoted(i) {
            return None;
        }
        k.body_at(i).filter(|b| self.in_direct_case(b))
    }

    /// Whether a titled name stands in the direct case, with no postposition after it
    /// (`نائب صدر این لوئز ہٹل اس بات سے اتفاق کرتی ہیں`): a person so named is the subject of
    /// the clause (a person as object takes `کو`), whom a pronoun may point to later. An
    /// auxiliary right after it means the phrase ran into a verb: no name. A quotation mark
    /// after a name that opens its sentence begins a name in marks within the clause
    /// (`پروفیسر نوئل شارکی ’قاتل روبوٹوں پر پابندی کی مہم‘ نامی تنظیم کے سربراہ ہیں`, "Professor
    /// Noel Sharkey is the head of the organisation called …"): no postposition follows the
    /// name, which Urdu puts first as the subject.
    fn in_direct_case(&self, phrase: &Range<usize>) -> bool {
        let k = self.doc;
        let next = phrase.end;
        let roles = k.roles(next);
        if k.is_quote_mark(next) && k.sentence(phrase.start).start == phrase.start {
            return true;
        }
        next < k.len()
            && k.is_word(next)
            && !roles.has(
                Roles::GENITIVE
                    | Roles::ERGATIVE
                    | Roles::POSSESSIVE
                    | Roles::STOP
                    | Roles::AUXILIARY,
            )
    }

    /// The phrase that a title at token `start` opens, up to the name after it: title words,
    /// places and genitives before titles, then the name's words (`وزیر اعلیٰ سندھ مراد علی
    /// شاہ`), ending at a function word, punctuation or a clause's marker.
    fn titled_name_at(&self, start: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP;
        let sentence_end = k.sentence(start).end;
        let mut end = start;
        while end < sentence_end && end - start < 8 && k.is_word(end) {
            let roles = k.roles(end);
            let genitive_before_title = roles.has(Roles::GENITIVE) && k.is(end + 1, title_like);
            // A pronoun (`این لوئز ہٹل اس بات سے …`), an indefinite article (`عمران خان ایک
            // تنظیم کے سربراہ ہیں`) or a well-known body's name (`یوساکا مائیزاوا سپیس ایکس کے
            // راکٹ …`) begins another phrase.
            let body = end > start + 1 && k.body_at(end).is_some();
            let stops = body
                || roles.has(Roles::CONNECTIVE | Roles::PRONOUN | Roles::INDEFINITE)
                || (roles.has(Roles::STOP | Roles::GENITIVE | Roles::ERGATIVE)
                    && !genitive_before_title);
            if stops {
                break;
            }
            end += 1;
        }
        (end > start + 1).then_some(start..end)
    }

    /// The last well-known body (`فیس بک`, `یونیسیف`) the text names before token `at`, no
    /// further back than [`GENERIC_ANTECEDENT`] tokens; not a political party, which a
    /// body's generic name (`ایجنسی`) does not point back to.
    fn body_before(&self, at: usize) -> Option<Range<usize>> {
        let k = self.doc;
        (at.saturating_sub(GENERIC_ANTECEDENT)..at)
            .rev()
            .find_map(|i| {
                k.body_at(i).filter(|b| {
                    b.end <= at && !k.org_at(i, b.end).is_some_and(|r| r.has(Roles::PARTY))
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
                self.quoted_name_ending(j).or_else(|| {
                    let name = j + words + 1;
                    let close = (name..phrase.start.min(name + QUOTED_NAME + 1))
                        .find(|&c| !k.is_word(c))?;
                    let after = k.is_quote_mark(name - 1) && close > name;
                    (after && k.is_quote_mark(close)).then_some(name..close)
                })
            })
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

    /// The speakers, in order of first mention.
    pub(crate) fn finish(self) -> Vec<Speaker<'a>> {
        self.entries.into_iter().map(|e| e.speaker).collect()
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
        if phrase.len() == 1 && self.doc.is(phrase.start, Roles::PRONOUN) {
            return self
                .resolve_pronoun(&phrase, marker)
                .ok_or(Reason::UnresolvedPronoun);
        }
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
                let found = self.resolve(phrase, None, true);
                self.last_issuer = found.ok().or(self.last_issuer);
                found
            }
            None => {
                let sentence = self.doc.sentence(cue.start);
                let statement =
                    (sentence.start..cue.start).any(|j| self.doc.is(j, Roles::STATEMENT));
                // A report's or statement's words with no issuer named (`رپورٹ میں بتایا گیا
                // کہ`) are the body's that the text last quoted, when a body it is; people may
                // have spoken since, its authors or others commenting on it (`رپورٹ مرتب کرنے
                // والے ماہرین میں شامل دلیپ رتھا کا کہنا ہے کہ`), but not from further back
                // than [`GENERIC_ANTECEDENT`] tokens. `اس میں` ("in it") before the cue points
                // back to such a document (`اس میں مزید کہا گیا ہے کہ`).
                let document = (sentence.start..cue.start)
                    .any(|j| self.doc.is(j, Roles::STATEMENT | Roles::DOCUMENT))
                    || in_it_before(self.doc, cue.start, sentence.start);
                let last_body = || {
                    self.topics
                        .iter()
                        .rev()
                        .take_while(|&&(_, at)| at + GENERIC_ANTECEDENT >= cue.start)
                        .map(|&(i, _)| i)
                        .find(|&i| {
                            self.entries
                                .get(i)
                                .is_some_and(|e| e.speaker.kind == SpeakerKind::Organization)
                        })
                };
                statement
                    .then_some(self.last_issuer)
                    .flatten()
                    .or_else(|| document.then(last_body).flatten())
                    .ok_or(Reason::NoIssuer)
            }
        }
    }

    /// The latest antecedent before token `at` (a subject, if `subject`), and where it
    /// stands.
    fn antecedent_before(&self, at: usize, subject: bool) -> Option<&Antecedent> {
        let n = self.antecedents.partition_point(|a| a.phrase.end <= at);
        self.antecedents
            .get(..n)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|a| !subject || a.subject)
    }

    /// A pronoun alone: the person the text is about, the more recent of the last topical
    /// speaker and the last named subject; no speaker if there is neither.
    fn resolve_pronoun(&mut self, phrase: &Range<usize>, marker: Option<usize>) -> Option<usize> {
        let with_marker = phrase.start..marker.map_or(phrase.end, |m| m + 1);
        if let Some(author) = relative_author(self.doc, phrase.start) {
            return Some(self.resolve_antecedent(&author, &with_marker));
        }
        let last_at = self.last.map(|(_, at)| at);
        if let Some(antecedent) = self.subject_since_last(phrase.start) {
            return Some(self.resolve_antecedent(&antecedent, &with_marker));
        }
        let Some(i) = self
            .returned_to(phrase.start, last_at)
            .or(self.last.map(|(i, _)| i))
        else {
            // Before anyone has spoken, a pronoun points to whoever the text named last in its
            // paragraph (`ڈاکٹر مجدی بدران کی تحقیق سے یہ بات ثابت ہوئی ہے کہ … ان کا کہنا ہے
            // کہ`, "Dr Magdy Badran's study proves … he says"). A name of more than three words
            // after a title has most likely run on into the sentence (`فاسٹ بولر وہاب ریاض ورلڈ
            // کپ میں`): no name to resolve to.
            let named = self
                .antecedent_before(phrase.start, false)
                .filter(|a| {
                    let name = self.split(&a.phrase).name.len();
                    self.doc.paragraph(a.phrase.start) == self.doc.paragraph(phrase.start)
                        && (1..=NAME_WORDS).contains(&name)
                })?
                .phrase
                .clone();
            return Some(self.resolve_antecedent(&named, &with_marker));
        };
        let mention = self.mention(&with_marker);
        self.add_mention(i, mention, phrase.start);
        Some(i)
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
        let (skeletons, joined) = self.name_keys(&parts.name);
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
        self.last.map(|(i, _)| i).ok_or(Reason::NoSpeakerPhrase)
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
        let last_at = self.last.map(|(_, at)| at);
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

    /// The last token of the phrase that ends a place's name.
    fn place_end(&self, phrase: &Range<usize>) -> Option<usize> {
        let span = self.doc.span(phrase);
        let from = self.places.partition_point(|(s, _)| s.start < span.start);
        let inside = self
            .places
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(s, _)| s.end <= span.end);
        inside
            .filter_map(|(s, _)| {
                phrase
                    .clone()
                    .rev()
                    .find(|&j| self.doc.tokens.bounds(j).is_some_and(|(_, e)| e == s.end))
            })
            .max()
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
                !acronym && k.is(j, title_like | Roles::AFFILIATION)
                    || (!surname && self.gazetteer.demonym_country_of_key(k.key(j)).is_some())
                    || k.is(j, Roles::GENITIVE)
            })
            .map(|j| j + 1)
            .max(self.place_end(phrase).map(|j| j + 1))
            .unwrap_or(phrase.start)
            .min(phrase.end);
        // A group word bound by izafat to what follows (`عالمی ادارۂ صحت`), or by `برائے`
        // ("for", key `براے`: `ادارہ برائے شماریات`), is part of the organization's name, not
        // a title before a name.
        let izafat = title_end
            .checked_sub(1)
            .filter(|&j| j >= phrase.start && title_end < phrase.end && k.is(j, Roles::GROUP))
            .and_then(|j| k.tokens.get(j))
            .is_some_and(|t| {
                t.normalized().ends_with(['ۂ', '\u{0650}']) || k.key(title_end) == "براے"
            });
        let title_end = if izafat { phrase.start } else { title_end };
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
        // A person's title before a well-known body's name and nothing else (`بانی فیس بک`,
        // "the founder of Facebook"; `چیئرمین پی ٹی آئی`) describes whoever holds the role
        // there: no name.
        // So does a title before an acronym (`ایم ڈی پی آئی اے`, "the MD of PIA").
        let spelled = |r: Range<usize>| r.len() >= 2 && r.clone().all(|j| k.is(j, Roles::LETTER));
        let role_at_body = title_end > phrase.start
            && k.is(title_end - 1, Roles::TITLE | Roles::LEADER)
            && (k.org_end_in(&(title_end..phrase.end)) == Some((title_end, phrase.end))
                || spelled(title_end..phrase.end));
        let title_end = if role_at_body { phrase.end } else { title_end };
        let title = phrase.start..title_end;
        // Someone described by the body they belong to (`X سے وابستہ`) is not that body.
        let affiliated = role_at_body || title.clone().any(|j| k.is(j, Roles::AFFILIATION));
        // A well-known body's name before a person's role (`ایپل کے چیف ایگزیکٹو ٹم کک`, `گوگل
        // سی ای او`) is where the person works: the phrase names the person.
        let named_person = works_at.is_some()
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
        // a portfolio after a group word is the body's name (`وزارت خزانہ`).
        let titled_person = title_end > phrase.start
            && k.is(title_end - 1, Roles::TITLE)
            && !k.is(title_end - 1, Roles::GROUP | Roles::AGENCY)
            && title
                .clone()
                .rev()
                .take_while(|&j| !k.is(j, Roles::GROUP | Roles::AGENCY))
                .any(|j| k.is(j, Roles::GENITIVE));
        let group = !affiliated
            && !titled_person
            && (izafat
                || title.clone().any(|j| k.is(j, Roles::GROUP))
                || phrase.clone().any(|j| k.is(j, Roles::AGENCY))
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
        let (skeletons, joined) = self.name_keys(&parts.name);
        if let Some(i) = self.known(&skeletons, &joined) {
            self.merge(i, mention, &parts, skeletons, title_text, at);
            return i;
        }
        // A word for a group of people as the name's head (`مقامی افراد`, `ذرائع`) names no
        // one person.
        let collective = parts
            .name
            .end
            .checked_sub(1)
            .is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        let kind = if parts.group {
            SpeakerKind::Organization
        } else if collective {
            SpeakerKind::Unknown
        } else {
            SpeakerKind::Person
        };
        // A body known by an acronym the text spells out (`قومی احتساب بیورو (نیب)`, then
        // `نیب نے`) is called by its full name.
        let long = (parts.name.len() == 1)
            .then(|| self.acronyms.get(k.key(parts.name.start)))
            .flatten()
            .cloned();
        let (name, name_words) = match long {
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
        if let Some(e) = self.entries.get_mut(i) {
            e.skeletons = skeletons;
            e.joined = joined;
            e.country = parts.country;
            e.leader = parts.leader;
            e.agency = mentioned.clone().any(|j| k.is(j, Roles::AGENCY))
                || k.org_roles_in(mentioned).has(Roles::AGENCY);
        }
        i
    }

    /// The skeletons of a name's words and the name's words joined: what
    /// [`known`](Self::known) compares.
    fn name_keys(&self, name: &Range<usize>) -> (HashSet<String>, String) {
        let words: Vec<String> = name.clone().map(|j| self.expand(self.doc.key(j))).collect();
        let skeletons = words
            .iter()
            .flat_map(|w| w.split(' '))
            .map(skeleton)
            .collect();
        (skeletons, words.concat())
    }

    /// The recent speaker a name with these keys names: one whose name words are a subset
    /// of its own or the other way round, or a short form of it.
    fn known(&self, skeletons: &HashSet<String>, joined: &str) -> Option<usize> {
        self.recent()
            .find(|(_, e)| {
                let subset = !e.skeletons.is_empty()
                    && (skeletons.is_subset(&e.skeletons) || e.skeletons.is_subset(skeletons));
                subset || short_form(joined, &e.joined)
            })
            .map(|(i, _)| i)
    }

    /// A description: a demonym and a leader's role, a role seen before, a body named by its
    /// kind; or a new speaker known by the description.
    fn resolve_description(&mut self, phrase: &Range<usize>, parts: &Parts) -> usize {
        let mention = self.mention(phrase);
        let d = self.describe(phrase, parts);
        if let Some(i) = self.described_before(&d).or_else(|| self.generic_body(&d)) {
            if parts.country.is_some() {
                self.name_more_fully(i, phrase);
            }
            self.add_mention(i, mention, phrase.start);
            return i;
        }
        if let Some(i) = self.body_by_kind(phrase, &d) {
            return i;
        }
        // With no body quoted yet, the generic name is the well-known body the text last
        // named (`فیس بک …`, then `کمپنی نے کہا`).
        if let Some(body) = self
            .is_generic(&d)
            .then(|| self.body_before(phrase.start))
            .flatten()
        {
            let body_parts = self.split(&body);
            if !body_parts.name.is_empty() {
                return self.resolve_name(phrase, body_parts);
            }
        }
        // Or the body the text named with that kind word (`لیکسس نامی کمپنی نے … تیار کیا`,
        // then `کمپنی کا خیال ہے`).
        if let Some(parts) = self
            .is_generic(&d)
            .then(|| d.head.and_then(|h| self.called_before(phrase.start, h)))
            .flatten()
        {
            return self.resolve_name(phrase, parts);
        }
        // A title the text gave a named person before (`وزیر اعلیٰ سندھ مراد علی شاہ …`,
        // then `وزیر اعلیٰ سندھ نے کہا`) names that person.
        if let Some(named) = self
            .titled_antecedent(&d)
            .filter(|_| !parts.group && !d.indefinite)
        {
            let named_parts = self.split(&named);
            return self.resolve_name(phrase, named_parts);
        }
        if let Some(i) = self.person_just_quoted(&d) {
            self.add_mention(i, mention, phrase.start);
            return i;
        }
        let kind = if parts.group {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Unknown
        };
        let speaker = Speaker {
            name: self.doc.text(phrase),
            kind,
            title: None,
            mentions: Vec::new(),
        };
        self.create(speaker, 0, &parts.title, mention, phrase.start)
    }

    /// A body known so far by its kind alone (`پولیس کے مطابق`) that the text then names
    /// more fully, with its country (`برطانوی پولیس کی جانب سے`), is called by the fuller
    /// name: it ends with the words it was known by.
    fn name_more_fully(&mut self, i: usize, phrase: &Range<usize>) {
        let k = self.doc;
        let description = k.keys_of(phrase);
        let text = k.text(phrase);
        if let Some(e) = self.entries.get_mut(i) {
            let longer = description
                .strip_suffix(e.description.as_str())
                .is_some_and(|before| before.ends_with(' '));
            let body = e.speaker.kind == SpeakerKind::Organization;
            if body && e.name_words == 0 && e.country.is_none() && longer {
                e.speaker.name = text;
                e.description = description;
            }
        }
    }

    /// What the description `phrase`, split into `parts`, tells.
    fn describe<'p>(&self, phrase: &'p Range<usize>, parts: &'p Parts) -> Description<'p> {
        let k = self.doc;
        let roles: Vec<String> = parts
            .title
            .clone()
            .filter(|&j| k.is(j, Roles::TITLE | Roles::LEADER))
            .map(|j| k.key(j).to_owned())
            .collect();
        let head = phrase.end.checked_sub(1);
        Description {
            phrase,
            parts,
            roles,
            head,
            group_head: parts.group && head.is_some_and(|j| k.is(j, Roles::GROUP)),
            indefinite: phrase.clone().any(|j| k.is(j, Roles::INDEFINITE)),
            body_words: parts
                .title
                .clone()
                .filter(|&j| k.is(j, Roles::INSTITUTION))
                .map(|j| k.key(j).to_owned())
                .collect(),
        }
    }

    /// The recent speaker that a description names again: one known by the same
    /// description (a body named by its kind, the body last named so), a leader of the same
    /// country, or one whose title holds every role word of the description.
    fn described_before(&self, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let parts = d.parts;
        let description = k.keys_of(d.phrase);
        let head_key = d.head.map_or("", |j| k.key(j));
        let country = &parts.country;
        self.recent()
            .filter(|_| !d.indefinite)
            .find(|(_, e)| {
                let same_country = country.is_some() && e.country == *country;
                // A body named by its kind again (`ایجنسی`, `ریٹنگ ایجنسی`, `برطانوی پولیس`):
                // one description's words are among the other's (`بلوچستان انوائرنمنٹ
                // پروٹیکشن ایجنسی` is not `میری ٹائم سکیورٹی ایجنسی`).
                let among = |a: &str, b: &str| a.split(' ').all(|w| b.split(' ').any(|x| x == w));
                let kind_again = d.group_head
                    && e.description.rsplit(' ').next() == Some(head_key)
                    && (among(&description, &e.description) || among(&e.description, &description));
                let same_description =
                    e.name_words == 0 && (e.description == description || kind_again);
                // A body shares a portfolio word with its head (`وزارت خزانہ`, `وزیر
                // خزانہ`; `وزیراعظم آفس`, `وزیراعظم`) but is not that person.
                let same_kind = if parts.group {
                    e.speaker.kind != SpeakerKind::Person
                } else {
                    e.speaker.kind != SpeakerKind::Organization
                };
                same_description
                    || (same_country && parts.leader && e.leader)
                    || ((same_country || country.is_none())
                        && same_kind
                        && !d.roles.is_empty()
                        && d.holds(&e.title_words))
            })
            .map(|(i, _)| i)
    }

    /// A body's generic name alone (`کمپنی`, `تنظیم`, `یونیورسٹی`, `اس کمپنی`) is the
    /// organization the text last quoted.
    fn generic_body(&self, d: &Description<'_>) -> Option<usize> {
        // The body mentioned last, not the one the text named first last.
        let organization = || {
            self.recent()
                .filter(|(_, e)| e.speaker.kind == SpeakerKind::Organization && e.name_words > 0)
                .max_by_key(|(_, e)| e.speaker.mentions.last().map(|m| m.span().start))
                .map(|(i, _)| i)
        };
        self.is_generic(d).then(organization).flatten()
    }

    /// A body described by its kind (`ریٹنگ ایجنسی`, `سابق حکمراں جماعت`: a group word last,
    /// no name, not indefinite) is, as news writes it, the body the text has named as a
    /// subject since the last speaker (`’فچ ریٹنگز‘ نے … کم کر دیا۔ … ریٹنگ ایجنسی کا کہنا تھا
    /// کہ`), or else the body just quoted; a kind in the plural (`ماہرین`) describes people.
    fn body_by_kind(&mut self, phrase: &Range<usize>, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let plural = d.head.is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        // The police or the army named by their kind are themselves (`پولیس نے عدالت کو
        // بتایا`), not the body quoted last.
        if d.head.is_some_and(|j| k.is(j, Roles::INSTITUTION)) {
            return None;
        }
        let owned = phrase.clone().any(|j| k.is(j, Roles::GENITIVE));
        // A place or a people in it, more words, or a well-known body's name make it a
        // body's own name (`پاکستان پیپلز پارٹی`, `افغان انڈیپینڈنٹ ہیومن رائٹس کمیشن`).
        let named = d.parts.country.is_some()
            || phrase.len() > KIND_WORDS
            || k.org_roles_in(phrase) != Roles::NONE;
        if !d.group_head || plural || d.indefinite || owned || named {
            return None;
        }
        // A bare name: one with a title is a person's.
        let antecedent = self
            .subject_since_last(phrase.start)
            .map(|a| self.split(&a))
            .filter(|parts| !parts.name.is_empty() && parts.title.is_empty());
        let i = match antecedent {
            Some(parts) => self.resolve_name(phrase, parts),
            None => {
                // A news agency is the channel of the news, not a body the kind describes
                // (`آئی این پی کے مطابق …۔ ہسپتال انتظامیہ کے مطابق`), unless the kind is an
                // agency's.
                let agency_kind = d.head.is_some_and(|j| k.is(j, Roles::AGENCY));
                let i = self.last.map(|(i, _)| i).filter(|&i| {
                    self.entries.get(i).is_some_and(|e| {
                        e.speaker.kind == SpeakerKind::Organization && (!e.agency || agency_kind)
                    })
                })?;
                let mention = self.mention(phrase);
                self.add_mention(i, mention, phrase.start);
                i
            }
        };
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.kind = SpeakerKind::Organization;
        }
        Some(i)
    }

    /// Whether a description is a body's generic name alone (`کمپنی`, `اس کمپنی`). A word for
    /// the people of a body (`پولیس حکام`, "police officials") names them, not the body; the
    /// police or the army (`پولیس`) are a body of their own.
    fn is_generic(&self, d: &Description<'_>) -> bool {
        let k = self.doc;
        d.group_head
            && !d
                .head
                .is_some_and(|j| k.is(j, Roles::COLLECTIVE | Roles::INSTITUTION))
            && d.phrase
                .clone()
                .all(|j| k.is(j, Roles::GROUP) || k.is(j, Roles::PRONOUN))
    }

    /// A person's role with nothing to tie it to (`ن لیگی رہنما`, `سابق وزیر اطلاعات`) is, as
    /// news writes it, a definite description of the person just quoted; a plural role
    /// (`ماہرین`, experts) describes a group, never that one person.
    ///
    /// A demonym in the role (`امریکی جمناسٹک اسٹار`) still describes that person, unless the
    /// person is known to be of another country; a country named in it (`جاپان کے وزیر
    /// تعلیم`) makes it an office, someone else, and so does a body that owns the role (`پی
    /// ایف اے کے چیئرمین`) unless the person was given that role.
    fn person_just_quoted(&self, d: &Description<'_>) -> Option<usize> {
        let k = self.doc;
        let last = self.last.map(|(i, _)| i);
        let plural = d.head.is_some_and(|j| k.is(j, Roles::COLLECTIVE));
        let country = &d.parts.country;
        let by_place = self.place_country(d.phrase).is_some();
        // A role at a body the phrase names (`پی ایف اے کے چیئرمین`, "the PFA's chairman"; `ایم
        // ڈی پی آئی اے`, "the MD of PIA") is that person only if the text gave them that role
        // before; a document's author (`رپورٹ کے مصنف`) is whoever the text is quoting on it,
        // and a leader's adviser (`وزیر اعظم کے مشیر`) may well be the adviser just quoted.
        let not_a_body = Roles::DOCUMENT | Roles::STATEMENT | Roles::TITLE | Roles::LEADER;
        let owned = d
            .phrase
            .clone()
            .skip(1)
            .any(|j| k.is(j, Roles::GENITIVE) && !k.is(j - 1, not_a_body))
            || (d.phrase.start + 1..d.phrase.end).any(|j| {
                k.org_at(j, d.phrase.end)
                    .is_some_and(|r| r.has(Roles::GROUP))
            })
            || acronym_after_title(k, d.phrase);
        let anaphoric = !d.parts.group
            && !plural
            && !d.indefinite
            && !d.roles.is_empty()
            && last.and_then(|i| self.entries.get(i)).is_some_and(|e| {
                e.speaker.kind == SpeakerKind::Person
                    && (country.is_none()
                        || (!by_place && (e.country.is_none() || e.country == *country)))
                    && (!owned || d.holds(&e.title_words))
            });
        last.filter(|_| anaphoric)
    }

    /// The latest titled name before `phrase` whose title holds every role word of the
    /// description (`وزیر اعلیٰ`). A plural role (`کچھ ماہرین`, some experts) describes a
    /// group, never one named person; and a name after one (`ناسا کے ماہرین سیٹلائٹ ڈیٹا …`,
    /// NASA's experts … satellite data) is no person's.
    fn titled_antecedent(&self, d: &Description<'_>) -> Option<Range<usize>> {
        let phrase = d.phrase;
        let plural = |r: &Range<usize>| r.clone().any(|j| self.doc.is(j, Roles::COLLECTIVE));
        if d.roles.is_empty() || plural(phrase) {
            return None;
        }
        let n = self
            .antecedents
            .partition_point(|a| a.phrase.end <= phrase.start);
        self.antecedents
            .get(..n)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|a| {
                // A subject known by its role alone names no one to resolve to.
                let parts = self.split(&a.phrase);
                let by_plural = plural(&parts.title);
                let title: Vec<String> = parts.title.map(|j| self.doc.key(j).to_owned()).collect();
                !parts.name.is_empty() && !by_plural && d.holds(&title)
            })
            .map(|a| a.phrase.clone())
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
        if self.topical {
            self.last = Some((i, at));
            self.topics.push((i, at));
        }
    }

    fn merge(
        &mut self,
        i: usize,
        mention: Mention<'a>,
        parts: &Parts,
        skeletons: HashSet<String>,
        title: Option<&'a str>,
        at: usize,
    ) {
        let name_text = self.doc.text(&parts.name);
        let title_words: Vec<String> = parts
            .title
            .clone()
            .map(|j| self.doc.key(j).to_owned())
            .collect();
        if let Some(e) = self.entries.get_mut(i) {
            if parts.name.len() > e.name_words {
                e.speaker.name = name_text;
                e.name_words = parts.name.len();
            }
            e.skeletons.extend(skeletons);
            if e.speaker.title.is_none() && title.is_some() {
                e.speaker.title = title;
                e.title_words = title_words;
            }
            e.country = e.country.take().or_else(|| parts.country.clone());
            e.leader |= parts.leader;
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
        self.entries.push(Entry {
            speaker,
            name_words,
            skeletons: HashSet::new(),
            joined: String::new(),
            description: if name_words == 0 {
                self.doc.keys_of(title_range)
            } else {
                String::new()
            },
            title_words,
            country: None,
            leader: false,
            agency: false,
        });
        let i = self.entries.len() - 1;
        self.add_mention(i, mention, at);
        i
    }
}

/// `LONG (SHORT)`: the short form's key → the long form's key.
fn find_acronyms(k: &Document<'_, '_>) -> HashMap<String, Range<usize>> {
    let mut found = HashMap::new();
    let len = k.len();
    for open in (0..len).filter(|&i| k.key(i) == "(") {
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
        let long_words = if read { 3 } else { short.len() + 2 };
        let long = open.saturating_sub(long_words).max(sentence.start)..open;
        let plain = |j: usize| k.is_word(j) && !k.is(j, Roles::STOP | Roles::GENITIVE);
        if spelled || long.clone().all(plain) {
            found.insert(k.keys_of(&short), long);
        }
    }
    found
}

/// For each sentence of `k`, how many sentences before it are in the first person, and the
/// total last (`میں` is "I" and "in": only the other first-person forms tell).
fn first_person_before(k: &Document<'_, '_>) -> Vec<usize> {
    let mut counts = Vec::with_capacity(k.sentences.len() + 1);
    let mut n = 0;
    counts.push(0);
    for sentence in &k.sentences {
        let first_person = sentence
            .clone()
            .any(|j| k.is(j, Roles::FIRST_PERSON) && !k.is(j, Roles::POSTPOSITION));
        n += usize::from(first_person);
        counts.push(n);
    }
    counts
}

/// The name in quotation marks right before the ergative marker at `marker` (`’فچ ریٹنگز‘
/// نے`): a short quoted term before a case marker is a name, the clause's subject. A work's
/// title (`فلم ’میری کوم‘ نے`) names no one.
fn quoted_name_before(k: &Document<'_, '_>, marker: usize) -> Option<Range<usize>> {
    let close = marker.checked_sub(1).filter(|&c| k.is_quote_mark(c))?;
    let mut start = close;
    while start > 0 && close - start < QUOTED_NAME && k.is_quoted(start - 1) && k.is_word(start - 1)
    {
        start -= 1;
    }
    let open = start.checked_sub(1).filter(|&o| k.is_quote_mark(o))?;
    let work = open.checked_sub(1).is_some_and(|w| k.is(w, Roles::WORK));
    (!work && start < close).then_some(start..close)
}

/// At most this many words in a body's description by its kind (`سابق حکمراں جماعت`).
const KIND_WORDS: usize = 3;

/// At most this many words in a quoted name.
const QUOTED_NAME: usize = 4;

/// Whether a title's words hold every role word, however the title spells its compounds
/// (`وزیراعظم` and `وزیر اعظم`, `وزیراعلیٰ` and `وزیر اعلیٰ` are one title).
fn holds_roles(title: &[String], roles: &[String]) -> bool {
    let joined = roles.concat();
    let runs = (0..title.len()).flat_map(|i| (i + 1..=title.len()).map(move |j| (i, j)));
    roles.iter().all(|r| title.contains(r))
        || (!joined.is_empty()
            && runs
                .filter_map(|(i, j)| title.get(i..j))
                .any(|run| run.concat() == joined))
}

/// Whether `phrase` ends with an acronym of two letters or more after a title (`ایم ڈی پی آئی
/// اے`, "the MD of PIA"): a role at a body.
fn acronym_after_title(k: &Document<'_, '_>, phrase: &Range<usize>) -> bool {
    let title = Roles::TITLE | Roles::LEADER;
    (phrase.start + 1..phrase.end.saturating_sub(1)).any(|t| {
        k.is(t - 1, title) && !k.is(t, title) && (t..phrase.end).all(|j| k.is(j, Roles::LETTER))
    })
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

//! Speech cues and the noun phrases of their speakers.
//!
//! Urdu is verb-final and marks the subject of a past transitive verb with the ergative
//! `نے`, so the speaker of `کہا کہ` is the noun phrase before the nearest `نے` to its left in
//! the same clause, however far (`پوتن نے … اجلاس میں انہیں سراہتے ہوئے کہا کہ`). A verb in
//! the present takes its subject unmarked (`ماہرین کہتے ہیں کہ`). A noun of saying takes its
//! speaker as a possessor (`X کا کہنا ہے کہ`), a postposition of source as an oblique
//! (`X کے مطابق`, `X کے بقول`). What was said follows the complementizer `کہ` to the end of
//! the sentence, or stands in quotation marks after the cue.

use std::ops::Range;

use crate::extract::diagnostics::Reason;
use crate::extract::document::Document;
use crate::extract::tense::is_aspect_auxiliary;
use crate::extract::vocabulary::{CueEntry, SpeechRule};
use crate::lexicon::words::Roles;
use crate::tokenize::TokenKind;

/// A speech cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub(crate) rule: SpeechRule,
    /// The cue's own tokens (the verb phrase, `کا کہنا ہے کہ`, `کے مطابق`).
    pub(crate) cue: Range<usize>,
    /// The speaker's noun phrase, with the marker after it (`نے`, `کا`, `کے`) if any.
    pub(crate) speaker: Option<Range<usize>>,
    pub(crate) marker: Option<usize>,
    /// What was said, when it follows `کہ` (indirect speech), up to the sentence's end.
    pub(crate) said: Option<Range<usize>>,
    /// The first token after the cue (and its `کہ` or `:`): a quotation opening there is
    /// what the cue introduces.
    pub(crate) after: usize,
    /// Whether the cue reports speech that another cue's speaker reports (it stands inside
    /// that cue's clause): its speaker is not the one the text goes on about.
    pub(crate) nested: bool,
    /// Whether the cue stands inside quotation marks: someone's quoted words report it.
    pub(crate) quoted: bool,
    /// Whether the cue's subject is left unsaid (a present verb with no noun phrase before
    /// it, `… اس خط میں لکھتے ہیں`): it is the person the text is about.
    pub(crate) zero_subject: bool,
}

impl CueMatch {
    /// A frame that introduces the quotation opening at token `after` with a verb the cue
    /// list does not give (a `کہ` or a colon after a clause, a speaker's heading, the word
    /// for slogans): its cue's tokens, its speaker's phrase and the speaker's marker.
    pub(crate) fn frame(
        cue: Range<usize>,
        speaker: Option<Range<usize>>,
        marker: Option<usize>,
        after: usize,
    ) -> CueMatch {
        CueMatch {
            rule: SpeechRule::Verb,
            cue,
            speaker,
            marker,
            said: None,
            after,
            nested: false,
            quoted: false,
            zero_subject: false,
        }
    }

    /// Whether the cue is a slogan's frame: the word for slogans after the words it
    /// introduces (`لوگ ’’…‘‘ کے نعرے لگاتے رہے`), not a report of speech.
    pub(crate) fn is_chant(&self) -> bool {
        self.after < self.cue.start
    }
}

/// Whether a cue inside quotation marks reports someone else's speech by name: it has
/// words of its own, and its speaker is a named phrase, neither a pronoun nor the first
/// person.
fn reports_another(k: &Document<'_, '_>, m: &CueMatch) -> bool {
    let own_words = m.said.is_some() || k.is_quote_mark(m.after);
    let named = m
        .speaker
        .as_ref()
        .is_some_and(|s| !(s.len() == 1 && k.is(s.start, Roles::PRONOUN | Roles::INDEFINITE)));
    own_words && named && !first_person(k, m)
}

/// The longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 9;

/// At most this many words between an honorific (`جناب`) and a speaker phrase as long as any,
/// which the honorific then opens.
const HONORIFIC_REACH: usize = 3;

/// Whether `key` is an honorific that stands before a name (`جناب`, `مسٹر`, "Mr"; `محترمہ`,
/// `شریمتی`, "Mrs").
pub(crate) fn is_honorific(key: &str) -> bool {
    matches!(key, "جناب" | "مسٹر" | "محترمہ" | "شریمتی")
}
/// How far (in tokens) a subject may stand before its verb (`پوتن نے … کہا کہ`): far
/// enough for the longest Urdu clauses, and a bound that keeps the search linear.
pub(crate) const SUBJECT_DISTANCE: usize = 80;
/// How many earlier cues are looked at for one that holds a later cue (always in the same
/// sentence, so a few are enough; the bound keeps the pass linear).
const OUTER_LOOKBACK: usize = 16;
/// How deep reports may nest (`X نے کہا کہ Y نے کہا کہ Z نے کہا کہ …`). News nests speech two
/// deep at most (a speaker reporting someone who quotes a third); a frame deeper than this
/// is read as a new report, which ends every report it would be inside. Without the bound,
/// an endless sentence of frames would give quotations that each run to its end: output
/// that grows as the square of the input.
const MAX_NESTING: usize = 3;
/// How many words may stand between a possessor's `کا` and the noun of saying
/// (`X کا اپنے بیان میں کہنا ہے`).
const POSSESSOR_GAP: usize = 4;

/// At most this many words between a possessor and its noun of saying when a participle
/// clause stands between them (`X کا … کرتے ہوئے کہنا تھا`).
const PARTICIPLE_GAP: usize = 10;

/// At most this many tokens in a relative clause between a subject and its case marker.
const RELATIVE_CLAUSE: usize = 32;

/// At most this many words between a relative pronoun that is a verb's subject and the verb
/// (`جو یہ دعویٰ کرتے ہیں`).
const RELATIVE_REACH: usize = 4;

/// A cue whose words were found but which gave no speech, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rejected {
    pub(crate) cue: Range<usize>,
    pub(crate) reason: Reason,
}

/// Every speech cue of the text, in text order; the cues whose words were found but whose
/// grammar did not hold go to `rejected`, when asked for. A cue inside quotation marks is
/// the quoted speaker's words; it is kept only where the quoted speaker reports someone
/// else's speech by name (`’ قطری وزیر توانائی کا کہنا تھا کہ …‘`): a nested quotation.
pub(crate) fn find_cues(
    k: &Document<'_, '_>,
    mut rejected: Option<&mut Vec<Rejected>>,
) -> Vec<CueMatch> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < k.len() {
        let matched = match cue_at(k, i) {
            Some(Ok(m)) if m.quoted && !reports_another(k, &m) => Err(Rejected {
                cue: m.cue.clone(),
                reason: Reason::InsideQuotation,
            }),
            Some(Ok(m)) => Ok(m),
            Some(Err(r)) => Err(r),
            None => {
                i += 1;
                continue;
            }
        };
        match matched {
            Ok(m) => {
                i = m.cue.end.max(i + 1);
                found.push(m);
            }
            Err(r) => {
                if let Some(out) = rejected.as_deref_mut() {
                    out.push(r);
                }
                i += 1;
            }
        }
    }
    settle_nested(k, &mut found, rejected);
    found
}

/// Frames that introduce a quotation with a verb the cue list does not know: a quotation
/// that opens right after `کہ` or a colon is what the subject of the clause before says
/// (`انھوں نے یہ جواب دے کر انکار کر دیا کہ ’…‘`: whatever the verb, the words after `کہ` in
/// quotation marks are its subject's). The frame's cue is the `کہ` or colon; its speaker the
/// clause's ergative subject, when it has one. Quotations that a cue already introduces are
/// left alone.
pub(crate) fn quotation_frames(
    k: &Document<'_, '_>,
    pairs: &[crate::extract::pairing::QuotePair],
    cues: &[CueMatch],
) -> Vec<CueMatch> {
    let mut introduced: Vec<usize> = cues.iter().map(|c| c.after).collect();
    introduced.sort_unstable();
    pairs
        .iter()
        .filter_map(|p| {
            let before = p.open.checked_sub(1)?;
            let opens_speech = k.is(before, Roles::COMPLEMENTIZER) || k.key(before) == ":";
            if !opens_speech || introduced.binary_search(&p.open).is_ok() || k.is_quoted(before) {
                return None;
            }
            let sentence = k.sentence(before);
            let marker = ergative_before(k, before, sentence.start, false)?;
            Some(CueMatch::frame(
                before..p.open,
                phrase_before(k, marker, sentence.start),
                Some(marker),
                p.open,
            ))
        })
        .collect()
}

/// Gives a passive cue with no issuer named the speaker whose speech act, with nothing said
/// of its own, the sentence before reports (`آئی سی سی نے عوام سے معلومات دینے کی اپیل کی
/// ہے۔ … اس کے بارے میں دعویٰ کیا گیا ہے کہ`, "the ICC has appealed to the public …; of him
/// it is claimed that …"; `X نے … خط لکھا ہے۔ خط میں کہا گیا ہے کہ`): the statement is what
/// that act put out. The speaker is the act's subject with `نے`, or a body. Not when the
/// cue tells someone, nor in the reporter's aside. `cues` are in text order.
pub(crate) fn issuers_of_acts_before(k: &Document<'_, '_>, cues: &mut [CueMatch]) {
    let mut act: Option<(usize, Range<usize>)> = None;
    for c in cues.iter_mut() {
        let Some(here) = k.sentence_index(c.cue.start) else {
            continue;
        };
        if c.rule == SpeechRule::Passive && c.speaker.is_none() {
            if let Some((there, actor)) = act.as_ref() {
                let own = || !tells_someone(k, c.cue.start) && !in_aside(k, c.cue.start);
                if there + 1 == here && own() {
                    c.speaker = Some(actor.clone());
                }
            }
            continue;
        }
        let nothing_said = c.said.is_none() && !k.is_quote_mark(c.after);
        let actor = c.speaker.clone().filter(|s| {
            c.marker.is_some()
                || s.clone().any(|j| k.is(j, Roles::GROUP))
                || k.org_end_in(s).is_some()
        });
        act = match actor {
            Some(a) if nothing_said && !c.quoted => Some((here, a)),
            _ => None,
        };
    }
}

/// The dative postposition and the oblique pronouns that mark whom a passive cue tells
/// something (`کو`, `اسے`, `انہیں`).
const ADDRESSEES: [&str; 7] = ["کو", "اسے", "انہیں", "انھیں", "ہمیں", "مجھے", "تمہیں"];

/// Whether the passive cue at token `at` names whom it tells (`صارفین کو آگاہ کیا گیا`, `اسے
/// بتایا گیا`, "it was told"): the one told is not the teller, and the words may be anyone's.
pub(crate) fn tells_someone(k: &Document<'_, '_>, at: usize) -> bool {
    at.checked_sub(1)
        .is_some_and(|p| ADDRESSEES.contains(&k.key(p)))
}

/// Whether token `at` stands in the reporter's aside (`واضح رہے کہ`, `یاد رہے کہ`: "be it
/// noted that"), which turns to background the report before did not give: the aside's
/// words stand in its sentence, no further back than a subject from its verb.
fn in_aside(k: &Document<'_, '_>, at: usize) -> bool {
    let sentence = k.sentence(at);
    (sentence.start.max(at.saturating_sub(SUBJECT_DISTANCE))..at).any(|j| aside_at(k, j))
}

/// Whether the reporter's aside opens at token `j`: `واضح رہے کہ`, `یاد رہے کہ`, `خیال رہے
/// کہ` ("be it noted that").
pub(crate) fn aside_at(k: &Document<'_, '_>, j: usize) -> bool {
    matches!(k.key(j), "واضح" | "یاد" | "خیال")
        && k.key(j + 1) == "رہے"
        && k.is(j + 2, Roles::COMPLEMENTIZER)
}

/// Where a cue's frame begins: its speaker's phrase, or the cue itself.
pub(crate) fn frame_start(c: &CueMatch) -> usize {
    c.speaker
        .as_ref()
        .map_or(c.cue.start, |s| s.start.min(c.cue.start))
}

/// Whether a cue's speaker is the first person (`میں نے کہا`, `ہم نے کہا`, `ہم مطالبہ کرتے ہیں`):
/// inside someone's words, that is the speaker speaking of themselves.
fn first_person(k: &Document<'_, '_>, c: &CueMatch) -> bool {
    // The subject of a present verb stands without a marker (`ہم مطالبہ کرتے ہیں کہ`).
    let unmarked = c
        .speaker
        .as_ref()
        .filter(|s| c.marker.is_none() && s.len() == 1)
        .map(|s| s.start);
    c.marker
        .and_then(|m| m.checked_sub(1))
        .or(unmarked)
        .is_some_and(|p| k.is(p, Roles::FIRST_PERSON))
}

/// Whether a speaker's phrase is the first-person subject pronoun alone (`میں`, `ہم`; not a
/// possessive, `میری`, which may be a name's last word).
pub(crate) fn first_person_subject(k: &Document<'_, '_>, phrase: &Range<usize>) -> bool {
    phrase.len() == 1
        && matches!(k.key(phrase.start), "میں" | "ہم")
        && k.is(phrase.start, Roles::FIRST_PERSON)
}

/// A cue inside what an earlier cue reports (`outer`'s clause runs over it) is one of three
/// things:
/// - the reported speaker's own words: a first-person frame (`ہم نے کہا تھا`), a frame whose
///   subject is left unsaid (`… ہوتے تو ہمیشہ کہتے کہ`), or a frame with no words of its own
///   (`عمران خان نے … کا کہا تھا`): dropped;
/// - speech the outer speaker reports (nested): no clause ends between the start of the
///   outer's clause and the new frame (`کہا کہ فواد چوہدری کہتے ہیں …`, `ڈان کے مطابق نیو یارک
///   کی ریٹنگ ایجنسی کا کہنا تھا کہ …`): both stay, the inner inside the outer;
/// - a new report in the same run-on sentence (`X نے کہا کہ … ہیں جس پر Y نے کہا کہ …`,
///   common where `۔` is left out): a clause ends before the new frame (an auxiliary, a
///   connective, a comma), and every clause it stands in stops where it begins, less the
///   connectives and punctuation before it.
///
/// Sources one after another in an unpunctuated paragraph (`X کے مطابق … Y کے مطابق …`) are
/// the last case.
fn settle_nested(
    k: &Document<'_, '_>,
    cues: &mut Vec<CueMatch>,
    mut rejected: Option<&mut Vec<Rejected>>,
) {
    let mut kept: Vec<CueMatch> = Vec::with_capacity(cues.len());
    for c in cues.drain(..) {
        let start = frame_start(&c);
        let holds = |o: &CueMatch| {
            o.said
                .as_ref()
                .is_some_and(|s| s.start <= start && start < s.end)
        };
        let window = kept.len().saturating_sub(OUTER_LOOKBACK);
        let recent = kept.get(window..).unwrap_or_default();
        let Some(outer) = recent.iter().rev().find(|o| holds(o)) else {
            // A negated frame reports nothing, and introduces no quotation either (`یہ نہیں
            // کہہ رہے کہ ’اومواموا‘ یقیناً …`).
            if negated_at(k, c.cue.start) {
                reject(&mut rejected, c.cue, Reason::NothingSaid);
            } else if to_the_reader(k, &c) {
                reject(&mut rejected, c.cue, Reason::ToTheReader);
            } else {
                kept.push(c);
            }
            continue;
        };
        // How many reports the frame is inside.
        let depth = recent.iter().filter(|o| holds(o)).count();
        let Some(said) = outer.said.clone() else {
            continue;
        };
        let outer_rule = outer.rule;
        let own_words = c.said.is_some() || k.is_quote_mark(c.after);
        // A negated frame has no words of its own, but one with the reporter's pronoun as its
        // subject (`تاہم انہوں نے یہ نہیں بتایا کہ`) is the reporter's next sentence all the
        // same. (Inside what was said, `حکومت نے کبھی نہیں کہا کہ` is the speaker's words.)
        let negated = negated_at(k, c.cue.start) && reporters_pronoun(k, &c);
        // A frame with its subject left unsaid inside a report (`… کہا کہ وہ کوچ ہوتے تو ہمیشہ
        // کہتے کہ …`, "he said that were he coach he would always say that …") is the
        // speaker's: Urdu leaves out the subject the sentence is about, and speech the
        // speaker reports of themself is part of their words, not a second quotation.
        // (Not a verb joined to the one before by a connective, `… اور کہا کہ`, `بلکہ یہ کہہ
        // رہے ہیں کہ`, or after a participial clause, `… کو مخاطب کرتے ہوئے کہا کہ`: the
        // reporter's next sentence, a second report of the speaker's, quoted on its own. Nor
        // one whose subject is a relative pronoun, `… فکسرز جو یہ دعویٰ کرتے ہیں کہ`: those
        // it points back to speak.)
        let relative = (c.cue.start.saturating_sub(RELATIVE_REACH).max(said.start)..c.cue.start)
            .any(|j| k.is(j, Roles::RELATIVE));
        let own_report = c.zero_subject
            && !relative
            && start > said.start
            && !joined_to_clause_before(k, c.cue.start, said.start)
            && !after_participle(k, c.cue.start, said.start);
        let drop = if first_person(k, &c) || own_report {
            Some(Reason::SpeakersOwnWords)
        } else if !own_words && !negated {
            Some(Reason::NoWordsOfItsOwn)
        } else {
            None
        };
        if let Some(reason) = drop {
            reject(&mut rejected, c.cue, reason);
            continue;
        }
        // `انہوں نے` ("he/she/they", the ergative pronoun) is how the reporter refers back to
        // a speaker: a frame with it as subject starts the reporter's next sentence, even
        // where no clause end the rules know stands before it (`… بھروسہ نہیں کرو انہوں نے کہا
        // کہ …`, an imperative).
        // (A source's report, `ٹی وی کے مطابق انہوں نے کہا کہ`, credits the frame after it.)
        let reporters = outer_rule != SpeechRule::Source && reporters_pronoun(k, &c);
        // A frame in a relative clause on the outer's words (`… الزام کو مسترد کرتا ہے جس میں
        // مائیک پینس نے کہا تھا کہ …`, "the charge in which Pence had said …") is part of
        // what the outer speaker says, wherever their clause ended.
        let relative = start
            .checked_sub(2)
            .is_some_and(|r| relative_in(k, r) && said.start < r);
        // `اس پر` / `جس پر` ("on this", "on which") before a frame opens the reporter's account
        // of a reply (`… جمع کروائیں اس پر چیف جسٹس نے کہا کہ`): a new report.
        let reply = start >= 2 && on_which(k, start - 1) && said.start + 2 <= start;
        // A frame that opens what the outer speaker said (`X کا کہنا تھا کہ انہوں نے … سے
        // درخواست کی ہے کہ …`, "X said that he had requested … that …") is part of it.
        let opens_said = start <= said.start;
        let nested = depth < MAX_NESTING
            && (opens_said
                || (!reporters
                    && !reply
                    && (relative || !clause_ends_between(k, said.start + 1, start))));
        if !nested {
            // A frame with no subject begins with its participial clause, if any.
            let begins = c
                .zero_subject
                .then(|| participle_clause(k, c.cue.start, said.start))
                .flatten()
                .unwrap_or(start);
            // A new report ends every report it stands inside, not only the nearest: the
            // reporter has taken the account up again (`X نے کہا ہے لوگوں نے کہا کہ … Y نے کہا`
            // ends X's words as well as the people's).
            for e in kept.get_mut(window..).unwrap_or_default() {
                if let Some(said) = e.said.as_mut().filter(|s| s.contains(&start)) {
                    said.end = trim_connectives(k, said.start, begins).max(said.start + 1);
                }
            }
        }
        // A negated frame, dropped now, has still ended the report it stood in when it is a
        // new one (`… حالت اچھی ہے تاہم انہوں نے یہ نہیں بتایا کہ`).
        if !own_words {
            reject(&mut rejected, c.cue, Reason::NoWordsOfItsOwn);
            continue;
        }
        kept.push(CueMatch { nested, ..c });
    }
    *cues = kept;
}

/// Records, when asked for, that the cue at `cue` was dropped, and why.
fn reject(rejected: &mut Option<&mut Vec<Rejected>>, cue: Range<usize>, reason: Reason) {
    if let Some(out) = rejected.as_deref_mut() {
        out.push(Rejected { cue, reason });
    }
}

/// The cue's subject when it is one word.
fn lone_subject(c: &CueMatch) -> Option<usize> {
    c.speaker.as_ref().filter(|s| s.len() == 1).map(|s| s.start)
}

/// Whether a cue's subject is the ergative pronoun alone (`انہوں نے`), how the reporter
/// refers back to a speaker.
fn reporters_pronoun(k: &Document<'_, '_>, c: &CueMatch) -> bool {
    lone_subject(c).is_some_and(|s| k.is(s, Roles::ERGATIVE_PRONOUN))
}

/// Whether the cue's subject is the reader, `آپ` ("you") in the reporter's words: a page's
/// prompt (`آپ کی رائے :`, "your opinion:") or a question put to its readers (`آپ کے خیال
/// میں … ؟`). A reporter addresses no speaker so; inside quotation marks `آپ` is whom the
/// speaker addresses, and the cue is handled as the speaker's words.
fn to_the_reader(k: &Document<'_, '_>, c: &CueMatch) -> bool {
    lone_subject(c).is_some_and(|s| k.key(s) == "آپ" && !k.is_quoted(s))
}

/// Whether the verb at token `verb` is negated: `نہیں` or `نہ` right before it.
fn negated_at(k: &Document<'_, '_>, verb: usize) -> bool {
    verb.checked_sub(1)
        .is_some_and(|p| matches!(k.key(p), "نہیں" | "نہ"))
}

/// Whether a clause ends between tokens `from` and `to`: an auxiliary or a modal (Urdu is
/// verb-final), a connective, or punctuation stands there; a number does not (`کہا کہ 2
/// نومبر 2007 کو X نے کہا تھا کہ`: a date opens the clause that reports X). (The caller
/// starts after what was said begins: a connective there opens it, `کہا کہ جب … نے کہا کہ`,
/// and ends nothing.)
fn clause_ends_between(k: &Document<'_, '_>, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        k.is(j, Roles::AUXILIARY | Roles::MODAL | Roles::CONNECTIVE)
            || (!opens_words(k, j) && !k.is_quote_mark(j))
            // A negation with no auxiliary after it ends a clause whose copula it stands for
            // (`… کو فوری طور پر ایل این جی کی ضرورت نہیں متعلقہ وزارت کے مطابق`).
            || (k.is(j, Roles::NEGATION) && j + 1 == to)
    })
}

/// `end`, moved back over the punctuation, connectives and their adverbs (`،`, `اور`, `تاہم`,
/// `جس پر`, `اور ساتھ ہی`) that stand before it, no further than `start`.
fn trim_connectives(k: &Document<'_, '_>, start: usize, mut end: usize) -> usize {
    while end > start {
        let j = end - 1;
        let punctuation = !k.is_word(j) && !k.is_quote_mark(j);
        if j > start && on_which(k, j) {
            end -= 2;
        } else if punctuation || k.is(j, Roles::CONNECTIVE | Roles::ADDITIVE) {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// Whether token `j` is the `پر` of `جس پر`, `اس پر` ("on which", "on this": `پر` after a
/// relative or demonstrative); the caller checks that `j - 1` is a token.
fn on_which(k: &Document<'_, '_>, j: usize) -> bool {
    k.key(j) == "پر" && matches!(k.key(j - 1), "جس" | "اس")
}

/// What follows a cue's words: auxiliaries, then `کہ`, or `:` (or `،` before a quotation).
struct Frame {
    /// The first token after the auxiliaries.
    after: usize,
    complementizer: bool,
    colon: bool,
}

/// The frame after a cue's words ending at `end`, within `sentence`; `verb` if the cue is a
/// verb (not a noun of saying or a source's postposition).
fn frame_after(k: &Document<'_, '_>, end: usize, sentence: &Range<usize>, verb: bool) -> Frame {
    let past_auxiliaries = |mut at: usize| {
        while at < sentence.end && k.is(at, Roles::AUXILIARY) {
            at += 1;
        }
        at
    };
    let mut after = past_auxiliaries(end);
    // A verb of perception after the participle is part of the verb (`کہتے نظر آتے ہیں`, "are
    // seen saying"; `کہتے سنائی دیے کہ`, "were heard saying that"): what was said comes after
    // it, not the perception.
    if after + 1 < sentence.end && perceived(k, after) {
        after = past_auxiliaries(after + 2);
    }
    // The continuative, an imperfect participle with `آنا` (`مطالبہ کرتی آ رہی ہیں کہ`, "have
    // been demanding that"; `کہتے آئے ہیں کہ`, "have long said that"), is one verb: what was
    // said comes after `آنا` and its auxiliaries.
    if after == end && after + 1 < sentence.end && continuative(k, after) {
        after = past_auxiliaries(after + 1);
    }
    // A comma typed before `کہ` (`نے کہا ہے ، کہ`) leaves it the verb's complementizer.
    if after + 1 < sentence.end
        && matches!(k.key(after), "،" | ",")
        && k.is(after + 1, Roles::COMPLEMENTIZER)
    {
        after += 1;
    }
    let inside = after < sentence.end;
    // `کہا: ’…‘` and `کہا،’’…‘‘`: a colon or comma, then the quotation.
    let colon =
        inside && (k.key(after) == ":" || (k.key(after) == "،" && k.is_quote_mark(after + 1)));
    // `کی` or `کے` right after a speech verb is `کہ` mistyped (`انہوں نے کہا کی اس خطے میں …`,
    // `بومن ایرانی نے کہا کے مجھے …`): a genitive never follows a verb. (It does follow a noun
    // of saying with no auxiliary after it: `اتفاق رائے کے بغیر`, "without consensus".)
    let noun_alone = after == end && !verb;
    let mistyped = matches!(k.key(after), "کی" | "کے")
        && !noun_alone
        && !matches!(k.key(after + 1), "جانب" | "طرف" | "بعد" | "مطابق" | "بموجب");
    Frame {
        after,
        complementizer: inside && (k.is(after, Roles::COMPLEMENTIZER) || mistyped),
        colon,
    }
}

/// Whether a quotation mark at token `at`, right after a verb of saying, opens words that no
/// mark closes (`سونم نے کہا ’’ میں تمام عقائد کے لوگوں سے پیار کرتی ہوں اور …`, typed with
/// its closing mark lost): what follows is what was said, in the speaker's own words, up
/// to where its clause ends. A mark there closes nothing (what a verb of saying is followed
/// by is what it says), and one the pairing closed is a quotation already.
pub(crate) fn left_open_at(k: &Document<'_, '_>, at: usize) -> bool {
    let mut last = at;
    // (A doubled mark drawn with a space inside is two tokens.)
    while k.is_quote_mark(last + 1) {
        last += 1;
    }
    k.is_quote_mark(at) && !k.is_quoted(at) && !k.is_quoted(last + 1) && opens_words(k, last + 1)
}

/// Whether the cue at token `i` refuses an act (`تبصرہ کرنے سے انکار کر دیا کہ …`, "declined
/// to comment on when …"): `انکار` after an infinitive and `سے`, where `کہ` after it names
/// what the act was about. (`اس بات سے انکار کیا کہ`, "denied that", reports words.) Kept
/// out of line: it is asked only of a cue found.
#[inline(never)]
fn refusal(k: &Document<'_, '_>, i: usize) -> bool {
    k.key(i) == "انکار"
        && i >= 2
        && k.key(i - 1) == "سے"
        && k.key(i - 2).ends_with("نے")
        && !k.is(i - 2, Roles::ERGATIVE)
}

/// Whether a verb of perception stands at token `j` (`نظر آنا`, "to be seen"; `دکھائی دینا`,
/// `سنائی دینا`, "to be seen, heard"), in any form of its light verb.
fn perceived(k: &Document<'_, '_>, j: usize) -> bool {
    let light = k.key(j + 1);
    match k.key(j) {
        "نظر" => light.starts_with('آ'),
        "دکھائی" | "سنائی" => light.starts_with("دی") || light.starts_with("دے"),
        _ => false,
    }
}

/// Whether token `j` is a form of `آنا` ("come") after an imperfect participle (`کرتی آ`,
/// `کہتے آئے`): the continuative aspect. The caller checks that `j - 1` is a token. (The
/// match key of `آئے` is `آے`, see [`Keyer`](crate::extract::keys::Keyer).)
fn continuative(k: &Document<'_, '_>, j: usize) -> bool {
    matches!(k.key(j), "آ" | "آیا" | "آئی" | "آے" | "آئیں")
        && ["تا", "تی", "تے"].iter().any(|e| k.key(j - 1).ends_with(e))
}

/// The cue whose words start at token `i`, if there are any: the cue, or why its grammar
/// does not hold.
fn cue_at(k: &Document<'_, '_>, i: usize) -> Option<Result<CueMatch, Rejected>> {
    let cues = k.vocabulary.cues_from(k.sym(i));
    // Most tokens begin no cue: their sentence (a binary search) is not looked up, and the
    // rest is out of line, which keeps the loop over every token small.
    if cues.is_empty() {
        return None;
    }
    cue_from(k, i, cues)
}

/// The cue among `cues` (those whose first word is token `i`'s) whose words start at token
/// `i`, if any: see [`cue_at`].
#[inline(never)]
fn cue_from(
    k: &Document<'_, '_>,
    i: usize,
    cues: &[CueEntry],
) -> Option<Result<CueMatch, Rejected>> {
    let sentence = k.sentence(i);
    let entry = cues.iter().find(|c| {
        c.words
            .iter()
            .enumerate()
            .all(|(n, &w)| i + n < sentence.end && k.sym(i + n) == w)
    })?;
    let words = i..i + entry.words.len();
    Some(grammar_at(k, i, entry, &sentence).map_err(|reason| Rejected { cue: words, reason }))
}

/// The cue of `entry` at token `i` in `sentence`, if its grammar holds.
fn grammar_at(
    k: &Document<'_, '_>,
    i: usize,
    entry: &CueEntry,
    sentence: &Range<usize>,
) -> Result<CueMatch, Reason> {
    let end = i + entry.words.len();
    // A verb of asking in the passive (`X سے جب پوچھا گیا کہ`, `سوال کیا گیا کہ`) puts a
    // question to someone: nobody's reported words, whatever stands before it (a `جب` there
    // is no clause whose subject the verb shares).
    if k.is(i, Roles::ASKING) && passive_auxiliary(k, end) {
        return Err(Reason::QuestionPutToSomeone);
    }
    if refusal(k, i) {
        return Err(Reason::Refusal);
    }
    let verb = !matches!(entry.rule, SpeechRule::Possessive | SpeechRule::Source);
    let mut frame = frame_after(k, end, sentence, verb);
    // `ایسی … کہ` ("such … that"): after a correlative in the verb's clause, `کہ` opens a
    // clause of result, not what was said (`اس نے ایسی دلخراش کہانی سنادی کہ ہر سننے والا افسردہ
    // ہو جائے`, "she told such a harrowing story that anyone who hears it is saddened").
    if frame.complementizer && such_before(k, i, sentence.start) {
        frame.complementizer = false;
    }
    let said_start = frame.after + 1;
    // After a colon, words with no quotation mark before them are what was said, up to the
    // sentence's end (`ایک ٹوئٹر صارف نے لکھا: مبارک ہو پرینکا، …`).
    let words_after_colon = frame.colon && said_start < sentence.end && opens_words(k, said_start);
    // A negated verb of saying (`X نے یہ نہیں بتایا کہ حکومت کو کتنی امداد ملے گی`, "X did not
    // say how much aid …"; `کچھ نہیں کہا جا سکتا کہ`) reports nothing said: what follows is
    // what was left unsaid. It is still a frame, which ends a clause that runs up to it.
    let negated = i > sentence.start && negated_at(k, i);
    let left_open = verb && !frame.complementizer && !frame.colon && left_open_at(k, frame.after);
    let said = if negated {
        None
    } else if frame.complementizer || words_after_colon {
        Some(said_start..said_end(k, said_start, sentence.end))
    } else if left_open {
        Some(frame.after..said_end(k, frame.after, sentence.end))
    } else {
        bare_complement(k, i, entry, &frame, sentence)
    };
    let cue_end = if frame.complementizer || frame.colon {
        frame.after + 1
    } else {
        frame.after
    };
    let m = CueMatch {
        rule: entry.rule,
        cue: i..cue_end,
        speaker: None,
        marker: None,
        said,
        after: cue_end,
        nested: false,
        quoted: k.is_quoted(i),
        zero_subject: false,
    };
    match entry.rule {
        SpeechRule::Verb => verb_cue(k, m, sentence),
        // A present form before `ہوئے` is a conjunctive participle (`پولیس نے واقعے کو
        // ’دہشت گردی‘ قرار دیتے ہوئے تحقیقات شروع کر دیں`, "the police, calling the incident
        // 'terrorism', began an inquiry"): it shares the main clause's subject, which takes
        // the ergative `نے` when the main verb is a past transitive. (Before a speech verb,
        // `… استفسار کرتے ہوئے کہا کہ`, the participle only qualifies the verb that reports.)
        SpeechRule::PresentVerb
            if ends_participle(k, end)
                && k.vocabulary.cues_from(k.sym(end + 1)).is_empty()
                && ergative_before(k, i, sentence.start, m.quoted).is_some() =>
        {
            verb_cue(k, m, sentence)
        }
        SpeechRule::PresentVerb => {
            // Urdu drops a subject the text is about: a present verb with no noun phrase
            // before it (`آئن سٹائن … اس خط میں لکھتے ہیں`) speaks for that person.
            let verb = before_time_adverb(k, i);
            let objects = before_object_words(k, verb);
            // Common words after an object marked `کو` in the verb's clause are what the object
            // is declared or told (`طبی سائنس … پھلوں کو بھی … مریضوں کے لئے مفید قرار دیتی
            // ہے`, "medical science declares … fruits useful for patients"): no subject, which
            // Urdu puts before the object. A phrase that names someone (a title, a group of
            // people, a name no dictionary lists) may still be a subject put after the object
            // (`حالت کو چند ماہرین طبیعات ’’ڈارک میٹر‘‘ کہتے ہیں`).
            let complement = |p: &Range<usize>| {
                let names = p.clone().any(|j| {
                    k.is(
                        j,
                        Roles::TITLE | Roles::LEADER | Roles::COLLECTIVE | Roles::GROUP,
                    ) || !k.in_dictionary(j)
                });
                !names && object_before(k, p.start, sentence.start)
            };
            // What the speaker calls something may stand in marks right before the verb
            // (`ماہرین اس حالت کو ’ڈارک میٹر‘ کہتے ہیں`, "experts call this state 'dark
            // matter'"): the subject stands before the term and its object.
            let called = called_term(k, objects, sentence.start);
            let before = called.unwrap_or(objects);
            let speaker = quoted_subject(k, before, sentence.start, false)
                .or_else(|| phrase_before(k, called.unwrap_or(verb), sentence.start))
                .filter(|p| !complement(p))
                .or_else(|| clause_opening_subject(k, before, sentence));
            Ok(CueMatch {
                zero_subject: speaker.is_none(),
                speaker,
                ..m
            })
        }
        SpeechRule::Possessive => possessive_cue(k, m, entry, &frame, sentence),
        SpeechRule::Source => source_cue(k, m, end, sentence),
        SpeechRule::Passive => Ok(CueMatch {
            speaker: cited_before(k, i, sentence.start)
                .or_else(|| issuer_before(k, i, sentence.start)),
            ..m
        }),
    }
}

/// The opening mark of a term of at most [`QUOTED_NAME`] words set in marks right before
/// token `verb`, after `start`, that is what an object is called: an object marked `کو`, or
/// the object pronoun `اسے` or `انہیں`, stands before it in the clause (`… کو ’ڈارک میٹر‘
/// کہتے ہیں`). Not a name after the word for its kind (`اخبار ”فنانشل ٹائمز“ لکھتا ہے`),
/// which is the subject.
fn called_term(k: &Document<'_, '_>, verb: usize, start: usize) -> Option<usize> {
    let close = verb
        .checked_sub(1)
        .filter(|&c| c > start && k.is_quote_mark(c))?;
    let open = (close.saturating_sub(QUOTED_NAME + 1).max(start)..close)
        .rev()
        .find(|&j| !k.is_word(j))
        .filter(|&j| k.is_quote_mark(j) && j + 1 < close)?;
    let kind = Roles::GROUP | Roles::AGENCY | Roles::TITLE;
    let object = object_before(k, open, start)
        || open
            .checked_sub(1)
            .is_some_and(|o| matches!(k.key(o), "اسے" | "انہیں" | "انھیں"));
    (object && !quoted_after(k, open + 1, kind)).then_some(open)
}

/// At most this many words between an object marked `کو` and the phrase after it in one
/// clause.
const OBJECT_CLAUSE: usize = 8;

/// Whether an object marked `کو` stands in the clause before token `at`, no further back than
/// [`OBJECT_CLAUSE`] words and not past a clause's end (an auxiliary, `کہ`, a subject's
/// marker, punctuation) or `start`.
fn object_before(k: &Document<'_, '_>, at: usize, start: usize) -> bool {
    let clause_end = Roles::AUXILIARY | Roles::COMPLEMENTIZER | Roles::ERGATIVE;
    (at.saturating_sub(OBJECT_CLAUSE).max(start)..at)
        .rev()
        .take_while(|&j| k.is_word(j) && !k.is(j, clause_end))
        .any(|j| k.key(j) == "کو")
}

/// At most this many tokens from the start of a present verb's sentence to the verb when an
/// adverbial stands between its subject and the verb.
const OPENING_SUBJECT_SPAN: usize = 16;

/// The subject that opens the clause of a present speech verb at token `verb` when an
/// adverbial stands between them (`ڈاکٹر احمد اس حوالے سے کہتے ہیں کہ`, "Dr Ahmed says about
/// this that"; `ماہرین بی بی سی سے بات کرتے ہوئے بتاتے ہیں`): the words right before the verb
/// end with a postposition or a participle, so they are no subject, and Urdu puts the subject
/// first, in the direct case. The phrase must name someone (a title, a group of people, a
/// body, or a name of two words or more), and nothing between it and the verb may hold a
/// clause's subject, verb or `کہ`.
fn clause_opening_subject(
    k: &Document<'_, '_>,
    verb: usize,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    let last = verb.checked_sub(1).filter(|&l| l > sentence.start)?;
    // (`پر`, `بعد`, `دوران`, `ہوئے` are words of grammar that no name ends with.)
    if !k.is(last, Roles::POSTPOSITION | Roles::STOP) || k.is(last, Roles::AUXILIARY) {
        return None;
    }
    // (The span is checked first: a sentence of connectives and commas costs nothing.)
    if verb - sentence.start > OPENING_SUBJECT_SPAN {
        return None;
    }
    let mut start = sentence.start;
    while start < last && (k.is(start, Roles::CONNECTIVE) || k.key(start) == "،") {
        start += 1;
    }
    // The phrase runs to the first word of grammar, a genitive before a title aside (`پاکستان
    // کے وزیر خارجہ`), or to a well-known organization's name after its first word (`… بی بی
    // سی سے`).
    let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP | Roles::COLLECTIVE;
    // (A reflexive, `اپنی تقریر میں`, opens a phrase of its own: it refers back to the subject.)
    let grammar =
        Roles::STOP | Roles::POSTPOSITION | Roles::PRONOUN | Roles::CONNECTIVE | Roles::REFLEXIVE;
    let mut end = start;
    while end < last && k.is_word(end) {
        let genitive_before_title = k.is(end, Roles::GENITIVE) && k.is(end + 1, title_like);
        if !genitive_before_title
            && (k.is(end, grammar | Roles::GENITIVE | Roles::ERGATIVE)
                || (end > start && k.org_at(end, last).is_some()))
        {
            break;
        }
        end += 1;
    }
    let case_marker = Roles::POSTPOSITION | Roles::GENITIVE | Roles::ERGATIVE | Roles::POSSESSIVE;
    // A name no dictionary lists may run on into an adverbial of common words with no word
    // of grammar between (`سنیل گواسکر پوری بات سننے کے بعد گویا ہوئے`, "Sunil Gavaskar, having
    // heard it all out, spoke"): where the run ends in a case marker, the name alone, a given
    // name and a family name, is the subject. (A third word no dictionary lists is more
    // likely a misspelt common word run on to the name, `سنیل ووہرا خاتوں`, than a name's.)
    if k.is(end, case_marker) {
        let name_end = (start..end).find(|&j| k.in_dictionary(j)).unwrap_or(end);
        if name_end == start + 2 && name_end < end {
            end = name_end;
        }
    }
    // (The phrase stops before the participle's own words: `پریس کانفرنس کرتے ہوئے` is what
    // was done, not who did it.)
    let into_participle = ends_participle(k, last) && end + 1 >= last;
    let direct_case = end > start
        && !into_participle
        && k.is_word(end)
        && !k.is(end, case_marker)
        && !matches!(k.key(end), "پر" | "کو" | "تک");
    let clause_between = (end..last).any(|j| {
        k.is(
            j,
            Roles::ERGATIVE | Roles::COMPLEMENTIZER | Roles::AUXILIARY,
        ) || k.is_quote_mark(j)
    });
    if !direct_case || clause_between {
        return None;
    }
    let phrase = start..end;
    let names = phrase.len() >= 2
        || phrase
            .clone()
            .any(|j| k.is(j, title_like | Roles::AGENCY | Roles::INSTITUTION))
        || k.body_at(start).is_some();
    names.then_some(phrase)
}

/// The source a passive verb of saying cites (`ان کے حوالے سے کہا گیا ہے کہ`, "it is said,
/// citing him, that"; `حکام کے حوالے سے بتایا گیا`): `X کے حوالے سے` right before the verb,
/// where X is a pronoun or names people or a body. With a topic for X (`نئی ڈیل کے حوالے سے
/// کہا گیا`, "about the new deal it was said") it says what the words are about.
fn cited_before(k: &Document<'_, '_>, verb: usize, start: usize) -> Option<Range<usize>> {
    let genitive = verb.checked_sub(3).filter(|&g| g > start)?;
    let citing = k.is(genitive, Roles::GENITIVE)
        && k.key(genitive + 1) == "حوالے"
        && k.key(genitive + 2) == "سے";
    if !citing {
        return None;
    }
    let source = Roles::PRONOUN
        | Roles::TITLE
        | Roles::LEADER
        | Roles::GROUP
        | Roles::COLLECTIVE
        | Roles::AGENCY
        | Roles::INSTITUTION;
    phrase_before(k, genitive, start)
        .filter(|p| p.clone().any(|j| k.is(j, source)) || k.org_end_in(p).is_some())
}

/// `X نے … کہا`: the speaker is the ergative subject.
fn verb_cue(
    k: &Document<'_, '_>,
    m: CueMatch,
    sentence: &Range<usize>,
) -> Result<CueMatch, Reason> {
    // A verb joined to a clause before it by a connective shares that clause's subject, but
    // one after a participial clause alone shares the main clause's.
    let joined = joined_to_clause_before(k, m.cue.start, sentence.start);
    let participle = after_participle(k, m.cue.start, sentence.start);
    let marker = ergative_before(k, m.cue.start, sentence.start, m.quoted)
        .map(|found| {
            main_before_content_clause(k, found, sentence.start, m.quoted).unwrap_or(found)
        })
        .or_else(|| {
            (participle && !joined)
                .then(|| main_subject(k, m.cue.start, sentence.start, m.quoted))
                .flatten()
        });
    let Some(marker) = marker else {
        // A relative clause right before the verb describes its subject (see
        // `described_subject`).
        if let Some(subject) = described_subject(k, m.cue.start, sentence.start) {
            return Ok(CueMatch {
                speaker: Some(subject),
                ..m
            });
        }
        // Urdu leaves out the subject of a second verb joined to the first by a connective
        // (`ان کا کہنا تھا کہ … اور ساتھ ہی دعویٰ کیا کہ`, "… and also claimed that"): the
        // person the text is about speaks. So does a verb after a participial clause with no
        // subject in its sentence (`… ایک سوال کا جواب دیتے ہوئے کہا کہ`, "answering a question,
        // [he] said that"): news drops the subject it has just named.
        // News writing drops the `نے` of a subject named at the sentence's start before a
        // participial clause (`عطا اللہ مینگل اپنی تقریر میں … دہراتے ہوئے کہا ہے کہ`, "Ataullah
        // Mengal, repeating … in his speech, said that"): that subject speaks (see
        // `clause_opening_subject`).
        let opening = (participle && !joined)
            .then(|| clause_opening_subject(k, m.cue.start, sentence))
            .flatten();
        return if opening.is_some() {
            Ok(CueMatch {
                speaker: opening,
                ..m
            })
        } else if joined || participle {
            Ok(CueMatch {
                zero_subject: true,
                ..m
            })
        } else {
            Err(Reason::NoErgativeSubject)
        };
    };
    if put_to_someone(k, marker, m.cue.start) {
        return Err(Reason::QuestionPutToSomeone);
    }
    // An ergative pronoun without its `نے` (`انھوں بتایا`) is the subject itself.
    let speaker = if k.is(marker, Roles::ERGATIVE_PRONOUN) {
        Some(marker..marker + 1)
    } else {
        subject_before(k, marker, sentence.start)
    };
    Ok(CueMatch {
        marker: Some(marker),
        speaker,
        ..m
    })
}

/// Whether the verb at token `verb`, whose subject's marker is at `marker`, asks a question
/// of someone named between them (`X نے Y سے سوال کیا کہ`, `X نے Y سے استفسار کرتے ہوئے کہا
/// کہ`): a word of asking begins the verb or its participle just before it (`… کرتے ہوئے`;
/// key `ہوے`), and `سے` marks the one asked.
fn put_to_someone(k: &Document<'_, '_>, marker: usize, verb: usize) -> bool {
    let participle = verb >= 3 && ends_participle(k, verb - 1) && k.is(verb - 3, Roles::ASKING);
    let asking = k.is(verb, Roles::ASKING) || participle;
    asking && (marker + 1..verb).any(|j| k.key(j) == "سے")
}

/// Whether token `i` is the `ہوئے` that ends a participial clause (`… کرتے ہوئے`, "while
/// doing …"; key `ہوے`: keys drop the hamza before `ے`).
fn ends_participle(k: &Document<'_, '_>, i: usize) -> bool {
    k.key(i) == "ہوے"
}

/// Whether the verb at token `verb` follows a participial clause of its sentence (`… جواب
/// دیتے ہوئے کہا`).
fn after_participle(k: &Document<'_, '_>, verb: usize, start: usize) -> bool {
    verb.checked_sub(1)
        .is_some_and(|p| p > start && ends_participle(k, p))
}

/// At most this many adverbs between a connective and the verb it joins.
const ADDITIVES: usize = 3;

/// At most this many words in a participial clause between a connective and its verb.
const PARTICIPLE_CLAUSE: usize = 8;

/// Whether the verb at token `verb` follows a connective (`اور`, `جبکہ`), with at most a few
/// adverbs between (`ساتھ ہی`, `مزید`), after a clause of its sentence. A participial clause
/// may stand between them too (`… ہیں، جبکہ صنم بلوچ کا حوالہ دیتے ہوئے کہا کہ`, "while
/// citing Sanam Baloch [he] said"): it qualifies the verb and has no subject of its own.
fn joined_to_clause_before(k: &Document<'_, '_>, verb: usize, start: usize) -> bool {
    let mut j = participle_clause(k, verb, start).unwrap_or(verb);
    while j > start && verb - j < ADDITIVES && k.is(j - 1, Roles::ADDITIVE) {
        j -= 1;
    }
    j > start + 1 && k.is(j - 1, Roles::CONNECTIVE)
}

/// Where the participial clause before the verb at token `verb` begins, right after a
/// connective (`جبکہ صنم بلوچ کا حوالہ دیتے ہوئے کہا`), if one stands there.
fn participle_clause(k: &Document<'_, '_>, verb: usize, start: usize) -> Option<usize> {
    let participle = after_participle(k, verb, start).then(|| verb - 1)?;
    (participle.saturating_sub(PARTICIPLE_CLAUSE).max(start)..participle)
        .rev()
        .take_while(|&w| k.is_word(w) && !k.is(w, Roles::ERGATIVE))
        .find(|&w| k.is(w, Roles::CONNECTIVE))
        .map(|c| c + 1)
}

/// What a speech verb says when no `کہ` follows it: Urdu is verb-final, so words after a
/// speech verb in its sentence are its complement clause with the complementizer left out
/// (`انہوں نے کہا پاکستان … نہیں بیٹھے گا`, `کہا تھا شاید …`), unless they continue the
/// reporter's sentence: a connective (`کہا اور چلے گئے`), a passive `جانا` (`کہا جاتا ہے`),
/// a postposition or an auxiliary; a word that opens a clause (`یہ`, `آج`, `ہمیں`) opens
/// it. Only a one-word speech verb (`کہا`, `بتایا`, `لکھا`, and their present forms) takes
/// its clause so; a comma may stand between. Not `کہنا` with an
/// object marked `کو` in its clause (`ہم ملالہ کو پیار سے خوبانی کہتے ہیں`, "we call Malala
/// 'apricot'"): it names someone, and what follows is the reporter's next clause.
fn bare_complement(
    k: &Document<'_, '_>,
    verb: usize,
    entry: &CueEntry,
    frame: &Frame,
    sentence: &Range<usize>,
) -> Option<Range<usize>> {
    // A story told (`کہانی سنادی`) is the verb's object, and words after it are not.
    // A noun and its light verb in the present with a genitive object before the noun
    // (`اپنی مرضی کا اظہار کرتی ہے`, "expresses her wish") have said what they say: the
    // words after are the reporter's. (With none, the clause after is the object: `یہ ایوان
    // عالمی برادری سے مطالبہ کرتا ہے مسئلہ کشمیر … حل کرانے کے لئے اپنا کردار ادا کرے`.)
    let one_word_verb = match entry.rule {
        SpeechRule::Verb => entry.words.len() == 1 && !k.key(verb).starts_with("سنا"),
        SpeechRule::PresentVerb => {
            let genitive_object = verb
                .checked_sub(1)
                .is_some_and(|g| k.is(g, Roles::GENITIVE));
            entry.words.len() == 1
                || (entry.words.len() == 2
                    && (is_aspect_auxiliary(k.key(verb + 1)) || !genitive_object))
        }
        _ => false,
    };
    if !one_word_verb
        || frame.complementizer
        || frame.colon
        || names_someone(k, verb, sentence)
        || gives_name_or_age(k, verb, sentence)
    {
        return None;
    }
    let mut start = frame.after;
    if k.key(start) == "،" {
        start += 1;
    }
    // A word that opens a clause (`کہا یہ ایوان … مذمت کرتا ہے`, `کہا آج …`) begins it,
    // though no speaker's phrase may hold it.
    let continues = Roles::CONNECTIVE | Roles::PASSIVE | Roles::STOP | Roles::AUXILIARY;
    // Nor does a speech verb: Urdu puts a clause's verb last, so a verb right after this one
    // is the main clause's, and this one closed a relative clause (`نادر خان نے جو اپنی عمر
    // ستر برس بتاتے ہیں کہا کہ …`, "Nadir Khan, who gives his age as seventy, said that").
    // `میں` right after the verb is "I" (`نے کہا میں اتنی ہی فلسطینی ہوں`): no postposition
    // follows a verb.
    let opens_clause = start < sentence.end
        && opens_words(k, start)
        && (!k.is(start, continues) || k.is(start, Roles::OPENER) || k.key(start) == "میں")
        && k.vocabulary.cues_from(k.sym(start)).is_empty();
    let end = said_end(k, start, sentence.end);
    (opens_clause && end > start).then_some(start..end)
}

/// At most this many words between a correlative (`ایسی`, `اتنا`) and the verb of its
/// clause (`ایسی دلخراش کہانی دنیا کو سنادی`).
const CORRELATIVE_WORDS: usize = 6;

/// Whether a correlative "such", "so much" (`ایسا`, `ایسی`, `ایسے`, `اتنا`, `اتنی`, `اتنے`)
/// stands in the clause before the verb at token `verb`.
fn such_before(k: &Document<'_, '_>, verb: usize, start: usize) -> bool {
    (verb.saturating_sub(CORRELATIVE_WORDS).max(start)..verb)
        .rev()
        .take_while(|&j| k.is_word(j) && !k.is(j, Roles::ERGATIVE | Roles::COMPLEMENTIZER))
        .any(|j| {
            matches!(
                k.key(j),
                "ایسا" | "ایسی" | "ایسے" | "اتنا" | "اتنی" | "اتنے"
            )
        })
}

/// At most this many words between the object of `کہنا` "to call" and the verb (`ملالہ کو
/// پیار سے بلی اور خوبانی کہتے ہیں`).
const NAMING_WORDS: usize = 8;

/// Whether the habitual `کہنا` at token `verb` (`کہتے`, `کہتی`, `کہتا`) has an object marked
/// `کو` in its clause: "to call someone something", which is what people habitually do with
/// a name. (In the past, `کہا` after `کو` is as often "told someone" or a time, `اتوار کو`.)
fn names_someone(k: &Document<'_, '_>, verb: usize, sentence: &Range<usize>) -> bool {
    k.key(verb).starts_with("کہت")
        && (verb.saturating_sub(NAMING_WORDS).max(sentence.start)..verb)
            .rev()
            .take_while(|&j| {
                (k.is_word(j) || k.is_quote_mark(j) || k.is_quoted(j)) && !ends_participle(k, j)
            })
            .any(|j| k.key(j) == "کو")
}

/// At most this many words between `نام` or `عمر` and the verb `بتانا` that gives it (`اپنا
/// نام شیطان بتاتا ہے`).
const GIVEN_WORDS: usize = 4;

/// Whether `بتانا` at token `verb` gives a name or an age (`جو اپنا نام شیطان بتاتا ہے`, "who
/// calls himself Satan"; `اپنی عمر ستر برس بتاتے ہیں`): its object is `نام` or `عمر` a few
/// words before, and it tells who someone is, not what they said; the words after it are the
/// reporter's clause.
fn gives_name_or_age(k: &Document<'_, '_>, verb: usize, sentence: &Range<usize>) -> bool {
    k.key(verb).starts_with("بتا")
        && (verb.saturating_sub(GIVEN_WORDS).max(sentence.start)..verb)
            .any(|j| matches!(k.key(j), "نام" | "عمر"))
}

/// Whether token `t` is the `اور` of `ایک اور` ("another"), not the conjunction "and".
fn another_at(k: &Document<'_, '_>, t: usize) -> bool {
    k.key(t) == "اور" && t.checked_sub(1).is_some_and(|a| k.key(a) == "ایک")
}

/// Whether token `i` is a word or a number: what was said can begin there.
fn opens_words(k: &Document<'_, '_>, i: usize) -> bool {
    matches!(
        k.kind(i),
        Some(TokenKind::Word | TokenKind::Number | TokenKind::Latin)
    )
}

/// `X کا کہنا ہے کہ`, `X کا اپنے بیان میں کہنا ہے کہ`, `X کا کہنا ہے: ’…‘`: a possessor a
/// few words before, and what was said after `کہ` or in quotation marks.
fn possessive_cue(
    k: &Document<'_, '_>,
    mut m: CueMatch,
    entry: &CueEntry,
    frame: &Frame,
    sentence: &Range<usize>,
) -> Result<CueMatch, Reason> {
    let i = m.cue.start;
    // A participle clause may stand between the possessor and the noun of saying (`X کا
    // عدالت میں متاثرین کو مخاطب کرتے ہوئے کہنا تھا`).
    // So may a phrase that ends in a postposition: where the words were said (`X کا اپنی
    // لمبی چوڑی پوسٹ میں کہنا تھا`, "X said in his long post"; `اپنی اردو میں`, "in his
    // Urdu"), to whom (`صحافیوں سے`) or what about (`X کا فلم انڈسٹری میں انٹری کے حوالے سے
    // کہنا تھا`). A noun of saying's own phrase never ends in a postposition.
    let adverbial = i >= 2 && matches!(k.key(i - 1), "میں" | "سے" | "پر");
    let gap = if i.checked_sub(1).is_some_and(|p| ends_participle(k, p)) || adverbial {
        PARTICIPLE_GAP
    } else {
        POSSESSOR_GAP
    };
    let marker = (i.saturating_sub(gap + 1).max(sentence.start)..i)
        .rev()
        .take_while(|&j| k.is_word(j))
        .find(|&j| k.is(j, Roles::POSSESSIVE))
        .ok_or(Reason::NoPossessor)?;
    // `X کا کہنا تھا ان لوگوں کے …`: the formula `کا کہنا تھا` may drop its `کہ`.
    let bare = entry.words.len() == 1
        && k.key(i) == "کہنا"
        && frame.after > i + 1
        && frame.after < sentence.end
        && k.is_word(frame.after);
    // `’…‘، X کا کہنا تھا۔`: the formula may also close a sentence after the quotation it
    // reports (in the sentence or the one just before).
    let closes = (frame.after..sentence.end).all(|j| !k.is_word(j))
        && quotation_before(k, sentence.start, marker);
    if bare && !frame.complementizer {
        m.said = Some(frame.after..said_end(k, frame.after, sentence.end));
    } else if !(frame.complementizer || frame.colon || k.is_quote_mark(frame.after) || closes) {
        return Err(Reason::NothingAfterNounOfSaying);
    }
    m.marker = Some(marker);
    m.cue.start = marker;
    // A relative possessor (`پاپوا نیو گینی جس کا کہنا ہے کہ`, "Papua New Guinea, which
    // says") stands for the noun phrase before it, perhaps after a comma.
    let relative = marker
        .checked_sub(1)
        .filter(|&r| r > sentence.start && k.is(r, Roles::RELATIVE));
    m.speaker = match relative {
        // The pronoun written together with the possessive (`انکا کہنا تھا`, for `ان کا`) is
        // the speaker itself.
        _ if k.is(marker, Roles::PRONOUN) => Some(marker..marker + 1),
        Some(r) => {
            let end = if k.key(r - 1) == "،" { r - 1 } else { r };
            phrase_before(k, end, sentence.start)
        }
        None => subject_before(k, marker, sentence.start),
    };
    Ok(m)
}

/// The subject of a past speech verb at token `verb` that a relative clause ending right
/// before the verb describes (`کھلاڑی پے پے جو ریئل میڈرڈ میں رونالڈو کے ساتھ رہے ہیں کہا کہ`,
/// `ملکوں کے وزراء جنہوں نے اس اجلاس میں شرکت کی کہا کہ`): news writing drops the main
/// clause's `نے` after a clause that ends on its own verb, and the speaker is the noun phrase
/// before the relative pronoun. Not a phrase with a postposition (`ان لوگوں سے جو وہاں موجود
/// تھے کہا کہ`: whom someone spoke to).
fn described_subject(k: &Document<'_, '_>, verb: usize, start: usize) -> Option<Range<usize>> {
    let end = verb.checked_sub(1).filter(|&e| e > start)?;
    let clause_end =
        k.is(end, Roles::AUXILIARY) || matches!(k.key(end), "کی" | "کیا" | "کیے" | "کئے");
    if !clause_end {
        return None;
    }
    let r = relative_clause_before(k, end, start)?;
    let head = r.checked_sub(1).filter(|&h| h >= start)?;
    let marked = Roles::POSTPOSITION | Roles::ERGATIVE | Roles::GENITIVE | Roles::POSSESSIVE;
    if !k.is_word(head) || k.is(head, marked) {
        return None;
    }
    phrase_before(k, r, start)
}

/// At most this many names joined before a subject (`A، B، C اور D نے`).
const JOINED: usize = 6;

/// The subject phrase `phrase` with the names joined to it by `اور` ("and") before it (`عامر
/// لیاقت حسین اور صنم بلوچ نے کہا`, "Aamir Liaquat Hussain and Sanam Baloch said"), and by
/// commas before that (`میر واعظ عمر فاروق، سید علی گیلانی اور شبیر احمد شاہ نے`): the
/// speakers are all of them. A clause before `اور` (`… خطاب کیا اور وزیر اعظم نے کہا`) ends
/// with a verb, which no name does, and is not joined.
fn coordinated(k: &Document<'_, '_>, phrase: Range<usize>, start: usize) -> Range<usize> {
    let mut first = phrase.start;
    let mut joiner = "اور";
    // (A list of at most `JOINED` names: every cue of the subject's marker reads it.)
    for _ in 0..JOINED {
        let Some(link) = first.checked_sub(1).filter(|&a| a > start) else {
            break;
        };
        if k.key(link) != joiner || k.key(link - 1) == "ایک" {
            break;
        }
        match phrase_before(k, link, start) {
            Some(before) if before.end == link && joinable_name(k, &before) => {
                first = before.start;
                joiner = "،";
            }
            _ => break,
        }
    }
    first..phrase.end
}

/// Whether a phrase before `اور` or a comma may be joined to the subject after it: it holds a
/// title's word or a word for a group of people, or it has two words or more (a noun phrase
/// holds no word of grammar or verb).
fn joinable_name(k: &Document<'_, '_>, p: &Range<usize>) -> bool {
    let titled = p
        .clone()
        .any(|j| k.is(j, Roles::TITLE | Roles::LEADER | Roles::COLLECTIVE));
    titled || p.len() >= 2
}

/// Whether a quotation closes before token `marker` in the sentence that starts at `start`,
/// or just before that sentence.
fn quotation_before(k: &Document<'_, '_>, start: usize, marker: usize) -> bool {
    let just_before = start.checked_sub(2).is_some_and(|j| k.is_quote_mark(j))
        || start.checked_sub(1).is_some_and(|j| k.is_quote_mark(j));
    just_before || (start..marker).any(|j| k.is_quote_mark(j))
}

/// The relative pronoun that opens the relative clause ending at token `c` (a comma that sets
/// it off, or its verb's auxiliary), after `start`: the clause describes the noun phrase
/// before that pronoun.
fn relative_clause_before(k: &Document<'_, '_>, c: usize, start: usize) -> Option<usize> {
    let set_off = k.key(c) == "،";
    (c.saturating_sub(RELATIVE_CLAUSE).max(start)..c)
        .rev()
        // A title in quotation marks may be named inside the clause (`جو ویب سیریز "دی
        // فائنل کال" کی شوٹنگ کے سلسلے میں آئے تھے، نے`), and numbers (`69 ویں اجلاس`).
        // A clause set off by a comma may hold commas of its own, and a relative clause
        // of its own: it begins at its first relative pronoun (`سدھارت ملہوترا جن کی فلم
        // ’’اک ویلن‘‘ جو حال ہی میں ریلیز ہوئی ہے، فلم نے … ریکارڈ قائم کئے، نے کہا`).
        .take_while(|&j| {
            k.is_word(j)
                || k.is_quote_mark(j)
                || k.kind(j) == Some(TokenKind::Number)
                || (set_off && k.key(j) == "،")
        })
        .filter(|&j| k.is(j, Roles::RELATIVE) && !k.is_quoted(j))
        .fold(
            None,
            |first, j| if set_off { Some(j) } else { first.or(Some(j)) },
        )
}

/// The person a pronoun at token `pronoun` stands for when it opens the main clause right
/// after a relative clause set off by a comma (`پروفیسر پائرس فارسٹر جو اس رپورٹ میں بھی شامل
/// تھے، ان کا کہنا ہے کہ`, "Professor Piers Forster, who was part of the report too, says"):
/// Urdu takes the name up again with a pronoun after such a clause; it is the noun phrase
/// before the relative pronoun.
pub(crate) fn named_before_relative_clause(
    k: &Document<'_, '_>,
    pronoun: usize,
) -> Option<Range<usize>> {
    let comma = pronoun.checked_sub(1).filter(|&c| k.key(c) == "،")?;
    let start = k.sentence(pronoun).start;
    let r = relative_clause_before(k, comma, start)?;
    let end = r
        .checked_sub(1)
        .filter(|&c| c > start && k.key(c) == "،")
        .unwrap_or(r);
    phrase_before(k, end, start)
}

/// The subject phrase before a case marker (`نے`, `کا`) at `marker`. A relative clause set
/// off by a comma, or ending with its auxiliary, may stand between the subject and its
/// marker (`ارجن رامپال جو پہلی بار کشمیر آئے ہیں، کا کہنا تھا`): the subject is the phrase
/// before the relative pronoun.
fn subject_before(k: &Document<'_, '_>, marker: usize, start: usize) -> Option<Range<usize>> {
    // The clause ends with a comma, or with its verb's auxiliary: a case marker never
    // follows an auxiliary but across such a clause (`بورس کی بہن جو خود بھی ایک ڈاکٹر ہیں
    // نے کہا`).
    let comma = marker
        .checked_sub(1)
        .filter(|&c| c > start && (k.key(c) == "،" || k.is(c, Roles::AUXILIARY)));
    let relative = comma.and_then(|c| relative_clause_before(k, c, start));
    if let Some(r) = relative {
        // A comma may set the clause off before the relative pronoun too (`وزیراعظم، جنہوں
        // نے … قیام کیا، نے کہا`).
        let end = r
            .checked_sub(1)
            .filter(|&c| c > start && k.key(c) == "،")
            .unwrap_or(r);
        return phrase_before(k, end, start);
    }
    // A name in apposition is set off by commas on both sides, the second just before the
    // marker (`آخری پیجر سروس پروائیڈر، ٹوکیو ٹیلی میسج، نے اعلان کیا`, "the last pager service
    // provider, Tokyo Telemessage, announced"): the subject is the name between them.
    if let Some(c) = comma.filter(|&c| k.key(c) == "،") {
        return phrase_before(k, c, start);
    }
    quoted_subject(k, marker, start, true).map(|p| coordinated(k, p, start))
}

/// The subject phrase that ends before token `end` (a case marker, if `marked`, or a verb): a
/// name in quotation marks is the words inside them (a nickname, `ٹیچر ’’کربے‘‘نے`; a
/// newspaper's, `برطانوی اخبار ”فنانشل ٹائمز“ لکھتا ہے`); else the noun phrase before `end`.
/// Before a verb the marks hold a name only after the word for its kind: a short quotation
/// stands there too (`’بہت خوب‘ کہتے ہیں`).
fn quoted_subject(
    k: &Document<'_, '_>,
    end: usize,
    start: usize,
    marked: bool,
) -> Option<Range<usize>> {
    let end = other_name_before(k, end, start).unwrap_or(end);
    let close = end
        .checked_sub(1)
        .filter(|&c| c > start && k.is_quote_mark(c));
    if let Some(close) = close {
        let open = (close.saturating_sub(QUOTED_NAME + 1).max(start)..close)
            .rev()
            .find(|&j| !k.is_word(j))
            .filter(|&j| k.is_quote_mark(j) && j + 1 < close)?;
        let kind = Roles::GROUP | Roles::AGENCY | Roles::TITLE;
        return (marked || quoted_after(k, open + 1, kind)).then_some(open + 1..close);
    }
    phrase_before(k, end, start)
}

/// Whether the name that starts at token `name` stands in quotation marks after a word with
/// one of `kind`'s roles, the word for its kind (`اخبار ”فنانشل ٹائمز“`, `تنظیم ’…‘`, `ٹیچر
/// ’’کربے‘‘`).
pub(crate) fn quoted_after(k: &Document<'_, '_>, name: usize, kind: Roles) -> bool {
    name.checked_sub(2)
        .is_some_and(|w| k.is_quote_mark(w + 1) && k.is(w, kind))
}

/// Where the words before a verb at `i` end once a time adverb made of a pronoun and a
/// postposition (`اسد عمر اس سے قبل کہہ چکے ہیں`, `اس سے پہلے`, `اس کے بعد`) is set aside:
/// the subject stands before it.
fn before_time_adverb(k: &Document<'_, '_>, i: usize) -> usize {
    let at = |d: usize| i.checked_sub(d);
    let adverb = at(3).is_some_and(|p| k.is(p, Roles::PRONOUN))
        && at(2).is_some_and(|c| matches!(k.key(c), "سے" | "کے"))
        && at(1).is_some_and(|t| matches!(k.key(t), "قبل" | "پہلے" | "بعد"));
    if adverb {
        i - 3
    } else {
        i
    }
}

/// Where the words before a present verb at `i` end once the words that stand between a
/// subject and its verb are set aside: `بھی` ("too"), `مزید` ("further"), the object
/// `یہ`/`یہی` ("this") of `X یہ بھی کہتے ہیں کہ` ("X also says this, that …"), and the
/// adverbs of `X پہلے ہی کہہ چکے ہیں` ("X have already said"), `ہمیشہ` ("always"), `اکثر`
/// ("often"), `اس طرح` ("in this way"). If no subject stands before them, the caller keeps `i` (`یہ کہتے ہیں` is "they
/// say").
fn before_object_words(k: &Document<'_, '_>, i: usize) -> usize {
    let mut at = i;
    while at > 0 && i - at < 3 {
        let word = k.key(at - 1);
        let already = word == "ہی" && at >= 2 && k.key(at - 2) == "پہلے";
        // The manner adverb `اس طرح` ("in this way": `کئی پاکستانی اس طرح بیان کرتے ہیں کہ`).
        let manner = word == "طرح" && at >= 2 && k.key(at - 2) == "اس";
        if already || manner {
            at -= 2;
        } else if matches!(word, "بھی" | "مزید" | "یہ" | "یہی" | "ہمیشہ" | "اکثر")
        {
            at -= 1;
        } else {
            break;
        }
    }
    at
}

/// At most this many words in a name set in quotation marks (before its case marker, as
/// the subject of a clause, or after the word for its kind).
pub(crate) const QUOTED_NAME: usize = 4;

/// `X کے مطابق …`: the speaker is the oblique before `کے`; what was said is the quotation or
/// the rest of the sentence that follows.
fn source_cue(
    k: &Document<'_, '_>,
    mut m: CueMatch,
    end: usize,
    sentence: &Range<usize>,
) -> Result<CueMatch, Reason> {
    // The oblique genitive `کے` governs the postposition; `کی` the feminine noun of a view
    // (`X کی رائے میں`, "in X's opinion"; its key drops the hamza, `راے`).
    let genitive = if k.key(m.cue.start) == "راے" {
        "کی"
    } else {
        "کے"
    };
    let marker = m
        .cue
        .start
        .checked_sub(1)
        .filter(|&p| p >= sentence.start && k.key(p) == genitive);
    let Some(marker) = marker else {
        return source_before_name(k, m, end, sentence);
    };
    // A name in quotation marks before the genitive is the source, as before any case
    // marker (`امریکی ’نیشنل انسٹیٹیوٹس آف ہیلتھ‘ کے مطابق`).
    let phrase = quoted_subject(k, marker, sentence.start, true).ok_or(Reason::NoSourcePhrase)?;
    // `X کے نزدیک` is "in X's view" only of someone who holds views (`ماہرین کے نزدیک`, `ان کے
    // نزدیک`); of anything else it is "near X" (`سیاٹل کے نزدیک`).
    let someone = Roles::TITLE | Roles::LEADER | Roles::COLLECTIVE | Roles::GROUP | Roles::AGENCY;
    let holds_views = (phrase.len() == 1 && k.is(phrase.start, Roles::PRONOUN))
        || phrase.clone().any(|j| k.is(j, someone));
    if k.key(m.cue.start) == "نزدیک" && !holds_views {
        return Err(Reason::NotASpeechSource);
    }
    // What follows: a quotation (after an optional colon), or the rest of the sentence.
    let mut next = end;
    if next < sentence.end && matches!(k.key(next), ":" | "،") {
        next += 1;
    }
    // A verb right after the postposition makes it an adverb of manner, "in accordance
    // with" (`ہماری سٹاک ایکسچینج چند لوگوں کے خیالات کے مطابق چلتی ہے`, "runs by the views
    // of a few"): Urdu puts the verb last, and what a source says is a clause of its own.
    // So does a copula right after it: the postposition is then the predicate, "is in
    // accordance with" (`بشرطیکہ وہ قوانین اسلام کے مطابق ہو`, "provided it accords with the
    // laws of Islam").
    if next < sentence.end
        && (is_verb_form(k.tokens.normalized(next)) || k.is(next, Roles::AUXILIARY))
    {
        return Err(Reason::NotASpeechSource);
    }
    let head = phrase.end - 1;
    let speaker = source_phrase(k, phrase);
    // A document that names no source (`رپورٹ کے مطابق`) reports no speech, but the words it
    // is quoted for in quotation marks (`رپورٹ کے مطابق ’…‘`) are a quotation all the same:
    // whose they are is the resolver's question, as for a passive report with no issuer.
    let quoted_document = k.is(head, Roles::DOCUMENT) && k.is_quote_mark(next);
    if speaker.is_none() && !quoted_document {
        return Err(Reason::NotASpeechSource);
    }
    if speaker.as_ref().is_some_and(|s| is_correspondent(k, s)) {
        return Err(Reason::ReporterCredit);
    }
    m.speaker = speaker;
    m.marker = Some(marker);
    m.cue = marker..end;
    m.after = next;
    // The bare document's words are only those in the marks (no unmarked clause after them,
    // nor after marks that turn out to hold a title).
    m.said =
        (next < sentence.end && !quoted_document).then(|| next..said_end(k, next, sentence.end));
    Ok(m)
}

/// Whether the phrase `s` is the paper's own correspondent with no name: `نامہ نگار`
/// ("correspondent"), alone or as ours or the special one (`ہمارے نامہ نگار`, `نامہ نگار
/// خصوصی`), or from a town (`سیالکوٹ سے نامہ نگار کے مطابق وزیراعظم نے کہا`). It credits who
/// filed the report, as a byline does: no one's speech. (The plural `نامہ نگاروں کے
/// مطابق`, "according to correspondents", is other journalists, a source like any other.)
fn is_correspondent(k: &Document<'_, '_>, s: &Range<usize>) -> bool {
    let words: Vec<&str> = s
        .clone()
        .map(|j| k.key(j))
        .filter(|w| !matches!(*w, "ہمارے" | "ہمارا" | "خصوصی" | "اپنے"))
        .collect();
    matches!(words.as_slice(), ["نامہ", "نگار" | "نگاران"])
}

/// `بقول X، …`: `بقول` also stands before its source, as a preposition; the source is the
/// words up to a comma, colon or quotation mark (a few at most).
fn source_before_name(
    k: &Document<'_, '_>,
    mut m: CueMatch,
    end: usize,
    sentence: &Range<usize>,
) -> Result<CueMatch, Reason> {
    if k.key(m.cue.start) != "بقول" || end != m.cue.start + 1 {
        return Err(Reason::NoSourcePhrase);
    }
    let stop = (end..sentence.end.min(end + MAX_PHRASE + 1))
        .find(|&j| !k.is_word(j))
        .filter(|&j| j > end && (matches!(k.key(j), "،" | ":") || k.is_quote_mark(j)))
        .ok_or(Reason::NoSourcePhrase)?;
    m.speaker = Some(end..stop);
    let next = if k.is_quote_mark(stop) {
        stop
    } else {
        stop + 1
    };
    m.after = next;
    m.said = (next < sentence.end).then(|| next..said_end(k, next, sentence.end));
    Ok(m)
}

/// Where what was said ends: the sentence's end, less its final punctuation, or where the
/// reporter's next sentence begins unmarked (see [`Document::unmarked_sentence_after`]).
pub(crate) fn said_end(k: &Document<'_, '_>, start: usize, sentence_end: usize) -> usize {
    let mut end = k
        .unmarked_sentence_after(start, sentence_end)
        .unwrap_or(sentence_end);
    let strip_punctuation = |mut end: usize| {
        while end > start && k.kind(end - 1) == Some(TokenKind::Punctuation) {
            end -= 1;
        }
        end
    };
    end = strip_punctuation(end);
    // What was said is one quotation in marks (`کہتی تھیں کہ ’محنت … جاتی‘۔`: a speech
    // quoted inside another's): the mark that closes it is not part of it, nor the end mark
    // before that. Every word between is inside the marks (not `’الف‘ اور ’ب‘`), read up to a
    // bound that keeps many such frames in one sentence linear.
    let opens_marked =
        k.is_quote_mark(start) || start.checked_sub(1).is_some_and(|o| k.is_quote_mark(o));
    let one_quotation = || {
        end - start <= SUBJECT_DISTANCE
            && (start..end - 1).all(|j| k.is_quote_mark(j) || k.is_quoted(j))
    };
    if opens_marked && end > start + 1 && k.is_quote_mark(end - 1) && one_quotation() {
        end = strip_punctuation(end - 1);
    }
    end
}

/// The ergative `نے` nearest before token `i` in the sentence: on the same side of
/// quotation marks as the verb (`quoted`), not after a relative pronoun, and not beyond a
/// complementizer `کہ` (which starts another clause).
fn ergative_before(k: &Document<'_, '_>, i: usize, start: usize, quoted: bool) -> Option<usize> {
    let start = start.max(i.saturating_sub(SUBJECT_DISTANCE));
    let found = (start..i).rev().find_map(|j| {
        if k.is(j, Roles::COMPLEMENTIZER) {
            return Some(None);
        }
        marks_subject(k, j, quoted).then_some(Some(j))
    })??;
    Some(first_of_doubled(k, found, start))
}

/// If token `at` is inside the content clause of a noun (`اس دعویٰ کو کہ …`, `اس بات کو کہ
/// …`: a demonstrative, the noun, the object marker, then `کہ`), that clause's `کہ`. (The
/// object marker makes the clause the noun's: after a verb, `یہ کہا کہ`, it is what was said.)
pub(crate) fn content_clause_before(
    k: &Document<'_, '_>,
    at: usize,
    start: usize,
) -> Option<usize> {
    let from = start.max(at.saturating_sub(CONTENT_CLAUSE));
    let c = (from..at).rev().find(|&j| k.is(j, Roles::COMPLEMENTIZER))?;
    let content = c > start + 2
        && k.key(c - 1) == "کو"
        && (c.saturating_sub(4).max(start)..c - 1)
            .any(|d| k.is(d, Roles::DEMONSTRATIVE) && (d + 1..c).all(|j| k.is_word(j)));
    content.then_some(c)
}

/// At most this many tokens from the `کہ` of a noun's content clause to a subject inside it
/// (`اس دعویٰ کو کہ 21 رکنی کمیٹی کے 11 ارکان پارلیمنٹ نے`): the claim's subject comes first.
const CONTENT_CLAUSE: usize = 16;

/// If the subject marked at token `found` is inside the content clause of a noun, the
/// subject marked before that clause in the sentence: the main clause goes on after the
/// content clause (`انھوں نے … اس دعویٰ کو کہ کمیٹی کے 11 ارکان پارلیمنٹ نے رپورٹ مسترد کر دی
/// ہے، غیردستوری قرار دیا تھا اور کہا تھا کہ`, "he called the claim that 11 MPs rejected the
/// report unconstitutional, and said that"), and its verbs are its subject's.
fn main_before_content_clause(
    k: &Document<'_, '_>,
    found: usize,
    start: usize,
    quoted: bool,
) -> Option<usize> {
    let c = content_clause_before(k, found, start)?;
    let main = (start.max(c.saturating_sub(SUBJECT_DISTANCE))..c)
        .find(|&j| marks_subject(k, j, quoted))?;
    Some(first_of_doubled(k, main, start))
}

/// Whether token `j` marks a subject on the given side of quotation marks: the ergative
/// `نے`, not of a relative clause (`جنہوں نے`), or an ergative pronoun whose `نے` is left out
/// (`انھوں بتایا`).
fn marks_subject(k: &Document<'_, '_>, j: usize, quoted: bool) -> bool {
    let relative = j.checked_sub(1).is_some_and(|p| k.is(p, Roles::RELATIVE));
    let marks = k.is(j, Roles::ERGATIVE)
        || (k.is(j, Roles::ERGATIVE_PRONOUN) && !k.is(j + 1, Roles::ERGATIVE));
    marks && !relative && k.is_quoted(j) == quoted
}

/// A marker typed twice (`توکاییف نے نے`) counts once: where the run of markers ending at
/// `found` begins.
fn first_of_doubled(k: &Document<'_, '_>, mut found: usize, start: usize) -> usize {
    while found > start && k.is(found - 1, Roles::ERGATIVE) {
        found -= 1;
    }
    found
}

/// The subject marker of a sentence's main clause, before its first `کہ`: for a verb after
/// a participial clause that holds a clause of its own (`چین نے امریکہ کے اس الزام کہ … مسترد
/// کرتے ہوئے کہا ہے کہ`, "China, rejecting the US charge that …, said that"), whose subject
/// stands before that clause. Not when a speech verb stands before a `کہ` between them (`X
/// نے کہا کہ … مخاطب کرتے ہوئے کہا کہ`): that `کہ` opens a report, and the verb after it starts
/// a new one.
fn main_subject(k: &Document<'_, '_>, i: usize, start: usize, quoted: bool) -> Option<usize> {
    let start = start.max(i.saturating_sub(SUBJECT_DISTANCE));
    let marker = (start..i)
        .take_while(|&j| !k.is(j, Roles::COMPLEMENTIZER))
        .find(|&j| marks_subject(k, j, quoted))?;
    let speech_verb = |j: usize| !k.vocabulary.cues_from(k.sym(j)).is_empty();
    let reports = (marker..i)
        .filter(|&c| k.is(c, Roles::COMPLEMENTIZER))
        .any(|c| (c.saturating_sub(SPEECH_VERB_WORDS).max(marker)..c).any(speech_verb));
    (!reports).then(|| first_of_doubled(k, marker, start))
}

/// At most this many words of a speech verb and its auxiliaries before `کہ` (`دعویٰ کیا ہے
/// کہ`).
const SPEECH_VERB_WORDS: usize = 3;

/// At most this many words qualify a title after a genitive (`کمپنی کے کارپوریٹ سینئر نائب
/// صدر`).
const TITLE_QUALIFIERS: usize = 2;

/// The noun phrase that ends just before token `end` (a marker or a verb), within the
/// sentence starting at `start`: words back to a function word, a connective, punctuation or
/// the sentence start, with a genitive inside only before a title (`روس کے صدر ولادی میر
/// پوتن`), and a party's faction letter in brackets after its name (`مسلم لیگ (ن)`). A
/// pronoun is a noun phrase by itself: the words before it belong to another phrase
/// (`اس کی وجہ ان کے مطابق`: the speaker is `ان`).
pub(crate) fn phrase_before(
    k: &Document<'_, '_>,
    end: usize,
    start: usize,
) -> Option<Range<usize>> {
    let end = other_name_before(k, end, start).unwrap_or(end);
    let last = end.checked_sub(1).filter(|&l| l >= start)?;
    if k.is_word(last) && k.is(last, Roles::PRONOUN) {
        return Some(last..end);
    }
    // `میں` is "in" and "I"; before the ergative `نے` it is "I" (no postposition takes a case
    // marker after it): `لہٰذا میں نے اٹارنی جنرل سے کہا ہے کہ`, "so I have asked …".
    if k.key(last) == "میں" && k.is(end, Roles::ERGATIVE) {
        return Some(last..end);
    }
    let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP;
    let mut first = end;
    while first > start && end - first < MAX_PHRASE {
        let j = first - 1;
        if let Some(open) = faction_before(k, j, start) {
            first = open;
            continue;
        }
        // A number after an acronym spelled in letters is part of its name (`ایم آئی 14`,
        // MI14; `جی 20`, G20).
        let numbered = j + 1 == end
            && k.kind(j) == Some(TokenKind::Number)
            && j > start
            && k.is(j - 1, Roles::LETTER);
        if numbered {
            first = j;
            continue;
        }
        if !k.is_word(j) {
            break;
        }
        // A pronoun as possessor (`ان کی بہن`, "her sister"; `اس کے ترجمان`) opens its noun
        // phrase: nothing qualifies a pronoun, so the words before it belong to another
        // phrase (`ان کے ساتھ بیٹھی ان کی بہن نے کہا`, "her sister, sitting with her, said").
        if j + 1 < end && k.is(j, Roles::PRONOUN) && k.is(j + 1, Roles::GENITIVE) {
            first = j;
            break;
        }
        // `X کا نام Y ہے` ("X's name is Y"): the name begins after the noun `نام`.
        if k.key(j) == "نام" && j > start && k.is(j - 1, Roles::GENITIVE) {
            break;
        }
        // `X سے تعلق رکھنے والے ایک افسر` ("an officer belonging to X"): the body belongs to
        // a person's description, as with `سے وابستہ`. (A body described by its kind, `نیو
        // یارک سے تعلق رکھنے والی ریٹنگ ایجنسی`, is known by the kind alone.)
        let body_head = k.is(end - 1, Roles::GROUP);
        if j + 1 < end && !body_head && belonging_before(k, j + 1).is_some_and(|s| s >= start) {
            first = j - 3;
            continue;
        }
        // A letter of an acronym is no word of grammar (`آئی` in `آئی ایس پی آر`, not
        // "came").
        if k.is(j, Roles::LETTER) && j + 1 < end && k.is(j + 1, Roles::LETTER) {
            first = j;
            continue;
        }
        // With no letter beside it, `آئی` is the verb ("came") that ends the clause before
        // the speaker's, in text typed without `۔` (`… زیربحث آئی وزیرخزانہ نے کہا`; `… تحقیق
        // میں سامنے آئی ڈبلن کالج یونیورسٹی کی تحقیق میں بتایا گیا`).
        if k.key(j) == "آئی" && !(j > start && k.is(j - 1, Roles::LETTER)) {
            break;
        }
        // The relative `جن` comes before a noun of the language (`جن ممالک`, `جن لوگوں`); before
        // a word no dictionary lists it is a syllable of a name (`ژی جن پنگ`, Xi Jinping).
        if k.key(j) == "جن" && j + 1 < end && !k.in_dictionary(j + 1) {
            first = j;
            continue;
        }
        let roles = k.roles(j);
        // `کے` right after an honorific is the initial K (`مسٹر کے راجو`, "Mr K. Raju"): no
        // genitive follows "Mr".
        if k.key(j) == "کے" && j > start && is_honorific(k.key(j - 1)) {
            first = j;
            continue;
        }
        if roles.has(Roles::GENITIVE) {
            // `X کے ترجمان`, `X کے ایک ترجمان`, `X کے کارپوریٹ سینئر نائب صدر`: a title after
            // the genitive (an indefinite article or adjectives that qualify the title may
            // stand between; not a noun: `ان خیالات کا اظہار صدر ممنون حسین نے`) makes X part
            // of the speaker's description; so does a word for a group of people (`ناسا کے
            // ماہرین`, `وزارت پٹرولیم کے ذرائع`, `نواز شریف کے مخالفین`: whose experts,
            // sources, opponents).
            let title_at = |t: usize| t < end && k.is(t, title_like | Roles::COLLECTIVE);
            // `ایک اور` ("another") qualifies as the article does (`پارٹی کے ایک اور سینئر
            // رہنما`).
            let qualifier =
                |t: usize| k.is(t, Roles::INDEFINITE | Roles::MODIFIER) || another_at(k, t);
            let before_title = (1..=TITLE_QUALIFIERS + 1 + usize::from(another_at(k, j + 2)))
                .take_while(|&m| m == 1 || qualifier(j + m - 1))
                .any(|m| title_at(j + m));
            if !before_title || j == start {
                break;
            }
        } else if (k.key(j) == "سے" && k.is(j + 1, Roles::AFFILIATION)
            || k.key(j) == "پر" && k.key(j + 1) == "مشتمل")
            && j + 1 < end
        {
            // `روزنامہ جنگ سے وابستہ ایک صحافی`: the body belongs to the description; so do
            // the members of a group (`فلسطینی بچوں پر مشتمل گروپ`, "a group of Palestinian
            // children").
        } else if j > start && another_at(k, j) && j + 1 < end {
            // `ایک اور صارف` is "another user", not "one and user": someone new, whom the
            // indefinite article keeps apart from the user quoted before.
        } else if roles.has(Roles::CONNECTIVE | Roles::AUXILIARY)
            || (roles.has(Roles::STOP) && !roles.has(Roles::PRONOUN))
            || light_verb(k, j)
            || oblique_infinitive(k, j)
            || conjunctive_participle(k, j)
            || is_verb_form(k.tokens.normalized(j))
        {
            break;
        }
        first = j;
    }
    // A phrase as long as any may go on back to an honorific a few words before it (`جناب
    // دھرم سنگھ سابق وزیر اعلی کرناٹک و رکن پارلیمنٹ بیدر نے`, "Mr Dharam Singh, former chief
    // minister of Karnataka and MP for Bidar"): it opens the name, and the title after the
    // name is in apposition.
    if end - first == MAX_PHRASE {
        let plain = |j: usize| {
            k.is_word(j)
                && !k.is(
                    j,
                    Roles::GENITIVE | Roles::CONNECTIVE | Roles::STOP | Roles::AUXILIARY,
                )
        };
        let honorific = (first.saturating_sub(HONORIFIC_REACH).max(start)..first)
            .rev()
            .take_while(|&j| plain(j))
            .find(|&j| is_honorific(k.key(j)));
        first = honorific.unwrap_or(first);
    }
    // A phrase does not begin with a genitive; it begins with a well-known organization's
    // name inside it (`… نشانہ بنیں اقوامِ متحدہ`: a clause without punctuation before it).
    while first < end && k.is(first, Roles::GENITIVE) {
        first += 1;
    }
    // Nor with a participle of place after `میں` (`برسلز میں قائم سوفٹ کے صدر دفتر`, "Swift's
    // head office, based in Brussels"; `لندن میں مقیم`, `میں واقع`, `میں موجود`).
    let based = first > start
        && first + 1 < end
        && k.key(first - 1) == "میں"
        && matches!(k.key(first), "قائم" | "مقیم" | "واقع" | "موجود");
    if based {
        first += 1;
    }
    // Nor with the noun after the demonstrative `یہ` (`یہ اپیل برطانیہ کے وزیراعظم ڈیوڈ
    // کیمرون نے کی`, "this appeal was made by …"): `یہ` is in the direct case, which no
    // subject of `نے` or `کا` takes (`اس کمپنی نے`), so `یہ` and its noun are the verb's object.
    if first > start && first + 1 < end && k.key(first - 1) == "یہ" {
        first += 1;
    }
    // Nor with the affiliation whose body it could not take (`… سے وابستہ فلاں`).
    if first + 2 < end && k.key(first) == "سے" && k.is(first + 1, Roles::AFFILIATION) {
        first += 2;
    }
    if first + 4 < end && belonging_before(k, first + 4) == Some(first) {
        first += 4;
    }
    // …unless a person's title stands before it: the body is where that person works
    // (`سابق وزیر اطلاعات اور ترجمان پاکستان مسلم لیگ (ن) مریم اورنگزیب`); or a name called
    // so (`ڈیپ سی لائنس نامی ایک ٹوئٹر ہینڈل`: a handle on Twitter named Deep Sea Lines).
    // A court's name goes on with the city or province it sits in, before it (`اسلام آباد
    // ہائی کورٹ`, `سندھ ہائی کورٹ`).
    let court = k.is(last, Roles::COURT);
    // (A leader's title of several words, `وزیر اعظم`, is no organization: `جاپان کے وزیر
    // اعظم` is Japan's prime minister, described as written.)
    let organization = |j: usize| {
        k.org_at(j, end)
            .is_some_and(|r| r.without(Roles::TITLE | Roles::LEADER) != Roles::NONE)
    };
    if let Some(org) = (first..end).find(|&j| organization(j)) {
        if !court
            && !(first..org).any(|j| k.is(j, Roles::TITLE | Roles::LEADER) || k.key(j) == "نامی")
        {
            first = org;
        }
    }
    (first < end).then_some(first..end)
}

/// If the four tokens before token `at` are `سے تعلق رکھنے والے` ("belonging to"; `والی`,
/// `والا`), the token where they start.
pub(crate) fn belonging_before(k: &Document<'_, '_>, at: usize) -> Option<usize> {
    let s = at.checked_sub(4)?;
    let belonging = k.key(s) == "سے"
        && k.key(s + 1) == "تعلق"
        && k.key(s + 2) == "رکھنے"
        && matches!(k.key(s + 3), "والے" | "والی" | "والا");
    belonging.then_some(s)
}

/// Whether token `j` is `کر` after a verb stem (one the lexicon has an infinitive of), the
/// conjunctive participle ("having …"): `انھیں سکول جاتے دیکھ کر کہنے لگیں` ("seeing them go to
/// school, she said"). It ends the clause that comes before the speaker's verb; a word of
/// that clause is no speaker. After any other word `کر` is a syllable of a name typed apart
/// (`حامد کر زئی`, `کر کٹ`).
fn conjunctive_participle(k: &Document<'_, '_>, j: usize) -> bool {
    k.key(j) == "کر"
        && j > 0
        && k.is_word(j - 1)
        && crate::tokenize::joins::is_verb_stem(k.tokens.normalized(j - 1))
}

/// Whether token `j` is `دی` or `لی` after a verb stem (`بند کر دی`, "stopped"): the light verb
/// that ends a clause, not the `دی` or `لی` that begins a name (`دی نیوز`, `لی کی چیانگ`).
fn light_verb(k: &Document<'_, '_>, j: usize) -> bool {
    matches!(k.key(j), "دی" | "لی") && j > 0 && LIGHT_VERB_STEMS.contains(&k.key(j - 1))
}

/// Whether token `j` is the oblique infinitive of an auxiliary or light verb (`کرنے`,
/// `ہونے`) that no doer's suffix follows: it ends a noun's complement (`ارکان کو طلب کرنے کا
/// نوٹس`, "the notice summoning the members", is the notice's content, not its issuer),
/// while `رپورٹ تیار کرنے والوں` ("those who prepared the report") describes people.
fn oblique_infinitive(k: &Document<'_, '_>, j: usize) -> bool {
    matches!(k.key(j), "کرنے" | "ہونے" | "جانے" | "دینے" | "لینے")
        && !matches!(k.key(j + 1), "والا" | "والی" | "والے" | "والوں")
}

/// Whether `word` is a verb by its form, of a verb the lexicon knows by its infinitive (the
/// stem and `نا`): an imperfect participle (`سنتے`, `دکھاتیں`: the stem and `تا`, `تی`, `تے`,
/// `تیں`) or a stem with its light verb written on (`بجادی`: the stem and `دی`, `دیا`, `دیں`,
/// `دیے`, `لی`, `لیا`, `لیے`). A verb ends the clause before a speaker's phrase in text typed
/// without `۔` (`… خطرے کی گھنٹی بجادی آرتھر نے مزید کہا`, `… اثر نہیں دکھاتیں کچھ لوگ یہ بھی
/// کہتے ہیں`). A light verb needs a stem of three letters or more: `ٹیلی` and `بیدی` are
/// words, not `ٹی` or `بی` with `لی` or `دی`.
fn is_verb_form(word: &str) -> bool {
    const IMPERFECT: [&str; 4] = ["تیں", "تا", "تی", "تے"];
    const LIGHT: [&str; 7] = ["دیا", "دیں", "دیے", "دی", "لیا", "لیے", "لی"];
    ends_verb_stem(word, &IMPERFECT, 2) || ends_verb_stem(word, &LIGHT, 3)
}

/// Whether `word` is a verb's stem of at least `min_stem` letters (one whose infinitive, the
/// stem and `نا`, the lexicon lists) followed by one of the endings `ends`.
pub(crate) fn ends_verb_stem(word: &str, ends: &[&str], min_stem: usize) -> bool {
    ends.iter().any(|end| {
        word.strip_suffix(end).is_some_and(|stem| {
            stem.chars().nth(min_stem.saturating_sub(1)).is_some()
                && crate::lexicon::LEXICON.get_parts(&[stem, "نا"]).is_some()
        })
    })
}

/// The verb stems that `دی` or `لی` follow as a light verb (`کر دی`, `حامی بھر لی`, `لے لی`,
/// `دے دی`, `رکھ دی`); no name has them before `دی` or `لی`.
const LIGHT_VERB_STEMS: [&str; 5] = ["کر", "بھر", "لے", "دے", "رکھ"];

/// At most this many tokens in a name's other name in brackets.
const OTHER_NAME: usize = 4;

/// If the tokens before `end` are a name's other name in brackets (`سید ذوالفقار عباس بخاری
/// (زلفی بخاری) نے`, a nickname; `قومی احتساب بیورو (نیب)`, an acronym; `جی ای (NYSE: GE)`,
/// a stock ticker), where the bracket opens: the name is the words before it. A party's
/// faction letter (`مسلم لیگ (ن)`) is part of the name, not another name.
fn other_name_before(k: &Document<'_, '_>, end: usize, start: usize) -> Option<usize> {
    let close = end
        .checked_sub(1)
        .filter(|&c| c > start && k.key(c) == ")")?;
    if faction_before(k, close, start).is_some() {
        return None;
    }
    let open = (close.saturating_sub(OTHER_NAME + 1).max(start)..close)
        .rev()
        .find(|&j| matches!(k.key(j), "(" | ")"))
        .filter(|&o| k.key(o) == "(" && o + 1 < close && o > start)?;
    // `یا` ("or") may join the name to its other name (`’نیشنل انسٹیٹیوٹس آف ہیلتھ‘ یا (این
    // آئی ایچ) کے مطابق`): the name ends before it, a word or the mark that closes it.
    if k.key(open - 1) == "یا" && open - 1 > start {
        let or = open - 1;
        return (k.is_word(or - 1) || k.is_quote_mark(or - 1)).then_some(or);
    }
    k.is_word(open - 1).then_some(open)
}

/// If token `open` is the `(` of a faction letter after a party's name (`مسلم لیگ (ن)`), the
/// token after its `)`.
pub(crate) fn faction_after(k: &Document<'_, '_>, open: usize, end: usize) -> Option<usize> {
    let close = open + 2;
    (close < end && faction_before(k, close, open.saturating_sub(1)) == Some(open))
        .then_some(close + 1)
}

/// If token `close` is the `)` of a faction letter after a party's name (`(ن)`, `(ق)`,
/// `(ف)`: one short word in brackets, a word before them), where the bracket opens.
fn faction_before(k: &Document<'_, '_>, close: usize, start: usize) -> Option<usize> {
    let open = close.checked_sub(2).filter(|&o| o > start)?;
    let letter = close - 1;
    let faction = k.key(close) == ")"
        && k.key(open) == "("
        && k.is_word(letter)
        && k.key(letter).chars().count() <= 2
        && k.is_word(open - 1);
    faction.then_some(open)
}

/// At most this many words between a document's issuer (`X کی جانب سے`) and the document.
const DOCUMENT_ISSUER: usize = 8;

/// The speaker of a source postposition: the phrase itself, unless its head is a word after
/// which `کے مطابق` is not speech (`قانون کے مطابق`); for a document (`رپورٹ`), its
/// possessor (`اقوام متحدہ کی رپورٹ کے مطابق`).
fn source_phrase(k: &Document<'_, '_>, phrase: Range<usize>) -> Option<Range<usize>> {
    let head = phrase.end.checked_sub(1)?;
    // `اپنے روڈ میپ کے مطابق`: in line with the subject's own plan, not anyone's words.
    if phrase.clone().any(|j| k.is(j, Roles::REFLEXIVE)) {
        return None;
    }
    // A word after which `کے مطابق` is not speech, joined to the head by `اور` or `و`, makes
    // the whole a thing something accords with (`قانون اور اسلام کے مطابق`, "in accordance
    // with the law and Islam").
    let coordinated_norm = phrase
        .start
        .checked_sub(2)
        .is_some_and(|n| matches!(k.key(n + 1), "اور" | "و") && k.is(n, Roles::NON_SOURCE));
    if coordinated_norm {
        return None;
    }
    if k.is(head, Roles::NON_SOURCE) {
        // Details issued by a body are its statement (`دفتر خارجہ کی جانب سے جاری کی گئی
        // تفصیلات کے مطابق`, "according to the details issued by the Foreign Office"); with
        // no issuer, `تفصیلات کے مطابق` ("in detail") reports no one.
        let issued = issued_before(k, head)?;
        let from = k
            .sentence(issued)
            .start
            .max(issued.saturating_sub(DOCUMENT_ISSUER));
        return named_issuer(k, from, issued);
    }
    if k.is(head, Roles::DOCUMENT) {
        // The possessor: inside the phrase, or right before it (`X کے اندازے کے مطابق`); or
        // the issuer a few words before it (`سٹیٹ بینک کی جانب سے گذشتہ ہفتے جاری کردہ اعداد و
        // شمار کے مطابق`, "according to figures issued by the State Bank last week"). A
        // document with neither (`رپورٹ کے مطابق`) names no source.
        // A document with a name of two parts (`ورلڈ بینک کی مائگریشن اور ڈیویلپمنٹ بریف`)
        // has its possessor before the first.
        // A passive participle may stand between the possessor and the document (`فچ ریٹنگز
        // کے لگائے گئے معاشی اندازوں`, "the economic estimates made by Fitch Ratings").
        let from = match phrase.start.checked_sub(3) {
            Some(g) if k.is(g + 2, Roles::CONNECTIVE) && k.is_word(g + 1) => g,
            Some(g) if passive_auxiliary(k, g + 2) && k.is_word(g + 1) => g,
            _ => phrase.start.saturating_sub(1),
        };
        let issued_from = k
            .sentence(phrase.start)
            .start
            .max(phrase.start.saturating_sub(DOCUMENT_ISSUER));
        // An estimate with the indefinite article and no genitive right before it (`کائنات کی
        // عمر ایک اندازے کے مطابق`, "the universe's age, by one estimate") has no possessor:
        // the genitive before belongs to another noun.
        let indefinite = head.checked_sub(1).is_some_and(|a| {
            k.is(a, Roles::INDEFINITE)
                && !a.checked_sub(1).is_some_and(|g| k.is(g, Roles::GENITIVE))
        });
        // The light verb of a passive participle (`X کی جانب سے جاری کی گئی پریس ریلیز`,
        // "the press release issued by X") is no genitive, though `کی` is spelled as one.
        let genitive = (from..phrase.end)
            .rev()
            .filter(|_| !indefinite)
            .find(|&j| k.is(j, Roles::GENITIVE) && !passive_auxiliary(k, j + 1));
        return match genitive {
            Some(genitive) => {
                // A year may qualify the document after its possessor (`جاپانی کیبنٹ آفس کی
                // 2015 کی ایک رپورٹ`): the possessor is before it.
                let genitive = match genitive.checked_sub(2) {
                    Some(g)
                        if k.kind(g + 1) == Some(TokenKind::Number) && k.is(g, Roles::GENITIVE) =>
                    {
                        g
                    }
                    _ => genitive,
                };
                // A name in quotation marks may be the possessor (`تنظیم ' ہیومن رائٹس واچ '
                // کی ایک نئی رپورٹ کے مطابق`). A date is none (`1990ء کے اعداد و شمار کے
                // مطابق`, "according to the figures of 1990"): the figures are of a year,
                // and name no source.
                quoted_subject(k, genitive, k.sentence(genitive).start, true).filter(|p| {
                    !p.clone()
                        .last()
                        .is_some_and(|h| k.key(h) == "ء" || k.kind(h) == Some(TokenKind::Number))
                })
            }
            // A well-known body's name or an acronym right before the document is its
            // possessor (`اوگرا نوٹیفیکیشن`, "the OGRA notification"; `نیب رپورٹ`).
            None if phrase.start < head
                && (k.org_end_in(&(phrase.start..head)) == Some((phrase.start, head))
                    || k.spelled(&(phrase.start..head))) =>
            {
                Some(phrase.start..head)
            }
            // A website is a document and an outlet: with no possessor or issuer named
            // (`ویب سائٹ کے مطابق`), it is the outlet that reports, as `اخبار کے مطابق` is.
            None => named_issuer(k, issued_from, phrase.start)
                .or_else(|| k.is(head, Roles::AGENCY).then_some(phrase)),
        };
    }
    Some(phrase)
}

/// At most this many tokens back from a passive cue to where the text named its document
/// before (`نیلسن ہولڈنگز کی جانب سے جاری کردہ … تازہ رپورٹ`, then `رپورٹ میں کہا گیا ہے`).
const DOCUMENT_NAMED_BEFORE: usize = 80;

/// The issuer of the document whose word stands at token `word` (`رپورٹ میں کہا گیا ہے`),
/// named where the text last gave that document with its issuer, a few sentences before
/// (`X کی جانب سے جاری کردہ … رپورٹ`, `X نے … نوٹیفکیشن جاری کیا`). (A possessor is not
/// enough: `سپر کمپیوٹرز کی فہرست` is a list of computers, not one they issued.)
pub(crate) fn issuer_named_before(k: &Document<'_, '_>, word: usize) -> Option<Range<usize>> {
    let key = k.key(word);
    // The issuer's own document: no other document, no source's postposition and no
    // reflexive between (`X کی جانب سے جاری کی گئی تفصیلات کے مطابق اپنے خط میں`: the details
    // are X's, the letter the subject's own).
    let another = Roles::DOCUMENT | Roles::STATEMENT | Roles::NON_SOURCE | Roles::REFLEXIVE;
    (word.saturating_sub(DOCUMENT_NAMED_BEFORE)..word)
        .rev()
        .filter(|&j| k.key(j) == key && !k.is_quoted(j))
        .find_map(|j| {
            let from = k
                .sentence(j)
                .start
                .max(j.saturating_sub(2 * DOCUMENT_ISSUER));
            // And issued: a participle of issuing between, or the document right after `X کی
            // جانب سے` (not `بھارت کی جانب سے فائرنگ پر … خط`, "on firing from India's side").
            let issued =
                |p: &Range<usize>| p.end + 3 >= j || (p.end..j).any(|w| k.key(w) == "جاری");
            // Or issued, written or sent by a clause's subject (`X نے سی او او کی برطرفی کا
            // نوٹیفکیشن جاری کیا`; `X نے میسی کو خط لکھ کر درخواست کی`).
            let by_subject = || {
                let issuing = matches!(
                    k.key(j + 1),
                    "جاری"
                        | "لکھا"
                        | "لکھی"
                        | "لکھے"
                        | "لکھ"
                        | "بھیجا"
                        | "بھیجی"
                        | "بھیجے"
                        | "ارسال"
                );
                if !issuing {
                    return None;
                }
                let sentence = k.sentence(j);
                let marker = ergative_before(k, j, sentence.start, false)?;
                subject_before(k, marker, sentence.start)
            };
            named_issuer(k, from, j)
                .filter(|p| {
                    issued(p)
                        && (p.end..j)
                            .all(|w| !k.is(w, another) && !matches!(k.key(w), "مطابق" | "بموجب"))
                })
                .or_else(by_subject)
        })
}

/// Where the participle of issuing before token `at` begins (`جاری کی گئی`, `جاری کردہ`,
/// `جاری`, "issued"), if one stands right before it.
fn issued_before(k: &Document<'_, '_>, at: usize) -> Option<usize> {
    let mut j = at;
    for _ in 0..2 {
        match j.checked_sub(1) {
            Some(p)
                if matches!(
                    k.key(p),
                    "کردہ" | "کی" | "کیے" | "کیا" | "گئی" | "گئے" | "گیا"
                ) =>
            {
                j = p;
            }
            _ => break,
        }
    }
    j.checked_sub(1).filter(|&p| k.key(p) == "جاری")
}

/// The issuer of a passive statement before token `i`: `X کی جانب سے`, `X کی طرف سے`,
/// `X کے بیان میں`; or the possessor of a statement that the quotation itself is
/// (`X کا ایک پرانا بیان ’…‘ ٹویٹ کیا گیا`: a few words may describe the statement).
/// Words inside quotation marks are the quotation's, never its frame.
fn issuer_before(k: &Document<'_, '_>, i: usize, start: usize) -> Option<Range<usize>> {
    let start = start.max(i.saturating_sub(SUBJECT_DISTANCE));
    // In a relative clause (`X نے خط ارسال کیا جس میں کہا گیا کہ`, "X sent a letter in which
    // it was said"), the issuer is named inside it, or is whoever issued the document the
    // clause describes: its possessor, its issuer or the main clause's subject.
    let relative = (start..i).rev().find(|&j| k.is(j, Roles::RELATIVE));
    let from = relative.map_or(start, |r| r + 1);
    named_issuer(k, from, i).or_else(|| {
        let r = relative?;
        // `جس میں` ("in which") never opens a sentence of its own: a full stop typed before
        // it leaves the clause on the previous sentence's document (`پنجاب حکومت نے تحریری
        // جواب جمع کروا دیا۔ جس میں کہا گیا ہے کہ`).
        let start = if r == start && r > 0 && relative_in(k, r) && k.sentence(r).start == r {
            k.sentence(r - 1)
                .start
                .max(r.saturating_sub(SUBJECT_DISTANCE))
        } else {
            start
        };
        author_before_relative(k, r, start)
    })
}

/// Who a pronoun at token `pronoun` in a relative clause on a statement points to (`صدر
/// ٹرمپ کی اس ٹویٹ نے مزید ہوا دی جس میں انھوں نے کہا`, "President Trump's tweet, in which
/// he said, fanned it further"): the clause describes the statement, so its subject is the
/// statement's author, named in the sentence before the relative pronoun as the statement's
/// possessor (`X کی اس ٹویٹ`, `X کا خط`), its issuer (`X کی جانب سے`), or the subject of the
/// main clause (`X نے ویڈیو شائع کی جس میں انہوں نے کہا`).
pub(crate) fn relative_author(k: &Document<'_, '_>, pronoun: usize) -> Option<Range<usize>> {
    let r = pronoun.checked_sub(2)?;
    if !relative_in(k, r) || k.is_quoted(r) {
        return None;
    }
    let start = k.sentence(r).start.max(r.saturating_sub(SUBJECT_DISTANCE));
    author_before_relative(k, r, start)
}

/// Whether a relative pronoun and `میں` stand at token `r` (`جس میں`, "in which"): a relative
/// clause on a statement or a document.
fn relative_in(k: &Document<'_, '_>, r: usize) -> bool {
    k.is(r, Roles::RELATIVE) && k.key(r + 1) == "میں"
}

/// The author of the statement that the relative clause at token `r` describes, named in the
/// words `start..r` before it: the statement's possessor (`ریسٹاڈ انرجی کی ایک رپورٹ آئی
/// تھی، جس میں`), the main clause's subject (`X نے خط ارسال کیا جس میں`), or else an issuer
/// (`X کی جانب سے`).
fn author_before_relative(k: &Document<'_, '_>, r: usize, start: usize) -> Option<Range<usize>> {
    let possessor = (start..r).rev().filter(|&j| !k.is_quoted(j)).find_map(|j| {
        if !k.is(j, Roles::STATEMENT) {
            return None;
        }
        // A statement issued on someone's behalf is theirs, whoever files it (`طاہر القادری کی
        // جانب سے جواب ان کے وکیل علی ظفر نے جمع کرایا جس میں`).
        if let Some(issuer) = on_behalf_of(k, j, start) {
            return Some(issuer);
        }
        // A demonstrative, an article or a word of description may stand between (`کی اس
        // ٹویٹ`, `کی ایک رپورٹ`), no function word, and not `نام` (`X کے نام خط`: a letter
        // addressed to X).
        let genitive = (j.saturating_sub(3).max(start)..j)
            .rev()
            .find(|&g| k.is(g, Roles::GENITIVE))?;
        let function = Roles::ERGATIVE | Roles::GENITIVE | Roles::POSTPOSITION | Roles::AUXILIARY;
        let describes = |w: usize| {
            let roles = k.roles(w);
            k.is_word(w)
                && k.key(w) != "نام"
                && (roles == Roles::NONE || roles.has(Roles::PRONOUN | Roles::INDEFINITE))
                && !roles.has(function)
        };
        (genitive + 1..j)
            .all(describes)
            .then(|| phrase_before(k, genitive, start))
            .flatten()
    });
    possessor
        .or_else(|| {
            let marker = ergative_before(k, r, start, k.is_quoted(r))?;
            let subject = phrase_before(k, marker, start)?;
            // So is one a subject files on someone's behalf (`عمران خان کی جانب سے ان کے وکیل
            // نے جواب جمع کرایا جس میں`).
            Some(on_behalf_of(k, subject.start, start).unwrap_or(subject))
        })
        .or_else(|| named_issuer(k, start, r))
}

/// Whether token `j` is the passive auxiliary `جانا` in the past (`گیا`, `گئی`, `گئے`, or
/// `گے` as some writers spell it without its hamza): with the verb before it, a passive
/// participle (`لگائے گئے`, `جاری کی گئی`).
fn passive_auxiliary(k: &Document<'_, '_>, j: usize) -> bool {
    matches!(k.key(j), "گیا" | "گئی" | "گئے" | "گے")
}

/// If `X کی جانب سے` ("on behalf of X") stands right before token `at`, X.
pub(crate) fn on_behalf_of(k: &Document<'_, '_>, at: usize, start: usize) -> Option<Range<usize>> {
    let behalf = at >= start + 3
        && k.key(at - 1) == "سے"
        && k.is(at - 2, Roles::ISSUER)
        && k.is(at - 3, Roles::GENITIVE);
    behalf.then(|| phrase_before(k, at - 3, start)).flatten()
}

/// The issuer the words `start..i` before a passive cue name: `X کی جانب سے`, `X کے بیان
/// میں`, `X کا بیان ’…‘`; or the outlet that published a document (`نیویارک ٹائمز میں شائع
/// ہونے والے ایک آرٹیکل کے مطابق`, "according to an article published in the New York
/// Times").
fn named_issuer(k: &Document<'_, '_>, start: usize, i: usize) -> Option<Range<usize>> {
    (start..i).rev().filter(|&j| !k.is_quoted(j)).find_map(|j| {
        // `شائع ہوئی` is a clause of its own ("[it] was published"), not a participle.
        if k.key(j) == "میں" && k.key(j + 1) == "شائع" {
            let finite =
                matches!(k.key(j + 2), "ہوا" | "ہوئی" | "ہوے") || k.is(j + 2, Roles::AUXILIARY);
            if !finite {
                return phrase_before(k, j, start);
            }
        }
        // `وزیراعظم آفس سے جاری ایک بیان` ("a statement issued from the PM's office"): a body
        // issues it, not a place it comes from (`اسلام آباد سے جاری`).
        if k.key(j) == "سے" && k.key(j + 1) == "جاری" {
            let body = phrase_before(k, j, start).filter(|p| {
                p.clone().any(|w| {
                    k.is(
                        w,
                        Roles::GROUP | Roles::AGENCY | Roles::TITLE | Roles::LEADER,
                    )
                })
            });
            if body.is_some() {
                return body;
            }
        }
        // A publication that carries the statement issues it (`برطانوی جریدے دی لینسٹ میں کہا
        // گیا ہے کہ`, "it is said in the British journal The Lancet"): the phrase before `میں`
        // holds the word for an outlet, and the outlet's name after it is the speaker.
        if k.key(j) == "میں" {
            let outlet_word = phrase_before(k, j, start).and_then(|mut phrase| {
                phrase.find(|&w| k.is(w, Roles::AGENCY) && w + 1 < j && !k.is(w + 1, Roles::AGENCY))
            });
            if let Some(w) = outlet_word {
                return Some(w + 1..j);
            }
        }
        let by = k.is(j, Roles::ISSUER) && k.key(j + 1) == "سے";
        let statement = k.is(j, Roles::STATEMENT) && k.key(j + 1) == "میں";
        let quoted = k.is(j, Roles::STATEMENT) && k.is_quote_mark(j + 1);
        // `X میں کی جانے والی ایک تحقیق میں` ("in a study carried out at X"): the body where
        // it was carried out speaks for it.
        if statement {
            if let Some(body) = carried_out_at(k, start, j) {
                return Some(body);
            }
        }
        // An indefinite article or a demonstrative may stand between the possessor and the
        // statement (`بی بی سی کی ایک رپورٹ میں`, `پینٹاگون کی ایک دستاویز میں`, `ہیومن رائٹس
        // واچ کی اس رپورٹ میں`, "in this report of Human Rights Watch"), and so may a word or
        // two that say what kind of statement it is (`انسٹاگرام کے انتباہی نوٹس میں`, "in
        // Instagram's warning notice"; `بینک کی سالانہ رپورٹ میں`).
        let describes = |w: usize| {
            matches!(k.key(w), "ایک" | "اس" | "اسی")
                || (k.is_word(w) && !crate::is_stop_word(k.key(w)) && !k.is_quoted(w))
        };
        let reach = if quoted {
            STATEMENT_DESCRIPTION
        } else if (by || statement) && j > start && describes(j - 1) {
            if j > start + 1 && describes(j - 2) {
                3
            } else {
                2
            }
        } else {
            1
        };
        let genitive = (j.saturating_sub(reach).max(start)..j)
            .rev()
            .find(|&g| k.is(g, Roles::GENITIVE))?;
        (by || statement || quoted)
            .then(|| phrase_before(k, genitive, start))
            .flatten()
    })
}

/// The body named before a study carried out there, which ends at token `statement`
/// (`کنگز کالج لندن میں کی جانے والی لیب سٹڈی`, `یونیورسٹی میں ہونے والی تحقیق`): `میں`, the
/// participle `کی جانے والی` or `ہونے والی`, and a few words of the study's name; only a
/// phrase that names a body.
fn carried_out_at(k: &Document<'_, '_>, start: usize, statement: usize) -> Option<Range<usize>> {
    let from = statement.saturating_sub(STUDY_WORDS).max(start);
    let participle = (from..statement).rev().find(|&w| {
        matches!(k.key(w), "والی" | "والے")
            && w >= 2
            && matches!(
                (k.key(w - 2), k.key(w - 1)),
                ("کی" | "کیے" | "کئے", "جانے") | (_, "ہونے")
            )
    })?;
    let at = (participle.saturating_sub(4).max(start)..participle)
        .rev()
        .find(|&m| k.key(m) == "میں")?;
    phrase_before(k, at, start).filter(|p| {
        p.clone()
            .any(|w| k.is(w, Roles::GROUP | Roles::AGENCY | Roles::INSTITUTION))
    })
}

/// At most this many words between the participle of a study carried out and the study's
/// noun (`کی جانے والی لیب سٹڈی`).
const STUDY_WORDS: usize = 4;

/// At most this many words between a statement's possessor and the statement noun (`کا ایک
/// پرانا بیان`).
const STATEMENT_DESCRIPTION: usize = 3;

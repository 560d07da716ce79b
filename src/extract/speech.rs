//! Speech cues and the noun phrases of their speakers.
//!
//! Urdu is verb-final and marks the subject of a past transitive verb with the ergative
//! `نے`, so the speaker of `کہا کہ` is the noun phrase before the nearest `نے` to its left in
//! the same clause, however far (`پوتن نے … اجلاس میں انہیں سراہتے ہوئے کہا کہ`). A noun of
//! saying takes its speaker as a possessor (`X کا کہنا ہے کہ`), a postposition of source as
//! an oblique (`X کے مطابق`, `X کے بقول`). What was said follows the complementizer `کہ` to
//! the end of the sentence, or stands in quotation marks after the cue.

use std::ops::Range;

use crate::extract::{key_of, KeyedText};
use crate::lexicon::speech::{CueRule, WordRole};
use crate::lexicon::StringMap;
use crate::tokenize::{Token, TokenKind};

/// The speech lexicons, keyed by match key.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpeechLexicon {
    /// Cues by their first word: (all words, rule).
    pub(crate) cues: StringMap<Vec<(Vec<String>, CueRule)>>,
    pub(crate) words: StringMap<Vec<WordRole>>,
    /// Well-known organizations' names, as key sequences.
    pub(crate) orgs: Vec<Vec<String>>,
}

impl SpeechLexicon {
    pub(crate) fn add_cue(&mut self, cue: &str, rule: CueRule) {
        let words: Vec<String> = cue.split_whitespace().map(key_of).collect();
        if let Some(first) = words.first().cloned() {
            let entry = self.cues.entry(first).or_default();
            entry.push((words, rule));
            // Longest cues first, so that `کہا گیا` wins over `کہا`.
            entry.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
    }

    pub(crate) fn add_word(&mut self, word: &str, role: WordRole) {
        if role == WordRole::Org {
            self.orgs
                .push(word.split_whitespace().map(key_of).collect());
        } else {
            self.words.entry(key_of(word)).or_default().push(role);
        }
    }

    /// Whether a well-known organization's name starts at token `i` and ends by `end`.
    fn org_at(&self, k: &Keyed<'_, '_>, i: usize, end: usize) -> bool {
        self.orgs.iter().any(|org| {
            i + org.len() <= end && org.iter().enumerate().all(|(n, w)| k.key(i + n) == w)
        })
    }

    pub(crate) fn has(&self, word: &str, role: WordRole) -> bool {
        self.words.get(word).is_some_and(|r| r.contains(&role))
    }
}

/// The tokens of a text with their match keys, sentences, paragraphs, and whether each
/// token stands inside a quotation. Sentences and paragraphs are looked up by binary search
/// (they are asked for per quotation and per cue, not per token), so that an analysis keeps
/// no per-token index beside the tokens.
pub(crate) struct Keyed<'t, 'a> {
    pub(crate) tokens: &'t [Token<'a>],
    /// The tokens' match keys, the same that the gazetteer matches on.
    pub(crate) keys: &'t KeyedText<'t, 'a>,
    /// The token ranges of the sentences, in order.
    pub(crate) sentences: Vec<Range<usize>>,
    /// The first token of every paragraph (lines are paragraphs) after the first.
    pub(crate) paragraph_starts: Vec<usize>,
    pub(crate) quoted: Vec<bool>,
}

impl Keyed<'_, '_> {
    pub(crate) fn key(&self, i: usize) -> &str {
        self.keys.word(i)
    }

    /// The index of the sentence that holds token `i`.
    pub(crate) fn sentence_index(&self, i: usize) -> Option<usize> {
        let n = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(n).filter(|s| s.contains(&i)).map(|_| n)
    }

    /// The token range of the sentence that holds token `i` (`i..i + 1` if none does).
    pub(crate) fn sentence(&self, i: usize) -> Range<usize> {
        self.sentence_index(i)
            .and_then(|n| self.sentences.get(n))
            .cloned()
            .unwrap_or(i..i + 1)
    }

    /// The paragraph of token `i`, counted from 0.
    pub(crate) fn paragraph(&self, i: usize) -> usize {
        self.paragraph_starts.partition_point(|&s| s <= i)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind(), TokenKind::Word | TokenKind::Latin))
    }
}

/// A speech cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueMatch {
    pub(crate) rule: CueRule,
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
}

/// The auxiliaries that may follow a speech verb before `کہ` (`کہا ہے کہ`, `کہا گیا تھا کہ`).
const AUXILIARIES: &[&str] = &["ہے", "ہیں", "تھا", "تھی", "تھے", "گیا", "گئی", "گئے", "ہو"];
/// Relative pronouns: a `نے` after one belongs to a relative clause (`جنہوں نے`), not to
/// the speaker.
const RELATIVES: &[&str] = &["جنہوں", "جنھوں", "جس", "جن", "جو"];
/// Genitive postpositions: inside a speaker's phrase only before a title (`روس کے صدر`).
const GENITIVES: &[&str] = &["کا", "کی", "کے"];
/// The longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 8;
/// How far (in tokens) a subject may stand before its verb (`پوتن نے … کہا کہ`): far
/// enough for the longest Urdu clauses, and a bound that keeps the search linear.
const SUBJECT_DISTANCE: usize = 80;
/// How many earlier cues are looked at for one that holds a later cue (always in the same
/// sentence, so a few are enough; the bound keeps the pass linear).
const OUTER_LOOKBACK: usize = 16;
/// How many words may stand between a possessor's `کا` and the noun of saying
/// (`X کا اپنے بیان میں کہنا ہے`).
const POSSESSOR_GAP: usize = 4;

/// Every speech cue of the text, in text order. Cues inside quotations are the quoted
/// speaker's words, not the reporter's, and are skipped.
pub(crate) fn find_cues(k: &Keyed<'_, '_>, lex: &SpeechLexicon) -> Vec<CueMatch> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < k.tokens.len() {
        let matched = (!k.quoted.get(i).copied().unwrap_or(false))
            .then(|| cue_at(k, lex, i))
            .flatten();
        match matched {
            Some(m) => {
                i = m.cue.end.max(i + 1);
                found.push(m);
            }
            None => i += 1,
        }
    }
    drop_nested(k, &mut found);
    found
}

/// Reported speech inside reported speech (`مریم کا کہنا تھا کہ عمران خان نے … کا کہا تھا`) is
/// the speaker's words, not a quotation of the article: a cue inside what an earlier verb or
/// possessive cue reports is dropped. Unless a comma stands right before its speaker: then a
/// new report begins there (`…نام بتائیں، مریم نے کہا کہ…`), and the earlier one ends at the
/// comma.
fn drop_nested(k: &Keyed<'_, '_>, cues: &mut Vec<CueMatch>) {
    let mut kept: Vec<CueMatch> = Vec::with_capacity(cues.len());
    for c in cues.drain(..) {
        let start = c
            .speaker
            .as_ref()
            .map_or(c.cue.start, |s| s.start.min(c.cue.start));
        // Sources one after another in an unpunctuated paragraph (`X کے مطابق … Y کے مطابق …`):
        // each reports up to the next.
        if c.rule == CueRule::Source {
            let earlier = kept.iter_mut().rev().take(OUTER_LOOKBACK).find(|o| {
                o.rule == CueRule::Source
                    && o.said
                        .as_ref()
                        .is_some_and(|s| s.start <= start && start < s.end)
            });
            if let Some(said) = earlier.and_then(|o| o.said.as_mut()) {
                said.end = start;
            }
        }
        let outer = kept.iter_mut().rev().take(OUTER_LOOKBACK).find(|o| {
            o.rule != CueRule::Source
                && o.said
                    .as_ref()
                    .is_some_and(|s| s.start <= start && start < s.end)
        });
        match outer {
            Some(o) => {
                let comma = start.checked_sub(1).is_some_and(|p| k.key(p) == "،");
                let own_content = c.said.is_some()
                    || k.tokens
                        .get(c.after)
                        .is_some_and(|t| t.kind() == TokenKind::Quote);
                if !(comma && own_content) {
                    continue;
                }
                if let Some(said) = o.said.as_mut() {
                    said.end = start - 1;
                }
                kept.push(c);
            }
            None => kept.push(c),
        }
    }
    *cues = kept;
}

/// The cue that starts at token `i`, if its grammar holds.
fn cue_at(k: &Keyed<'_, '_>, lex: &SpeechLexicon, i: usize) -> Option<CueMatch> {
    let sentence = k.sentence(i);
    let candidates = lex.cues.get(k.key(i))?;
    let (words, rule) = candidates.iter().find(|(words, _)| {
        words
            .iter()
            .enumerate()
            .all(|(n, w)| i + n < sentence.end && k.key(i + n) == w)
    })?;
    let end = i + words.len();
    // Auxiliaries, then `کہ` or `:`.
    let mut after = end;
    while after < sentence.end && AUXILIARIES.contains(&k.key(after)) {
        after += 1;
    }
    let complementizer = after < sentence.end && k.key(after) == "کہ";
    // `کہا: ’…‘` and `کہا،’’…‘‘`: a colon or comma, then the quotation.
    let quote_follows = |j: usize| {
        k.tokens
            .get(j)
            .is_some_and(|t| t.kind() == TokenKind::Quote)
    };
    let colon = after < sentence.end
        && (k.key(after) == ":" || (k.key(after) == "،" && quote_follows(after + 1)));
    let said_start = after + 1;
    let said = complementizer.then(|| said_start..said_end(k, said_start, sentence.end));
    let cue_end = if complementizer || colon {
        after + 1
    } else {
        after
    };
    let mut m = CueMatch {
        rule: *rule,
        cue: i..cue_end,
        speaker: None,
        marker: None,
        said,
        after: cue_end,
    };
    match rule {
        CueRule::Verb => {
            let present = words.iter().any(|w| w.starts_with("کہت"));
            if present {
                m.speaker = phrase_before(k, lex, i, sentence.start);
            } else {
                let marker = ergative_before(k, i, sentence.start)?;
                m.marker = Some(marker);
                m.speaker = phrase_before(k, lex, marker, sentence.start);
            }
        }
        CueRule::Possessive => {
            // `X کا کہنا ہے کہ`, `X کا اپنے بیان میں کہنا ہے کہ`, `X کا کہنا ہے: ’…‘`: a
            // possessor a few words before, and what was said after `کہ` or in quotation marks.
            let marker = (i.saturating_sub(POSSESSOR_GAP + 1).max(sentence.start)..i)
                .rev()
                .take_while(|&j| k.is_word(j))
                .find(|&j| matches!(k.key(j), "کا" | "کی"))?;
            // `X کا کہنا تھا ان لوگوں کے …`: the formula `کا کہنا تھا` may drop its `کہ`.
            let bare = words.len() == 1
                && words.first().is_some_and(|w| w == "کہنا")
                && after > end
                && after < sentence.end
                && k.is_word(after);
            if bare && !complementizer {
                m.said = Some(after..said_end(k, after, sentence.end));
            } else if !(complementizer || colon || quote_follows(after)) {
                return None;
            }
            m.marker = Some(marker);
            m.cue.start = marker;
            m.speaker = phrase_before(k, lex, marker, sentence.start);
        }
        CueRule::Source => {
            let marker = i.checked_sub(1).filter(|&p| p >= sentence.start)?;
            if k.key(marker) != "کے" {
                return None;
            }
            m.marker = Some(marker);
            m.cue.start = marker;
            let phrase = phrase_before(k, lex, marker, sentence.start)?;
            m.speaker = Some(source_phrase(k, lex, phrase)?);
            // What follows: a quotation (after an optional colon), or the rest of the sentence.
            let mut next = end;
            if next < sentence.end && matches!(k.key(next), ":" | "،") {
                next += 1;
            }
            m.after = next;
            m.cue.end = end;
            m.said = (next < sentence.end).then(|| next..said_end(k, next, sentence.end));
        }
        CueRule::Passive => {
            m.speaker = issuer_before(k, lex, i, sentence.start);
        }
    }
    Some(m)
}

/// Where what was said ends: the sentence's end, less its final punctuation.
fn said_end(k: &Keyed<'_, '_>, start: usize, sentence_end: usize) -> usize {
    let mut end = sentence_end;
    while end > start
        && k.tokens
            .get(end - 1)
            .is_some_and(|t| t.kind() == TokenKind::Punctuation)
    {
        end -= 1;
    }
    end
}

/// The ergative `نے` nearest before token `i` in the sentence: not inside a quotation, not
/// after a relative pronoun, and not beyond a complementizer `کہ` (which starts another
/// clause).
fn ergative_before(k: &Keyed<'_, '_>, i: usize, start: usize) -> Option<usize> {
    let start = start.max(i.saturating_sub(SUBJECT_DISTANCE));
    let mut found = (start..i).rev().find_map(|j| {
        if k.key(j) == "کہ" {
            return Some(None);
        }
        let relative = j
            .checked_sub(1)
            .is_some_and(|p| RELATIVES.contains(&k.key(p)));
        let quoted = k.quoted.get(j).copied().unwrap_or(false);
        (k.key(j) == "نے" && !relative && !quoted).then_some(Some(j))
    })??;
    // A marker typed twice (`توکاییف نے نے`) counts once.
    while found > start && k.key(found - 1) == "نے" {
        found -= 1;
    }
    Some(found)
}

/// The noun phrase that ends just before token `end` (a marker or a verb), within the
/// sentence starting at `start`: words back to a function word, punctuation or the sentence
/// start, with a genitive inside only before a title (`روس کے صدر ولادی میر پوتن`).
pub(crate) fn phrase_before(
    k: &Keyed<'_, '_>,
    lex: &SpeechLexicon,
    end: usize,
    start: usize,
) -> Option<Range<usize>> {
    let mut first = end;
    while first > start && end - first < MAX_PHRASE {
        let j = first - 1;
        let w = k.key(j);
        if !k.is_word(j) {
            break;
        }
        if GENITIVES.contains(&w) {
            let before_title = j + 1 < end
                && [WordRole::Title, WordRole::Leader, WordRole::Group]
                    .iter()
                    .any(|&r| lex.has(k.key(j + 1), r));
            if !before_title || j == start {
                break;
            }
        } else if lex.has(w, WordRole::Stop) && !lex.has(w, WordRole::Pronoun) {
            break;
        }
        first = j;
    }
    // A phrase does not begin with a genitive; it begins with a well-known organization's
    // name inside it (`… نشانہ بنیں اقوامِ متحدہ`: a clause without punctuation before it).
    while first < end && GENITIVES.contains(&k.key(first)) {
        first += 1;
    }
    if let Some(org) = (first..end).find(|&j| lex.org_at(k, j, end)) {
        first = org;
    }
    (first < end).then_some(first..end)
}

/// The speaker of a source postposition: the phrase itself, unless its head is a word after
/// which `کے مطابق` is not speech (`قانون کے مطابق`); for a document (`رپورٹ`), its
/// possessor (`اقوام متحدہ کی رپورٹ کے مطابق`).
fn source_phrase(
    k: &Keyed<'_, '_>,
    lex: &SpeechLexicon,
    phrase: Range<usize>,
) -> Option<Range<usize>> {
    let head = k.key(phrase.end.checked_sub(1)?);
    if lex.has(head, WordRole::NonSource) {
        return None;
    }
    if lex.has(head, WordRole::Document) {
        // The possessor: inside the phrase, or right before it (`X کے اندازے کے مطابق`).
        let from = phrase.start.saturating_sub(1);
        let genitive = (from..phrase.end)
            .rev()
            .find(|&j| GENITIVES.contains(&k.key(j)))?;
        return phrase_before(k, lex, genitive, k.sentence(genitive).start);
    }
    Some(phrase)
}

/// The issuer of a passive statement before token `i`: `X کی جانب سے`, `X کی طرف سے`,
/// `X کے بیان میں`.
fn issuer_before(
    k: &Keyed<'_, '_>,
    lex: &SpeechLexicon,
    i: usize,
    start: usize,
) -> Option<Range<usize>> {
    let start = start.max(i.saturating_sub(SUBJECT_DISTANCE));
    (start..i).rev().find_map(|j| {
        let by = matches!(k.key(j), "جانب" | "طرف") && k.key(j + 1) == "سے";
        let statement = k.key(j) == "بیان" && k.key(j + 1) == "میں";
        let genitive = j
            .checked_sub(1)
            .filter(|&g| g >= start && GENITIVES.contains(&k.key(g)))?;
        (by || statement)
            .then(|| phrase_before(k, lex, genitive, start))
            .flatten()
    })
}

//! Places that the gazetteer does not list, found by the word for their kind before them or
//! by the dateline they open.
//!
//! Urdu news introduces a place its readers may not know with the word for its kind first,
//! as English writes "the town of": `شہر روساریو`, `تحصیل سکرنڈ`, `صوبے سماٹرا`, `علاقے
//! گڈانی`. After such a word (`data/place_cues.tsv`, the words whose role is a kind of
//! place), a name of one to three words that is no common word of Urdu (see
//! `Lexicon::is_common`) is a place of that kind, when a postposition, a list or punctuation
//! follows it. A word of the language after the word for a kind is not (`شہر بھر`,
//! city-wide; `علاقے میں`; `ضلع ناظم`, a title), unless a word that ends place names follows
//! it (`لطیف آباد`, `دتہ خیل`), nor is the noun of a conjunct verb (`علاقے کلیئر کرا لیے`)
//! or a person's name that opens with such a word (`شہر بانو نے کہا`).
//!
//! A news report opens with a dateline: the city it was filed from, then the credit of its
//! agency or reporter in brackets, or a full stop (`ہمبنٹوٹا (اسپورٹس ڈیسک)`). A name no
//! word list knows that opens one of a text's first three lines (after a heading and a
//! headline at most) before such a bracket or stop is a city.
//!
//! Once named so, the place is found wherever the text names it again.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use super::{Found, Gazetteer, Place, PlaceKind, PlaceWord};
use crate::extract::keys::MatchKeys;
use crate::lexicon::words::{grammar_words, Roles};
use crate::lexicon::{Fnv, LEXICON};
use crate::tokenize::TokenKind;
use once_cell::sync::Lazy;

/// A name of at most this many words follows a word for a kind of place.
const MAX_WORDS: usize = 3;

/// At most this many names after the first in a list that a word for their kind opens.
const MAX_LISTED: usize = 8;

/// A word of fewer letters is not taken for a name (short words are the language's).
const MIN_LETTERS: usize = 3;

/// A dateline stands on one of a text's first this many lines (after a heading and a headline
/// at most).
const DATELINE_LINES: usize = 3;

/// A line that opens with a dateline goes on with at least this many tokens of the report.
const MIN_REPORT_TOKENS: usize = 8;

/// The places the text names after a word for their kind (`kinds`: each with its token, in
/// order), which no name the gazetteer found (`found`) covers: each occurrence as tokens
/// `first..end` with its place, one [`Place`] per name.
pub(super) fn places(
    g: &Gazetteer,
    keys: &MatchKeys<'_, '_>,
    found: &[Found],
    kinds: &[(usize, PlaceKind)],
) -> Vec<(usize, usize, Arc<Place>)> {
    // The lines that may open with a dateline, when their first word is no common word.
    let lines: Vec<usize> = keys
        .line_starts()
        .take(DATELINE_LINES)
        .filter(|&t| is_unknown_word(g, keys, t))
        .collect();
    if kinds.is_empty() && lines.is_empty() {
        return Vec::new();
    }
    let mut covered = vec![false; keys.len()];
    for f in found {
        for slot in covered.get_mut(f.first..f.end).into_iter().flatten() {
            *slot = true;
        }
    }
    let uncovered = |t: usize| !covered.get(t).copied().unwrap_or(true);
    let free = |t: usize| uncovered(t) && !keys.line_break_before(t);
    let is_name = |t: usize| free(t) && is_unknown_word(g, keys, t);
    let is_part = |t: usize| free(t) && g.is_cue(keys, t, PlaceWord::Part);
    // The end of the name that opens at token `first` (`first` itself: none): its first
    // word and the words of the name that follow.
    let name_end = |first: usize, opens: bool| {
        if !opens {
            return first;
        }
        (first + 1..(first + MAX_WORDS).min(keys.len()))
            .take_while(|&u| is_name(u) || is_part(u))
            .last()
            .map_or(first + 1, |u| u + 1)
    };
    // Each name with the kind of its place, in the order of the text.
    let mut openings: Vec<(usize, usize, PlaceKind)> = Vec::new();
    for &(t, kind) in kinds {
        let first = t + 1;
        if t > 0 && !keys.line_break_before(t) && is_determiner(keys, t - 1) {
            continue;
        }
        // A name no word list knows, or a word of the language before a word that ends
        // place names (`لطیف آباد`).
        let opens = is_name(first)
            || (free(first) && is_part(first + 1) && is_content_word(g, keys, first));
        let end = name_end(first, opens);
        let named_after = end > first && followed_as_place(g, keys, end);
        if named_after {
            openings.push((first, end, kind));
            // The word for a kind before a list names every place in it (`اضلاع چتور،
            // رنگاریڈی، اور نظام آباد`, "the districts of Chittoor, Ranga Reddy and Nizamabad"),
            // past the places the gazetteer knows (`بیدر، گلبرگہ اور رائچور`).
            let mut at = end;
            for _ in 0..MAX_LISTED {
                let next = (at..keys.len())
                    .take_while(|&u| {
                        !keys.line_break_before(u) && g.is_cue(keys, u, PlaceWord::List)
                    })
                    .last()
                    .map_or(at, |u| u + 1);
                if next == at {
                    break;
                }
                if !uncovered(next) {
                    // (A listed place has a few words: the skip is bounded.)
                    match (next..(next + MAX_WORDS + 1).min(keys.len())).find(|&u| uncovered(u)) {
                        Some(u) => at = u,
                        None => break,
                    }
                    continue;
                }
                let end = name_end(next, is_name(next));
                if end == next || !followed_as_place(g, keys, end) {
                    break;
                }
                openings.push((next, end, kind));
                at = end;
            }
        } else if after_name(kind) && !keys.line_break_before(t) && uncovered(first) && !opens {
            // The word for a kind after a name no word list knows (`اناساگر گاؤں کے`,
            // "Anasagar village's"; `کلچرلہ منڈل`): Urdu writes it on either side. Not the
            // word for a region or a state, which an adjective qualifies as often (`مضافاتی
            // علاقے`, "suburban areas"), nor a word for a kind before a name (`ضلع میدک نے`,
            // `ریلا ضلع ملتان`).
            let before = (t.saturating_sub(MAX_WORDS)..t)
                .rev()
                .take_while(|&u| is_name(u) && !keys.line_break_before(u + 1))
                .last();
            if let Some(first) = before {
                openings.push((first, t, kind));
            }
        }
    }
    for &first in &lines {
        let end = name_end(first, uncovered(first));
        if end > first && is_dateline(g, keys, end) {
            openings.push((first, end, PlaceKind::City));
        }
    }
    openings.sort_unstable_by_key(|&(first, _, _)| first);
    let mut named: HashMap<Vec<&str>, Arc<Place>, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut out = Vec::new();
    // The token before which the next name may begin (past the last name taken).
    let mut resume = 0;
    for (first, end, kind) in openings {
        if first < resume {
            continue;
        }
        let words: Vec<&str> = (first..end).map(|u| keys.word(u)).collect();
        let text = keys
            .tokens()
            .span_of(first..end)
            .and_then(|span| keys.tokens().text().get(span.range()))
            .unwrap_or_default();
        let place = named
            .entry(words)
            .or_insert_with(|| Arc::new(Place::new(text, kind)))
            .clone();
        out.push((first, end, place));
        resume = end;
    }
    if named.is_empty() {
        return out;
    }
    // The same name again, without the word for its kind (a word that opens no such name is
    // passed over at the cost of one lookup).
    let longest = named.keys().map(Vec::len).max().unwrap_or(0);
    let openers: HashSet<&str, BuildHasherDefault<Fnv>> = named
        .keys()
        .filter_map(|words| words.first().copied())
        .collect();
    // Their lengths in bytes, one bit each (the last: 63 or more), tested before a lookup.
    let length_bit = |word: &str| 1u64 << word.len().min(63);
    let lengths = openers.iter().fold(0, |bits, w| bits | length_bit(w));
    let taken: Vec<(usize, usize)> = out.iter().map(|&(first, end, _)| (first, end)).collect();
    let mut t = 0;
    while t < keys.len() {
        let word = keys.word(t);
        if lengths & length_bit(word) == 0 || !openers.contains(word) {
            t += 1;
            continue;
        }
        // A name found after its kind word stands here: pass it by (those names are in the
        // order of the text, found before any of these).
        let found_here = taken
            .binary_search_by_key(&t, |&(first, _)| first)
            .ok()
            .and_then(|i| taken.get(i));
        if let Some(&(_, end)) = found_here {
            t = end;
            continue;
        }
        let again = (1..=longest).rev().find_map(|n| {
            let words: Vec<&str> = (t..t + n)
                .take_while(|&u| is_name(u) || is_part(u))
                .map(|u| keys.word(u))
                .collect();
            let place = named.get(&words).filter(|_| words.len() == n)?;
            Some((n, place.clone()))
        });
        match again {
            Some((n, place)) if followed_as_place(g, keys, t + n) => {
                out.push((t, t + n, place));
                t += n;
            }
            _ => t += 1,
        }
    }
    out
}

/// Whether the word for a place of kind `kind` names one after its name as well as before
/// it: a district, city, town or village (`کلچرلہ منڈل`, `اناساگر گاؤں`).
fn after_name(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::District | PlaceKind::City | PlaceKind::Town | PlaceKind::Village
    )
}

/// Whether what follows the name that ends before token `end` shows a place: a
/// postposition (`ضلع خواہن میں`), a word of a list or a place word after it, punctuation,
/// or the end of its line. A verb does not (`علاقے کلیئر کرا لیے`, "had the areas
/// cleared": the noun of a conjunct verb), nor the ergative `نے` (`شہر بانو نے`: a place is
/// no agent).
fn followed_as_place(g: &Gazetteer, keys: &MatchKeys<'_, '_>, end: usize) -> bool {
    if end >= keys.len() || keys.line_break_before(end) {
        return true;
    }
    let cue = |role| g.is_cue(keys, end, role);
    match keys.tokens().kind(end) {
        Some(TokenKind::Word) => {
            !super::evidence::is_ergative(keys.word(end))
                && (cue(PlaceWord::Postposition) || cue(PlaceWord::List) || cue(PlaceWord::After))
        }
        _ => true,
    }
}

/// Whether the name that opens a line and ends before token `end` is a dateline's: the
/// place a report was filed from, before the credit of its agency or reporter in brackets
/// or the full stop that ends a dateline (`ہمبنٹوٹا (اسپورٹس ڈیسک)`, `گولڈ کوسٹ ۔`), on a
/// line that goes on with the report. A line of a few words is no report but a caption
/// (`… (فائل فوٹو)`) or a heading; and a name whose bracket a postposition or the ergative
/// follows is a person's or a body's, with a gloss (`جیمز میٹس (امریکی وزیر دفاع) نے کہا`).
fn is_dateline(g: &Gazetteer, keys: &MatchKeys<'_, '_>, end: usize) -> bool {
    let goes_on =
        (end + 1..=end + MIN_REPORT_TOKENS).all(|t| t < keys.len() && !keys.line_break_before(t));
    let after_bracket = (end + 1..end + MIN_REPORT_TOKENS)
        .find(|&t| keys.word(t) == ")")
        .map(|t| t + 1);
    let glossed = after_bracket.is_some_and(|t| {
        super::evidence::is_ergative(keys.word(t)) || g.is_cue(keys, t, PlaceWord::Postposition)
    });
    goes_on && !glossed && matches!(keys.word(end), "(" | "۔")
}

/// The demonstratives, quantifiers and indefinite articles of `data/grammar_words.tsv`.
static DETERMINERS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    grammar_words(Roles::DEMONSTRATIVE | Roles::QUANTIFIER | Roles::INDEFINITE).collect()
});

/// Whether token `t` is a determiner or a number: the word for a kind of place after it is
/// a common noun with its own phrase (`یہ علاقے سبزے سے خالی ہیں`, "these areas are bare of
/// green"; `کئی شہر`, `دو صوبے`), not a title before a name.
fn is_determiner(keys: &MatchKeys<'_, '_>, t: usize) -> bool {
    keys.tokens().kind(t) == Some(TokenKind::Number)
        || DETERMINERS.contains(&keys.tokens().normalized(t))
}

/// Whether token `t` is a word of the language that may stand in a name: not a function
/// word or a place's cue word.
fn is_content_word(g: &Gazetteer, keys: &MatchKeys<'_, '_>, t: usize) -> bool {
    keys.tokens().kind(t) == Some(TokenKind::Word)
        && !crate::is_stop_word(keys.tokens().normalized(t))
        && !g.is_cue_word(keys.word(t))
}

/// Whether token `t` is a word that no word list knows: Arabic letters only, not a common
/// word of Urdu (the lexicon holds normalized words, with the hamza the match key leaves
/// out), a function word, a cue word or a demonym.
fn is_unknown_word(g: &Gazetteer, keys: &MatchKeys<'_, '_>, t: usize) -> bool {
    let word = keys.tokens().normalized(t);
    keys.tokens().kind(t) == Some(TokenKind::Word)
        && word.chars().count() >= MIN_LETTERS
        && word.chars().all(crate::script::is_arabic_letter)
        && !LEXICON.is_common(word)
        && !is_glued_and(word)
        && !crate::is_stop_word(word)
        && !g.is_cue_word(keys.word(t))
        && g.demonym_country(keys.word(t)).is_none()
}

/// Whether `word` is the conjunction `و` glued to a common word (`شہرودیہات`, "cities and
/// villages", written `شہر ودیہات`): `و` joins no letter after it, and writers leave out the
/// space after it.
fn is_glued_and(word: &str) -> bool {
    word.strip_prefix('و')
        .is_some_and(|rest| LEXICON.is_common(rest))
}

//! Which names found in a text are taken as places: a name that is also a common word
//! (`چین`, peace; `شام`, evening) or a person's name (`صوفیہ`, `ریاض`) needs evidence next
//! to it.

use super::{Found, Gazetteer, PlaceWord};
use crate::extract::keys::MatchKeys;
use once_cell::sync::Lazy;

use crate::lexicon::places::Evidence;
use crate::lexicon::words::{grammar_words, Roles};
use crate::script::is_sentence_terminator;
use crate::tokenize::TokenKind;

/// Which of the names found are taken as places: those that need no evidence, those with a
/// cue word next to them, datelines, and those listed next to a name already taken
/// (`ترکی، شام اور عراق`: one sweep each way carries the evidence along the list).
pub(super) fn accepted(g: &Gazetteer, keys: &MatchKeys<'_, '_>, found: &[Found]) -> Vec<bool> {
    let mut accepted: Vec<bool> = (0..found.len())
        .map(|i| found.get(i).is_some_and(|f| has_evidence(g, keys, f)))
        .collect();
    let listed = |i: usize, j: usize, accepted: &[bool]| -> bool {
        let (Some(f), Some(n)) = (found.get(i), found.get(j)) else {
            return false;
        };
        let (left, right) = if i < j { (f, n) } else { (n, f) };
        let between = left.end;
        f.place.is_some()
            && accepted.get(j).copied().unwrap_or(false)
            && left.end + 1 == right.first
            && g.is_cue(keys, between, PlaceWord::List)
            && !keys.line_break_before(between)
            && !keys.line_break_before(right.first)
    };
    let forward = (1..found.len()).map(|i| (i, i - 1));
    let backward = (0..found.len().saturating_sub(1)).rev().map(|i| (i, i + 1));
    for (i, neighbour) in forward.chain(backward) {
        if listed(i, neighbour, &accepted) {
            if let Some(slot) = accepted.get_mut(i) {
                *slot = true;
            }
        }
    }
    accepted
}

/// Whether the name `f` has, on its own, the evidence its place needs.
fn has_evidence(g: &Gazetteer, keys: &MatchKeys<'_, '_>, f: &Found) -> bool {
    if f.place.is_none() {
        return false;
    }
    let evidence = f.evidence;
    if evidence == Evidence::None {
        return true;
    }
    let prev = f
        .first
        .checked_sub(1)
        .filter(|_| !keys.line_break_before(f.first));
    let next = Some(f.end).filter(|&n| n < keys.len() && !keys.line_break_before(n));
    let has = |t: Option<usize>, role: PlaceWord| t.is_some_and(|t| g.is_cue(keys, t, role));
    // `ملک` ("country") before a name shows a country's name (`عرب ملک مصر`), not a city's:
    // `ملک ریاض` is a person (Malik Riaz), `دونوں ملک منڈی تک` a market.
    let country_word = prev.is_some_and(|t| keys.word(t) == COUNTRY_WORD);
    let before = has(prev, PlaceWord::Before) && (is_country(g, f) || !country_word);
    if before || has(next, PlaceWord::After) {
        return true;
    }
    let postposition = has(next, PlaceWord::Postposition);
    if evidence == Evidence::Postposition && (postposition || opens_clause(g, keys, f, prev)) {
        return true;
    }
    // A person is the usual agent (`صوفیہ نے کہا`): for a name that is also a person's, the
    // ergative `نے` shows no place.
    let ergative = next.is_some_and(|t| is_ergative(keys.word(t)));
    if evidence == Evidence::Name && postposition && !ergative && opens_phrase(g, keys, prev) {
        return true;
    }
    // A dateline: the name opens a line and `(` `۔` `:` or `-` follows (`لاہور (نامہ نگار)`).
    keys.line_break_before(f.first)
        && next
            .map(|t| keys.word(t))
            .is_some_and(|w| matches!(w, "(" | "۔" | ":" | "-"))
}

/// Whether the country's name `f` opens a sentence or a clause after `کہ` (`prev`: the token
/// before it, `None` at a line's start): `۔ چین ہمیشہ پاکستان کو قرضہ نہیں دے گا`, `کہا کہ
/// چین ہمارا آزمودہ دوست ہے`. Urdu puts the subject first, and the common words that are
/// also countries' names (`چین`, peace; `قطر`, diameter; `مصر`, insistent) are not what a
/// clause opens with, so the name is the subject: the country.
fn opens_clause(g: &Gazetteer, keys: &MatchKeys<'_, '_>, f: &Found, prev: Option<usize>) -> bool {
    let opener = |word: &str| {
        let mut chars = word.chars();
        let ends_sentence = match (chars.next(), chars.next()) {
            (Some(c), None) => c == '.' || is_sentence_terminator(c),
            _ => false,
        };
        ends_sentence || word == "کہ"
    };
    is_country(g, f) && prev.is_none_or(|t| opener(keys.word(t)))
}

/// Whether the name `f` found is a country's.
fn is_country(g: &Gazetteer, f: &Found) -> bool {
    f.place
        .and_then(|p| g.data.places.get(p))
        .is_some_and(|p| p.kind() == super::PlaceKind::Country)
}

/// Whether a name after token `prev` (`None`: at the start of a line) opens its noun phrase:
/// nothing stands before it, or a token that is not a word, a function word, a cue word, or
/// a demonym. A person's name in Urdu news is two words or more, the given name first
/// (`کترینہ کیف کی فلم`, `وہاب ریاض کے بجائے`): a name that is also a surname, after any
/// other word, may be the end of a person's name, and its postposition no evidence of a
/// place. (After a given name, a name that is also one awaits its surname, `صوفیہ ہامانی`,
/// and no postposition follows it.)
fn opens_phrase(g: &Gazetteer, keys: &MatchKeys<'_, '_>, prev: Option<usize>) -> bool {
    let Some(t) = prev else {
        return true;
    };
    let word = keys.word(t);
    keys.tokens().kind(t) != Some(TokenKind::Word)
        || crate::is_stop_word(word)
        || g.is_cue_word(word)
        || g.demonym_country(word).is_some()
}

/// The word for a country, a place word before a country's name only.
const COUNTRY_WORD: &str = "ملک";

/// The ergative marker (`نے`) of `data/grammar_words.tsv`.
static ERGATIVES: Lazy<Vec<&'static str>> = Lazy::new(|| grammar_words(Roles::ERGATIVE).collect());

/// Whether `word` (a match key) is the ergative marker.
pub(super) fn is_ergative(word: &str) -> bool {
    ERGATIVES.contains(&word)
}

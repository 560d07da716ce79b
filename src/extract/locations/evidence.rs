//! Which names found in a text are taken as places: a name that is also a common word
//! (`چین`, peace; `شام`, evening) needs evidence next to it.

use super::{Found, Gazetteer, PlaceWord};
use crate::extract::keys::MatchKeys;
use crate::lexicon::places::Evidence;

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
    let evidence = g.evidence_of(f);
    if evidence == Evidence::None {
        return true;
    }
    let prev = f
        .first
        .checked_sub(1)
        .filter(|_| !keys.line_break_before(f.first));
    let next = Some(f.end).filter(|&n| n < keys.len() && !keys.line_break_before(n));
    let has = |t: Option<usize>, role: PlaceWord| t.is_some_and(|t| g.is_cue(keys, t, role));
    if has(prev, PlaceWord::Before) || has(next, PlaceWord::After) {
        return true;
    }
    if evidence == Evidence::Postposition && has(next, PlaceWord::Postposition) {
        return true;
    }
    // A dateline: the name opens a line and `(` `۔` `:` or `-` follows (`لاہور (نامہ نگار)`).
    keys.line_break_before(f.first)
        && next
            .map(|t| keys.word(t))
            .is_some_and(|w| matches!(w, "(" | "۔" | ":" | "-"))
}

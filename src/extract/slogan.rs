//! Slogans: words in quotation marks that the word for a slogan follows (`’’گو نواز گو‘‘ کے
//! نعرے لگ رہے ہیں`). A slogan is words said, however short; it is a crowd's, not the speech
//! of whoever spoke last. The text often names who chanted it, just before the marks:
//! - the issuer, `X کی جانب سے ’’…‘‘ کے نعرے` ("slogans of … from X");
//! - the subject of the verb of chanting, with `نے` (`مظاہرین نے ’’…‘‘ کے نعرے لگائے`);
//! - a group of people as the subject of a present or continuous verb, which takes no
//!   `نے` (`لوگ ’’…‘‘ کے نعرے لگاتے رہے`).
//!
//! Each such slogan gets a frame, a cue whose speaker is the chanters; the other slogans
//! are reported with no speaker.

use std::ops::Range;

use crate::extract::cues::{on_behalf_of, phrase_before, CueMatch};
use crate::extract::document::Document;
use crate::extract::pairing::QuotePair;
use crate::lexicon::words::Roles;

/// At most this many tokens between a slogan's closing mark and the genitive before the word
/// for slogans: the other slogans of a list (`’…‘ اور ’…‘ کے نعرے`).
const SLOGAN_LIST: usize = 12;

/// The token of the word for slogans after quotation `p`, if `p` is a slogan: the word
/// follows a genitive, perhaps after an adjective (`’’جیوے جیوے پاکستان‘‘ اور ’’ہم کیا چاہتے
/// آزادی‘‘ کے فلک شگاف نعرے`), and the slogans may be listed before the genitive.
pub(crate) fn slogan_word(k: &Document<'_, '_>, p: &QuotePair) -> Option<usize> {
    let slogan = |j: usize| matches!(k.key(j), "نعرے" | "نعروں" | "نعرہ");
    let after = p.close + 1;
    let genitive = (after..after + SLOGAN_LIST)
        .take_while(|&j| j < k.len())
        .find(|&j| k.is(j, Roles::GENITIVE))
        .filter(|&g| {
            (after..g).all(|j| k.is_quote_mark(j) || k.is_quoted(j) || k.is(j, Roles::CONNECTIVE))
        })?;
    // An adjective of a word or two may stand before it (`فلک شگاف نعرے`).
    (genitive + 1..genitive + 4)
        .take_while(|&j| j < k.len() && k.is_word(j))
        .find(|&j| slogan(j))
}

/// The frames of the slogans whose chanters the text names just before them.
pub(crate) fn slogan_frames(k: &Document<'_, '_>, pairs: &[QuotePair]) -> Vec<CueMatch> {
    pairs
        .iter()
        .enumerate()
        .filter_map(|(n, p)| {
            let word = slogan_word(k, p)?;
            let first = list_start(k, pairs, n);
            let speaker = chanters(k, first, k.sentence(first).start)?;
            Some(CueMatch::frame(word..word + 1, Some(speaker), None, p.open))
        })
        .collect()
}

/// Whether cue `c` is the frame of slogan `p`.
pub(crate) fn is_slogan_frame(c: &CueMatch, p: &QuotePair) -> bool {
    c.after == p.open && c.is_chant()
}

/// At most this many slogans before one in a list (`’…‘ اور ’…‘`): a bound that keeps the
/// search linear.
const SLOGANS_BEFORE: usize = 8;

/// The opening mark of the first slogan of the list that the slogan `pairs[n]` ends
/// (`’…‘ اور ’…‘`: the marks of the one before, then a connective).
fn list_start(k: &Document<'_, '_>, pairs: &[QuotePair], mut n: usize) -> usize {
    for _ in 0..SLOGANS_BEFORE {
        let Some(before) = n.checked_sub(1) else {
            break;
        };
        let (Some(p), Some(q)) = (pairs.get(before), pairs.get(n)) else {
            break;
        };
        let joined = q.open == p.close + 2 && k.is(p.close + 1, Roles::CONNECTIVE);
        if !joined {
            break;
        }
        n = before;
    }
    pairs.get(n).map_or(0, |p| p.open)
}

/// Who chanted the slogans that open at token `open`, in the sentence from `start`: the
/// issuer (`X کی جانب سے`), the ergative subject (`X نے`) or a group of people just before
/// the marks.
fn chanters(k: &Document<'_, '_>, open: usize, start: usize) -> Option<Range<usize>> {
    let before = open.checked_sub(1).filter(|&b| b > start)?;
    if let Some(issuer) = on_behalf_of(k, open, start) {
        return Some(issuer);
    }
    if k.is(before, Roles::ERGATIVE) {
        return phrase_before(k, before, start);
    }
    k.is(before, Roles::COLLECTIVE)
        .then(|| phrase_before(k, open, start))
        .flatten()
}

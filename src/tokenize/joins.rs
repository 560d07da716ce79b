//! Repair of space-omission joins: `کہاکہ` is `کہا` + `کہ`.
//!
//! Urdu letters that do not join to the left (ا د ڈ ذ ر ڑ ز ژ و ے …) leave a visible gap
//! after them, so writers often leave out the space that should follow: the page looks the
//! same. The repair splits a word only at such gaps, only into words of the join list
//! (`data/joins.tsv`), and only when the whole word is not itself a listed word or a place
//! name of the gazetteer, so real words (`کہکشاں`, `پرانی`, `ایسے`, `سکاکہ`) are never split.

use std::collections::HashSet;
use std::ops::Range;

use crate::lexicon::places::PLACE_WORDS;
use crate::lexicon::{JoinClass, JOIN_WORDS, LONGEST_JOIN_WORD};
use crate::script::{is_arabic_mark, is_non_joining};

/// Joined runs longer than this many bytes are left alone: no Urdu run of function words is
/// that long, and the bound keeps the search linear in the text.
const MAX_JOIN_BYTES: usize = 96;

/// The join repair: the shipped join list, plus the words a user wants kept whole.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct JoinWords {
    keep: HashSet<String>,
}

impl JoinWords {
    /// Adds a word that is never split (a name or term that happens to look like a join).
    pub(crate) fn keep(&mut self, word: String) {
        self.keep.insert(word);
    }

    fn class(&self, word: &str) -> Option<JoinClass> {
        JOIN_WORDS.get(word).copied()
    }

    /// Whether a join word ends at one of the inner cuts of `word` (looking no further than
    /// the longest join word).
    fn starts_with_join_word(&self, word: &str) -> bool {
        let longest = *LONGEST_JOIN_WORD;
        let mut after_non_joining = false;
        for (i, c) in word.char_indices() {
            if i > longest {
                return false;
            }
            if is_arabic_mark(c) {
                continue;
            }
            if after_non_joining && word.get(..i).is_some_and(|p| self.class(p).is_some()) {
                return true;
            }
            after_non_joining = is_non_joining(c);
        }
        false
    }

    /// The pieces of `word` if it is a run of join words written without spaces, as byte
    /// ranges of `word`; `None` if it should stay whole.
    pub(crate) fn split(&self, word: &str) -> Option<Vec<Range<usize>>> {
        if word.len() > MAX_JOIN_BYTES {
            return None;
        }
        // Cheap test first: most words do not begin with a join word before an inner cut.
        if !self.starts_with_join_word(word)
            || self.class(word).is_some()
            || self.keep.contains(word)
            || PLACE_WORDS.contains(word)
        {
            return None;
        }
        let cuts = cut_points(word);
        // For each cut, the best way to cover the word up to it: fewest pieces.
        let mut best: Vec<Option<Step>> = vec![None; cuts.len()];
        for (to, &end) in cuts.iter().enumerate().skip(1) {
            for (from, &start) in cuts.iter().enumerate().take(to) {
                let Some(piece) = word.get(start..end) else {
                    continue;
                };
                let Some(class) = self.class(piece) else {
                    continue;
                };
                let pieces = if from == 0 {
                    1
                } else {
                    match best.get(from).copied().flatten() {
                        Some(prev) if may_follow(prev.class, class, piece) => prev.pieces + 1,
                        _ => continue,
                    }
                };
                let slot = best.get_mut(to)?;
                if slot.map_or(true, |s| pieces < s.pieces) {
                    *slot = Some(Step {
                        pieces,
                        from,
                        class,
                    });
                }
            }
        }
        let last = best.last().copied().flatten()?;
        if last.pieces < 2 {
            return None;
        }
        let mut pieces = Vec::with_capacity(last.pieces);
        let mut to = cuts.len() - 1;
        while to > 0 {
            let step = best.get(to).copied().flatten()?;
            pieces.push(*cuts.get(step.from)?..*cuts.get(to)?);
            to = step.from;
        }
        pieces.reverse();
        Some(pieces)
    }
}

/// The best cover of a word up to one cut point: how many pieces, where the last piece
/// starts (an index into the cut points), and the class of the last piece.
#[derive(Clone, Copy, Debug)]
struct Step {
    pieces: usize,
    from: usize,
    class: JoinClass,
}

/// Whether a piece of class `next` (the word `piece`) may follow a piece of class `prev`
/// inside one join.
fn may_follow(prev: JoinClass, next: JoinClass, piece: &str) -> bool {
    match (prev, next) {
        // Two case markers never stand side by side in Urdu (`کا کا` is a name, not a join).
        (JoinClass::Case, JoinClass::Case) => false,
        // The ergative `نے` follows a noun or pronoun, never a verb: a stem before it is the
        // oblique infinitive (`کرنے`, `ہونے`), a verb form before it a word (`تھانے`).
        (JoinClass::Stem | JoinClass::Verb, _) => piece != "نے",
        _ => true,
    }
}

/// The byte positions where `word` may be cut: its start, every position after a
/// non-joining letter (and the marks on it) that is followed by another letter, its end.
fn cut_points(word: &str) -> Vec<usize> {
    let mut cuts = vec![0];
    let mut after_non_joining = false;
    for (i, c) in word.char_indices() {
        if is_arabic_mark(c) {
            continue;
        }
        if after_non_joining && i > 0 {
            cuts.push(i);
        }
        after_non_joining = is_non_joining(c);
    }
    if !word.is_empty() {
        cuts.push(word.len());
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(word: &str) -> Vec<&str> {
        match JoinWords::default().split(word) {
            Some(p) => p.into_iter().map(|r| &word[r]).collect(),
            None => vec![word],
        }
    }

    #[test]
    fn joins_are_split() {
        assert_eq!(pieces("کہاکہ"), ["کہا", "کہ"]);
        assert_eq!(pieces("ہےجبکہ"), ["ہے", "جبکہ"]);
        assert_eq!(pieces("کیاگیاہے"), ["کیا", "گیا", "ہے"]);
        assert_eq!(pieces("تھاکہ"), ["تھا", "کہ"]);
        assert_eq!(pieces("کےبعد"), ["کے", "بعد"]);
        assert_eq!(pieces("کرکے"), ["کر", "کے"]);
    }

    #[test]
    fn real_words_stay_whole() {
        for word in [
            "کہکشاں",
            "پرانی",
            "ایسے",
            "جیسے",
            "کیسے",
            "انکار",
            "دوسرے",
            "شکریہ",
            "ہوگا",
            "کاکا",
            "کرنے",
            "ہونے",
        ] {
            assert_eq!(pieces(word), [word], "{word}");
        }
    }
}

//! Repair of space-omission joins: `کہاکہ` is `کہا` + `کہ`, `کیاگیاہے` is `کیا` + `گیا` + `ہے`,
//! `منسٹرکو` is `منسٹر` + `کو`.
//!
//! Urdu letters that do not join to the left (ا د ڈ ذ ر ڑ ز ژ و ے …) leave a visible gap
//! after them, so writers often leave out the space that should follow, and the page looks
//! the same. What follows such a gap, when the space is left out, is a function word: a
//! postposition, an auxiliary or light verb, a particle (`data/joins.tsv`). So a word is
//! cut only at such gaps, only into a first word followed by function words, and only when
//! the whole is not a word of Urdu: not in the lexicon (`data/lexicon.tsv`, generated from
//! Tesseract's Urdu word list and news-corpus counts), not a gazetteer name, not a word the
//! user keeps whole. Among the possible cuts, the most probable under the lexicon's unigram
//! model wins (a known first word beats an unknown one). Real words stay whole (`کہکشاں`,
//! `پرانی`, `ایسے`, `تاکہ`), and so do compounds of two content words (`نظرانداز`,
//! `غیرقانونی`) and the future written joined (`جائےگا`), which are spellings, not omissions.
//! Rules of Urdu grammar and morphology narrow the cuts further (each stated where it is
//! applied, in `may_follow` and `inflects_known_word`): two case markers never stand side by
//! side; the ergative `نے` never follows a verb, and after a verb stem it is the infinitive's
//! ending; a word the lexicon does not know is glued to a postposition, not to a verb; the
//! oblique and feminine forms of known words stay whole.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use crate::lexicon::places::PLACE_WORDS;
use crate::lexicon::{
    has_join_ending, JoinClass, JOIN_ENDINGS, JOIN_WORDS, JOIN_WORD_LENGTHS, LEXICON,
};
use crate::script::{is_arabic_mark, is_diacritic, is_non_joining};

/// Joined runs longer than this many bytes are left alone: no run of Urdu words written
/// together is that long, and the bound keeps the search linear in the text.
const MAX_JOIN_BYTES: usize = 96;

/// The join repair, with the words a user wants kept whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct JoinWords {
    keep: HashSet<String>,
    /// The join words' endings, looked up for every word (held here so that the hot path
    /// does not touch the lazy static).
    endings: &'static [Vec<u64>; 2],
}

impl Default for JoinWords {
    fn default() -> Self {
        JoinWords {
            keep: HashSet::new(),
            endings: &JOIN_ENDINGS,
        }
    }
}

impl JoinWords {
    /// Whether `word` is long enough to hold two words (a two-letter word and a two-letter
    /// function word, or `آ` and one) and ends like a join word: the test every word takes
    /// before [`split`](Self::split).
    #[inline]
    pub(crate) fn may_be_join(&self, word: &str) -> bool {
        let long_enough = word.len() >= 8 || (word.len() >= 6 && word.starts_with('آ'));
        long_enough && has_join_ending(self.endings, word)
    }

    /// Adds a word that is never split (a name or term that happens to look like a join).
    pub(crate) fn keep(&mut self, word: String) {
        self.keep.insert(word);
    }

    /// The pieces of `word` if it is words written together without spaces, as byte ranges
    /// of `word`; `None` if it should stay whole.
    pub(crate) fn split(&self, word: &str) -> Option<Vec<Range<usize>>> {
        // Cheap tests first: a word of the lexicon stays whole (most words that get here are
        // one), a join ends in a function word after a non-joining letter, and a function word
        // stays whole.
        let lexicon = &*LEXICON;
        if word.len() > MAX_JOIN_BYTES
            || lexicon.get(word).is_some()
            || !ends_in_glued_function_word(word)
            || JOIN_WORDS.contains_key(word)
        {
            return None;
        }
        let cuts = cut_points(word);
        if cuts.len() < 3
            || self.keep.contains(word)
            || PLACE_WORDS.contains(word)
            || inflects_known_word(word)
        {
            return None;
        }
        // The most probable cover of the word up to each cut point: a first word (known or
        // not), then function words.
        let mut best: Vec<Option<Step>> = vec![None; cuts.len()];
        for (to, &end) in cuts.iter().enumerate().skip(1) {
            for (from, &start) in cuts.iter().enumerate().take(to) {
                let Some(piece) = word.get(start..end).map(plain) else {
                    continue;
                };
                let step = if from == 0 {
                    // The whole word as one piece is no cut: an unknown word with a cut of this
                    // shape is a join. A one-letter first word is a verb stem of the list (`آ` in `آرہی`), never
                    // a letter that begins a word (`و` in `وہی`).
                    let short =
                        piece.chars().count() < 2 && !JOIN_WORDS.contains_key(piece.as_ref());
                    if short || to == cuts.len() - 1 {
                        continue;
                    }
                    let known = lexicon.get(&piece).map(|k| f64::from(k.log_p));
                    let log_p = known.unwrap_or_else(|| lexicon.log_p_unknown(&piece));
                    let class = JOIN_WORDS.get(piece.as_ref()).copied();
                    Step {
                        log_p,
                        pieces: 1,
                        from,
                        class,
                        known: known.is_some(),
                    }
                } else {
                    let Some(class) = JOIN_WORDS.get(piece.as_ref()).copied() else {
                        continue;
                    };
                    let log_p = lexicon
                        .get(&piece)
                        .map_or_else(|| lexicon.log_p_unknown(&piece), |k| f64::from(k.log_p));
                    let Some(prev) = best.get(from).copied().flatten() else {
                        continue;
                    };
                    let host = word.get(..start).map(plain).unwrap_or_default();
                    if !may_follow(prev, class, &piece, &host) {
                        continue;
                    }
                    Step {
                        log_p: prev.log_p + log_p,
                        pieces: prev.pieces + 1,
                        from,
                        class: Some(class),
                        known: true,
                    }
                };
                let slot = best.get_mut(to)?;
                if slot.map_or(true, |s| step.log_p > s.log_p) {
                    *slot = Some(step);
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

/// The best cover of a word up to one cut point: its log probability, how many pieces,
/// where the last piece starts (an index into the cut points), and the last piece's class.
#[derive(Clone, Copy, Debug)]
struct Step {
    log_p: f64,
    pieces: usize,
    from: usize,
    class: Option<JoinClass>,
    /// Whether the last piece is a word of the lexicon.
    known: bool,
}

/// Whether the function word `piece` (of class `next`) may follow `prev`, the cover of
/// `host` (the word up to the piece).
fn may_follow(prev: Step, next: JoinClass, piece: &str, host: &str) -> bool {
    match (prev.class, next) {
        // Two case markers never stand side by side in Urdu (`کا کا` is a name, not a join).
        (Some(JoinClass::Case), JoinClass::Case) => false,
        // The ergative `نے` follows a noun or pronoun, never a verb: a stem before it is the
        // oblique infinitive (`کرنے`, `ہونے`), a verb form before it a word (`تھانے`).
        (Some(JoinClass::Stem | JoinClass::Verb), _) if piece == "نے" => false,
        // A word the lexicon does not know (a name, mostly) is glued to a postposition
        // (`منسٹرکو`, `ناٹوکے`); before a verb or particle it is more likely a word of its own
        // that ends that way (`لاپرواہی`, `سدھاکر`, `چوراہے`).
        (None, JoinClass::Verb | JoinClass::Stem | JoinClass::Particle) if !prev.known => false,
        // The conjunctive `کر` follows a verb stem, not a finite verb (`تھاکر` is a name).
        (Some(JoinClass::Verb), JoinClass::Stem) => false,
        // `Xنے` where X is a verb stem (the lexicon has `Xنا`, `Xتا`, `Xتے` or `Xتی`) is the
        // oblique infinitive (`پڑنے`), not X + نے.
        _ if piece == "نے" => !["نا", "تا", "تے", "تی"].iter().any(|suffix| {
            LEXICON
                .get_chars(host.chars().chain(suffix.chars()))
                .is_some()
        }),
        _ => true,
    }
}

/// Whether `word` ends in a function word that follows a non-joining letter: the last piece
/// of every join. One backward pass over the last few letters, a bit test per letter, and a
/// lookup only where a function word could start.
fn ends_in_glued_function_word(word: &str) -> bool {
    let lengths = *JOIN_WORD_LENGTHS;
    for (i, c) in word.char_indices().rev() {
        let tail = word.len() - i - c.len_utf8();
        if tail >= 64 || (lengths >> tail) == 0 {
            return false;
        }
        let candidate = (lengths >> tail) & 1 == 1 && is_non_joining(c) && tail > 0;
        if candidate
            && word
                .get(word.len() - tail..)
                .is_some_and(|t| JOIN_WORDS.contains_key(t))
        {
            return true;
        }
    }
    false
}

/// Whether `word` is an inflected form of a word the corpus uses: the oblique or plural in
/// `ے` or the feminine in `ی` of a word in `ا` or `ہ` (`بھروسے` of `بھروسہ`, `پرانی` of
/// `پرانا`). Such a word ends like a function word (`سے`, `نی`) but is one word.
fn inflects_known_word(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('ے').or_else(|| word.strip_suffix('ی')) else {
        return false;
    };
    let stem = plain(stem);
    ['ا', 'ہ'].iter().any(|end| {
        LEXICON
            .get_chars(stem.chars().chain([*end]))
            .is_some_and(|k| k.count > 0)
    })
}

/// `word` without its harakat, as the lexicon lists words (`اُڑا` → `اڑا`).
fn plain(word: &str) -> Cow<'_, str> {
    if word.chars().any(is_diacritic) {
        Cow::Owned(word.chars().filter(|&c| !is_diacritic(c)).collect())
    } else {
        Cow::Borrowed(word)
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
        assert_eq!(pieces("گیاہے"), ["گیا", "ہے"]);
        assert_eq!(pieces("ہےکہ"), ["ہے", "کہ"]);
        assert_eq!(pieces("کےبعد"), ["کے", "بعد"]);
        assert_eq!(pieces("پاکستانکے"), ["پاکستانکے"]);
        assert_eq!(pieces("منسٹرکو"), ["منسٹر", "کو"]);
        assert_eq!(pieces("دورےپرتھےاور"), ["دورے", "پر", "تھے", "اور"]);
        assert_eq!(pieces("ہوجاتا"), ["ہو", "جاتا"]);
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
            "تھانے",
            "ادارے",
            "اورنگزیب",
            "تاکہ",
            "نظرانداز",
            "غیرقانونی",
            "جائےگا",
            "وہی",
            "وہیں",
            "گانے",
            "سونے",
            "بھروسے",
        ] {
            assert_eq!(pieces(word), [word], "{word}");
        }
    }

    proptest::proptest! {
        /// The prefilter every word takes never hides a join that the full test finds.
        #[test]
        fn the_prefilter_never_hides_a_join(
            word in "[اآبپتٹجچدڈرڑزسشعفقکگلمنوہھیےںئ]{1,12}(کے|کی|کا|کو|نے|سے|پر|ہے|ہیں|تھا|کہ|اور|بعد|گیا)?"
        ) {
            let joins = JoinWords::default();
            if joins.split(&word).is_some() {
                proptest::prop_assert!(joins.may_be_join(&word), "{}", word);
            }
        }
    }
}

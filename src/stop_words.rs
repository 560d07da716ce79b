//! Urdu function words (`data/stop_words.tsv`), which a search index may leave out.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use crate::lexicon::{rows, Fnv};

const STOP_WORDS_TSV: &str = include_str!("../data/stop_words.tsv");

static STOP_WORDS: Lazy<HashSet<&'static str, BuildHasherDefault<Fnv>>> =
    Lazy::new(|| rows(STOP_WORDS_TSV).map(|row| row.key).collect());

/// Whether `word` (normalized by the default normalizer) is an Urdu function word:
/// a postposition, pronoun, auxiliary, conjunction, particle or demonstrative, which nearly
/// every text holds and a search index may leave out.
///
/// ```
/// assert!(urdu::is_stop_word("کے"));
/// assert!(urdu::is_stop_word("ہیں"));
/// assert!(!urdu::is_stop_word("پاکستان"));
/// ```
#[must_use]
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(word)
}

/// The Urdu function words of [`is_stop_word`], in no particular order.
pub fn stop_words() -> impl Iterator<Item = &'static str> {
    STOP_WORDS.iter().copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn stop_words_are_normalized() {
        for w in super::stop_words() {
            assert_eq!(crate::normalize(w), w, "{w}");
        }
        assert!(super::stop_words().count() > 100);
    }
}

//! The word lists in `data/`: embedded at compile time, parsed once on first use.

use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;

pub(crate) mod places;
pub(crate) mod speech;
pub(crate) mod words;

/// The grammatical class of a word in the join list (`data/joins.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum JoinClass {
    /// A verb form or auxiliary (`کہا`, `گیا`, `ہے`).
    Verb,
    /// A bare verb stem (`کر`, `ہو`): `کرکے` splits, but stem + `نے` is the oblique
    /// infinitive (`کرنے`, `ہونے`), one word.
    Stem,
    /// A case marker (`کا`, `کے`, `کو`, `نے`, `سے`): two never stand side by side.
    Case,
    /// A particle or conjunction (`کہ`, `بھی`, `اور`).
    Particle,
    /// The second part of a compound postposition (`بعد`, `لئے`, `مطابق`).
    Postposition,
}

/// FNV-1a: a fast hash for the short keys of word lists (a few bytes each), where the
/// standard library's DoS-resistant SipHash costs more than the lookup it serves. The keys
/// come from the crate's own data files, not from untrusted input.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`Fnv`].
pub(crate) type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A hash map keyed by owned strings (keys of words the crate or a user lists), with
/// [`Fnv`].
pub(crate) type StringMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Urdu words with their counts in a news corpus (`data/lexicon.tsv`), for the join repair's
/// unigram model.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    counts: WordMap<u32>,
    /// ln(corpus size + vocabulary size): the denominator of add-one smoothed probabilities.
    log_total: f64,
}

impl Lexicon {
    /// The corpus count of a known word.
    pub(crate) fn count(&self, word: &str) -> Option<u32> {
        self.counts.get(word).copied()
    }

    /// ln P(word) of a known word, add-one smoothed.
    pub(crate) fn log_p(&self, word: &str) -> Option<f64> {
        self.count(word)
            .map(|c| f64::from(c + 1).ln() - self.log_total)
    }

    /// ln P of a word the lexicon does not know: half of a word seen never, and e times less
    /// for every further letter (a long unknown word is more likely words written together).
    pub(crate) fn log_p_unknown(&self, word: &str) -> f64 {
        let letters = word.chars().count().saturating_sub(1).min(64);
        // At most 64: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let letters = letters as f64;
        0.5_f64.ln() - self.log_total - UNKNOWN_LETTER_PENALTY * letters
    }
}

/// How much less probable (in natural log) an unknown word gets with each letter.
const UNKNOWN_LETTER_PENALTY: f64 = 1.0;

const LEXICON_FILE: &str = "data/lexicon.tsv";
const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");

/// The lexicon, parsed on first use.
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| shipped(parse_lexicon(LEXICON_TSV)));

/// Parses `data/lexicon.tsv`: `word<TAB>count` lines.
pub(crate) fn parse_lexicon(tsv: &'static str) -> Result<Lexicon, Error> {
    let mut counts = WordMap::default();
    let mut total: u64 = 0;
    for row in rows(tsv) {
        let count: u32 = row
            .fields
            .first()
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| Error::malformed(LEXICON_FILE, row.line, "expected word<TAB>count"))?;
        total += u64::from(count) + 1;
        counts.insert(row.key, count);
    }
    // Counts are far below 2^53: the conversion is exact.
    #[allow(clippy::cast_precision_loss)]
    let log_total = (total.max(1) as f64).ln();
    Ok(Lexicon { counts, log_total })
}

const JOINS_FILE: &str = "data/joins.tsv";
const JOINS_TSV: &str = include_str!("../../data/joins.tsv");

/// The join words, by word.
pub(crate) static JOIN_WORDS: Lazy<WordMap<JoinClass>> =
    Lazy::new(|| shipped(parse_joins(JOINS_TSV)));

/// The lengths in bytes of the join words that can end a join (two letters or more), as a
/// bit set (bit n: some join word has n bytes; join words are short, so all fit below 64).
pub(crate) static JOIN_WORD_LENGTHS: Lazy<u64> = Lazy::new(|| {
    JOIN_WORDS
        .keys()
        .filter(|w| w.chars().count() > 1)
        .map(|w| w.len())
        .filter(|&n| n < 64)
        .fold(0, |bits, n| bits | (1 << n))
});

/// The last two letters of the join words, as two bit sets over pairs of Arabic-block
/// letters: one for two-letter join words, one for longer ones. A word ends in no join word
/// unless its last two letters are in the second set, or in the first with a non-joining
/// letter before them.
pub(crate) static JOIN_ENDINGS: Lazy<[Vec<u64>; 2]> = Lazy::new(|| {
    let mut bits = [vec![0u64; 1024], vec![0u64; 1024]];
    for word in JOIN_WORDS.keys() {
        let set = usize::from(word.chars().count() > 2);
        if let (Some(pair), Some(bits)) = (ending_index(word), bits.get_mut(set)) {
            crate::bits::set_bit(bits, pair);
        }
    }
    bits
});

/// The offset in the Arabic block (U+0600–U+06FF) of the two-byte UTF-8 character that
/// ends at byte `end` of `bytes`, if there is one.
#[inline]
fn arabic_before(bytes: &[u8], end: usize) -> Option<u32> {
    let lead = *bytes.get(end.checked_sub(2)?)?;
    let tail = *bytes.get(end - 1)?;
    crate::script::arabic_block_offset(lead, tail).and_then(|o| u32::try_from(o).ok())
}

/// The index of a word's last two letters in [`JOIN_ENDINGS`], if both are in the Arabic
/// block (read from the bytes: this runs for every word).
#[inline]
pub(crate) fn ending_index(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let last = arabic_before(bytes, bytes.len())?;
    let prev = arabic_before(bytes, bytes.len().checked_sub(2)?)?;
    usize::try_from((prev << 8) | last).ok()
}

/// Whether `word` may end in a join word, given the [`JOIN_ENDINGS`] bit sets.
#[inline]
pub(crate) fn has_join_ending(endings: &[Vec<u64>; 2], word: &str) -> bool {
    let Some(pair) = ending_index(word) else {
        return false;
    };
    let in_set = |set: &Vec<u64>| crate::bits::bit(set, pair);
    let third = || {
        let bytes = word.as_bytes();
        bytes
            .len()
            .checked_sub(4)
            .and_then(|end| arabic_before(bytes, end))
            .and_then(|c| char::from_u32(0x600 + c))
            // A mark there (`رِکے`) leaves the question to the full test.
            .is_some_and(|c| crate::script::is_non_joining(c) || crate::script::is_arabic_mark(c))
    };
    let [short, long] = endings;
    in_set(long) || (in_set(short) && third())
}

/// Parses `data/joins.tsv`: `#` comments, then `word<TAB>class` lines.
pub(crate) fn parse_joins(tsv: &'static str) -> Result<WordMap<JoinClass>, Error> {
    let mut words = WordMap::default();
    for row in rows(tsv) {
        let class = match row.fields.first().copied() {
            Some("verb") => JoinClass::Verb,
            Some("stem") => JoinClass::Stem,
            Some("case") => JoinClass::Case,
            Some("particle") => JoinClass::Particle,
            Some("postposition") => JoinClass::Postposition,
            _ => {
                return Err(Error::malformed(
                    JOINS_FILE,
                    row.line,
                    "unknown or missing class",
                ))
            }
        };
        if words.insert(row.key, class).is_some() {
            return Err(Error::malformed(JOINS_FILE, row.line, "duplicate word"));
        }
    }
    Ok(words)
}

/// One data row of a TSV file: its first field, the others, and its one-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row<'t> {
    pub(crate) key: &'t str,
    pub(crate) fields: Vec<&'t str>,
    pub(crate) line: usize,
}

/// The data rows of a TSV file. Blank lines and lines starting with `#` are skipped, and
/// counted: a row's line number is its line in the file.
pub(crate) fn rows(tsv: &str) -> impl Iterator<Item = Row<'_>> {
    tsv.lines().enumerate().filter_map(|(i, line)| {
        let line_text = line.trim_end_matches('\r');
        if line_text.trim().is_empty() || line_text.starts_with('#') {
            return None;
        }
        let mut fields = line_text.split('\t');
        let key = fields.next()?;
        Some(Row {
            key,
            fields: fields.collect(),
            line: i + 1,
        })
    })
}

/// One row of a two-column file: `key<TAB>value`, and its line number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    pub(crate) key: &'static str,
    pub(crate) value: &'static str,
    pub(crate) line: usize,
}

/// Parses a two-column file (`key<TAB>value`).
pub(crate) fn parse_pairs(tsv: &'static str, file: &str) -> Result<Vec<Pair>, Error> {
    rows(tsv)
        .map(|row| match row.fields.first() {
            Some(value) if !row.key.is_empty() => Ok(Pair {
                key: row.key,
                value,
                line: row.line,
            }),
            _ => Err(Error::malformed(file, row.line, "expected word<TAB>value")),
        })
        .collect()
}

/// A table parsed from a file the crate ships. The crate's tests parse every shipped file
/// (`shipped_data_parses`), so in a published crate this cannot fail; should a shipped file
/// be edited without running them, the first use stops with the file and line at fault
/// rather than going on with an empty table and silently finding nothing.
pub(crate) fn shipped<T>(parsed: Result<T, Error>) -> T {
    match parsed {
        Ok(table) => table,
        Err(e) => panic!("the urdu crate's shipped data is malformed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_join_list_parses() {
        let words = parse_joins(JOINS_TSV).expect("data/joins.tsv is well formed");
        assert_eq!(words.get("کہا"), Some(&JoinClass::Verb));
        assert_eq!(words.get("کہ"), Some(&JoinClass::Particle));
        assert_eq!(words.len(), JOIN_WORDS.len());
    }

    #[test]
    fn shipped_lexicon_parses() {
        let lexicon = parse_lexicon(LEXICON_TSV).unwrap();
        assert!(lexicon.count("پاکستان").is_some_and(|c| c > 100));
        assert!(lexicon.count("کہاکہ").is_none());
        assert!(lexicon.log_p("کہ") > lexicon.log_p("کہکشاں"));
        assert!(parse_lexicon("لفظ\tبہت\n").is_err());
    }

    #[test]
    fn malformed_rows_are_reported() {
        let err = parse_joins("# joins\nکہا\tnoun\n").unwrap_err();
        assert_eq!(err.location(), Some((JOINS_FILE, 2)));
        assert!(parse_joins("کہا\tverb\nکہا\tverb\n").is_err());
    }
}

//! The word lists in `data/`: embedded at compile time, parsed once on first use.

use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;

pub(crate) mod places;
pub(crate) mod speech;

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

const JOINS_FILE: &str = "data/joins.tsv";
const JOINS_TSV: &str = include_str!("../../data/joins.tsv");

/// The join words, by word.
pub(crate) static JOIN_WORDS: Lazy<WordMap<JoinClass>> =
    Lazy::new(|| parse_joins(JOINS_TSV).unwrap_or_default());

/// The length in bytes of the longest join word: no longer prefix can be one.
pub(crate) static LONGEST_JOIN_WORD: Lazy<usize> =
    Lazy::new(|| JOIN_WORDS.keys().map(|w| w.len()).max().unwrap_or(0));

/// Parses `data/joins.tsv`: `#` comments, then `word<TAB>class` lines.
pub(crate) fn parse_joins(tsv: &'static str) -> Result<WordMap<JoinClass>, Error> {
    let mut words = WordMap::default();
    for (word, fields, line) in rows(tsv) {
        let class = match fields.first().copied() {
            Some("verb") => JoinClass::Verb,
            Some("stem") => JoinClass::Stem,
            Some("case") => JoinClass::Case,
            Some("particle") => JoinClass::Particle,
            Some("postposition") => JoinClass::Postposition,
            _ => return Err(malformed(JOINS_FILE, line, "unknown or missing class")),
        };
        if words.insert(word, class).is_some() {
            return Err(malformed(JOINS_FILE, line, "duplicate word"));
        }
    }
    Ok(words)
}

/// The data rows of a TSV file: the first field, the others, and the one-based line number.
/// Blank lines and lines starting with `#` are skipped.
pub(crate) fn rows(tsv: &str) -> impl Iterator<Item = (&str, Vec<&str>, usize)> {
    tsv.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut fields = line.split('\t');
        let first = fields.next()?;
        Some((first, fields.collect(), i + 1))
    })
}

pub(crate) fn malformed(file: &'static str, line: usize, reason: &'static str) -> Error {
    Error::MalformedData { file, line, reason }
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
    fn malformed_rows_are_reported() {
        let err = parse_joins("کہا\tnoun\n").unwrap_err();
        assert!(matches!(err, Error::MalformedData { line: 1, .. }));
        assert!(parse_joins("کہا\tverb\nکہا\tverb\n").is_err());
    }
}

//! The word lists in `data/`: embedded at compile time, parsed once on first use.

use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;

pub(crate) mod places;
pub(crate) mod speech;
pub(crate) mod words;

/// The grammatical class of a word in the join list (`data/joins.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum JoinClass {
    /// A verb form or auxiliary (`کہا`, `گیا`, `سکتا`).
    Verb,
    /// A form of the copula `ہونا` that ends a clause (`ہے`, `تھا`, `تھے`): a verb form
    /// that a new clause follows.
    Copula,
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

impl JoinClass {
    /// Whether a word of this class is a verb form (the copula among them).
    pub(crate) fn is_verb(self) -> bool {
        matches!(self, JoinClass::Verb | JoinClass::Copula)
    }

    /// Whether a word of this class may stand before a content word that the writer glued to
    /// it (`کےمطابق`, `اوراس`, `ہےجو`): a case marker or postposition ends its noun phrase
    /// and a conjunction or particle stands between phrases, so the next phrase follows
    /// them, and the copula ends its clause, so the next clause follows it. A bare verb stem
    /// is followed only by a light verb or an auxiliary (`کر دیا`, `ہو گیا`), and the other
    /// verb forms mostly by an auxiliary or `کہ` (`کیا گیا`, `کہا کہ`): function words, which
    /// the repair finds at the end of a join. Leaving them out keeps the test for joins that
    /// begin a word cheap, for far fewer words begin like a case marker than like a verb.
    pub(crate) fn may_lead(self) -> bool {
        matches!(
            self,
            JoinClass::Case | JoinClass::Particle | JoinClass::Postposition | JoinClass::Copula
        )
    }
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

/// A hash for words that reads them eight bytes at a time, where [`Fnv`] reads one byte at a
/// time: for the maps that every token of a text is looked up in ([`LookupMap`]). Not for
/// the lexicon's fingerprints, which are FNV-1a by definition.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHash(u64);

impl WordHash {
    /// Mixes eight bytes into the state (the multiply of `FxHash`).
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
}

/// The `N` bytes of `bytes` at `at`, as a little-endian number (0 if they run past its end,
/// which the callers rule out).
#[inline]
fn bytes_at<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    bytes
        .get(at..at + N)
        .and_then(|b| b.try_into().ok())
        .unwrap_or([0; N])
}

impl Hasher for WordHash {
    /// Reads `bytes` as eight-byte words, the last one ending with the input (it may overlap
    /// the one before); fewer than eight bytes as one word made of two overlapping halves,
    /// or of the first, middle and last byte. Every byte is read, so that the words and the
    /// length tell the input.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if n >= 8 {
            let mut at = 0;
            while at + 8 < n {
                self.add(u64::from_le_bytes(bytes_at(bytes, at)));
                at += 8;
            }
            self.add(u64::from_le_bytes(bytes_at(bytes, n - 8)));
        } else if n >= 4 {
            let first = u64::from(u32::from_le_bytes(bytes_at(bytes, 0)));
            let last = u64::from(u32::from_le_bytes(bytes_at(bytes, n - 4)));
            self.add(first | last << 32);
        } else if n > 0 {
            let byte = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
            self.add(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
        }
        self.add(n as u64);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    /// The state with its best-mixed high bits brought down to the low ones, which pick the
    /// bucket.
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// A hash map keyed by owned strings that is only looked up and never iterated (so that the
/// order of its entries shows nowhere), with [`WordHash`]: the maps of words that every
/// token of a text is looked up in.
pub(crate) type LookupMap<V> = HashMap<String, V, BuildHasherDefault<WordHash>>;

/// A hash map keyed by words, with [`Fnv`].
pub(crate) type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

/// A hash map keyed by owned strings (keys of words the crate or a user lists), with
/// [`Fnv`].
pub(crate) type StringMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// Urdu words with their counts in a news corpus (`data/lexicon.tsv`), for the join repair's
/// unigram model.
///
/// The words are keyed by a 64-bit fingerprint of their bytes (see [`fingerprint`]), not by
/// their text: a lookup compares no text, and an entry takes 16 bytes, so the map (looked up
/// for every word that may be a join) takes less cache. Two words of the lexicon with the
/// same fingerprint would be one entry; a test checks that none do.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<u64, Known, BuildHasherDefault<Prehashed>>,
    /// The length in bytes of the longest word: a longer one is not looked up.
    longest: usize,
    /// ln(corpus size + vocabulary size): the denominator of add-one smoothed probabilities.
    log_total: f64,
    /// The words that no dictionary lists, known only from the news corpus or the gazetteer:
    /// names, mostly, and foreign names' spellings (`جکارتا`, `وسکانسن`).
    undictionary: HashSet<u64, BuildHasherDefault<Prehashed>>,
}

/// A word that no dictionary lists but the news corpus uses this often is a common word (an
/// inflected form, a loanword), not a name's spelling.
const COMMON_COUNT: u32 = 20;

/// What the lexicon knows of a word: its corpus count and ln P, add-one smoothed (computed
/// once, when the lexicon is parsed, for the join search looks it up many times; in single
/// precision, so that an entry of the map is no larger than with the count alone, and the
/// map, looked up for every word that may be a join, takes no more cache).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Known {
    pub(crate) count: u32,
    pub(crate) log_p: f32,
}

impl Lexicon {
    /// Whether `word` is a common word of Urdu: a word of the dictionary (or a closed class),
    /// or one the news corpus uses often. A spelling of a foreign name that the corpus
    /// happens to use (`وسکانسن`) is none.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        let key = fingerprint(word);
        word.len() <= self.longest
            && self.words.get(&key).is_some_and(|known| {
                known.count >= COMMON_COUNT || !self.undictionary.contains(&key)
            })
    }

    /// Whether `word` is a word of the dictionary (or of a closed class), not one known only
    /// from the news corpus or the gazetteer.
    pub(crate) fn is_dictionary(&self, word: &str) -> bool {
        let key = fingerprint(word);
        word.len() <= self.longest
            && self.words.contains_key(&key)
            && !self.undictionary.contains(&key)
    }

    /// What the lexicon knows of `word`, if it is a word of the lexicon.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<Known> {
        self.get_parts(&[word])
    }

    /// What the lexicon knows of the word written `parts` one after the other (a stem and an
    /// ending), looked up without building it.
    pub(crate) fn get_parts(&self, parts: &[&str]) -> Option<Known> {
        let mut hasher = Fnv::default();
        let mut len = 0;
        for part in parts {
            len += part.len();
            hasher.write(part.as_bytes());
        }
        self.get_hashed(len, hasher)
    }

    /// What the lexicon knows of the word spelled by `chars` (a word spelled another way),
    /// looked up without building it.
    pub(crate) fn get_chars(&self, chars: impl Iterator<Item = char>) -> Option<Known> {
        let mut hasher = Fnv::default();
        let mut len = 0;
        let mut utf8 = [0; 4];
        for c in chars {
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            len += bytes.len();
            hasher.write(bytes);
        }
        self.get_hashed(len, hasher)
    }

    /// What the lexicon knows of the word of `len` bytes that `hasher` has read: a word
    /// longer than the longest of the lexicon is not looked up.
    #[inline]
    fn get_hashed(&self, len: usize, hasher: Fnv) -> Option<Known> {
        if len > self.longest {
            return None;
        }
        self.words.get(&hasher.finish()).copied()
    }

    /// How many words the lexicon holds.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.words.len()
    }

    /// ln P of a word the lexicon does not know: half of a word seen never, and less for
    /// every further letter (a long unknown word is more likely words written together).
    pub(crate) fn log_p_unknown(&self, word: &str) -> f64 {
        let letters = word.chars().count().saturating_sub(1).min(64);
        // At most 64: the conversion is exact.
        #[allow(clippy::cast_precision_loss)]
        let letters = letters as f64;
        0.5_f64.ln() - self.log_total - UNKNOWN_LETTER_PENALTY * letters
    }
}

/// The lexicon's key for a word: the 64-bit FNV-1a hash of its bytes (a test checks that no
/// two words of the lexicon share one).
#[inline]
fn fingerprint(word: &str) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

/// The hasher of maps keyed by a [`fingerprint`]: the key is a hash already, so it only mixes
/// its bits once more (a multiply by an odd constant and a rotate bring the high bits that
/// FNV-1a mixes best to the low bits, which pick the bucket).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(32)
    }
}

/// How much less probable (in natural log) an unknown word gets with each letter: ln 20, as
/// if each letter were one of twenty equally likely ones (Urdu text has about 4.3 bits of
/// entropy per letter). With less, an unknown name would swallow the function word glued to
/// it (`پرسادکے` + `خلاف` would beat `پرساد` + `کے` + `خلاف`).
const UNKNOWN_LETTER_PENALTY: f64 = 3.0;

const LEXICON_FILE: &str = "data/lexicon.tsv";
const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");

/// The lexicon, parsed on first use.
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(|| shipped(parse_lexicon(LEXICON_TSV)));

/// Parses `data/lexicon.tsv`: `word<TAB>count` lines, with a third field `corpus` for a word
/// that no dictionary lists.
pub(crate) fn parse_lexicon(tsv: &'static str) -> Result<Lexicon, Error> {
    let mut counts = Vec::new();
    let mut total: u64 = 0;
    let mut undictionary = HashSet::default();
    for row in rows(tsv) {
        match row.fields.get(1) {
            None => {}
            Some(&"corpus") => {
                undictionary.insert(fingerprint(row.key));
            }
            Some(_) => return Err(Error::malformed(LEXICON_FILE, row.line, "unknown source")),
        }
        let count: u32 = row
            .fields
            .first()
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| Error::malformed(LEXICON_FILE, row.line, "expected word<TAB>count"))?;
        total += u64::from(count) + 1;
        counts.push((row.key, count));
    }
    // Counts are far below 2^53: the conversion is exact.
    #[allow(clippy::cast_precision_loss)]
    let log_total = (total.max(1) as f64).ln();
    let words = counts
        .into_iter()
        .map(|(word, count)| {
            // ln P is between about -20 and 0: single precision keeps six digits of it.
            #[allow(clippy::cast_possible_truncation)]
            let log_p = (f64::from(count).ln_1p() - log_total) as f32;
            (fingerprint(word), Known { count, log_p })
        })
        .collect();
    let longest = rows(tsv).map(|row| row.key.len()).max().unwrap_or(0);
    Ok(Lexicon {
        words,
        longest,
        log_total,
        undictionary,
    })
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

/// The join words of one letter (`آ`).
pub(crate) static ONE_LETTER_JOIN_WORDS: Lazy<Vec<char>> = Lazy::new(|| {
    let mut letters: Vec<char> = JOIN_WORDS
        .keys()
        .filter_map(|w| {
            let mut chars = w.chars();
            chars.next().filter(|_| chars.next().is_none())
        })
        .collect();
    letters.sort_unstable();
    letters
});

/// The first two letters of join words, as bit sets over pairs of Arabic-block letters: a
/// word begins with no such join word unless its first two letters are in the set.
#[derive(Debug)]
pub(crate) struct JoinBeginnings {
    /// Of the join words that may lead a join (see [`JoinClass::may_lead`]; all of them end
    /// in a non-joining letter, as every piece of a join but the last does).
    pub(crate) leads: Vec<u64>,
    /// Of all join words of two letters or more.
    pub(crate) all: Vec<u64>,
}

/// The first two letters of the join words.
pub(crate) static JOIN_BEGINNINGS: Lazy<JoinBeginnings> = Lazy::new(|| {
    let mut sets = JoinBeginnings {
        leads: vec![0u64; 1024],
        all: vec![0u64; 1024],
    };
    for (word, class) in JOIN_WORDS.iter() {
        let ends_open = word
            .chars()
            .next_back()
            .is_some_and(crate::script::is_non_joining);
        let Some(pair) = beginning_index(word) else {
            continue;
        };
        if class.may_lead() && ends_open {
            crate::bits::set_bit(&mut sets.leads, pair);
        }
        crate::bits::set_bit(&mut sets.all, pair);
    }
    sets
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

/// The index of a word's first two letters in [`JOIN_BEGINNINGS`], if both are in the Arabic
/// block.
#[inline]
pub(crate) fn beginning_index(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let first = arabic_before(bytes, 2)?;
    let second = arabic_before(bytes, 4)?;
    usize::try_from((first << 8) | second).ok()
}

/// Whether `word` may begin with a join word that leads a join, given the
/// [`JOIN_BEGINNINGS`] bit set.
#[inline]
pub(crate) fn has_join_beginning(beginnings: &[u64], word: &str) -> bool {
    beginning_index(word).is_some_and(|pair| crate::bits::bit(beginnings, pair))
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
            Some("copula") => JoinClass::Copula,
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

    /// [`WordHash`] reads every byte of a word, whatever its length: changing any one byte
    /// changes the hash (for these words; in general two words may share a hash).
    #[test]
    fn word_hash_reads_every_byte() {
        let hash = |bytes: &[u8]| {
            let mut h = WordHash::default();
            h.write(bytes);
            h.finish()
        };
        for n in 0..=24 {
            let word: Vec<u8> = (0..n).map(|i| b'a' + i).collect();
            for at in 0..word.len() {
                let mut other = word.clone();
                if let Some(b) = other.get_mut(at) {
                    *b = b'Z';
                }
                assert_ne!(hash(&word), hash(&other), "length {n}, byte {at}");
            }
        }
    }

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
        assert!(lexicon.get("پاکستان").is_some_and(|k| k.count > 100));
        assert!(lexicon.get("کہاکہ").is_none());
        // No two words share a fingerprint.
        assert_eq!(lexicon.len(), rows(LEXICON_TSV).count());
        assert_eq!(lexicon.get_chars("پاکستان".chars()), lexicon.get("پاکستان"));
        assert_eq!(lexicon.get_parts(&["پاک", "ستان"]), lexicon.get("پاکستان"));
        // The function words are words of the lexicon (the join repair relies on it).
        for word in JOIN_WORDS.keys() {
            assert!(lexicon.get(word).is_some(), "{word}");
        }
        let log_p = |w| lexicon.get(w).map(|k| k.log_p);
        assert!(log_p("کہ") > log_p("کہکشاں"));
        assert!(parse_lexicon("لفظ\tبہت\n").is_err());
        assert!(parse_lexicon("لفظ\t3\tsomewhere\n").is_err());
        // A name's spelling known from the corpus alone is no common word; a dictionary word
        // is, and so is a word the corpus uses often.
        assert!(!lexicon.is_common("وسکانسن"));
        assert!(lexicon.is_common("دبی"));
        assert!(lexicon.is_common("پاکستان"));
        assert!(!lexicon.is_common("کہاکہ"));
    }

    #[test]
    fn malformed_rows_are_reported() {
        let err = parse_joins("# joins\nکہا\tnoun\n").unwrap_err();
        assert_eq!(err.location(), Some((JOINS_FILE, 2)));
        assert!(parse_joins("کہا\tverb\nکہا\tverb\n").is_err());
    }
}

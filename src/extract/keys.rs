//! Match keys: the form under which word lists (places, speech cues, speaker words) are
//! matched against tokens, and the keys of a whole text, computed once per analysis and
//! shared by the gazetteer and the speech rules.
//!
//! A key is built from text normalized by the analyzer's own normalizer, then folded by the
//! default one and by [`match_key`]: so the words of a list and the tokens of a text meet on
//! the same key whatever the user's configuration (with `urdu_letters(false)`, `پاكستان`
//! with an Arabic kaf still names `پاکستان`), while the tokens keep the normalized form the
//! user asked for.

use std::borrow::Cow;

use crate::bits::{bit, set_bit};
use crate::lexicon::LookupMap;
use crate::normalize::Normalizer;
use crate::script::is_diacritic;
use crate::tokenize::{TokenKind, Tokens};

/// Appends the match key of `word` (normalized text) to `out`: the form under which word
/// lists are matched. Diacritics are dropped (`مشرقِ وسطیٰ` matches `مشرق وسطی`), a
/// zero-width non-joiner or joiner counts as a space (`اسلام‌آباد` matches `اسلام آباد`), and
/// `ۂ` counts as `ہ` (the izafat hamza: `صوبۂ سرحد` matches `صوبہ سرحد`), and `ئے` as `ے`
/// (the hamza that many writers leave out: `دریاے` for `دریائے`, `جے پور` for `جئے پور`) but
/// in the three words it would make case markers or an auxiliary: `نئے` ("new") is not the
/// ergative `نے`, `کئے` ("done") not the genitive `کے`, `گئے` ("went") not the future's `گے`;
/// `ۓ`, the two written as one letter (`ہوۓ`), the same. A `ے` with a letter after it counts
/// as `ی`: Urdu writes `ے` only at a word's end, and some typists put it for a medial `ی`
/// (`شرےف` for `شریف`).
fn match_key(word: &str, out: &mut String) {
    let mut chars = word.chars().filter(|&c| !is_diacritic(c)).peekable();
    // The letters of the current word so far, and the last of them.
    let mut letters = 0usize;
    let mut last = None;
    while let Some(c) = chars.next() {
        match c {
            '\u{200C}' | '\u{200D}' => out.push(' '),
            'ۂ' => out.push('ہ'),
            // `ے` ends a word: inside one, a letter after it, it is a typist's `ی` (`شرےف`
            // is `شریف`, `وزےر اعظم` is `وزیر اعظم`); before a zero-width joiner it ends the
            // first part of a compound (`بے‌گھر`) and stays.
            'ے' if chars
                .peek()
                .is_some_and(|&n| !n.is_whitespace() && !matches!(n, '\u{200C}' | '\u{200D}')) =>
            {
                out.push('ی');
            }
            // `ۓ` is `ئے` in one letter (as the normalizer composes `ے` and the hamza above):
            // the same key.
            'ۓ' => {
                let word_end = chars.peek().is_none_or(|n| n.is_whitespace());
                if keeps_hamza(letters, last, word_end) {
                    out.push('ئ');
                }
                out.push('ے');
            }
            'ئ' if chars.peek() == Some(&'ے') => {
                let word_end = chars.clone().nth(1).is_none_or(char::is_whitespace);
                if keeps_hamza(letters, last, word_end) {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
        if c.is_whitespace() {
            letters = 0;
        } else {
            letters += 1;
        }
        last = Some(c);
    }
}

/// Whether token `i`, a Latin full stop, is the Urdu one: it follows an Urdu word or a
/// number (not Latin text, `U.S.`), and no Latin word is glued to it after.
fn ends_urdu_sentence(tokens: &Tokens<'_>, i: usize) -> bool {
    let after_urdu = i
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens.kind(p), Some(TokenKind::Word | TokenKind::Number)));
    let latin_after = match (tokens.get(i), tokens.get(i + 1)) {
        (Some(t), Some(n)) => t.span().end == n.span().start && n.kind() == TokenKind::Latin,
        _ => false,
    };
    after_urdu && !latin_after
}

/// Whether the hamza of a final `ئے` stays in the key: in a word of one letter before it
/// (`letters`, the last of them `last`) that ends there (`word_end`), it would otherwise make
/// `نئے`, `کئے` and `گئے` the case markers `نے`, `کے` and the future's `گے`.
fn keeps_hamza(letters: usize, last: Option<char>, word_end: bool) -> bool {
    letters == 1 && word_end && matches!(last, Some('ن' | 'ک' | 'گ'))
}

/// Whether [`match_key`] may change `word`: it holds the bytes that start one of the
/// characters the key drops or replaces (diacritics U+064B–U+065F, U+0670, U+06D6–U+06ED;
/// `ۂ`; `ۓ`; `ئ`; the zero-width non-joiner and joiner; `ے` before more of the word). Most
/// words hold none, and skip the key's character loop.
fn key_may_differ(word: &str) -> bool {
    // Every pair looked for starts a character: read one character at a time, by its first
    // byte.
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b0) = bytes.get(i) {
        let b1 = bytes.get(i + 1).copied().unwrap_or(0);
        // `ے` (DB 92) with more of the word after it.
        if b0 == 0xDB && b1 == 0x92 && i + 2 < bytes.len() {
            return true;
        }
        let mask = KEY_PAIRS.get(usize::from(b0)).copied().unwrap_or(0);
        if (mask >> (b1 & 0x3F)) & 1 != 0
            && (b0 != 0xE2 || matches!(bytes.get(i + 2), Some(0x8C | 0x8D)))
        {
            return true;
        }
        // The length of the character from its first byte (a continuation byte, which no
        // character starts with, counts one).
        i += 1 + usize::from(b0 >= 0xC0) + usize::from(b0 >= 0xE0) + usize::from(b0 >= 0xF0);
    }
    false
}

/// By first byte, the second bytes (their low six bits: a second byte is a continuation
/// byte, `0x80..=0xBF`) of the pairs that [`key_may_differ`] looks for; `E2 80` is the
/// start of the zero-width non-joiner and joiner, whose third byte is tested apart.
static KEY_PAIRS: [u64; 256] = {
    /// Bits `from..=to` of a mask.
    const fn bits(from: u8, to: u8) -> u64 {
        (u64::MAX >> (63 - (to - from))) << from
    }
    let mut masks = [0u64; 256];
    masks[0xD8] = bits(0x26, 0x26); // ئ
    masks[0xD9] = bits(0x0B, 0x1F) | bits(0x30, 0x30); // U+064B–U+065F, U+0670
    masks[0xDB] = bits(0x02, 0x02) | bits(0x13, 0x13) | bits(0x16, 0x2D); // ۂ, ۓ, U+06D6–U+06ED
    masks[0xE2] = bits(0x00, 0x00); // E2 80 (8C | 8D)
    masks
};

/// Builds match keys for one configuration of the normalizer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Keyer {
    /// The user's normalizer, when it is not the default one (whose output needs no second
    /// pass).
    custom: Option<Normalizer>,
}

impl Keyer {
    /// Keys for text normalized by `normalizer`.
    pub(crate) fn new(normalizer: &Normalizer) -> Keyer {
        Keyer {
            custom: (!normalizer.is_default()).then(|| normalizer.clone()),
        }
    }

    /// The default normalizer's fold of text the user's normalizer produced.
    fn fold<'s>(&self, normalized: &'s str) -> Cow<'s, str> {
        match self.custom {
            None => Cow::Borrowed(normalized),
            Some(_) => crate::normalize(normalized),
        }
    }

    /// The match key of a name or word of a list: normalized as the tokens are, without
    /// diacritics, single-spaced.
    pub(crate) fn key(&self, name: &str) -> String {
        let user = match &self.custom {
            Some(n) => n.normalize(name).into_text(),
            None => Cow::Borrowed(name),
        };
        let normalized = crate::normalize(&user);
        let mut key = String::with_capacity(normalized.len());
        for word in normalized.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            match_key(word, &mut key);
        }
        key.trim().to_owned()
    }
}

/// The match keys of the tokens of a text, and where its lines break. Most tokens' keys are
/// their normalized form; only the others are written out, in a buffer the caller keeps
/// (see [`MatchKeys::new`]), so that an analysis keeps no copy of the text beside its
/// tokens.
pub(crate) struct MatchKeys<'t, 'a> {
    tokens: &'t Tokens<'a>,
    /// Each token's key, by token index: a slice of its normalized form or of the caller's
    /// buffer. The rules read a key for every token, several times: a slice read by index
    /// costs less than finding where the key lies each time.
    words: Vec<&'t str>,
    /// One bit per token: whether its key differs from its normalized form.
    has_own_key: Vec<u64>,
    /// One bit per token: whether a line break stands between it and the token before.
    breaks: Vec<u64>,
}

/// A list of phrases (match keys of one word or more) to find in a text as runs of whole
/// tokens ([`MatchKeys::find`]): each phrase of two words or more by its key; each first word
/// with the most words a phrase that begins with it has, and the phrase it is alone; and a
/// [`WordFilter`] of the first words.
#[derive(Debug)]
pub(crate) struct Phrases {
    /// Each phrase of two words or more, and its index in the list it was built from.
    ids: LookupMap<usize>,
    /// Each phrase's first word: the most words of a phrase that begins with it, and the
    /// index of the phrase it is alone.
    first_words: LookupMap<(usize, Option<usize>)>,
    /// The first words, which most words of a text fail without being hashed...
    heads: WordFilter,
    /// ...and the other words: a run that holds a word none has is no phrase, nor is any
    /// longer run.
    tails: WordFilter,
}

impl Phrases {
    /// The phrases `keys`, each known by its index in it (the first, of a key given twice).
    pub(crate) fn new<K: AsRef<str>>(keys: impl IntoIterator<Item = K>) -> Phrases {
        let mut phrases = Phrases {
            ids: LookupMap::default(),
            first_words: LookupMap::default(),
            heads: WordFilter::default(),
            tails: WordFilter::default(),
        };
        for (id, key) in keys.into_iter().enumerate() {
            let key = key.as_ref();
            let words = key.split(' ').count();
            let first = key.split(' ').next().unwrap_or(key);
            phrases.heads.insert(first);
            for word in key.split(' ').skip(1) {
                phrases.tails.insert(word);
            }
            let entry = phrases
                .first_words
                .entry(first.to_owned())
                .or_insert((0, None));
            entry.0 = entry.0.max(words);
            if words == 1 {
                entry.1 = entry.1.or(Some(id));
            } else {
                phrases.ids.entry(key.to_owned()).or_insert(id);
            }
        }
        phrases
    }

    /// Whether the list is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.first_words.is_empty()
    }
}

/// A set of words that answers, for any word, "no" or "maybe": a bit for each
/// [sketch](WordFilter::sketch) of a word it holds. Made from a few bytes of the word, a
/// sketch costs less than hashing it; most words of a text are in no short list, and fail
/// here without a table lookup.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Vec<u64>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: vec![0; SKETCHES / 64],
        }
    }
}

impl WordFilter {
    /// Adds `word`.
    pub(crate) fn insert(&mut self, word: &str) {
        set_bit(&mut self.bits, Self::sketch(word));
    }

    /// Whether `word` may be one of the words added (if not, it is none).
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        bit(&self.bits, Self::sketch(word))
    }

    /// A number below [`SKETCHES`] made from a word's length and its first four and last
    /// two bytes (in Urdu, its first two letters and its last), read without a loop: two
    /// words with different sketches differ.
    fn sketch(word: &str) -> usize {
        let b = word.as_bytes();
        let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
        let n = b.len();
        let first = byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
        let last = byte(n.wrapping_sub(2)) << 8 | byte(n.wrapping_sub(1));
        let mixed = (first ^ last << 32 ^ n << 48).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 40) & (SKETCHES - 1)
    }
}

/// How many words a token's key `key` holds: one, but in a key of the token's `own`, which
/// a zero-width non-joiner may have spaced.
fn words_in(own: bool, key: &str) -> usize {
    if own {
        1 + key.bytes().filter(|&b| b == b' ').count()
    } else {
        1
    }
}

/// How many sketches a [`WordFilter`] tells apart: a power of two.
const SKETCHES: usize = 1 << 16;

impl<'t, 'a> MatchKeys<'t, 'a> {
    /// The keys of `tokens`, made by a tokenizer whose normalizer `keyer` was built for. The
    /// keys that differ from the tokens' normalized forms are written to `own_keys` (cleared
    /// first), which the caller keeps as long as the keys.
    pub(crate) fn new(
        tokens: &'t Tokens<'a>,
        keyer: &Keyer,
        own_keys: &'t mut String,
    ) -> MatchKeys<'t, 'a> {
        let bit_words = tokens.len() / 64 + 1;
        let mut has_own_key = vec![0; bit_words];
        let mut breaks = vec![0; bit_words];
        let mut words = Vec::with_capacity(tokens.len());
        // Where each key of a token's own lies in `own_keys`, by token: sliced once the
        // buffer is whole.
        let mut own = Vec::new();
        own_keys.clear();
        let mut key = String::new();
        for i in 0..tokens.len() {
            if tokens.line_break_before(i) {
                set_bit(&mut breaks, i);
            }
            // The Latin comma and semicolon typed for the Urdu ones (`کا کہنا ہے, ’…‘`) are the
            // Urdu marks to every rule.
            // So is the Latin full stop after an Urdu word or number (`کہا ہے.`), which ends
            // the sentence as `۔` does.
            let normalized = match tokens.normalized(i) {
                "," => "،",
                ";" => "؛",
                "." if ends_urdu_sentence(tokens, i) => "۔",
                n => n,
            };
            words.push(normalized);
            let folded = keyer.fold(normalized);
            // Most keys are the token's normalized form: those the scanner found plain or the
            // byte test clears, when the default normalizer made the tokens (nothing folded
            // them again).
            if matches!(folded, Cow::Borrowed(_))
                && (tokens.is_plain(i) || !key_may_differ(&folded))
            {
                continue;
            }
            key.clear();
            match_key(&folded, &mut key);
            if key != normalized {
                set_bit(&mut has_own_key, i);
                let start = own_keys.len();
                own_keys.push_str(&key);
                own.push((i, start..own_keys.len()));
            }
        }
        let own_keys: &'t String = own_keys;
        for (i, range) in own {
            if let (Some(word), Some(key)) = (words.get_mut(i), own_keys.get(range)) {
                *word = key;
            }
        }
        MatchKeys {
            tokens,
            words,
            has_own_key,
            breaks,
        }
    }

    /// Calls `found(first, end, id)` for every phrase of `phrases` (overlapping ones too)
    /// whose key is the keys of tokens `first..end`, single-spaced, on one line: a phrase
    /// begins at the start of a token and ends at the end of one. No word list entry spans a
    /// line break. Reported by their first token, then by their end.
    ///
    /// Each token's first word is looked up once; only where a phrase begins with it are the
    /// runs after it looked up, no longer than the longest phrase that begins so (a token
    /// holds at least one word): a few table lookups a token, whatever the list's size.
    pub(crate) fn find(&self, phrases: &Phrases, mut found: impl FnMut(usize, usize, usize)) {
        let mut run = String::new();
        for first in 0..self.tokens.len() {
            let key = self.word(first);
            // Only a key of the token's own can hold a space (from a zero-width non-joiner).
            let own = bit(&self.has_own_key, first);
            let head = if own {
                key.split(' ').next().unwrap_or(key)
            } else {
                key
            };
            if !phrases.heads.may_hold(head) {
                continue;
            }
            let Some(&(most, alone)) = phrases.first_words.get(head) else {
                continue;
            };
            if let Some(id) = alone.filter(|_| head.len() == key.len()) {
                found(first, first + 1, id);
            }
            if most == 1 {
                continue;
            }
            run.clear();
            run.push_str(key);
            let mut words = words_in(own, key);
            if words > 1 {
                if let Some(&id) = phrases.ids.get(run.as_str()) {
                    found(first, first + 1, id);
                }
            }
            for t in first + 1..self.tokens.len() {
                let word = self.word(t);
                let own = bit(&self.has_own_key, t);
                words += words_in(own, word);
                if words > most || bit(&self.breaks, t) || !(own || phrases.tails.may_hold(word)) {
                    break;
                }
                run.push(' ');
                run.push_str(word);
                if let Some(&id) = phrases.ids.get(run.as_str()) {
                    found(first, t + 1, id);
                }
            }
        }
    }

    /// The tokens.
    pub(crate) fn tokens(&self) -> &'t Tokens<'a> {
        self.tokens
    }

    /// How many tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The key of token `t` (empty past the last token).
    #[inline]
    pub(crate) fn word(&self, t: usize) -> &'t str {
        self.words.get(t).copied().unwrap_or("")
    }

    /// The first token of each line, in order.
    pub(crate) fn line_starts(&self) -> impl Iterator<Item = usize> + '_ {
        let len = self.tokens.len();
        let first = (len > 0 && !bit(&self.breaks, 0)).then_some(0);
        first
            .into_iter()
            .chain(self.breaks.iter().enumerate().flat_map(|(i, &word)| {
                let mut bits = word;
                std::iter::from_fn(move || {
                    let b = bits.trailing_zeros() as usize;
                    (bits != 0).then(|| {
                        bits &= bits - 1;
                        i * 64 + b
                    })
                })
            }))
            .filter(move |&t| t < len)
    }

    /// Whether a line break stands before token `token` (or it is the first).
    pub(crate) fn line_break_before(&self, token: usize) -> bool {
        match token {
            0 => true,
            // Past the last token: nothing follows it on its line.
            t if t == self.tokens.len() => false,
            t if t > self.tokens.len() => true,
            t => bit(&self.breaks, t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Keyer, MatchKeys};

    /// The byte test never misses a word whose key differs.
    #[test]
    fn key_may_differ_catches_every_changed_key() {
        let changing = ('\u{0600}'..='\u{06FF}').chain(['\u{200C}', '\u{200D}']);
        for c in changing {
            for word in [format!("ب{c}"), format!("{c}ے"), format!("ک{c}ی")] {
                let mut key = String::new();
                super::match_key(&word, &mut key);
                if key != word {
                    assert!(super::key_may_differ(&word), "{word:?}");
                }
            }
        }
    }

    #[test]
    fn a_yeh_barree_inside_a_word_is_a_yeh() {
        let key = |w: &str| {
            let mut k = String::new();
            super::match_key(w, &mut k);
            k
        };
        assert_eq!(key("شرےف"), "شریف");
        assert_eq!(key("پلےئر"), "پلیئر");
        // At the end, and before a zero-width non-joiner, it stays.
        assert_eq!(key("کے"), "کے");
        assert_eq!(key("بے\u{200C}گھر"), "بے گھر");
        assert_eq!(Keyer::default().key("وزےر اعظم"), "وزیر اعظم");
    }

    /// The characters of the Arabic block that the scanner's table marks as changing a key
    /// are those the byte test looks for.
    #[test]
    fn the_scanner_marks_the_characters_the_byte_test_looks_for() {
        for c in '\u{0600}'..='\u{06FF}' {
            assert_eq!(
                crate::script::changes_key(c),
                super::key_may_differ(&c.to_string()),
                "{c:?}"
            );
        }
    }

    /// The byte test as first written, reading each byte's successors by index: the
    /// oracle of the one-pass test.
    fn key_may_differ_indexed(word: &str) -> bool {
        let bytes = word.as_bytes();
        bytes.iter().enumerate().any(|(i, &b0)| {
            let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
            match (b0, next(1)) {
                (0xD9, 0x8B..=0x9F | 0xB0) | (0xDB, 0x82 | 0x93 | 0x96..=0xAD) | (0xD8, 0xA6) => {
                    true
                }
                (0xDB, 0x92) => i + 2 < bytes.len(),
                (0xE2, 0x80) => matches!(next(2), 0x8C | 0x8D),
                _ => false,
            }
        })
    }

    proptest::proptest! {
        /// The one-pass byte test answers as the indexed one on any text.
        #[test]
        fn key_may_differ_is_the_indexed_test(
            word in "[\u{0600}-\u{06FF}\u{2000}-\u{200F}a-z ]{0,12}|\\PC{0,12}",
        ) {
            proptest::prop_assert_eq!(
                super::key_may_differ(&word),
                key_may_differ_indexed(&word)
            );
        }

        /// A token the scanner found to be its own key is one the byte test clears.
        #[test]
        fn plain_tokens_are_their_own_keys(
            text in "[\u{0600}-\u{06FF}\u{0750}\u{200C}\u{200D}\u{0301}\u{00BC}\u{FDFA} a-z1]{0,40}",
        ) {
            let tokens = crate::tokenize(&text);
            for i in 0..tokens.len() {
                if tokens.is_plain(i) {
                    proptest::prop_assert!(!super::key_may_differ(tokens.normalized(i)));
                }
            }
        }

        /// Every match reported is a run of whole tokens on one line whose keys make the
        /// name, and every such run is reported.
        #[test]
        fn matches_are_the_runs_of_whole_tokens(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "صوبۂ", "صوبہ", "سرحد", "اسلام", "آباد", "اسلام\u{200C}آباد", "َ", "میں",
                    "\n", "،",
                ]),
                0..24,
            ),
        ) {
            let text = words.join(" ");
            let tokens = crate::tokenize(&text);
            let mut own_keys = String::new();
            let keys = MatchKeys::new(&tokens, &Keyer::default(), &mut own_keys);
            let names = ["صوبہ سرحد", "اسلام آباد", "آباد", "اسلام", "سرحد اسلام", "میں ، صوبہ"];
            let phrases = super::Phrases::new(names);
            let mut found = Vec::new();
            keys.find(&phrases, |first, end, p| found.push((first, end, p)));
            found.sort_unstable();
            let mut expected = Vec::new();
            for first in 0..keys.len() {
                for end in first + 1..=keys.len() {
                    if (first + 1..end).any(|t| keys.line_break_before(t)) {
                        break;
                    }
                    let run: Vec<&str> = (first..end).map(|t| keys.word(t)).collect();
                    let run = run.join(" ");
                    for (p, name) in names.iter().enumerate() {
                        if run == *name {
                            expected.push((first, end, p));
                        }
                    }
                }
            }
            expected.sort_unstable();
            proptest::prop_assert_eq!(found, expected);
        }
    }

    /// The hamza of `ئے` is left out of a key, but where the key would be a word of
    /// grammar.
    #[test]
    fn a_word_keeps_its_hamza_where_it_would_be_a_word_of_grammar() {
        let key = |w: &str| {
            let mut key = String::new();
            super::match_key(w, &mut key);
            key
        };
        assert_eq!(key("دریائے سندھ"), "دریاے سندھ");
        assert_eq!(key("ہوئے"), "ہوے");
        assert_eq!(key("جئے پور"), "جے پور");
        for word in ["نئے", "کئے", "گئے", "نئے سال", "سال نئے"] {
            assert_eq!(key(word), word);
        }
    }

    #[test]
    fn keys_lines_and_matches() {
        let text = "صوبۂ سرحد کے شہر\nاسلام\u{200C}آباد میں  تقریباً";
        let tokens = crate::tokenize(text);
        let mut own_keys = String::new();
        let keys = MatchKeys::new(&tokens, &Keyer::default(), &mut own_keys);
        let words: Vec<&str> = (0..keys.len()).map(|t| keys.word(t)).collect();
        assert_eq!(
            words,
            ["صوبہ", "سرحد", "کے", "شہر", "اسلام آباد", "میں", "تقریبا"]
        );
        assert_eq!(keys.word(99), "");
        let breaks: Vec<usize> = (0..=keys.len())
            .filter(|&t| keys.line_break_before(t))
            .collect();
        assert_eq!(breaks, [0, 4]);
        // Names match whole tokens (not `اسلام` in `اسلام‌آباد`, not `رحد` in `سرحد`) within
        // a line, never across a line break.
        let names = ["صوبہ سرحد", "شہر اسلام آباد", "اسلام", "اسلام آباد میں", "رحد"];
        let phrases = super::Phrases::new(names);
        let mut found = Vec::new();
        keys.find(&phrases, |first, end, p| found.push((first, end, p)));
        assert_eq!(found, [(0, 2, 0), (4, 6, 3)]);
    }
}

//! Match keys: the form under which word lists (places, speech cues, speaker words) are
//! matched against tokens, and the keys of a whole text, computed once per analysis and
//! shared by the gazetteer and the speech rules.

use crate::script::{is_diacritic, is_line_break};
use crate::tokenize::Token;

/// Appends the match key of `word` (normalized text) to `out`: the form under which word
/// lists are matched. Diacritics are dropped (`مشرقِ وسطیٰ` matches `مشرق وسطی`), a
/// zero-width non-joiner or joiner counts as a space (`اسلام‌آباد` matches `اسلام آباد`), and
/// `ۂ` counts as `ہ` (the izafat hamza: `صوبۂ سرحد` matches `صوبہ سرحد`), and `ئے` as `ے`
/// (the hamza that many writers leave out: `دریاے` for `دریائے`).
fn match_key(word: &str, out: &mut String) {
    let mut chars = word.chars().filter(|&c| !is_diacritic(c)).peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{200C}' | '\u{200D}' => out.push(' '),
            'ۂ' => out.push('ہ'),
            'ئ' if chars.peek() == Some(&'ے') => {}
            c => out.push(c),
        }
    }
}

/// The match key of a name: normalized, without diacritics, single-spaced.
pub(crate) fn key_of(name: &str) -> String {
    let normalized = crate::normalize(name);
    let mut key = String::with_capacity(normalized.len());
    for word in normalized.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        match_key(word, &mut key);
    }
    key.trim().to_owned()
}

/// The tokens of a text as one string of match keys, one separator byte between tokens (a
/// space, or a line break where the text breaks a line), with where each token's key starts.
/// A key ends one byte before the next key starts; the last ends with the text.
pub(crate) struct KeyedText {
    pub(crate) text: String,
    starts: Offsets,
    /// One bit per byte offset of `text`: whether a token's key starts there. Most matches of
    /// short names fall inside words; this and `ends_at` rule them out at once.
    starts_at: Vec<u64>,
    /// One bit per byte offset of `text`: whether a token's key ends there.
    ends_at: Vec<u64>,
}

impl KeyedText {
    pub(crate) fn new(input: &str, tokens: &[Token<'_>]) -> KeyedText {
        let mut text = String::with_capacity(input.len());
        let mut starts = Offsets::with_capacity(tokens.len());
        let mut prev_end = None;
        for t in tokens {
            if let Some(end) = prev_end {
                let gap = input.get(end..t.span().start).unwrap_or("");
                text.push(if gap.contains(is_line_break) {
                    '\n'
                } else {
                    ' '
                });
            }
            starts.push(text.len());
            match_key(t.normalized(), &mut text);
            prev_end = Some(t.span().end);
        }
        let words = text.len() / 64 + 1;
        let mut keyed = KeyedText {
            text,
            starts,
            starts_at: vec![0; words],
            ends_at: vec![0; words],
        };
        for t in 0..keyed.starts.len() {
            let (start, end) = keyed.bounds(t).unwrap_or_default();
            set_bit(&mut keyed.starts_at, start);
            set_bit(&mut keyed.ends_at, end);
        }
        keyed
    }

    /// Where the key of token `t` starts and ends in `text`.
    fn bounds(&self, t: usize) -> Option<(usize, usize)> {
        let start = self.starts.get(t)?;
        let end = self
            .starts
            .get(t + 1)
            .map_or(self.text.len(), |next| next - 1);
        Some((start, end))
    }

    /// The token that starts at key offset `start` and the token after the one that ends at
    /// `end`, if both are token boundaries.
    pub(crate) fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if !(bit(&self.starts_at, start) && bit(&self.ends_at, end)) {
            return None;
        }
        let first = self.starts.binary_search(start).ok()?;
        let last = if end == self.text.len() {
            self.starts.len().checked_sub(1)?
        } else {
            self.starts.binary_search(end + 1).ok()?.checked_sub(1)?
        };
        (last >= first).then_some((first, last + 1))
    }

    /// How many tokens.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The key of token `t` (empty past the last token).
    pub(crate) fn word(&self, t: usize) -> &str {
        self.bounds(t)
            .and_then(|(s, e)| self.text.get(s..e))
            .unwrap_or("")
    }

    /// Whether a line break stands before token `token` (or it is the first).
    pub(crate) fn line_break_before(&self, token: usize) -> bool {
        let Some(prev) = token.checked_sub(1) else {
            return true;
        };
        match self.starts.get(token) {
            Some(start) => self.text.as_bytes().get(start.wrapping_sub(1)) == Some(&b'\n'),
            // Past the last token: nothing follows it on its line.
            None => self.starts.get(prev).is_none(),
        }
    }
}

/// Ascending byte offsets, four bytes each while they fit (a text of millions of tokens
/// keeps one per token), eight beyond 4 GiB.
enum Offsets {
    Narrow(Vec<u32>),
    Wide(Vec<usize>),
}

impl Offsets {
    fn with_capacity(n: usize) -> Offsets {
        Offsets::Narrow(Vec::with_capacity(n))
    }

    fn push(&mut self, offset: usize) {
        match self {
            Offsets::Narrow(narrow) => match u32::try_from(offset) {
                Ok(o) => narrow.push(o),
                Err(_) => {
                    let mut wide: Vec<usize> = narrow.iter().map(|&o| o as usize).collect();
                    wide.push(offset);
                    *self = Offsets::Wide(wide);
                }
            },
            Offsets::Wide(wide) => wide.push(offset),
        }
    }

    fn get(&self, i: usize) -> Option<usize> {
        match self {
            Offsets::Narrow(narrow) => narrow.get(i).map(|&o| o as usize),
            Offsets::Wide(wide) => wide.get(i).copied(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Offsets::Narrow(narrow) => narrow.len(),
            Offsets::Wide(wide) => wide.len(),
        }
    }

    fn binary_search(&self, offset: usize) -> Result<usize, usize> {
        match self {
            Offsets::Narrow(narrow) => match u32::try_from(offset) {
                Ok(o) => narrow.binary_search(&o),
                Err(_) => Err(narrow.len()),
            },
            Offsets::Wide(wide) => wide.binary_search(&offset),
        }
    }
}

/// Sets bit `i` of a bitset.
fn set_bit(bits: &mut [u64], i: usize) {
    if let Some(word) = bits.get_mut(i / 64) {
        *word |= 1 << (i % 64);
    }
}

/// Bit `i` of a bitset (false past its end).
fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64)
        .is_some_and(|word| word >> (i % 64) & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::Offsets;

    /// Offsets past 4 GiB switch the list to eight-byte entries and keep every one.
    #[test]
    fn offsets_widen_past_four_gib() {
        let mut offsets = Offsets::with_capacity(2);
        let far = u32::MAX as usize + 10;
        for o in [3, 70, far, far + 5] {
            offsets.push(o);
        }
        assert!(matches!(offsets, Offsets::Wide(_)));
        assert_eq!(offsets.len(), 4);
        assert_eq!(offsets.get(2), Some(far));
        assert_eq!(offsets.binary_search(70), Ok(1));
        assert_eq!(offsets.binary_search(far + 5), Ok(3));
        let mut narrow = Offsets::with_capacity(1);
        narrow.push(5);
        assert_eq!(narrow.binary_search(far), Err(1));
        assert_eq!(narrow.get(0), Some(5));
    }
}

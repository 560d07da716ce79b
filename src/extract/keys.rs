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

/// The tokens of a text as one string of match keys, one space between tokens and a line
/// break where the text breaks a line, with where each token's key starts and ends.
pub(crate) struct KeyedText {
    pub(crate) text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// For each byte offset of `text`: whether a token starts there (bit 0) or ends there
    /// (bit 1). Most matches of short names fall inside words; this rules them out at once.
    boundary: Vec<u8>,
}

impl KeyedText {
    pub(crate) fn new(input: &str, tokens: &[Token<'_>]) -> KeyedText {
        let mut keyed = KeyedText {
            text: String::with_capacity(input.len()),
            starts: Vec::with_capacity(tokens.len()),
            ends: Vec::with_capacity(tokens.len()),
            boundary: Vec::new(),
        };
        let mut prev_end = None;
        for t in tokens {
            if let Some(end) = prev_end {
                let gap = input.get(end..t.span().start).unwrap_or("");
                keyed.text.push(if gap.contains(is_line_break) {
                    '\n'
                } else {
                    ' '
                });
            }
            keyed.starts.push(keyed.text.len());
            match_key(t.normalized(), &mut keyed.text);
            keyed.ends.push(keyed.text.len());
            prev_end = Some(t.span().end);
        }
        keyed.boundary = vec![0; keyed.text.len() + 1];
        for &start in &keyed.starts {
            if let Some(b) = keyed.boundary.get_mut(start) {
                *b |= 1;
            }
        }
        for &end in &keyed.ends {
            if let Some(b) = keyed.boundary.get_mut(end) {
                *b |= 2;
            }
        }
        keyed
    }

    /// The token that starts at key offset `start` and the token after the one that ends at
    /// `end`, if both are token boundaries.
    pub(crate) fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let at_start = self.boundary.get(start).is_some_and(|b| b & 1 != 0);
        let at_end = self.boundary.get(end).is_some_and(|b| b & 2 != 0);
        if !(at_start && at_end) {
            return None;
        }
        let first = self.starts.binary_search(&start).ok()?;
        let last = self.ends.binary_search(&end).ok()?;
        (last >= first).then_some((first, last + 1))
    }

    /// How many tokens.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The key of token `t` (empty past the last token).
    pub(crate) fn word(&self, t: usize) -> &str {
        match (self.starts.get(t), self.ends.get(t)) {
            (Some(&s), Some(&e)) => self.text.get(s..e).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether a line break stands before token `token` (or it is the first).
    pub(crate) fn line_break_before(&self, token: usize) -> bool {
        match token.checked_sub(1).and_then(|p| self.ends.get(p)) {
            None => true,
            Some(&end) => self.text.get(end..end + 1) == Some("\n"),
        }
    }
}

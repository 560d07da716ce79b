//! The table of clean characters: per configuration, which ASCII and Arabic-block
//! characters the normalizer leaves alone, which it rewrites into one other character, and
//! which join the cluster before them. The fast path reads it.

use std::fmt;

use super::chars::is_combining;
use super::spacing::is_spaced_after;
use super::Normalizer;
use crate::script;

/// For each ASCII character and each character of the Arabic block U+0600–U+06FF: whether
/// the normalizer leaves it alone when no combining mark follows. Lets clean text be
/// skipped a byte or two at a time without decoding characters.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct CleanTable {
    ascii: [bool; 128],
    arabic: [bool; 256],
    /// The same facts over byte pairs, for the fast path: bit `b0 << 8 | b1` is set when a
    /// character that starts with byte `b0` (followed by `b1`) is clean. A character
    /// starting with an ASCII byte is one byte long, an Arabic-block character two. Pairs
    /// that start with a continuation byte are set: no character starts there.
    pub(super) pairs: std::sync::Arc<[u64; 1024]>,
    /// For each Arabic-block character that starts no cluster with what follows (no
    /// combining mark or deleted character after it): the one character it becomes, when
    /// it is not clean and its rewrite is one character (`ي` → `ی`, `ك` → `ک`, digits).
    pub(super) substitutes: [Option<char>; 256],
    /// For each Arabic-block character: whether it joins the cluster before it.
    pub(super) attaching: [bool; 256],
}

impl fmt::Debug for CleanTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CleanTable")
    }
}

impl CleanTable {
    /// A table that says nothing is clean (before it is computed).
    pub(super) fn empty() -> CleanTable {
        CleanTable {
            ascii: [false; 128],
            arabic: [false; 256],
            pairs: std::sync::Arc::new([0; 1024]),
            substitutes: [None; 256],
            attaching: [false; 256],
        }
    }

    fn new(n: &Normalizer) -> CleanTable {
        let mut table = CleanTable::empty();
        for (b, slot) in (0u8..).zip(table.ascii.iter_mut()) {
            *slot = n.is_clean(char::from(b));
        }
        for (i, slot) in (0u32..).zip(table.arabic.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).is_some_and(|c| n.is_clean(c) && !is_combining(c));
        }
        let mut pairs = [0u64; 1024];
        for b0 in 0..=255u8 {
            for b1 in 0..=255u8 {
                let clean = if b0 < 0x80 {
                    table.ascii.get(usize::from(b0)).copied()
                } else if b0 & 0xC0 == 0x80 {
                    // A continuation byte starts no character: the block test of the fast
                    // path reads pairs at every byte, and these say nothing.
                    Some(true)
                } else if let Some(index) = script::arabic_block_offset(b0, b1) {
                    table.arabic.get(index).copied()
                } else {
                    None
                };
                let index = (usize::from(b0) << 8) | usize::from(b1);
                if clean == Some(true) {
                    crate::bits::set_bit(&mut pairs, index);
                }
            }
        }
        table.pairs = std::sync::Arc::new(pairs);
        for (i, slot) in (0u32..).zip(table.substitutes.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).and_then(|c| n.substitute(c));
        }
        for (i, slot) in (0u32..).zip(table.attaching.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).is_some_and(|c| n.attaches(c));
        }
        table
    }
}

impl Normalizer {
    /// This normalizer with its table of clean characters computed.
    pub(super) fn with_table(mut self) -> Normalizer {
        self.clean = std::sync::Arc::new(CleanTable::new(&self));
        self
    }

    /// What an Arabic-block character `c` standing alone becomes, when that is one other
    /// character and `c` starts no cluster of its own rules: not a mark, not deleted, not a
    /// punctuation mark whose spacing is fixed.
    fn substitute(&self, c: char) -> Option<char> {
        if self.is_clean(c) || self.attaches(c) || (self.punctuation_spacing && is_spaced_after(c))
        {
            return None;
        }
        let mut out = String::new();
        self.normalize_cluster(c.encode_utf8(&mut [0; 4]), &mut out);
        let mut chars = out.chars();
        match (chars.next(), chars.next()) {
            (Some(one), None) if one != c => Some(one),
            _ => None,
        }
    }
}

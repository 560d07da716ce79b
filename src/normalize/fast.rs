//! The fast path: clean text skipped by table lookup, a byte pair at a time, and
//! one-character rewrites made by table.

use super::work::examined;
use super::writer::Writer;
use super::Normalizer;
use crate::script;

/// Bytes per block in the fast path's block test.
const BLOCK: usize = 16;

impl Normalizer {
    /// The fast path for text that needs changes: rewrites the Arabic-block character at
    /// `pos` by table when nothing after it joins its cluster, and returns where the next
    /// character starts; `None` leaves it to the slow path.
    pub(super) fn substitute_at(
        &self,
        text: &str,
        pos: usize,
        w: &mut Writer<'_>,
    ) -> Option<usize> {
        let bytes = text.as_bytes();
        let (&b0, &b1) = (bytes.get(pos)?, bytes.get(pos + 1)?);
        examined(2);
        let index = script::arabic_block_offset(b0, b1)?;
        let with = (*self.clean.substitutes.get(index)?)?;
        let end = pos + 2;
        if self.attaches_at(text, end) {
            return None;
        }
        w.replace_char(pos..end, with);
        Some(end)
    }

    /// The fast path: the first position at or after `pos` that needs a closer look. Skips
    /// clean ASCII and Arabic-block characters by table lookup; stops before a clean
    /// character that a combining mark follows, so the mark is seen with its base.
    pub(super) fn skip_clean(&self, text: &str, pos: usize) -> usize {
        let bytes = text.as_bytes();
        let pairs = &*self.clean.pairs;
        let mut i = pos;
        // Blocks of 16 bytes first: the pair at every byte is tested, without a dependency
        // from one character's length to the next position, so the lookups of a block run
        // in parallel. Pairs at continuation bytes pass, so the first failing byte of a
        // block is the start of the first character that is not clean.
        let mut found = false;
        while let Some(block) = bytes
            .get(i..i + BLOCK + 1)
            .and_then(|b| <&[u8; BLOCK + 1]>::try_from(b).ok())
        {
            let mut dirty = 0u64;
            for (k, (&b0, &b1)) in block.iter().zip(block.iter().skip(1)).enumerate() {
                let index = (usize::from(b0) << 8) | usize::from(b1);
                let word = pairs.get((index >> 6) & 1023).copied().unwrap_or(0);
                dirty |= (!(word >> (index & 63)) & 1) << k;
            }
            if dirty != 0 {
                i += dirty.trailing_zeros() as usize;
                found = true;
                break;
            }
            i += BLOCK;
        }
        if !found && i > pos && bytes.get(i).is_some_and(|&b| b & 0xC0 == 0x80) {
            // Back to the start of the character the block boundary cut (clean characters
            // are at most two bytes long).
            i -= 1;
        }
        // The tail: one bit test per character, no branch between ASCII and Arabic letters: the
        // masked index needs no bounds check.
        while let Some(&b0) = bytes.get(i).filter(|_| !found) {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            let index = (usize::from(b0) << 8) | usize::from(b1);
            let clean = pairs
                .get((index >> 6) & 1023)
                .is_some_and(|word| word >> (index & 63) & 1 == 1);
            if !clean {
                break;
            }
            i += 1 + usize::from(b0 >= 0x80);
        }
        examined(i - pos + 1);
        if i > pos && self.attaches_at(text, i) {
            // The clean characters are one byte (ASCII) or two (Arabic block) long.
            let back = if bytes.get(i - 1).is_some_and(|&b| b < 0x80) {
                1
            } else {
                2
            };
            i - back
        } else {
            i
        }
    }

    /// Whether the character at `pos` joins the cluster of the character before it, by
    /// table for ASCII and the Arabic block.
    fn attaches_at(&self, text: &str, pos: usize) -> bool {
        let bytes = text.as_bytes();
        let Some(&b0) = bytes.get(pos).filter(|&&b| b >= 0x80) else {
            // The end, or ASCII: nothing there attaches.
            return false;
        };
        let b1 = bytes.get(pos + 1).copied().unwrap_or(0);
        match script::arabic_block_offset(b0, b1) {
            Some(index) => self.clean.attaching.get(index).is_some_and(|&a| a),
            None => text
                .get(pos..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| self.attaches(c)),
        }
    }
}

//! Character offsets for byte offsets: the JSON and CSV give both, since Python, JavaScript
//! and most tools outside Rust count characters (Unicode scalar values), not bytes.

/// Bytes per block of the index: a lookup counts at most this many bytes.
const BLOCK: usize = 256;

/// Converts byte offsets of one text into character offsets.
///
/// Built in one pass over the text (the number of characters before each block of 256
/// bytes); each lookup then counts the characters of at most one block, or only those
/// since the previous lookup when offsets come in increasing order, as spans of tokens,
/// sentences and mentions do.
#[derive(Debug)]
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    blocks: Vec<usize>,
    last_byte: usize,
    last_char: usize,
}

/// The number of characters that start in `bytes` (every byte but UTF-8 continuation bytes).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl<'a> CharIndex<'a> {
    /// The index of `text`.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            blocks.push(chars);
            chars += count_chars(block);
        }
        CharIndex {
            bytes,
            blocks,
            last_byte: 0,
            last_char: 0,
        }
    }

    /// The character offset of byte offset `byte` (the end of the text for offsets past it;
    /// an offset inside a character counts that character as before it).
    pub fn char_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let chars = if byte >= self.last_byte && byte - self.last_byte <= BLOCK {
            self.last_char + count_chars(self.bytes.get(self.last_byte..byte).unwrap_or_default())
        } else {
            let block = byte / BLOCK;
            let start = block * BLOCK;
            self.blocks.get(block).copied().unwrap_or(0)
                + count_chars(self.bytes.get(start..byte).unwrap_or_default())
        };
        self.last_byte = byte;
        self.last_char = chars;
        chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The naive answer: characters in the text before `byte`.
    fn naive(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|(i, _)| *i < byte).count()
    }

    #[test]
    fn agrees_with_counting_from_the_start_in_any_order() {
        let text = "روس کے صدر ولادی میر پوتن نے کہا: ’abc‘ 😀 ".repeat(40);
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut index = CharIndex::new(&text);
        for &b in &boundaries {
            assert_eq!(index.char_at(b), naive(&text, b), "forward at {b}");
        }
        for &b in boundaries.iter().rev().step_by(7) {
            assert_eq!(index.char_at(b), naive(&text, b), "backward at {b}");
        }
        for (i, &b) in boundaries.iter().enumerate().step_by(13) {
            let far = boundaries[(i * 7919) % boundaries.len()];
            assert_eq!(index.char_at(b), naive(&text, b));
            assert_eq!(index.char_at(far), naive(&text, far));
        }
        assert_eq!(index.char_at(text.len() + 10), text.chars().count());
    }

    #[test]
    fn empty_text() {
        let mut index = CharIndex::new("");
        assert_eq!(index.char_at(0), 0);
        assert_eq!(index.char_at(5), 0);
    }
}

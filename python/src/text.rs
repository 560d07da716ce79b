//! Python text in and out: a `str` as UTF-8, the shared buffer that results slice, and the
//! mapping from the library's byte offsets to Python's character (code point) offsets.

use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use urdu::Span;

/// The UTF-8 text of a Python `str`.
///
/// A `str` holding a lone surrogate (which UTF-8 cannot carry) gives a `ValueError` that says
/// where it is, with Python's `UnicodeEncodeError` as its cause.
pub(crate) fn utf8<'a>(text: &'a Bound<'_, PyString>) -> PyResult<std::borrow::Cow<'a, str>> {
    text.to_cow().map_err(|e| surrogate_error(text.py(), e))
}

/// The UTF-8 text of a Python object that must be a `str`; `what` names it in the
/// `TypeError` otherwise.
pub(crate) fn utf8_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    Ok(utf8(as_str(value, what)?)?.into_owned())
}

/// A Python object that must be a `str`; `what` names it in the `TypeError` otherwise.
pub(crate) fn as_str<'a, 'py>(
    value: &'a Bound<'py, PyAny>,
    what: &str,
) -> PyResult<&'a Bound<'py, PyString>> {
    value.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!("{what} must be a str, not {}", type_name(value)))
    })
}

/// The name of a Python object's type, for messages.
pub(crate) fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "object".to_owned(), |n| n.to_string())
}

/// Turns Python's `UnicodeEncodeError` for a lone surrogate into a `ValueError` that says so.
fn surrogate_error(py: Python<'_>, err: PyErr) -> PyErr {
    if !err.is_instance_of::<PyUnicodeEncodeError>(py) {
        return err;
    }
    let value = err.value(py);
    // Where the surrogate is, and which: read through Python, since a Rust `String` cannot
    // hold a surrogate.
    let found = (|| -> PyResult<(usize, u32)> {
        let start: usize = value.getattr("start")?.extract()?;
        let ch = value.getattr("object")?.get_item(start)?;
        let code: u32 = py
            .import("builtins")?
            .getattr("ord")?
            .call1((ch,))?
            .extract()?;
        Ok((start, code))
    })();
    let message = match found {
        Ok((i, c)) => format!(
            "the text holds a lone surrogate (U+{c:04X} at index {i}), which UTF-8 cannot carry"
        ),
        _ => "the text holds a lone surrogate, which UTF-8 cannot carry".to_owned(),
    };
    let new = PyValueError::new_err(message);
    new.set_cause(py, Some(err));
    new
}

/// The text that results point into: the original text as UTF-8, and the normalized forms of
/// the tokens that normalization changed. Shared by every result of one call.
#[derive(Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Source {
    pub(crate) text: String,
    pub(crate) forms: String,
}

impl Source {
    /// A source of `text` alone.
    pub(crate) fn new(text: String) -> Arc<Source> {
        Arc::new(Source {
            text,
            forms: String::new(),
        })
    }

    /// The text of a byte span (empty if the span is not in the text).
    pub(crate) fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The normalized form of a byte span of `forms`.
    pub(crate) fn form(&self, span: Span) -> &str {
        self.forms.get(span.range()).unwrap_or("")
    }
}

/// The continuation bytes (`10xxxxxx`) of eight bytes, one bit each: top bit set, the next
/// clear.
#[inline]
fn continuations(w: u64) -> usize {
    /// The top bit of each byte.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // One bit per byte, at its top: moved to the bottom and summed by a multiplication
    // (no `popcnt` on the baseline x86-64 that wheels are built for).
    let bits = (w & !(w << 1) & HIGH) >> 7;
    (bits.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// Eight bytes of `bytes` from `at` as a little-endian word, if there are eight.
#[inline]
fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The number of characters (code points) in `bytes[from..to]`: the bytes that are not
/// continuation bytes. A stretch shorter than eight bytes (a word, the space before it) is
/// read as one word of the bytes there, masked, when there are eight to read.
#[inline]
pub(crate) fn count_between(bytes: &[u8], from: usize, to: usize) -> usize {
    let to = to.min(bytes.len());
    if from >= to {
        return 0;
    }
    let len = to - from;
    if len < 8 {
        if let Some(w) = word_at(bytes, from) {
            return len - continuations(w & ((1u64 << (8 * len)) - 1));
        }
    }
    count_long(bytes, from, to)
}

/// [`count_between`] eight bytes at a time, the last few one by one.
fn count_long(bytes: &[u8], from: usize, to: usize) -> usize {
    let mut cont = 0;
    let mut at = from;
    while to - at >= 8 {
        cont += word_at(bytes, at).map_or(0, continuations);
        at += 8;
    }
    cont += bytes
        .get(at..to)
        .unwrap_or_default()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    (to - from) - cont
}

/// Maps byte offsets of a text to character offsets, reading forward from the last offset
/// mapped (and back, when asked for an earlier one). Offsets asked in order cost one pass over
/// the text in all.
pub(crate) struct CharCursor<'t> {
    bytes: &'t [u8],
    byte: usize,
    chars: usize,
}

impl<'t> CharCursor<'t> {
    /// A cursor at the start of `text`.
    pub(crate) fn new(text: &'t str) -> CharCursor<'t> {
        CharCursor {
            bytes: text.as_bytes(),
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of byte offset `byte` (clamped to the text).
    #[inline]
    pub(crate) fn chars_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte >= self.byte {
            self.chars += count_between(self.bytes, self.byte, byte);
        } else {
            self.chars -= count_between(self.bytes, byte, self.byte);
        }
        self.byte = byte;
        self.chars
    }

    /// The character span of a byte span.
    #[inline]
    pub(crate) fn span(&mut self, span: Span) -> (usize, usize) {
        if self.byte <= span.start && span.start <= span.end && span.end <= self.bytes.len() {
            // The usual case: the next token, after the one before.
            let start = self.chars + count_between(self.bytes, self.byte, span.start);
            let end = start + count_between(self.bytes, span.start, span.end);
            self.byte = span.end;
            self.chars = end;
            return (start, end);
        }
        let start = self.chars_at(span.start);
        (start, self.chars_at(span.end))
    }
}

/// The character offsets of a set of byte offsets given in any order: sorted once and
/// mapped in one pass, then looked up.
#[derive(Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct OffsetTable {
    /// `(byte, char)`, sorted by byte, no repeats.
    pairs: Vec<(usize, usize)>,
}

impl OffsetTable {
    /// The table of `offsets` (bytes) in `text`.
    pub(crate) fn new(text: &str, mut offsets: Vec<usize>) -> OffsetTable {
        offsets.sort_unstable();
        offsets.dedup();
        let mut cursor = CharCursor::new(text);
        OffsetTable {
            pairs: offsets
                .into_iter()
                .map(|b| (b, cursor.chars_at(b)))
                .collect(),
        }
    }

    /// The character offset of byte offset `byte`, which must be one of the table's (else it
    /// is counted from the nearest one before it).
    pub(crate) fn chars_at(&self, text: &str, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.pairs.get(i).map_or(0, |&(_, c)| c),
            Err(i) => {
                let (b0, c0) = i
                    .checked_sub(1)
                    .and_then(|j| self.pairs.get(j).copied())
                    .unwrap_or((0, 0));
                let end = byte.min(text.len());
                c0 + count_between(text.as_bytes(), b0, end)
            }
        }
    }

    /// The character span of a byte span.
    pub(crate) fn span(&self, text: &str, span: Span) -> (usize, usize) {
        (
            self.chars_at(text, span.start),
            self.chars_at(text, span.end),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character offset of every char boundary, the naive way.
    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn count_between_is_chars_count() {
        let text = "a😀b\u{0301}c 🇵🇰 ؁۔ ’کہا‘ پاکستان کے صدر\u{10FFFF}";
        for i in 0..=text.len() {
            for j in i..=text.len() {
                if let Some(s) = text.get(i..j) {
                    let n = count_between(text.as_bytes(), i, j);
                    assert_eq!(n, s.chars().count(), "{s:?}");
                }
            }
        }
    }

    const TEXTS: &[&str] = &[
        "",
        "abc",
        "پاکستان کے صدر",
        "a😀b\u{0301}c 🇵🇰 ؁۔ ’کہا‘",
        "\u{10FFFF}x\u{FFFF}",
    ];

    #[test]
    fn cursor_forward_and_back() {
        for text in TEXTS {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            let mut c = CharCursor::new(text);
            for &b in &bounds {
                assert_eq!(c.chars_at(b), naive(text, b), "{text:?} {b}");
            }
            for &b in bounds.iter().rev() {
                assert_eq!(c.chars_at(b), naive(text, b), "{text:?} {b}");
            }
            assert_eq!(c.chars_at(usize::MAX), text.chars().count());
        }
    }

    #[test]
    fn table_in_any_order() {
        for text in TEXTS {
            let mut bounds: Vec<usize> = (0..=text.len())
                .filter(|&b| text.is_char_boundary(b))
                .collect();
            bounds.reverse();
            let half: Vec<usize> = bounds.iter().copied().step_by(2).collect();
            let table = OffsetTable::new(text, half);
            for &b in &bounds {
                assert_eq!(table.chars_at(text, b), naive(text, b), "{text:?} {b}");
            }
        }
    }
}

//! Byte spans into the original text, and the alignment that maps positions of normalized
//! text back to the original.

use core::fmt;
use core::ops::Range;

/// A half-open range of byte offsets `start..end` into the original input.
///
/// Every span the crate produces lies on `char` boundaries of the text it was produced from,
/// so [`Span::range`] can slice it directly, and `text.get(span.range())` never fails.
///
/// ```
/// use urdu::Span;
///
/// let text = "روس کے صدر";
/// let span = Span::new(0, 6);
/// assert_eq!(&text[span.range()], "روس");
/// assert_eq!(format!("{span:?}"), "0..6");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`. `end` is clamped so that the span is never reversed.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The span as a `Range`, ready to slice the text it came from.
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes (0 for a reversed span, which the crate never makes but a user can).
    #[must_use]
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte (`start >= end`).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies within this span.
    #[must_use]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span that covers both `self` and `other`.
    #[must_use]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// `&text[span]` slices the text a span came from, like `&text[span.range()]` (and panics
/// like it on a span that is out of bounds or off a `char` boundary; `text.get(span.range())`
/// does not).
///
/// ```
/// let text = "روس کے صدر";
/// assert_eq!(&text[urdu::Span::new(0, 6)], "روس");
/// ```
impl core::ops::Index<Span> for str {
    type Output = str;

    // Indexing panics on a bad span by contract, as `&text[range]` does.
    #[allow(clippy::indexing_slicing)]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// `&bytes[span]` slices the bytes a span came from.
impl core::ops::Index<Span> for [u8] {
    type Output = [u8];

    #[allow(clippy::indexing_slicing)]
    fn index(&self, span: Span) -> &[u8] {
        &self[span.range()]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

/// One rewrite made by the normalizer: the bytes `original` of the input became the bytes
/// `normalized` of the output. Either side may be empty (a deletion or an insertion).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Edit {
    normalized: Range<usize>,
    original: Range<usize>,
}

/// Maps byte positions of normalized text back to the original text.
///
/// Only the places where normalization changed something are stored (sparse edits, in
/// order); text between two edits maps by a constant shift. A letter rewritten into one of
/// the same length (`ي` → `ی`) needs no edit, since every character boundary around it maps
/// to itself. Looking a position up is a binary search over the edits.
///
/// A position inside a rewritten stretch maps to the whole original stretch: a span that
/// starts inside it starts where the stretch starts, a span that ends inside it ends where the
/// stretch ends. Deleted characters (tatweel, bidi controls) at the edge of a span are left
/// out of the mapped span.
///
/// ```
/// use urdu::{Normalizer, Span};
///
/// let original = "ولادی\u{200F} میر";          // a stray right-to-left mark
/// let normalized = Normalizer::new().normalize(original);
/// assert_eq!(normalized.as_str(), "ولادی میر");
/// let mir = Span::new(11, 17);                 // "میر" in the normalized text
/// let back = normalized.alignment().to_original(mir);
/// assert_eq!(&original[back.range()], "میر");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    edits: Vec<Edit>,
    /// Normalized offsets of the letters rewritten into letters of the same length: they
    /// need no edit, but the text differs there.
    letters: Vec<usize>,
}

impl Alignment {
    /// The alignment of text that normalization left unchanged.
    #[must_use]
    pub fn identity() -> Alignment {
        Alignment::default()
    }

    /// Whether every position maps to itself (the text may still differ, letter for letter:
    /// `ي` → `ی`).
    #[must_use]
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// Number of stored edits (stretches where normalization changed the text, other than
    /// one character rewritten into one of the same length).
    #[must_use]
    pub fn edit_count(&self) -> usize {
        self.edits.len()
    }

    /// Records that `original` became `normalized`. Edits must arrive in text order; a
    /// deletion that touches the previous deletion is merged into it (a run of controls).
    /// Other edits stay apart, so a token boundary between two rewritten characters keeps
    /// mapping exactly.
    pub(crate) fn push(&mut self, normalized: Range<usize>, original: Range<usize>) {
        if let Some(last) = self.edits.last_mut() {
            let both_deletions = last.normalized.is_empty() && normalized.is_empty();
            if both_deletions
                && last.normalized.end == normalized.start
                && last.original.end == original.start
            {
                last.normalized.end = normalized.end;
                last.original.end = original.end;
                return;
            }
        }
        self.edits.push(Edit {
            normalized,
            original,
        });
    }

    /// Records that one character at normalized offset `at` was rewritten into one of the
    /// same length.
    pub(crate) fn push_letter(&mut self, at: usize) {
        self.letters.push(at);
    }

    /// The original position of a normalized position used as the start of a span.
    #[must_use]
    pub fn original_start(&self, pos: usize) -> usize {
        let n = self.edits.partition_point(|e| before_start(e, pos));
        start_after(self.edits.get(..n).unwrap_or(&[]), pos)
    }

    /// The original position of a normalized position used as the end of a span.
    #[must_use]
    pub fn original_end(&self, pos: usize) -> usize {
        let n = self.edits.partition_point(|e| before_end(e, pos));
        end_after(self.edits.get(..n).unwrap_or(&[]), pos)
    }

    /// A cursor that maps spans given in text order (starts and ends never decreasing)
    /// by walking the edits forward: constant time per span instead of a binary search.
    #[must_use]
    pub fn cursor(&self) -> AlignmentCursor<'_> {
        AlignmentCursor {
            edits: &self.edits,
            letters: &self.letters,
            starts: 0,
            ends: 0,
            next_letter: 0,
        }
    }

    /// Maps a span of the normalized text to the span of the original text it came from.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        if self.edits.is_empty() {
            return span;
        }
        let start = self.original_start(span.start);
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.original_end(span.end))
    }
}

/// Whether `e` lies before `pos` as seen by a span starting at `pos`: it starts before
/// `pos`, or it is a deletion exactly at `pos` (skipped over).
fn before_start(e: &Edit, pos: usize) -> bool {
    e.normalized.start < pos || (e.normalized.start == pos && e.normalized.end == pos)
}

/// Whether `e` lies before `pos` as seen by a span ending at `pos`: it starts before `pos`
/// (a deletion exactly at `pos` is left out of the span).
fn before_end(e: &Edit, pos: usize) -> bool {
    e.normalized.start < pos
}

/// The original start of `pos`, given the edits before it.
fn start_after(before: &[Edit], pos: usize) -> usize {
    match before.last() {
        None => pos,
        Some(e) if pos < e.normalized.end => e.original.start,
        Some(e) => pos - e.normalized.end + e.original.end,
    }
}

/// The original end of `pos`, given the edits before it.
fn end_after(before: &[Edit], pos: usize) -> usize {
    match before.last() {
        None => pos,
        Some(e) if pos <= e.normalized.end => e.original.end,
        Some(e) => pos - e.normalized.end + e.original.end,
    }
}

/// Maps spans of normalized text back to the original, for spans given in text order.
/// Made by [`Alignment::cursor`].
#[derive(Clone, Debug)]
pub struct AlignmentCursor<'a> {
    edits: &'a [Edit],
    letters: &'a [usize],
    /// Number of edits before the last start mapped.
    starts: usize,
    /// Number of edits before the last end mapped.
    ends: usize,
    /// Number of rewritten letters before the last span asked about.
    next_letter: usize,
}

impl AlignmentCursor<'_> {
    /// Maps `span` like [`Alignment::to_original`]. Spans must come with non-decreasing
    /// starts and ends; an earlier span falls back to a binary search.
    pub fn to_original(&mut self, span: Span) -> Span {
        if self.edits.is_empty() {
            return span;
        }
        // Most spans lie between the edit last passed and the next one: a constant shift.
        if self.starts == self.ends {
            let n = self.starts;
            let prev = n.checked_sub(1).and_then(|p| self.edits.get(p));
            let after_prev = prev.is_none_or(|e| e.normalized.end < span.start);
            let before_next = self
                .edits
                .get(n)
                .is_none_or(|e| e.normalized.start > span.end);
            if after_prev && before_next {
                let shift =
                    |pos: usize| prev.map_or(pos, |e| pos - e.normalized.end + e.original.end);
                return Span::new(shift(span.start), shift(span.end));
            }
        }
        self.starts = advance(self.edits, self.starts, |e| before_start(e, span.start));
        self.ends = advance(self.edits, self.ends, |e| before_end(e, span.end));
        let start = start_after(self.edits.get(..self.starts).unwrap_or(&[]), span.start);
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(
            start,
            end_after(self.edits.get(..self.ends).unwrap_or(&[]), span.end),
        )
    }
}

impl AlignmentCursor<'_> {
    /// Whether the normalized text of `span`, the span last given to
    /// [`to_original`](Self::to_original), is the original text unchanged: no edit and no
    /// rewritten letter inside it. Spans must come in order, as for `to_original`.
    pub(crate) fn is_unchanged(&mut self, span: Span) -> bool {
        while self
            .letters
            .get(self.next_letter)
            .is_some_and(|&l| l < span.start)
        {
            self.next_letter += 1;
        }
        let letter_inside = self
            .letters
            .get(self.next_letter)
            .is_some_and(|&l| l < span.end);
        // Edits counted before the end but not before the start lie inside; so does an edit
        // before the start that reaches into the span.
        let edit_inside = self.ends > self.starts
            || self
                .starts
                .checked_sub(1)
                .and_then(|i| self.edits.get(i))
                .is_some_and(|e| e.normalized.end > span.start);
        !(letter_inside || edit_inside)
    }
}

/// The number of leading `edits` for which `ahead` holds, found by walking forward from `n`
/// (the count for an earlier position), or by binary search if the position went back.
fn advance(edits: &[Edit], mut n: usize, ahead: impl Fn(&Edit) -> bool) -> usize {
    if n.checked_sub(1)
        .and_then(|i| edits.get(i))
        .is_some_and(|e| !ahead(e))
    {
        return edits.partition_point(ahead);
    }
    while edits.get(n).is_some_and(&ahead) {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_basics() {
        let s = Span::from(3..7);
        assert_eq!(s.len(), 4);
        assert!(!s.is_empty());
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert_eq!(s.cover(Span::new(9, 10)), Span::new(3, 10));
        assert_eq!(Range::from(s), 3..7);
        let reversed = Span { start: 7, end: 3 };
        assert_eq!(reversed.len(), 0);
        assert!(reversed.is_empty());
        assert!(s.contains(Span::new(4, 7)) && !s.contains(Span::new(2, 4)));
        assert_eq!(&"abcdefgh"[s], "defg");
        assert_eq!(&b"abcdefgh"[..][s], b"defg");
    }

    #[test]
    fn replacement_deletion_insertion() {
        // original "aXXbZc" -> normalized "aYbc": XX->Y (2 bytes -> 1), Z deleted.
        let mut a = Alignment::identity();
        a.push(1..2, 1..3);
        a.push(3..3, 4..5);
        assert_eq!(a.to_original(Span::new(0, 1)), Span::new(0, 1)); // a
        assert_eq!(a.to_original(Span::new(1, 2)), Span::new(1, 3)); // Y -> XX
        assert_eq!(a.to_original(Span::new(2, 3)), Span::new(3, 4)); // b (Z left out)
        assert_eq!(a.to_original(Span::new(3, 4)), Span::new(5, 6)); // c (Z left out)
        assert_eq!(a.to_original(Span::new(0, 4)), Span::new(0, 6));
        // an insertion of one byte at normalized 1..2 from nothing at original 1
        let mut b = Alignment::identity();
        b.push(1..2, 1..1);
        assert_eq!(b.to_original(Span::new(2, 3)), Span::new(1, 2));
        assert_eq!(b.to_original(Span::new(0, 1)), Span::new(0, 1));
    }

    #[test]
    fn cursor_agrees_with_binary_search() {
        let mut a = Alignment::identity();
        a.push(1..2, 1..3);
        a.push(3..3, 4..5);
        a.push(3..3, 6..7);
        a.push(5..8, 9..10);
        let spans: Vec<Span> = (0..10)
            .flat_map(|s| (s..10).map(move |e| Span::new(s, e)))
            .collect();
        let mut cursor = a.cursor();
        for &span in &spans {
            assert_eq!(cursor.to_original(span), a.to_original(span), "{span:?}");
        }
    }

    #[test]
    fn touching_deletions_merge() {
        let mut a = Alignment::identity();
        a.push(0..0, 0..3);
        a.push(0..0, 3..5);
        assert_eq!(a.edit_count(), 1);
        a.push(0..2, 5..6);
        assert_eq!(a.edit_count(), 2);
    }
}

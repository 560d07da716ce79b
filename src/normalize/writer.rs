//! The one edit primitive of the normalizer: it copies clean stretches lazily and records
//! every rewrite in the [`Alignment`].

use std::borrow::Cow;
use std::ops::Range;

use crate::span::Alignment;

/// Builds the normalized text of `input`. Until the first rewrite nothing is allocated; at
/// the end, text without rewrites is handed back borrowed.
pub(crate) struct Writer<'a> {
    input: &'a str,
    out: String,
    /// Input before this offset has been written to `out` (or rewritten).
    copied: usize,
    alignment: Alignment,
    dirty: bool,
    /// Whether letters rewritten into letters of the same length are recorded.
    track_letters: bool,
}

impl<'a> Writer<'a> {
    pub(crate) fn new(input: &'a str) -> Writer<'a> {
        Writer {
            input,
            out: String::new(),
            copied: 0,
            alignment: Alignment::identity(),
            dirty: false,
            track_letters: false,
        }
    }

    /// This writer, recording letters rewritten into letters of the same length too.
    pub(crate) fn tracking_letters(mut self) -> Writer<'a> {
        self.track_letters = true;
        self
    }

    /// Replaces the input bytes `original` (on char boundaries, after everything replaced so
    /// far) by `with`, which may be empty (a deletion); an empty `original` inserts.
    pub(crate) fn replace(&mut self, original: Range<usize>, with: &str) {
        let start = self.copy_up_to(original.start);
        self.out.push_str(with);
        let one_char = with
            .chars()
            .next()
            .is_some_and(|c| c.len_utf8() == with.len());
        self.record(start, original, one_char);
    }

    /// Replaces the input bytes `original` by the one character `with`: the same as
    /// [`replace`](Self::replace), without encoding `with` into a buffer first.
    pub(crate) fn replace_char(&mut self, original: Range<usize>, with: char) {
        let start = self.copy_up_to(original.start);
        self.out.push(with);
        self.record(start, original, true);
    }

    /// Copies the input from where the last rewrite ended up to `end`, and returns the
    /// output length, where the next rewrite starts.
    fn copy_up_to(&mut self, end: usize) -> usize {
        if !self.dirty {
            self.dirty = true;
            self.out.reserve(self.input.len() + 4);
        }
        self.out
            .push_str(self.input.get(self.copied..end).unwrap_or(""));
        self.out.len()
    }

    /// Records that the output from `start` on replaced the input bytes `original`. When
    /// that output is one character as long as `original` (`ي` → `ی`), no edit is needed:
    /// the identity maps both of its ends to the ends of `original`.
    fn record(&mut self, start: usize, original: Range<usize>, one_char: bool) {
        self.copied = original.end;
        if one_char && self.out.len() - start == original.len() {
            if self.track_letters {
                self.alignment.push_letter(start);
            }
        } else {
            self.alignment.push(start..self.out.len(), original);
        }
    }

    /// The normalized text and its alignment.
    pub(crate) fn finish(mut self) -> (Cow<'a, str>, Alignment) {
        if !self.dirty {
            return (Cow::Borrowed(self.input), self.alignment);
        }
        self.out
            .push_str(self.input.get(self.copied..).unwrap_or(""));
        (Cow::Owned(self.out), self.alignment)
    }
}

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
}

impl<'a> Writer<'a> {
    pub(crate) fn new(input: &'a str) -> Writer<'a> {
        Writer {
            input,
            out: String::new(),
            copied: 0,
            alignment: Alignment::identity(),
            dirty: false,
        }
    }

    /// Replaces the input bytes `original` (on char boundaries, after everything replaced so
    /// far) by `with`, which may be empty (a deletion); an empty `original` inserts.
    pub(crate) fn replace(&mut self, original: Range<usize>, with: &str) {
        if !self.dirty {
            self.dirty = true;
            self.out.reserve(self.input.len() + with.len());
        }
        self.out
            .push_str(self.input.get(self.copied..original.start).unwrap_or(""));
        let start = self.out.len();
        self.out.push_str(with);
        self.copied = original.end;
        self.alignment.push(start..self.out.len(), original);
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

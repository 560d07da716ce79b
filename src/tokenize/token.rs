//! What the tokenizer gives: [`Tokens`], the tokens of one text, and [`Token`], a view of
//! one of them.

use std::fmt;
use std::ops::Range;

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word in Arabic script (Urdu), with its diacritics and inner zero-width non-joiners.
    Word,
    /// A number in any digits, with its inner separators: `1,000`, `3.5`, `۲۰۲۲`.
    Number,
    /// A punctuation mark, or a run of one repeated mark (`...`, `!!`).
    Punctuation,
    /// A quotation mark (or a run of one repeated mark, `’’`).
    Quote,
    /// A word in another alphabetic script, mostly Latin: `BBC`, `COVID-19` is `COVID`…
    Latin,
    /// A web address starting with `http://`, `https://` or `www.`.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word: `#پاکستان`.
    Hashtag,
    /// `@` and an ASCII handle: `@BBCUrdu`.
    Mention,
    /// An emoji (one extended grapheme cluster: skin tones and ZWJ sequences stay whole).
    Emoji,
    /// Anything else that is not white space: `$`, `+`, `©`, `°`.
    Symbol,
}

crate::names::names! {
    TokenKind, "token kind",
    Word = "word",
    Number = "number",
    Punctuation = "punctuation",
    Quote = "quote",
    Latin = "latin",
    Url = "url",
    Email = "email",
    Hashtag = "hashtag",
    Mention = "mention",
    Emoji = "emoji",
    Symbol = "symbol",
}

/// One token of a text: its original text and span, its kind, and its normalized form.
///
/// A `Token` is a view handed out by [`Tokens`], which stores the tokens of a text compactly
/// (the normalized forms that differ from the original are kept in one buffer per text); it
/// borrows from them and is cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    text: &'t str,
    start: usize,
    normalized: &'t str,
    kind: TokenKind,
    from_join: bool,
}

impl<'t> Token<'t> {
    /// The token as written in the original input: `&input[token.span()]`.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Byte span in the original input.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// What the token is.
    #[must_use]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The token after normalization (the original text when normalization left it alone).
    #[must_use]
    pub fn normalized(&self) -> &'t str {
        self.normalized
    }

    /// Whether the token is a piece of a word that the writer ran together with its
    /// neighbour (`کہاکہ` → `کہا` + `کہ`) and the tokenizer split again.
    #[must_use]
    pub fn is_from_join(&self) -> bool {
        self.from_join
    }
}

/// How one token is stored: 32 bytes on 64-bit targets.
///
/// The token's original text is kept as a slice of [`Tokens::text`] rather than as two
/// offsets: the rules read it (or the normalized form, most often the same) for every token,
/// and a slice needs no test of character boundaries on each read. Its span is where the
/// slice lies in the text.
#[derive(Clone, Copy, Debug)]
struct Record<'a> {
    text: &'a str,
    /// Where the normalized form starts in [`Tokens::forms`], if it differs from the text.
    form: usize,
    /// Its length in bytes; [`UNCHANGED`] when the normalized form is the text.
    form_len: u32,
    kind: TokenKind,
    from_join: bool,
    /// Whether the scanner found the normalized form to be its own match key (see
    /// [`Tokens::is_plain`]).
    plain: bool,
}

/// The `form_len` of a token that normalization left alone.
const UNCHANGED: u32 = u32::MAX;

/// The tokens of one text, in order.
///
/// Each token is stored in 32 bytes; the normalized forms that differ from the original
/// (half the words of a text typed with Arabic yeh and kaf) share one buffer, so tokenizing
/// allocates per text, not per token. [`get`](Tokens::get) and [`iter`](Tokens::iter) hand
/// out [`Token`] views.
///
/// ```
/// let text = "پاكستان کے صدر";
/// let tokens = urdu::tokenize(text);
/// assert_eq!(tokens.len(), 3);
/// let first = tokens.get(0).unwrap();
/// assert_eq!(first.text(), "پاكستان");
/// assert_eq!(first.normalized(), "پاکستان");
/// assert_eq!(&text[first.span()], "پاكستان");
/// let words: Vec<&str> = tokens.iter().map(|t| t.normalized()).collect();
/// assert_eq!(words, ["پاکستان", "کے", "صدر"]);
/// ```
#[derive(Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    records: Vec<Record<'a>>,
    forms: String,
}

impl PartialEq for Tokens<'_> {
    /// The same text with the same tokens: spans, forms, kinds and joins.
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
            && self.forms == other.forms
            && self.records.len() == other.records.len()
            && self.records.iter().zip(&other.records).all(|(a, b)| {
                self.span(a) == other.span(b)
                    && (a.form, a.form_len, a.kind, a.from_join)
                        == (b.form, b.form_len, b.kind, b.from_join)
            })
    }
}

impl Eq for Tokens<'_> {}

impl fmt::Debug for Tokens<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> Tokens<'a> {
    /// No tokens yet, of `text`, with room for `capacity`.
    pub(crate) fn with_capacity(text: &'a str, capacity: usize) -> Tokens<'a> {
        Tokens {
            text,
            records: Vec::with_capacity(capacity),
            forms: String::new(),
        }
    }

    /// The text the tokens were found in.
    #[must_use]
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// How many tokens.
    #[must_use]
    #[inline]
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there is no token.
    #[must_use]
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The token at `index`, if there is one.
    #[must_use]
    #[inline]
    pub fn get(&self, index: usize) -> Option<Token<'_>> {
        self.records.get(index).map(|r| self.view(r))
    }

    /// The first token.
    #[must_use]
    pub fn first(&self) -> Option<Token<'_>> {
        self.get(0)
    }

    /// The last token.
    #[must_use]
    pub fn last(&self) -> Option<Token<'_>> {
        self.records.last().map(|r| self.view(r))
    }

    /// The span of the last token.
    #[inline]
    pub(crate) fn last_span(&self) -> Option<Span> {
        self.records.last().map(|r| self.span(r))
    }

    /// The tokens, in order.
    pub fn iter(&self) -> Iter<'_, 'a> {
        Iter {
            tokens: self,
            records: self.records.iter(),
        }
    }

    /// The tokens of `range` (a sentence's [`tokens`](crate::Sentence::tokens), say), in
    /// order; the part of the range past the last token is left out.
    ///
    /// ```
    /// let tokenizer = urdu::Tokenizer::new();
    /// let seg = tokenizer.segment("اجلاس ختم ہو گیا۔ کیا فیصلہ ہوا؟");
    /// let second = &seg.sentences()[1];
    /// let words: Vec<&str> = seg.tokens().iter_range(second.tokens()).map(|t| t.text()).collect();
    /// assert_eq!(words, ["کیا", "فیصلہ", "ہوا", "؟"]);
    /// ```
    pub fn iter_range(&self, range: Range<usize>) -> Iter<'_, 'a> {
        let end = range.end.min(self.records.len());
        let start = range.start.min(end);
        Iter {
            tokens: self,
            records: self.records.get(start..end).unwrap_or(&[]).iter(),
        }
    }

    /// The span from the first to the last token of `range`, if the range holds a token.
    ///
    /// ```
    /// let text = "روس کے صدر پوتن";
    /// let tokens = urdu::tokenize(text);
    /// assert_eq!(&text[tokens.span_of(1..3).unwrap()], "کے صدر");
    /// assert_eq!(tokens.span_of(2..2), None);
    /// ```
    #[must_use]
    #[inline]
    pub fn span_of(&self, range: Range<usize>) -> Option<Span> {
        let first = self.records.get(range.start)?;
        let last = self.records.get(range.end.checked_sub(1)?)?;
        (range.start < range.end).then(|| Span::new(self.span(first).start, self.span(last).end))
    }

    /// The original text of the tokens `range`, from the first to the last.
    pub(crate) fn slice(&self, range: Range<usize>) -> &'a str {
        self.span_of(range)
            .and_then(|s| self.text.get(s.range()))
            .unwrap_or("")
    }

    /// The normalized form of token `index` (empty past the last token): what most rules
    /// read, without building the whole view.
    #[inline]
    pub(crate) fn normalized(&self, index: usize) -> &str {
        self.records.get(index).map_or("", |r| self.form_of(r))
    }

    /// Whether the scanner found token `index` to be its own match key: an Arabic word read
    /// whole by its table, with none of the characters that a key drops or replaces
    /// ([`crate::script::changes_key`]). False where it did not look (and past the last
    /// token): the keys read those tokens themselves.
    #[inline]
    pub(crate) fn is_plain(&self, index: usize) -> bool {
        self.records.get(index).is_some_and(|r| r.plain)
    }

    /// The kind of token `index`.
    #[inline]
    pub(crate) fn kind(&self, index: usize) -> Option<TokenKind> {
        self.records.get(index).map(|r| r.kind)
    }

    /// Where token `index` starts and ends in the original.
    #[inline]
    pub(crate) fn bounds(&self, index: usize) -> Option<(usize, usize)> {
        self.records.get(index).map(|r| {
            let span = self.span(r);
            (span.start, span.end)
        })
    }

    /// Whether a line break stands between token `index - 1` and token `index` (false for
    /// the first token and past the last).
    #[inline]
    pub(crate) fn line_break_before(&self, index: usize) -> bool {
        let (Some(prev), Some(next)) = (
            index.checked_sub(1).and_then(|p| self.records.get(p)),
            self.records.get(index),
        ) else {
            return false;
        };
        super::line_break_between(self.text, self.span(prev).end, self.span(next).start)
    }

    /// Appends a token of `span` whose normalized form is `normalized`, stored only when it
    /// differs from the original (`None`: it does not). `plain` if the scanner found the
    /// form to be its own match key (see [`is_plain`](Self::is_plain)).
    pub(crate) fn push(
        &mut self,
        span: Span,
        normalized: Option<&str>,
        kind: TokenKind,
        from_join: bool,
        plain: bool,
    ) {
        let (form, form_len) = self.store_form(span, normalized);
        self.records.push(Record {
            text: self.slice_at(span),
            form,
            form_len,
            kind,
            from_join,
            plain,
        });
    }

    /// Widens the last token to `span` with the normalized form `normalized` (a token that
    /// normalization expanded into several is merged back into one; no scanner read the
    /// merged form whole, so it is not [`plain`](Self::is_plain)).
    pub(crate) fn widen_last(&mut self, span: Span, normalized: &str) {
        let Some(last) = self.records.last().copied() else {
            return;
        };
        if last.form_len != UNCHANGED {
            self.forms.truncate(last.form);
        }
        let (form, form_len) = self.store_form(span, Some(normalized));
        let text = self.slice_at(span);
        if let Some(record) = self.records.last_mut() {
            *record = Record {
                text,
                form,
                form_len,
                plain: false,
                ..last
            };
        }
    }

    /// Stores a normalized form that differs from the original text of `span`.
    #[inline]
    fn store_form(&mut self, span: Span, normalized: Option<&str>) -> (usize, u32) {
        match normalized {
            None => (0, UNCHANGED),
            Some(normalized) => self.store_changed_form(span, normalized),
        }
    }

    /// [`store_form`](Self::store_form) for a token whose normalized form may differ (out
    /// of line: most tokens have none).
    #[inline(never)]
    fn store_changed_form(&mut self, span: Span, normalized: &str) -> (usize, u32) {
        let original = self.text.get(span.range()).unwrap_or("");
        crate::normalize::work::examined(original.len() + normalized.len());
        match Some(normalized).filter(|n| *n != original) {
            // A form longer than 4 GiB (a word that long) is not stored: its token reads as
            // written.
            Some(n) => match u32::try_from(n.len()) {
                Ok(len) if len != UNCHANGED => {
                    let at = self.forms.len();
                    self.forms.push_str(n);
                    (at, len)
                }
                _ => (0, UNCHANGED),
            },
            None => (0, UNCHANGED),
        }
    }

    #[inline]
    fn form_of<'t>(&'t self, r: &Record<'a>) -> &'t str {
        if r.form_len == UNCHANGED {
            return r.text;
        }
        let end = r.form + r.form_len as usize;
        self.forms.get(r.form..end).unwrap_or("")
    }

    /// The original text of `span`: a span of a token, which starts and ends on character
    /// boundaries (else an empty slice where the text ends, which no token is).
    fn slice_at(&self, span: Span) -> &'a str {
        let text = self.text;
        text.get(span.range())
            .or_else(|| text.get(text.len()..))
            .unwrap_or_default()
    }

    /// Where the token of `r` lies in the original: its text is a slice of it.
    #[inline]
    fn span(&self, r: &Record<'a>) -> Span {
        let start = r
            .text
            .as_ptr()
            .addr()
            .wrapping_sub(self.text.as_ptr().addr());
        Span::new(start, start + r.text.len())
    }

    #[inline]
    fn view<'t>(&'t self, r: &Record<'a>) -> Token<'t> {
        Token {
            text: r.text,
            start: self.span(r).start,
            normalized: self.form_of(r),
            kind: r.kind,
            from_join: r.from_join,
        }
    }
}

/// The tokens of a [`Tokens`], in order.
#[derive(Clone, Debug)]
pub struct Iter<'t, 'a> {
    tokens: &'t Tokens<'a>,
    records: std::slice::Iter<'t, Record<'a>>,
}

impl<'t> Iterator for Iter<'t, '_> {
    type Item = Token<'t>;

    #[inline]
    fn next(&mut self) -> Option<Token<'t>> {
        self.records.next().map(|r| self.tokens.view(r))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.records.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_, '_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.records.next_back().map(|r| self.tokens.view(r))
    }
}

impl ExactSizeIterator for Iter<'_, '_> {}

impl<'t, 'a> IntoIterator for &'t Tokens<'a> {
    type Item = Token<'t>;
    type IntoIter = Iter<'t, 'a>;

    fn into_iter(self) -> Iter<'t, 'a> {
        self.iter()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    /// `{"start", "end", "text", "normalized", "kind", "from_join"}`, as in the analyze
    /// contract.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Token", 6)?;
        s.serialize_field("start", &self.span().start)?;
        s.serialize_field("end", &self.span().end)?;
        s.serialize_field("text", self.text)?;
        s.serialize_field("normalized", self.normalized)?;
        s.serialize_field("kind", self.kind.as_str())?;
        s.serialize_field("from_join", &self.from_join)?;
        s.end()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Tokens<'_> {
    /// A list of tokens.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_takes_32_bytes() {
        assert!(std::mem::size_of::<Record>() <= 32);
    }

    /// Tokens compare by where they lie, not only by what they read.
    #[test]
    fn equal_tokens_lie_in_the_same_place() {
        let text = "ب ب";
        let at = |start: usize| {
            let mut tokens = Tokens::with_capacity(text, 1);
            tokens.push(
                Span::new(start, start + 2),
                None,
                TokenKind::Word,
                false,
                false,
            );
            tokens
        };
        assert_eq!(at(0), at(0));
        assert_ne!(at(0), at(3));
        assert_eq!(at(3).get(0).unwrap().span(), Span::new(3, 5));
        assert_eq!(at(3).bounds(0), Some((3, 5)));
        // The same text elsewhere in memory gives equal tokens.
        let copy = text.to_owned();
        let mut other = Tokens::with_capacity(&copy, 1);
        other.push(Span::new(3, 5), None, TokenKind::Word, false, false);
        assert_eq!(other, at(3));
    }

    #[test]
    fn forms_are_stored_once_and_merged() {
        let text = "ابc";
        let mut tokens = Tokens::with_capacity(text, 2);
        tokens.push(Span::new(0, 2), Some("ا"), TokenKind::Word, false, false);
        tokens.push(Span::new(2, 4), Some("ی"), TokenKind::Word, true, false);
        assert_eq!(tokens.normalized(0), "ا");
        assert_eq!(tokens.get(1).unwrap().normalized(), "ی");
        assert!(tokens.forms.is_empty() || tokens.forms == "ی");
        tokens.widen_last(Span::new(2, 5), "یc");
        let last = tokens.last().unwrap();
        assert_eq!((last.text(), last.normalized()), ("بc", "یc"));
        assert!(last.is_from_join());
        assert_eq!(tokens.iter().rev().count(), 2);
    }
}

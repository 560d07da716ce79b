//! The JSON of a document: where it came from, then the analyze contract's fields as the
//! library serializes them, with a character offset (`char_start`, `char_end`) beside every
//! byte offset (`start`, `end`).
//!
//! The shapes mirror the library's `serde` serialization field for field; a test compares
//! the two, so that a field the library adds shows up here too. The JSON is written by
//! hand rather than through serde's data model: a token is a hundred bytes of JSON for six
//! of text, written here from fixed key strings.

use crate::chars::CharIndex;
use crate::input::Label;

/// A document's origin: `path`, and for JSON Lines `line` and `id` (when it has one).
#[derive(Clone, Copy)]
pub struct Origin<'a> {
    /// Where it came from.
    pub label: &'a Label,
    /// The document's id field, if any.
    pub id: Option<&'a serde_json::Value>,
}

/// Writes JSON into a buffer, with the character index of the document's text.
pub struct Writer<'o, 't> {
    out: &'o mut Vec<u8>,
    chars: CharIndex<'t>,
}

impl<'o, 't> Writer<'o, 't> {
    /// A writer into `out` for a document whose text is `text`.
    pub fn new(out: &'o mut Vec<u8>, text: &'t str) -> Self {
        Writer {
            out,
            chars: CharIndex::new(text),
        }
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn number(&mut self, n: impl itoa::Integer) {
        let mut buf = itoa::Buffer::new();
        self.out.extend_from_slice(buf.format(n).as_bytes());
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { b"true" } else { b"false" });
    }

    /// A JSON string. Urdu text almost never holds a character to escape: a branch-free
    /// scan finds out, and the text is copied whole.
    fn string(&mut self, s: &str) {
        self.out.push(b'"');
        let bytes = s.as_bytes();
        let plain = bytes
            .iter()
            .fold(true, |ok, &b| ok & (b >= 0x20 && b != b'"' && b != b'\\'));
        if plain {
            self.out.extend_from_slice(bytes);
        } else {
            for c in s.chars() {
                match c {
                    '"' => self.raw(b"\\\""),
                    '\\' => self.raw(b"\\\\"),
                    '\n' => self.raw(b"\\n"),
                    '\r' => self.raw(b"\\r"),
                    '\t' => self.raw(b"\\t"),
                    c if (c as u32) < 0x20 => {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        let b = c as usize;
                        let escaped = [
                            b'\\',
                            b'u',
                            b'0',
                            b'0',
                            HEX.get(b >> 4).copied().unwrap_or(b'0'),
                            HEX.get(b & 15).copied().unwrap_or(b'0'),
                        ];
                        self.raw(&escaped);
                    }
                    c => {
                        let mut buf = [0; 4];
                        self.raw(c.encode_utf8(&mut buf).as_bytes());
                    }
                }
            }
        }
        self.out.push(b'"');
    }

    fn optional_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw(b"null"),
        }
    }

    fn optional_number(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.number(n),
            None => self.raw(b"null"),
        }
    }

    /// `"start":…,"end":…,"char_start":…,"char_end":…`.
    fn span(&mut self, span: urdu::Span) {
        let (cs, ce) = (self.chars.char_at(span.start), self.chars.char_at(span.end));
        self.raw(b"\"start\":");
        self.number(span.start);
        self.raw(b",\"end\":");
        self.number(span.end);
        self.raw(b",\"char_start\":");
        self.number(cs);
        self.raw(b",\"char_end\":");
        self.number(ce);
    }

    /// `{span, "text"}`: a sentence, mention or cue.
    fn stretch(&mut self, span: urdu::Span, text: &str) {
        self.raw(b"{");
        self.span(span);
        self.raw(b",\"text\":");
        self.string(text);
        self.raw(b"}");
    }

    /// `[item, item, …]`.
    fn list<T>(&mut self, items: impl IntoIterator<Item = T>, mut each: impl FnMut(&mut Self, T)) {
        self.raw(b"[");
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.raw(b",");
            }
            each(self, item);
        }
        self.raw(b"]");
    }

    /// `{"path":…[,"line":…][,"id":…]` (the object stays open).
    fn origin(&mut self, origin: Origin<'_>) {
        self.raw(b"{\"path\":");
        self.string(&origin.label.path);
        if let Some(line) = origin.label.line {
            self.raw(b",\"line\":");
            self.number(line);
        }
        if let Some(id) = origin.id {
            self.raw(b",\"id\":");
            // A JSON value read from the input: serde_json writes it back.
            if serde_json::to_writer(&mut *self.out, id).is_err() {
                self.raw(b"null");
            }
        }
    }

    fn tokens(&mut self, tokens: &urdu::Tokens<'_>) {
        self.list(tokens, |w, t| {
            w.raw(b"{");
            w.span(t.span());
            w.raw(b",\"text\":");
            w.string(t.text());
            w.raw(b",\"normalized\":");
            w.string(t.normalized());
            w.raw(b",\"kind\":\"");
            w.raw(t.kind().as_str().as_bytes());
            w.raw(b"\",\"from_join\":");
            w.bool(t.is_from_join());
            w.raw(b"}");
        });
    }

    fn sentences(&mut self, sentences: &[urdu::Sentence<'_>]) {
        self.list(sentences, |w, s| w.stretch(s.span(), s.text()));
    }

    fn quotes(&mut self, quotes: &[urdu::Quote<'_>]) {
        self.list(quotes, |w, q| {
            w.raw(b"{");
            w.span(q.span());
            w.raw(b",\"text\":");
            w.string(q.text());
            w.raw(b",\"kind\":\"");
            w.raw(q.kind().as_str().as_bytes());
            w.raw(b"\",\"speaker\":");
            w.optional_number(q.speaker());
            w.raw(b",\"cue\":");
            match q.cue() {
                Some(cue) => w.stretch(cue.span(), cue.text()),
                None => w.raw(b"null"),
            }
            w.raw(b",\"parent\":");
            w.optional_number(q.parent());
            w.raw(b"}");
        });
    }

    fn speakers(&mut self, speakers: &[urdu::Speaker<'_>]) {
        self.list(speakers, |w, s| {
            w.raw(b"{\"name\":");
            w.string(s.name());
            w.raw(b",\"kind\":\"");
            w.raw(s.kind().as_str().as_bytes());
            w.raw(b"\",\"title\":");
            w.optional_string(s.title());
            w.raw(b",\"mentions\":");
            w.list(s.mentions(), |w, m| w.stretch(m.span(), m.text()));
            w.raw(b",\"key\":");
            w.string(&s.key());
            w.raw(b"}");
        });
    }

    fn locations(&mut self, locations: &[urdu::Location<'_>]) {
        self.list(locations, |w, l| {
            w.raw(b"{\"name\":");
            w.string(l.name());
            w.raw(b",\"kind\":\"");
            w.raw(l.kind().as_str().as_bytes());
            w.raw(b"\",\"country\":");
            w.optional_string(l.country());
            w.raw(b",\"mentions\":");
            w.list(l.mentions(), |w, m| w.stretch(m.span(), m.text()));
            w.raw(b"}");
        });
    }

    /// The JSON of `analyze`: origin, then sentences, tokens (unless left out), quotes,
    /// speakers and locations.
    pub fn analysis(mut self, origin: Origin<'_>, a: &urdu::Analysis<'_>, tokens: bool) {
        // About 18 bytes of JSON per byte of text, mostly tokens: room for it up front.
        self.out
            .reserve(a.text().len() * if tokens { 20 } else { 4 } + 256);
        self.origin(origin);
        self.raw(b",\"sentences\":");
        self.sentences(a.sentences());
        if tokens {
            self.raw(b",\"tokens\":");
            self.tokens(a.tokens());
        }
        self.raw(b",\"quotes\":");
        self.quotes(a.quotes());
        self.raw(b",\"speakers\":");
        self.speakers(a.speakers());
        self.raw(b",\"locations\":");
        self.locations(a.locations());
        self.raw(b"}");
    }

    /// The JSON of `tokenize`: origin and tokens.
    pub fn tokenized(mut self, origin: Origin<'_>, tokens: &urdu::Tokens<'_>) {
        self.out.reserve(tokens.text().len() * 18 + 256);
        self.origin(origin);
        self.raw(b",\"tokens\":");
        self.tokens(tokens);
        self.raw(b"}");
    }

    /// The JSON of `sentences`: origin and sentences.
    pub fn split(mut self, origin: Origin<'_>, sentences: &[urdu::Sentence<'_>]) {
        self.origin(origin);
        self.raw(b",\"sentences\":");
        self.sentences(sentences);
        self.raw(b"}");
    }

    /// The JSON of `normalize`: origin, the normalized text, and whether normalization
    /// changed anything.
    pub fn normalized(mut self, origin: Origin<'_>, text: &str, changed: bool) {
        self.origin(origin);
        self.raw(b",\"text\":");
        self.string(text);
        self.raw(b",\"changed\":");
        self.bool(changed);
        self.raw(b"}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_json() {
        let nasty = "a\"b\\c\nd\re\tf\u{1}g\u{1f}h ’اردو‘ \u{7f}😀";
        let mut out = Vec::new();
        Writer::new(&mut out, "").string(nasty);
        let back: String = serde_json::from_slice(&out).unwrap();
        assert_eq!(back, nasty);
        let mut out = Vec::new();
        Writer::new(&mut out, "").string("سادہ متن");
        assert_eq!(out, "\"سادہ متن\"".as_bytes());
    }
}

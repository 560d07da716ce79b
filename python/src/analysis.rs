//! `Analysis`: what the analyzer finds in one text, kept compact in Rust and turned into
//! Python objects when they are asked for.

use std::sync::{Arc, OnceLock};

use compact_str::CompactString;
use pyo3::exceptions::PyValueError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use urdu::{PlaceKind, QuoteKind, Span, SpeakerKind, TokenKind};

use crate::results::{
    new_token, place_kind, quote_kind, same_str, speaker_kind, token_kind, Cue, Location, Mention,
    Quote, Sentence, Speaker, Stretch, Token, MAX_NESTING,
};
use crate::text::{CharCursor, OffsetTable, Source};

/// A token: byte span, normalized form (a span of the forms buffer, when it differs from the
/// text), kind, and whether it comes from a join. Its character offsets are worked out when
/// first asked for ([`Doc::token_chars`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RawToken {
    pub(crate) span: Span,
    pub(crate) form: Option<Span>,
    pub(crate) kind: TokenKind,
    pub(crate) from_join: bool,
}

impl RawToken {
    /// The Python token, at character offsets `chars`.
    pub(crate) fn token(&self, src: &Source, (start, end): (usize, usize)) -> Token {
        Token {
            text: CompactString::new(src.slice(self.span)),
            normalized: self.form.map(|f| CompactString::new(src.form(f))),
            start,
            end,
            kind: self.kind,
            from_join: self.from_join,
        }
    }
}

/// The library's tokens as raw tokens; the normalized forms that differ from the text are
/// copied into `forms`.
pub(crate) fn raw_tokens(tokens: &urdu::Tokens<'_>, forms: &mut String) -> Vec<RawToken> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let (written, normalized) = (t.text(), t.normalized());
        let form = if same_str(written, normalized) {
            None
        } else {
            let at = forms.len();
            forms.push_str(normalized);
            Some(Span::new(at, forms.len()))
        };
        out.push(RawToken {
            span: t.span(),
            form,
            kind: t.kind(),
            from_join: t.is_from_join(),
        });
    }
    out
}

/// A quotation: span, kind, index of its speaker, cue span, index of its parent.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RawQuote {
    span: Span,
    kind: QuoteKind,
    speaker: Option<usize>,
    cue: Option<Span>,
    parent: Option<usize>,
}

/// A speaker: name, kind, title, mention spans.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RawSpeaker {
    name: String,
    kind: SpeakerKind,
    title: Option<String>,
    mentions: Vec<Span>,
}

/// A location: name, kind, country, mention spans.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RawLocation {
    name: String,
    kind: PlaceKind,
    country: Option<String>,
    mentions: Vec<Span>,
}

impl RawLocation {
    /// The library's location as a raw one.
    pub(crate) fn of(l: &urdu::Location<'_>) -> RawLocation {
        RawLocation {
            name: l.name().to_owned(),
            kind: l.kind(),
            country: l.country().map(str::to_owned),
            mentions: l.mentions().iter().map(urdu::Mention::span).collect(),
        }
    }

    /// The byte offsets of its mentions.
    pub(crate) fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.mentions.iter().flat_map(|m| [m.start, m.end])
    }

    /// The Python location.
    pub(crate) fn location(&self, src: &Arc<Source>, table: &OffsetTable) -> Location {
        Location {
            name: self.name.clone(),
            kind: self.kind,
            country: self.country.clone(),
            mentions: self
                .mentions
                .iter()
                .map(|&m| Mention {
                    s: stretch(src, table, m),
                })
                .collect(),
        }
    }
}

/// The stretch of a byte span, its character offsets from the table.
pub(crate) fn stretch(src: &Arc<Source>, table: &OffsetTable, span: Span) -> Stretch {
    let (start, end) = table.span(&src.text, span);
    Stretch {
        src: Arc::clone(src),
        bytes: span,
        start,
        end,
    }
}

/// Everything an analysis found, but the text itself: built while the library's analysis
/// (which borrows the text) is alive, then joined to the text by [`Parts::into_doc`].
pub(crate) struct Parts {
    tokens: Vec<RawToken>,
    forms: String,
    sentences: Vec<Span>,
    quotes: Vec<RawQuote>,
    speakers: Vec<RawSpeaker>,
    locations: Vec<RawLocation>,
    table: OffsetTable,
}

impl Parts {
    /// The parts of the library's analysis of `text`.
    pub(crate) fn of(text: &str, a: &urdu::Analysis<'_>) -> Parts {
        let mut forms = String::new();
        let tokens = raw_tokens(a.tokens(), &mut forms);
        let quotes = a
            .quotes()
            .iter()
            .map(|q| RawQuote {
                span: q.span(),
                kind: q.kind(),
                speaker: q.speaker(),
                cue: q.cue().map(|c| c.span()),
                parent: q.parent(),
            })
            .collect();
        let speakers = a
            .speakers()
            .iter()
            .map(|s| RawSpeaker {
                name: s.name().to_owned(),
                kind: s.kind(),
                title: s.title().map(str::to_owned),
                mentions: s.mentions().iter().map(urdu::Mention::span).collect(),
            })
            .collect();
        Parts {
            tokens,
            forms,
            sentences: a.sentences().iter().map(urdu::Sentence::span).collect(),
            quotes,
            speakers,
            locations: a.locations().iter().map(RawLocation::of).collect(),
            table: OffsetTable::default(),
        }
        .with_table(text)
    }

    /// Maps the byte offsets of every span but the tokens' to characters, in one pass.
    fn with_table(mut self, text: &str) -> Parts {
        let mut offsets = Vec::new();
        let mut add = |s: Span| {
            offsets.push(s.start);
            offsets.push(s.end);
        };
        self.sentences.iter().copied().for_each(&mut add);
        for q in &self.quotes {
            add(q.span);
            q.cue.into_iter().for_each(&mut add);
        }
        for s in &self.speakers {
            s.mentions.iter().copied().for_each(&mut add);
        }
        for l in &self.locations {
            l.mentions.iter().copied().for_each(&mut add);
        }
        self.table = OffsetTable::new(text, offsets);
        self
    }

    /// The analysis of `text`, whose parts these are.
    pub(crate) fn into_doc(self, text: String) -> Doc {
        Doc {
            src: Arc::new(Source {
                text,
                forms: self.forms,
            }),
            tokens: self.tokens,
            token_chars: OnceLock::new(),
            sentences: self.sentences,
            quotes: self.quotes,
            speakers: self.speakers,
            locations: self.locations,
            table: self.table,
        }
    }
}

/// One analyzed text: the text and what was found in it, with byte spans and character
/// offsets.
#[derive(Debug)]
pub(crate) struct Doc {
    src: Arc<Source>,
    tokens: Vec<RawToken>,
    /// The tokens' character offsets, worked out when first asked for: a caller who reads
    /// the quotations alone does not pay for them.
    token_chars: OnceLock<Vec<(usize, usize)>>,
    sentences: Vec<Span>,
    quotes: Vec<RawQuote>,
    speakers: Vec<RawSpeaker>,
    locations: Vec<RawLocation>,
    /// The character offsets of every other span.
    table: OffsetTable,
}

impl PartialEq for Doc {
    fn eq(&self, other: &Doc) -> bool {
        self.src == other.src
            && self.tokens == other.tokens
            && self.sentences == other.sentences
            && self.quotes == other.quotes
            && self.speakers == other.speakers
            && self.locations == other.locations
    }
}

impl Eq for Doc {}

impl Doc {
    /// Analyzes `text` with `analyzer`.
    pub(crate) fn analyze(analyzer: &urdu::Analyzer, text: String) -> Doc {
        let parts = Parts::of(&text, &analyzer.analyze(&text));
        parts.into_doc(text)
    }

    fn stretch(&self, span: Span) -> Stretch {
        stretch(&self.src, &self.table, span)
    }

    /// The tokens' character offsets, in one pass over the text on first use.
    fn token_chars(&self) -> &[(usize, usize)] {
        self.token_chars.get_or_init(|| {
            let mut cursor = CharCursor::new(&self.src.text);
            self.tokens.iter().map(|t| cursor.span(t.span)).collect()
        })
    }

    fn speaker(&self, i: usize) -> Option<Speaker> {
        let s = self.speakers.get(i)?;
        Some(Speaker {
            name: s.name.clone(),
            kind: s.kind,
            title: s.title.clone(),
            mentions: s
                .mentions
                .iter()
                .map(|&m| Mention { s: self.stretch(m) })
                .collect(),
        })
    }

    /// The quotations, each with its speaker, cue and parent.
    fn quotes(&self) -> Vec<Quote> {
        let mut done: Vec<Option<Quote>> = vec![None; self.quotes.len()];
        for i in 0..self.quotes.len() {
            self.quote(i, &mut done, 0);
        }
        done.into_iter().flatten().collect()
    }

    /// Quotation `i`, made after its parent. Its chain of parents is cut at
    /// [`MAX_NESTING`]; `depth` counts the quotations on the way in that wait for this one,
    /// which also guards against a cycle (the library gives none).
    fn quote(&self, i: usize, done: &mut Vec<Option<Quote>>, depth: usize) -> Option<Quote> {
        if let Some(Some(q)) = done.get(i) {
            return Some(q.clone());
        }
        let raw = self.quotes.get(i)?;
        let parent = match raw.parent {
            Some(p) if p != i && depth + 1 < MAX_NESTING => {
                self.quote(p, done, depth + 1).map(Box::new)
            }
            _ => None,
        };
        let mut q = Quote {
            s: self.stretch(raw.span),
            kind: raw.kind,
            speaker: raw.speaker.and_then(|s| self.speaker(s)),
            cue: raw.cue.map(|c| Cue { s: self.stretch(c) }),
            parent,
        };
        if q.depth() >= MAX_NESTING {
            q.cut_parents(MAX_NESTING - 1);
        }
        if let Some(slot) = done.get_mut(i) {
            *slot = Some(q.clone());
        }
        Some(q)
    }
}

/// The result of `urdu.analyze`: the tokens, sentences, quotations, speakers and locations
/// of one text, every offset a character offset into the `str` passed in.
///
/// Attributes are tuples, made on first use: `tokens` (of `Token`), `sentences` (of
/// `Sentence`), `quotes` (of `Quote`, in text order, the outer before the inner), `speakers`
/// (of `Speaker`, one per real-world speaker, in order of first mention) and `locations`
/// (of `Location`, in order of first mention); `text` is the text analyzed.
/// `to_dict()` gives the same as plain dicts and lists (the JSON shape of the crate's
/// `analyze` example, with character offsets), `to_json()` as a JSON string.
///
/// An analysis is immutable, compares by value and pickles.
#[pyclass(frozen, eq, hash, module = "urdu")]
pub(crate) struct Analysis {
    text: Py<PyString>,
    doc: Doc,
    tokens: PyOnceLock<Py<PyTuple>>,
    sentences: PyOnceLock<Py<PyTuple>>,
    quotes: PyOnceLock<Py<PyTuple>>,
    speakers: PyOnceLock<Py<PyTuple>>,
    locations: PyOnceLock<Py<PyTuple>>,
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Analysis) -> bool {
        self.doc == other.doc
    }
}

impl Eq for Analysis {}

impl std::hash::Hash for Analysis {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // What equal analyses share; the text says nearly everything.
        self.doc.src.hash(state);
        self.doc.tokens.len().hash(state);
        self.doc.quotes.hash(state);
    }
}

impl Analysis {
    /// The analysis `doc` of the Python string `text`.
    pub(crate) fn new(text: Py<PyString>, doc: Doc) -> Analysis {
        Analysis {
            text,
            doc,
            tokens: PyOnceLock::new(),
            sentences: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
            speakers: PyOnceLock::new(),
            locations: PyOnceLock::new(),
        }
    }
}

/// What `Analysis.__reduce__` gives: `Analysis._from_state`, the text and the state.
type Rebuild<'py> = (Bound<'py, PyAny>, (Py<PyString>, Bound<'py, PyBytes>));

/// A tuple made once and kept.
fn cached<'py, T, I>(
    py: Python<'py>,
    cell: &PyOnceLock<Py<PyTuple>>,
    make: impl FnOnce() -> I,
) -> PyResult<Bound<'py, PyTuple>>
where
    I: IntoIterator<Item = T>,
    T: IntoPyObject<'py>,
    I::IntoIter: ExactSizeIterator,
{
    cell.get_or_try_init(py, || PyTuple::new(py, make()).map(Bound::unbind))
        .map(|t| t.bind(py).clone())
}

#[pymethods]
impl Analysis {
    /// The text analyzed.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The tokens, in order (a tuple of `Token`).
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let doc = &self.doc;
        self.tokens
            .get_or_try_init(py, || {
                let tokens = doc
                    .tokens
                    .iter()
                    .zip(doc.token_chars())
                    .map(|(t, &chars)| new_token(py, t.token(&doc.src, chars)))
                    .collect::<PyResult<Vec<_>>>()?;
                PyTuple::new(py, tokens).map(Bound::unbind)
            })
            .map(|t| t.bind(py).clone())
    }

    /// The sentences, in order (a tuple of `Sentence`).
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let doc = &self.doc;
        cached(py, &self.sentences, || {
            doc.sentences
                .iter()
                .map(|&s| Sentence { s: doc.stretch(s) })
        })
    }

    /// The quotations, in text order, the outer before the inner (a tuple of `Quote`).
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let doc = &self.doc;
        cached(py, &self.quotes, || doc.quotes())
    }

    /// One entry per real-world speaker, in order of first mention (a tuple of `Speaker`).
    #[getter]
    fn speakers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let doc = &self.doc;
        cached(py, &self.speakers, || {
            (0..doc.speakers.len())
                .filter_map(|i| doc.speaker(i))
                .collect::<Vec<_>>()
        })
    }

    /// The locations, in order of first mention (a tuple of `Location`).
    #[getter]
    fn locations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let doc = &self.doc;
        cached(py, &self.locations, || {
            doc.locations
                .iter()
                .map(|l| l.location(&doc.src, &doc.table))
        })
    }

    /// The analysis as plain dicts and lists, in the shape of the crate's `analyze` example
    /// JSON with character offsets: `{"sentences", "tokens", "quotes", "speakers",
    /// "locations"}`; a quotation's `speaker` and `parent` are indices into `speakers` and
    /// `quotes` (or None).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.doc)
    }

    /// The analysis as a JSON string: `json.dumps(self.to_dict(), ensure_ascii=False)`, made
    /// in Rust.
    fn to_json(&self) -> PyResult<String> {
        serde_json::to_string(&Json(&self.doc))
            .map_err(|e| PyValueError::new_err(format!("cannot write JSON: {e}")))
    }

    fn __repr__(&self) -> String {
        let d = &self.doc;
        format!(
            "Analysis({} tokens, {} sentences, {} quotes, {} speakers, {} locations)",
            d.tokens.len(),
            d.sentences.len(),
            d.quotes.len(),
            d.speakers.len(),
            d.locations.len()
        )
    }

    /// Pickles as the text and a compact encoding of what was found.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Rebuild<'py>> {
        let py = slf.py();
        let this = slf.get();
        let rebuild = slf.get_type().getattr(intern!(py, "_from_state"))?;
        let state = PyBytes::new(py, &state::encode(&this.doc));
        Ok((rebuild, (this.text.clone_ref(py), state)))
    }

    /// Rebuilds a pickled analysis from its text and state (see `__reduce__`).
    #[classmethod]
    fn _from_state(
        _cls: &Bound<'_, PyType>,
        text: &Bound<'_, PyString>,
        state: &[u8],
    ) -> PyResult<Analysis> {
        let owned = crate::text::utf8(text)?.into_owned();
        let parts = state::decode(&owned, state)
            .map_err(|e| PyValueError::new_err(format!("not a pickled Analysis: {e}")))?;
        Ok(Analysis::new(text.clone().unbind(), parts.into_doc(owned)))
    }
}

/// The analysis as dicts and lists, with character offsets.
fn to_dict<'py>(py: Python<'py>, doc: &Doc) -> PyResult<Bound<'py, PyDict>> {
    let k_start = intern!(py, "start");
    let k_end = intern!(py, "end");
    let k_text = intern!(py, "text");
    let k_name = intern!(py, "name");
    let k_kind = intern!(py, "kind");
    let k_mentions = intern!(py, "mentions");
    let src = &doc.src;
    let span_dict = |span: Span| -> PyResult<Bound<'py, PyDict>> {
        let (start, end) = doc.table.span(&src.text, span);
        let d = PyDict::new(py);
        d.set_item(k_start, start)?;
        d.set_item(k_end, end)?;
        d.set_item(k_text, src.slice(span))?;
        Ok(d)
    };
    let list = |items: Vec<Bound<'py, PyDict>>| PyList::new(py, items);

    let sentences = list(
        doc.sentences
            .iter()
            .map(|&s| span_dict(s))
            .collect::<PyResult<_>>()?,
    )?;

    let k_normalized = intern!(py, "normalized");
    let k_from_join = intern!(py, "from_join");
    let tokens = PyList::empty(py);
    for (t, &(start, end)) in doc.tokens.iter().zip(doc.token_chars()) {
        let d = PyDict::new(py);
        d.set_item(k_start, start)?;
        d.set_item(k_end, end)?;
        let text = PyString::new(py, src.slice(t.span));
        let normalized = match t.form {
            Some(f) => PyString::new(py, src.form(f)),
            None => text.clone(),
        };
        d.set_item(k_text, text)?;
        d.set_item(k_normalized, normalized)?;
        d.set_item(k_kind, token_kind(py, t.kind))?;
        d.set_item(k_from_join, t.from_join)?;
        tokens.append(d)?;
    }

    let mut quotes = Vec::with_capacity(doc.quotes.len());
    for q in &doc.quotes {
        let d = span_dict(q.span)?;
        d.set_item(k_kind, quote_kind(py, q.kind))?;
        d.set_item(intern!(py, "speaker"), q.speaker)?;
        let cue = match q.cue {
            Some(c) => span_dict(c)?.into_any(),
            None => py.None().into_bound(py),
        };
        d.set_item(intern!(py, "cue"), cue)?;
        d.set_item(intern!(py, "parent"), q.parent)?;
        quotes.push(d);
    }

    let mentions = |spans: &[Span]| -> PyResult<Bound<'py, PyList>> {
        list(
            spans
                .iter()
                .map(|&m| span_dict(m))
                .collect::<PyResult<_>>()?,
        )
    };
    let mut speakers = Vec::with_capacity(doc.speakers.len());
    for s in &doc.speakers {
        let d = PyDict::new(py);
        d.set_item(k_name, &s.name)?;
        d.set_item(k_kind, speaker_kind(py, s.kind))?;
        d.set_item(intern!(py, "title"), s.title.as_deref())?;
        d.set_item(k_mentions, mentions(&s.mentions)?)?;
        d.set_item(intern!(py, "key"), urdu::speaker_key(&s.name))?;
        speakers.push(d);
    }
    let mut locations = Vec::with_capacity(doc.locations.len());
    for l in &doc.locations {
        let d = PyDict::new(py);
        d.set_item(k_name, &l.name)?;
        d.set_item(k_kind, place_kind(py, l.kind))?;
        d.set_item(intern!(py, "country"), l.country.as_deref())?;
        d.set_item(k_mentions, mentions(&l.mentions)?)?;
        locations.push(d);
    }

    let out = PyDict::new(py);
    out.set_item(intern!(py, "sentences"), sentences)?;
    out.set_item(intern!(py, "tokens"), tokens)?;
    out.set_item(intern!(py, "quotes"), list(quotes)?)?;
    out.set_item(intern!(py, "speakers"), list(speakers)?)?;
    out.set_item(intern!(py, "locations"), list(locations)?)?;
    Ok(out)
}

/// The analysis as JSON, the same shape as [`to_dict`].
struct Json<'a>(&'a Doc);

/// A span as `{"start", "end", "text"}` with character offsets.
struct JsonSpan<'a>(&'a Doc, Span);

impl Serialize for JsonSpan<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonSpan(doc, span) = *self;
        let (start, end) = doc.table.span(&doc.src.text, span);
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("start", &start)?;
        m.serialize_entry("end", &end)?;
        m.serialize_entry("text", doc.src.slice(span))?;
        m.end()
    }
}

/// A list of spans.
struct JsonSpans<'a>(&'a Doc, &'a [Span]);

impl Serialize for JsonSpans<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.1.len()))?;
        for &span in self.1 {
            seq.serialize_element(&JsonSpan(self.0, span))?;
        }
        seq.end()
    }
}

/// One token, at its character offsets.
struct JsonToken<'a>(&'a Source, &'a RawToken, (usize, usize));

impl Serialize for JsonToken<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonToken(src, t, (start, end)) = *self;
        let text = src.slice(t.span);
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("start", &start)?;
        m.serialize_entry("end", &end)?;
        m.serialize_entry("text", text)?;
        m.serialize_entry("normalized", t.form.map_or(text, |f| src.form(f)))?;
        m.serialize_entry("kind", t.kind.as_str())?;
        m.serialize_entry("from_join", &t.from_join)?;
        m.end()
    }
}

/// A list built from an iterator of serializable items.
struct JsonList<I>(std::cell::Cell<Option<I>>);

impl<I, T> Serialize for JsonList<I>
where
    I: Iterator<Item = T>,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        if let Some(items) = self.0.take() {
            for item in items {
                seq.serialize_element(&item)?;
            }
        }
        seq.end()
    }
}

fn json_list<I: Iterator>(items: I) -> JsonList<I> {
    JsonList(std::cell::Cell::new(Some(items)))
}

/// One quotation.
struct JsonQuote<'a>(&'a Doc, &'a RawQuote);

impl Serialize for JsonQuote<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonQuote(doc, q) = *self;
        let (start, end) = doc.table.span(&doc.src.text, q.span);
        let mut m = s.serialize_map(Some(7))?;
        m.serialize_entry("start", &start)?;
        m.serialize_entry("end", &end)?;
        m.serialize_entry("text", doc.src.slice(q.span))?;
        m.serialize_entry("kind", q.kind.as_str())?;
        m.serialize_entry("speaker", &q.speaker)?;
        m.serialize_entry("cue", &q.cue.map(|c| JsonSpan(doc, c)))?;
        m.serialize_entry("parent", &q.parent)?;
        m.end()
    }
}

/// One speaker.
struct JsonSpeaker<'a>(&'a Doc, &'a RawSpeaker);

impl Serialize for JsonSpeaker<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonSpeaker(doc, sp) = *self;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("name", &sp.name)?;
        m.serialize_entry("kind", sp.kind.as_str())?;
        m.serialize_entry("title", &sp.title)?;
        m.serialize_entry("mentions", &JsonSpans(doc, &sp.mentions))?;
        m.serialize_entry("key", &urdu::speaker_key(&sp.name))?;
        m.end()
    }
}

/// One location.
struct JsonLocation<'a>(&'a Doc, &'a RawLocation);

impl Serialize for JsonLocation<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let JsonLocation(doc, l) = *self;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("name", &l.name)?;
        m.serialize_entry("kind", l.kind.as_str())?;
        m.serialize_entry("country", &l.country)?;
        m.serialize_entry("mentions", &JsonSpans(doc, &l.mentions))?;
        m.end()
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("sentences", &JsonSpans(doc, &doc.sentences))?;
        m.serialize_entry(
            "tokens",
            &json_list(
                doc.tokens
                    .iter()
                    .zip(doc.token_chars())
                    .map(|(t, &chars)| JsonToken(&doc.src, t, chars)),
            ),
        )?;
        m.serialize_entry(
            "quotes",
            &json_list(doc.quotes.iter().map(|q| JsonQuote(doc, q))),
        )?;
        m.serialize_entry(
            "speakers",
            &json_list(doc.speakers.iter().map(|sp| JsonSpeaker(doc, sp))),
        )?;
        m.serialize_entry(
            "locations",
            &json_list(doc.locations.iter().map(|l| JsonLocation(doc, l))),
        )?;
        m.end()
    }
}

/// The pickled state of an analysis: a compact encoding of its parts (byte spans; kinds by
/// name), read back with every span checked against the text.
mod state {
    use super::{Parts, RawLocation, RawQuote, RawSpeaker, RawToken};
    use crate::text::OffsetTable;
    use urdu::Span;

    /// The format's version, first byte of every state.
    const VERSION: u8 = 1;

    /// Writes unsigned numbers as LEB128 and strings as a length and their bytes.
    struct Writer(Vec<u8>);

    impl Writer {
        fn uint(&mut self, mut n: usize) {
            loop {
                let byte = (n & 0x7F) as u8;
                n >>= 7;
                if n == 0 {
                    self.0.push(byte);
                    return;
                }
                self.0.push(byte | 0x80);
            }
        }

        fn str(&mut self, s: &str) {
            self.uint(s.len());
            self.0.extend_from_slice(s.as_bytes());
        }

        fn opt_str(&mut self, s: Option<&str>) {
            match s {
                Some(s) => {
                    self.0.push(1);
                    self.str(s);
                }
                None => self.0.push(0),
            }
        }

        fn span(&mut self, s: Span) {
            self.uint(s.start);
            self.uint(s.end - s.start);
        }

        fn opt_uint(&mut self, n: Option<usize>) {
            // 0 for none, n + 1 for n.
            self.uint(n.map_or(0, |n| n.saturating_add(1)));
        }

        fn spans(&mut self, spans: &[Span]) {
            self.uint(spans.len());
            for &s in spans {
                self.span(s);
            }
        }
    }

    /// The state of an analysis.
    pub(super) fn encode(doc: &super::Doc) -> Vec<u8> {
        let mut w = Writer(vec![VERSION]);
        w.str(&doc.src.forms);
        w.uint(doc.tokens.len());
        for t in &doc.tokens {
            w.span(t.span);
            w.str(t.kind.as_str());
            w.0.push(u8::from(t.from_join));
            match t.form {
                Some(f) => {
                    w.0.push(1);
                    w.span(f);
                }
                None => w.0.push(0),
            }
        }
        w.spans(&doc.sentences);
        w.uint(doc.quotes.len());
        for q in &doc.quotes {
            w.span(q.span);
            w.str(q.kind.as_str());
            w.opt_uint(q.speaker);
            match q.cue {
                Some(c) => {
                    w.0.push(1);
                    w.span(c);
                }
                None => w.0.push(0),
            }
            w.opt_uint(q.parent);
        }
        w.uint(doc.speakers.len());
        for s in &doc.speakers {
            w.str(&s.name);
            w.str(s.kind.as_str());
            w.opt_str(s.title.as_deref());
            w.spans(&s.mentions);
        }
        w.uint(doc.locations.len());
        for l in &doc.locations {
            w.str(&l.name);
            w.str(l.kind.as_str());
            w.opt_str(l.country.as_deref());
            w.spans(&l.mentions);
        }
        w.0
    }

    /// Reads what [`Writer`] wrote, refusing anything out of place.
    struct Reader<'a> {
        bytes: &'a [u8],
        text: &'a str,
    }

    type Result<T> = std::result::Result<T, String>;

    impl<'a> Reader<'a> {
        fn byte(&mut self) -> Result<u8> {
            let (&b, rest) = self.bytes.split_first().ok_or("the state ends early")?;
            self.bytes = rest;
            Ok(b)
        }

        fn flag(&mut self) -> Result<bool> {
            match self.byte()? {
                0 => Ok(false),
                1 => Ok(true),
                b => Err(format!("a flag is {b}")),
            }
        }

        fn uint(&mut self) -> Result<usize> {
            let mut n: usize = 0;
            for shift in (0..64).step_by(7) {
                let b = self.byte()?;
                let bits = usize::from(b & 0x7F)
                    .checked_shl(shift)
                    .filter(|v| v >> shift == usize::from(b & 0x7F))
                    .ok_or("a number is too large")?;
                n |= bits;
                if b & 0x80 == 0 {
                    return Ok(n);
                }
            }
            Err("a number is too long".to_owned())
        }

        fn str(&mut self) -> Result<&'a str> {
            let n = self.uint()?;
            if n > self.bytes.len() {
                return Err("a string runs past the end".to_owned());
            }
            let (s, rest) = self.bytes.split_at(n);
            self.bytes = rest;
            std::str::from_utf8(s).map_err(|_| "a string is not UTF-8".to_owned())
        }

        fn opt_str(&mut self) -> Result<Option<String>> {
            Ok(if self.flag()? {
                Some(self.str()?.to_owned())
            } else {
                None
            })
        }

        fn kind<K: std::str::FromStr>(&mut self) -> Result<K> {
            let name = self.str()?;
            name.parse().map_err(|_| format!("unknown kind {name:?}"))
        }

        /// A span, which must lie on character boundaries of `within`.
        fn span_in(&mut self, within: &str) -> Result<Span> {
            let start = self.uint()?;
            let end = start
                .checked_add(self.uint()?)
                .ok_or("a span is too large")?;
            if within.get(start..end).is_none() {
                return Err(format!("the span {start}..{end} is not in the text"));
            }
            Ok(Span::new(start, end))
        }

        fn span(&mut self) -> Result<Span> {
            let text = self.text;
            self.span_in(text)
        }

        fn opt_uint(&mut self, below: usize) -> Result<Option<usize>> {
            match self.uint()? {
                0 => Ok(None),
                n if n - 1 < below => Ok(Some(n - 1)),
                n => Err(format!("the index {} is out of range", n - 1)),
            }
        }

        fn spans(&mut self) -> Result<Vec<Span>> {
            let n = self.uint()?;
            // No capacity from the count: a wrong count runs out of bytes instead.
            let mut out = Vec::new();
            for _ in 0..n {
                out.push(self.span()?);
            }
            Ok(out)
        }
    }

    /// The parts of an analysis of `text` from its state.
    pub(super) fn decode(text: &str, state: &[u8]) -> Result<Parts> {
        let mut r = Reader { bytes: state, text };
        match r.byte()? {
            VERSION => {}
            v => return Err(format!("unknown version {v}")),
        }
        let forms = r.str()?.to_owned();
        let n = r.uint()?;
        let mut tokens = Vec::new();
        let mut last_end = 0;
        for _ in 0..n {
            let span = r.span()?;
            if span.start < last_end {
                return Err("tokens overlap or are out of order".to_owned());
            }
            last_end = span.end;
            let kind = r.kind()?;
            let from_join = r.flag()?;
            let form = if r.flag()? {
                Some(r.span_in(&forms)?)
            } else {
                None
            };
            tokens.push(RawToken {
                span,
                form,
                kind,
                from_join,
            });
        }
        let sentences = r.spans()?;
        let nq = r.uint()?;
        let mut raw_quotes = Vec::new();
        for _ in 0..nq {
            let span = r.span()?;
            let kind = r.kind()?;
            let speaker = r.uint()?;
            let cue = if r.flag()? { Some(r.span()?) } else { None };
            let parent = r.opt_uint(nq)?;
            raw_quotes.push((span, kind, speaker, cue, parent));
        }
        let ns = r.uint()?;
        let mut speakers = Vec::new();
        for _ in 0..ns {
            speakers.push(RawSpeaker {
                name: r.str()?.to_owned(),
                kind: r.kind()?,
                title: r.opt_str()?,
                mentions: r.spans()?,
            });
        }
        let nl = r.uint()?;
        let mut locations = Vec::new();
        for _ in 0..nl {
            locations.push(RawLocation {
                name: r.str()?.to_owned(),
                kind: r.kind()?,
                country: r.opt_str()?,
                mentions: r.spans()?,
            });
        }
        if !r.bytes.is_empty() {
            return Err("bytes are left over".to_owned());
        }
        let quotes = raw_quotes
            .into_iter()
            .map(|(span, kind, speaker, cue, parent)| {
                let speaker = match speaker {
                    0 => None,
                    n if n - 1 < speakers.len() => Some(n - 1),
                    n => return Err(format!("the speaker {} is out of range", n - 1)),
                };
                Ok(RawQuote {
                    span,
                    kind,
                    speaker,
                    cue,
                    parent,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Parts {
            tokens,
            forms,
            sentences,
            quotes,
            speakers,
            locations,
            table: OffsetTable::default(),
        }
        .with_table(text))
    }
}

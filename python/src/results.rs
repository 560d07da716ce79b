//! The result classes: `Token`, `Sentence`, `Quote`, `Cue`, `Speaker`, `Mention`, `Location`.
//!
//! Each is an immutable value: it compares and hashes by value, pickles (through its
//! constructor), and shows its Urdu as Urdu in its `repr`. Offsets are character offsets into
//! the `str` passed in. The texts are not copied per object: a token or a stretch refers to
//! the UTF-8 text of its call ([`Source`]) and makes its `str` when asked.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use compact_str::CompactString;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};
use urdu::{PlaceKind, QuoteKind, Span, SpeakerKind, TokenKind};

use crate::errors;
use crate::text::{CharCursor, Source};

/// Defines a function giving the interned Python `str` of a kind's name, made once per kind.
macro_rules! kind_names {
    ($fn:ident, $ty:ty) => {
        /// The name of a kind as an interned Python `str`.
        pub(crate) fn $fn(py: Python<'_>, kind: $ty) -> Bound<'_, PyString> {
            static NAMES: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
            let names = NAMES.get_or_init(py, || {
                <$ty>::ALL
                    .iter()
                    .map(|k| PyString::intern(py, k.as_str()).unbind())
                    .collect()
            });
            match <$ty>::ALL
                .iter()
                .position(|k| *k == kind)
                .and_then(|i| names.get(i))
            {
                Some(name) => name.bind(py).clone(),
                None => PyString::intern(py, kind.as_str()),
            }
        }
    };
}

kind_names!(token_kind, TokenKind);
kind_names!(quote_kind, QuoteKind);
kind_names!(speaker_kind, SpeakerKind);
kind_names!(place_kind, PlaceKind);

/// Parses a kind's name with the library's names, as an `urdu.Error` naming it.
pub(crate) fn parse_kind<K>(py: Python<'_>, name: &str, what: &str) -> PyResult<K>
where
    K: std::str::FromStr<Err = urdu::Error>,
{
    name.parse::<K>().map_err(|e| errors::to_py(py, &e, what))
}

/// What `__reduce__` gives: the class, and the arguments of its constructor.
pub(crate) type Reduce<'py, A> = (Bound<'py, PyType>, A);

/// The constructor arguments of a speaker or a location: name, kind, title or country, and
/// mentions.
type NamedArgs<'py> = (String, &'static str, Option<String>, Bound<'py, PyTuple>);

/// Python's `repr` of a string: Urdu stays Urdu, invisible characters are escaped.
pub(crate) fn repr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .and_then(|r| r.to_cow().map(std::borrow::Cow::into_owned))
        .unwrap_or_else(|_| format!("{s:?}"))
}

/// Python's `repr` of an optional string.
fn repr_opt(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| repr(py, s))
}

/// A stretch of a text: its UTF-8 source and byte span, and its character offsets.
#[derive(Clone, Debug)]
pub(crate) struct Stretch {
    pub(crate) src: Arc<Source>,
    pub(crate) bytes: Span,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Stretch {
    /// The stretch's text.
    pub(crate) fn text(&self) -> &str {
        self.src.slice(self.bytes)
    }

    /// A stretch that holds its own text, for an object made in Python: `end - start` must
    /// be the length of the text.
    pub(crate) fn owned(text: String, start: usize, end: usize, what: &str) -> PyResult<Stretch> {
        check_offsets(&text, start, end, what)?;
        let len = text.len();
        Ok(Stretch {
            src: Source::new(text),
            bytes: Span::new(0, len),
            start,
            end,
        })
    }
}

/// Checks that `start..end` can hold `text`.
fn check_offsets(text: &str, start: usize, end: usize, what: &str) -> PyResult<()> {
    let n = text.chars().count();
    if end < start || end - start != n {
        return Err(PyValueError::new_err(format!(
            "{what}: start and end must be {n} characters apart, the length of the text, \
             not {start} and {end}"
        )));
    }
    Ok(())
}

impl PartialEq for Stretch {
    fn eq(&self, other: &Stretch) -> bool {
        self.start == other.start && self.end == other.end && self.text() == other.text()
    }
}

impl Eq for Stretch {}

impl Hash for Stretch {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text().hash(state);
        self.start.hash(state);
        self.end.hash(state);
    }
}

/// One token of a text: a word, number, punctuation mark, quotation mark, Latin word, URL,
/// e-mail address, hashtag, mention, emoji or symbol.
///
/// `text` is the token as written (`text[token.start:token.end]` of the text passed in),
/// `normalized` its normalized form, `kind` its kind as a lowercase string ('word', 'number',
/// 'punctuation', 'quote', 'latin', 'url', 'email', 'hashtag', 'mention', 'emoji',
/// 'symbol'), and `is_from_join` whether it is a piece of a word that the writer ran
/// together with the next and the tokenizer split again (`کہاکہ` = `کہا` + `کہ`).
#[pyclass(frozen, module = "urdu")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Token {
    /// The text, held inline when short (most words are): a token costs no allocation.
    pub(crate) text: CompactString,
    /// The normalized form, when it differs from the text.
    pub(crate) normalized: Option<CompactString>,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokenKind,
    pub(crate) from_join: bool,
}

impl Token {
    /// The Python token of a library token, its offsets mapped by `cursor`.
    pub(crate) fn of(t: &urdu::Token<'_>, cursor: &mut CharCursor<'_>) -> Token {
        let (start, end) = cursor.span(t.span());
        let (text, normalized) = (t.text(), t.normalized());
        Token {
            text: CompactString::new(text),
            normalized: (!same_str(text, normalized)).then(|| CompactString::new(normalized)),
            start,
            end,
            kind: t.kind(),
            from_join: t.is_from_join(),
        }
    }

    /// The normalized form.
    pub(crate) fn normalized(&self) -> &str {
        self.normalized.as_deref().unwrap_or(&self.text)
    }
}

/// The Python object of a token, which the garbage collector does not track.
pub(crate) fn new_token(py: Python<'_>, token: Token) -> PyResult<Bound<'_, Token>> {
    let obj = Bound::new(py, token)?;
    // SAFETY: `obj` is a live object of a garbage-collected type (every pyclass is one). A
    // `Token` holds no reference to any Python object, so it can be part of no reference
    // cycle and the collector has nothing to find through it: untracking it is what CPython
    // does for a tuple of atomic values, and spares the collector a visit to every token of
    // a text. Untracking is idempotent, and PyO3's `tp_dealloc` untracks again.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}

/// Whether two strings are the same: the same slice, or equal.
pub(crate) fn same_str(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

#[pymethods]
impl Token {
    /// A token with its text, normalized form, kind, character offsets and join flag.
    /// Tokens come from `urdu.tokenize` and `urdu.analyze`; the constructor serves pickling.
    #[new]
    #[pyo3(signature = (text, normalized, kind, start, end, is_from_join = false))]
    fn new(
        py: Python<'_>,
        text: &str,
        normalized: &str,
        kind: &str,
        start: usize,
        end: usize,
        is_from_join: bool,
    ) -> PyResult<Token> {
        let kind = parse_kind::<TokenKind>(py, kind, "kind")?;
        check_offsets(text, start, end, "Token")?;
        Ok(Token {
            text: CompactString::new(text),
            normalized: (normalized != text).then(|| CompactString::new(normalized)),
            start,
            end,
            kind,
            from_join: is_from_join,
        })
    }

    /// The token as written: `text[token.start:token.end]` of the text passed in.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The token after normalization (the same as `text` when normalization changed nothing).
    #[getter(normalized)]
    fn py_normalized(&self) -> &str {
        self.normalized()
    }

    /// What the token is: 'word', 'number', 'punctuation', 'quote', 'latin', 'url', 'email',
    /// 'hashtag', 'mention', 'emoji' or 'symbol'.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        token_kind(py, self.kind)
    }

    /// Character offset of the token's start in the text passed in.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Character offset just past the token's end in the text passed in.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// Whether the token is a piece of a word run together with the next (`کہاکہ` → `کہا`,
    /// `کہ`), split again by the tokenizer.
    #[getter]
    fn is_from_join(&self) -> bool {
        self.from_join
    }

    fn __eq__(&self, other: &Bound<'_, Token>) -> bool {
        other.get() == self
    }

    fn __hash__(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Token(text={}, normalized={}, kind='{}', start={}, end={}, is_from_join={})",
            repr(py, &self.text),
            repr(py, self.normalized()),
            self.kind.as_str(),
            self.start,
            self.end,
            if self.from_join { "True" } else { "False" },
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> Reduce<'py, (String, String, &'static str, usize, usize, bool)> {
        let t = slf.get();
        (
            slf.get_type(),
            (
                t.text.to_string(),
                t.normalized().to_owned(),
                t.kind.as_str(),
                t.start,
                t.end,
                t.from_join,
            ),
        )
    }
}

/// Defines a class that is a stretch of text and nothing more: `text`, `start`, `end`.
macro_rules! stretch_class {
    ($(#[$doc:meta])* $name:ident, $pyname:literal) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, hash, from_py_object, module = "urdu")]
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub(crate) struct $name {
            pub(crate) s: Stretch,
        }

        #[pymethods]
        impl $name {
            /// A stretch with its text and character offsets (they must be `len(text)` apart).
            /// Results come from the analysis; the constructor serves pickling.
            #[new]
            fn new(text: String, start: usize, end: usize) -> PyResult<$name> {
                Ok($name {
                    s: Stretch::owned(text, start, end, $pyname)?,
                })
            }

            /// The text as written: `text[self.start:self.end]` of the text passed in.
            #[getter]
            fn text(&self) -> &str {
                self.s.text()
            }

            /// Character offset of the start in the text passed in.
            #[getter]
            fn start(&self) -> usize {
                self.s.start
            }

            /// Character offset just past the end in the text passed in.
            #[getter]
            fn end(&self) -> usize {
                self.s.end
            }

            fn __repr__(&self, py: Python<'_>) -> String {
                format!(
                    concat!($pyname, "(text={}, start={}, end={})"),
                    repr(py, self.s.text()),
                    self.s.start,
                    self.s.end
                )
            }


            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> Reduce<'py, (String, usize, usize)> {
                let s = &slf.get().s;
                (slf.get_type(), (s.text().to_owned(), s.start, s.end))
            }
        }
    };
}

stretch_class!(
    /// One sentence: its text as written (from its first token to its last), and its
    /// character offsets.
    Sentence,
    "Sentence"
);

stretch_class!(
    /// One mention of a speaker or a place: the words as written and their character offsets.
    Mention,
    "Mention"
);

stretch_class!(
    /// The words that introduce a quotation (`کا کہنا تھا کہ`, `کے مطابق`), with their
    /// character offsets.
    Cue,
    "Cue"
);

/// Extracts a tuple of mentions.
fn mentions_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Mention>> {
    match value {
        None => Ok(Vec::new()),
        Some(v) => v
            .try_iter()?
            .map(|m| m.and_then(|m| m.extract::<Mention>().map_err(PyErr::from)))
            .collect(),
    }
}

/// The repr of a list of mentions: how many.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// One real-world speaker, with every mention of them in the text.
///
/// `name` is the fullest name among the mentions (`ولادی میر پوتن`), or the description when
/// no name is given (`پولیس`); `kind` is 'person', 'organization' or 'unknown'; `title` the
/// title given with the name (`روس کے صدر`) or None; `mentions` every mention (names,
/// pronouns, descriptions) in text order; `key` the key under which the spellings of the
/// name meet across documents (see `urdu.speaker_key`).
#[pyclass(frozen, eq, hash, from_py_object, module = "urdu")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Speaker {
    pub(crate) name: String,
    pub(crate) kind: SpeakerKind,
    pub(crate) title: Option<String>,
    pub(crate) mentions: Vec<Mention>,
}

#[pymethods]
impl Speaker {
    /// A speaker with its name, kind, title and mentions. Speakers come from
    /// `urdu.analyze`; the constructor serves pickling.
    #[new]
    #[pyo3(signature = (name, kind, title = None, mentions = None))]
    fn new(
        py: Python<'_>,
        name: String,
        kind: &str,
        title: Option<String>,
        mentions: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Speaker> {
        Ok(Speaker {
            name,
            kind: parse_kind(py, kind, "kind")?,
            title,
            mentions: mentions_of(mentions)?,
        })
    }

    /// The canonical name: the fullest name among the mentions.
    #[getter]
    fn name(&self) -> &str {
        &self.name
    }

    /// 'person', 'organization' or 'unknown'.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        speaker_kind(py, self.kind)
    }

    /// The title given with the name (`روس کے صدر`), or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Every mention (a tuple of `Mention`), in text order.
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.mentions.iter().cloned())
    }

    /// The key under which the spellings of the name meet across documents:
    /// `urdu.speaker_key(self.name)`.
    #[getter]
    fn key(&self) -> String {
        urdu::speaker_key(&self.name)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Speaker(name={}, kind='{}', title={}, {})",
            repr(py, &self.name),
            self.kind.as_str(),
            repr_opt(py, self.title.as_deref()),
            count(self.mentions.len(), "mention"),
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, NamedArgs<'py>>> {
        let s = slf.get();
        Ok((
            slf.get_type(),
            (
                s.name.clone(),
                s.kind.as_str(),
                s.title.clone(),
                s.mentions(slf.py())?,
            ),
        ))
    }
}

/// A quotation: what was said, how, and by whom.
///
/// `text` is the quoted words as written, without the quotation marks; `kind` is 'direct'
/// (quoted words that make a clause or more), 'partial' (a few quoted words inside the
/// reporter's sentence) or 'indirect' (reported speech after a cue); `speaker` the `Speaker`
/// or None when the text does not say who said it; `cue` the `Cue` that introduced it or
/// None; `parent` the innermost quotation that holds this one, or None.
#[pyclass(frozen, eq, hash, from_py_object, module = "urdu")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Quote {
    pub(crate) s: Stretch,
    pub(crate) kind: QuoteKind,
    pub(crate) speaker: Option<Speaker>,
    pub(crate) cue: Option<Cue>,
    pub(crate) parent: Option<Box<Quote>>,
}

/// How deep quotations nest at most in a `Quote`'s chain of parents: far more than any text
/// has, and few enough that comparing, hashing, copying and dropping a chain (which recurse
/// along it) cannot exhaust the stack.
pub(crate) const MAX_NESTING: usize = 100;

impl Quote {
    /// Keeps at most `keep` parents of the chain (the innermost ones).
    pub(crate) fn cut_parents(&mut self, keep: usize) {
        let mut at = self;
        for _ in 0..keep {
            match at.parent {
                Some(ref mut p) => at = p,
                None => return,
            }
        }
        at.parent = None;
    }

    /// How many parents the quotation has.
    pub(crate) fn depth(&self) -> usize {
        let mut depth = 0;
        let mut at = self.parent.as_deref();
        while let Some(q) = at {
            depth += 1;
            at = q.parent.as_deref();
        }
        depth
    }
}

#[pymethods]
impl Quote {
    /// A quotation with its text, kind, character offsets, speaker, cue and parent.
    /// Quotations come from `urdu.analyze`; the constructor serves pickling.
    #[new]
    #[pyo3(signature = (text, kind, start, end, speaker = None, cue = None, parent = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        text: String,
        kind: &str,
        start: usize,
        end: usize,
        speaker: Option<Speaker>,
        cue: Option<Cue>,
        parent: Option<Quote>,
    ) -> PyResult<Quote> {
        if parent
            .as_ref()
            .is_some_and(|p| p.depth() + 1 >= MAX_NESTING)
        {
            return Err(PyValueError::new_err(format!(
                "Quote: quotations nest at most {MAX_NESTING} deep"
            )));
        }
        Ok(Quote {
            kind: parse_kind(py, kind, "kind")?,
            s: Stretch::owned(text, start, end, "Quote")?,
            speaker,
            cue,
            parent: parent.map(Box::new),
        })
    }

    /// The quoted words as written, without the quotation marks.
    #[getter]
    fn text(&self) -> &str {
        self.s.text()
    }

    /// 'direct', 'partial' or 'indirect'.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        quote_kind(py, self.kind)
    }

    /// Character offset of the start in the text passed in.
    #[getter]
    fn start(&self) -> usize {
        self.s.start
    }

    /// Character offset just past the end in the text passed in.
    #[getter]
    fn end(&self) -> usize {
        self.s.end
    }

    /// Who said it (a `Speaker`), or None when the text does not say.
    #[getter]
    fn speaker(&self) -> Option<Speaker> {
        self.speaker.clone()
    }

    /// The words that introduced it (a `Cue`), or None.
    #[getter]
    fn cue(&self) -> Option<Cue> {
        self.cue.clone()
    }

    /// The innermost quotation that holds this one (a `Quote`), or None.
    #[getter]
    fn parent(&self) -> Option<Quote> {
        self.parent.as_deref().cloned()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Quote(text={}, kind='{}', start={}, end={}, speaker={}, cue={})",
            repr(py, self.s.text()),
            self.kind.as_str(),
            self.s.start,
            self.s.end,
            repr_opt(py, self.speaker.as_ref().map(|s| s.name.as_str())),
            repr_opt(py, self.cue.as_ref().map(|c| c.s.text())),
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> Reduce<
        'py,
        (
            String,
            &'static str,
            usize,
            usize,
            Option<Speaker>,
            Option<Cue>,
            Option<Quote>,
        ),
    > {
        let q = slf.get();
        (
            slf.get_type(),
            (
                q.s.text().to_owned(),
                q.kind.as_str(),
                q.s.start,
                q.s.end,
                q.speaker.clone(),
                q.cue.clone(),
                q.parent.as_deref().cloned(),
            ),
        )
    }
}

/// A place the text names, with every mention of it.
///
/// `name` is the gazetteer's canonical name (the spelling Urdu news uses most), whatever
/// variant the text has; `kind` is 'country', 'territory', 'province', 'state', 'district',
/// 'city', 'town', 'village', 'region', 'continent', 'water', 'mountain' or 'desert';
/// `country` the ISO 3166-1 alpha-2 code of the country it lies in (a country's own code),
/// or None; `mentions` every mention in text order.
#[pyclass(frozen, eq, hash, from_py_object, module = "urdu")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Location {
    pub(crate) name: String,
    pub(crate) kind: PlaceKind,
    pub(crate) country: Option<String>,
    pub(crate) mentions: Vec<Mention>,
}

#[pymethods]
impl Location {
    /// A location with its name, kind, country and mentions. Locations come from
    /// `urdu.locations` and `urdu.analyze`; the constructor serves pickling.
    #[new]
    #[pyo3(signature = (name, kind, country = None, mentions = None))]
    fn new(
        py: Python<'_>,
        name: String,
        kind: &str,
        country: Option<String>,
        mentions: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Location> {
        Ok(Location {
            name,
            kind: parse_kind(py, kind, "kind")?,
            country,
            mentions: mentions_of(mentions)?,
        })
    }

    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        &self.name
    }

    /// What kind of place it is ('country', 'city', ...).
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        place_kind(py, self.kind)
    }

    /// The ISO 3166-1 alpha-2 code of its country, or None.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Every mention (a tuple of `Mention`), in text order.
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.mentions.iter().cloned())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Location(name={}, kind='{}', country={}, {})",
            repr(py, &self.name),
            self.kind.as_str(),
            repr_opt(py, self.country.as_deref()),
            count(self.mentions.len(), "mention"),
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Reduce<'py, NamedArgs<'py>>> {
        let l = slf.get();
        Ok((
            slf.get_type(),
            (
                l.name.clone(),
                l.kind.as_str(),
                l.country.clone(),
                l.mentions(slf.py())?,
            ),
        ))
    }
}

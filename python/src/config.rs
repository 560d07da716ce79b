//! The configured objects: `Normalizer`, `Tokenizer`, `Analyzer`, and the `Place` values an
//! analyzer's gazetteer takes. Each is built once from keyword options (the Rust builders'
//! methods, by the same names), is immutable, and pickles by its options.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyMapping, PyString, PyTuple};
use rayon::prelude::*;
use urdu::{Digits, PlaceKind, PlaceWord, SpeechRule, UnicodeForm};

use crate::analysis::{Analysis, Doc, Parts};
use crate::errors;
use crate::results::{parse_kind, place_kind, repr};
use crate::text::{as_str, type_name, utf8, utf8_of};

/// Walks keyword options, refusing a name not in `names` with a `ValueError` that names it.
fn options<'py>(
    kwargs: Option<&Bound<'py, PyDict>>,
    names: &[&str],
    what: &str,
    mut each: impl FnMut(&str, Bound<'py, PyAny>) -> PyResult<()>,
) -> PyResult<()> {
    let Some(kwargs) = kwargs else {
        return Ok(());
    };
    for (key, value) in kwargs.iter() {
        let key: String = key.extract()?;
        if !names.contains(&key.as_str()) {
            return Err(PyValueError::new_err(format!(
                "{what} has no option {key:?}; its options are: {}",
                names.join(", ")
            )));
        }
        each(&key, value)?;
    }
    Ok(())
}

/// A `bool` option.
fn flag(value: &Bound<'_, PyAny>, name: &str) -> PyResult<bool> {
    value.extract::<bool>().map_err(|_| {
        PyTypeError::new_err(format!(
            "option {name:?} must be a bool, not {}",
            type_name(value)
        ))
    })
}

/// A `str` option.
fn string(value: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    utf8_of(value, &format!("option {name:?}"))
}

/// The items of an iterable option (a single `str` is refused: it would be read a
/// character at a time).
fn items<'py>(value: &Bound<'py, PyAny>, name: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if value.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "option {name:?} must be an iterable of str (a list, tuple or set), not a str"
        )));
    }
    let iter = value.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "option {name:?} must be an iterable, not {}",
            type_name(value)
        ))
    })?;
    iter.collect()
}

/// An iterable-of-`str` option.
fn strings(value: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<String>> {
    items(value, name)?
        .iter()
        .enumerate()
        .map(|(i, v)| utf8_of(v, &format!("{name}[{i}]")))
        .collect()
}

/// A mapping of `str` to `str` (or an iterable of pairs) option, the values parsed as `K`.
fn pairs<K>(py: Python<'_>, value: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<(String, K)>>
where
    K: std::str::FromStr<Err = urdu::Error>,
{
    let entries: Vec<Bound<'_, PyAny>> = match value.cast::<PyMapping>() {
        Ok(m) => m.items()?.iter().collect(),
        Err(_) => items(value, name)?,
    };
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let pair: (Bound<'_, PyAny>, Bound<'_, PyAny>) = entry.extract().map_err(|_| {
                PyTypeError::new_err(format!(
                    "option {name:?}: item {i} must be a pair of str (or give a dict)"
                ))
            })?;
            let key = utf8_of(&pair.0, &format!("{name}[{i}][0]"))?;
            let val = utf8_of(&pair.1, &format!("{name}[{i}][1]"))?;
            let parsed = parse_kind::<K>(py, &val, &format!("option {name:?}, for {key:?}"))?;
            Ok((key, parsed))
        })
        .collect()
}

/// The names of the normalizer's options.
const NORMALIZER_OPTIONS: &[&str] = &[
    "unicode_form",
    "presentation_forms",
    "urdu_letters",
    "compose_hamza",
    "expand_word_ligatures",
    "remove_tatweel",
    "remove_controls",
    "unify_spaces",
    "zero_width_as_space",
    "remove_diacritics",
    "digits",
    "punctuation_spacing",
];

/// The options given for a normalizer, each `None` when left at the library's default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct NormalizerOptions {
    unicode_form: Option<UnicodeForm>,
    /// The `bool` options, in the order of [`NORMALIZER_OPTIONS`] (less `unicode_form` and
    /// `digits`).
    flags: [Option<bool>; 10],
    digits: Option<Digits>,
}

/// The `bool` options' names, in the order of [`NormalizerOptions::flags`].
const FLAG_OPTIONS: [&str; 10] = [
    "presentation_forms",
    "urdu_letters",
    "compose_hamza",
    "expand_word_ligatures",
    "remove_tatweel",
    "remove_controls",
    "unify_spaces",
    "zero_width_as_space",
    "remove_diacritics",
    "punctuation_spacing",
];

fn unicode_form_name(form: UnicodeForm) -> &'static str {
    match form {
        UnicodeForm::Nfkc => "nfkc",
        UnicodeForm::None => "none",
        _ => "nfc",
    }
}

fn digits_name(digits: Digits) -> &'static str {
    match digits {
        Digits::Ascii => "ascii",
        Digits::Urdu => "urdu",
        _ => "keep",
    }
}

impl NormalizerOptions {
    /// The options in keyword arguments.
    pub(crate) fn parse(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<NormalizerOptions> {
        let mut o = NormalizerOptions::default();
        options(kwargs, NORMALIZER_OPTIONS, "Normalizer", |name, value| {
            match name {
                "unicode_form" => {
                    o.unicode_form = Some(if value.is_none() {
                        UnicodeForm::None
                    } else {
                        match string(&value, name)?.as_str() {
                            "nfc" => UnicodeForm::Nfc,
                            "nfkc" => UnicodeForm::Nfkc,
                            "none" => UnicodeForm::None,
                            other => {
                                return Err(PyValueError::new_err(format!(
                                    "option \"unicode_form\" must be 'nfc', 'nfkc' or 'none', \
                                     not {other:?}"
                                )))
                            }
                        }
                    });
                }
                "digits" => {
                    o.digits = Some(match string(&value, name)?.as_str() {
                        "keep" => Digits::Keep,
                        "ascii" => Digits::Ascii,
                        "urdu" => Digits::Urdu,
                        other => {
                            return Err(PyValueError::new_err(format!(
                                "option \"digits\" must be 'keep', 'ascii' or 'urdu', not {other:?}"
                            )))
                        }
                    });
                }
                _ => {
                    if let Some(i) = FLAG_OPTIONS.iter().position(|n| *n == name) {
                        if let Some(slot) = o.flags.get_mut(i) {
                            *slot = Some(flag(&value, name)?);
                        }
                    }
                }
            }
            Ok(())
        })?;
        Ok(o)
    }

    /// The normalizer these options make.
    pub(crate) fn build(&self, py: Python<'_>) -> PyResult<urdu::Normalizer> {
        let mut b = urdu::Normalizer::builder();
        if let Some(f) = self.unicode_form {
            b = b.unicode_form(f);
        }
        if let Some(d) = self.digits {
            b = b.digits(d);
        }
        for (name, value) in FLAG_OPTIONS.iter().zip(self.flags) {
            let Some(on) = value else { continue };
            b = match *name {
                "presentation_forms" => b.presentation_forms(on),
                "urdu_letters" => b.urdu_letters(on),
                "compose_hamza" => b.compose_hamza(on),
                "expand_word_ligatures" => b.expand_word_ligatures(on),
                "remove_tatweel" => b.remove_tatweel(on),
                "remove_controls" => b.remove_controls(on),
                "unify_spaces" => b.unify_spaces(on),
                "zero_width_as_space" => b.zero_width_as_space(on),
                "remove_diacritics" => b.remove_diacritics(on),
                _ => b.punctuation_spacing(on),
            };
        }
        b.build().map_err(|e| errors::to_py(py, &e, "Normalizer"))
    }

    /// The options given, as keyword arguments.
    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        if let Some(f) = self.unicode_form {
            d.set_item("unicode_form", unicode_form_name(f))?;
        }
        for (name, value) in FLAG_OPTIONS.iter().zip(self.flags) {
            if let Some(on) = value {
                d.set_item(*name, on)?;
            }
        }
        if let Some(digits) = self.digits {
            d.set_item("digits", digits_name(digits))?;
        }
        Ok(d)
    }
}

/// Normalizers made for `urdu.normalize(text, **options)`, by options, so that a loop that
/// passes the same options does not build one per call.
static NORMALIZERS: Mutex<Option<HashMap<NormalizerOptions, urdu::Normalizer>>> = Mutex::new(None);

/// At most this many normalizers are kept for `urdu.normalize`.
const NORMALIZER_CACHE: usize = 32;

/// The normalizer of these options, built once.
pub(crate) fn cached_normalizer(
    py: Python<'_>,
    options: NormalizerOptions,
) -> PyResult<urdu::Normalizer> {
    if let Ok(guard) = NORMALIZERS.lock() {
        if let Some(n) = guard.as_ref().and_then(|m| m.get(&options)) {
            return Ok(n.clone());
        }
    }
    let n = options.build(py)?;
    if let Ok(mut guard) = NORMALIZERS.lock() {
        let map = guard.get_or_insert_with(HashMap::new);
        if map.len() >= NORMALIZER_CACHE {
            map.clear();
        }
        map.insert(options, n.clone());
    }
    Ok(n)
}

/// Normalizes `text` with `normalizer`: the same `str` object back when nothing changes.
pub(crate) fn normalize_with<'py>(
    text: &Bound<'py, PyString>,
    normalizer: &urdu::Normalizer,
) -> PyResult<Bound<'py, PyString>> {
    let utf8 = utf8(text)?;
    let normalized = normalizer.normalize(&utf8);
    if normalized.is_borrowed() {
        Ok(text.clone())
    } else {
        Ok(PyString::new(text.py(), normalized.as_str()))
    }
}

/// Options joined as `name=repr, ...`.
fn kwargs_repr(kwargs: &Bound<'_, PyDict>) -> PyResult<String> {
    let mut parts = Vec::new();
    for (k, v) in kwargs.iter() {
        parts.push(format!("{}={}", k.str()?.to_cow()?, v.repr()?.to_cow()?));
    }
    Ok(parts.join(", "))
}

/// A configured Urdu normalizer.
///
/// Normalizer(**options) takes the options of the Rust builder, by the same names; each is
/// left at its default when not given:
///
/// - unicode_form: 'nfc' (default), 'nfkc' or 'none'
/// - presentation_forms (True): Arabic presentation forms to the letters they show
/// - urdu_letters (True): ي ى → ی, ك → ک, ه → ہ, ۀ → ۂ, ة → ۃ
/// - compose_hamza (True): a letter and hamza above to the precomposed letter
/// - expand_word_ligatures (False): ﷺ ﷲ ﷽ ﷼ to the words they stand for
/// - remove_tatweel (True), remove_controls (True): tatweel; bidi marks, BOM, soft hyphen
/// - unify_spaces (True): no-break and typographic spaces to a plain space
/// - zero_width_as_space (False): ZWNJ and ZWJ to a space
/// - remove_diacritics (False): harakat, tanwin, shadda, sukun, superscript alef
/// - digits: 'keep' (default), 'ascii' or 'urdu'
/// - punctuation_spacing (False): no space before ۔ ، ؛ ؟ !, one after
///
/// An unknown option or value raises ValueError. A normalizer is immutable, compares by its
/// options, pickles, and is meant to be built once and reused.
#[pyclass(frozen, module = "urdu")]
pub(crate) struct Normalizer {
    options: NormalizerOptions,
    pub(crate) inner: urdu::Normalizer,
}

#[pymethods]
impl Normalizer {
    #[new]
    #[pyo3(
        signature = (**options),
        text_signature = "(*, unicode_form='nfc', presentation_forms=True, urdu_letters=True, \
                          compose_hamza=True, expand_word_ligatures=False, remove_tatweel=True, \
                          remove_controls=True, unify_spaces=True, zero_width_as_space=False, \
                          remove_diacritics=False, digits='keep', punctuation_spacing=False)"
    )]
    fn new(py: Python<'_>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Normalizer> {
        let options = NormalizerOptions::parse(options)?;
        let inner = options.build(py)?;
        Ok(Normalizer { options, inner })
    }

    /// Normalizes `text`; gives back the same `str` when nothing changes.
    fn normalize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        normalize_with(as_str(text, "text")?, &self.inner)
    }

    /// The options given (those left at their defaults are not listed).
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.options.kwargs(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Normalizer({})",
            kwargs_repr(&self.options.kwargs(py)?)?
        ))
    }

    fn __eq__(&self, other: &Bound<'_, Normalizer>) -> bool {
        other.get().inner == self.inner
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.hash(&mut h);
        h.finish()
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.options.kwargs(py)?))
    }
}

/// A place for an analyzer's gazetteer: its canonical name (as Urdu news writes it), its kind
/// ('country', 'territory', 'province', 'state', 'district', 'city', 'town', 'village',
/// 'region', 'continent', 'water', 'mountain' or 'desert'), the ISO 3166-1 alpha-2 code of
/// its country, its spelling variants, and whether it is taken only with evidence next to it
/// (for a name that is also a common word or a given name).
///
/// Place(name, kind, *, country=None, variants=(), needs_evidence=False). A kind that is not
/// one raises urdu.Error (a ValueError); a country code that is not one is refused when the
/// Analyzer is built.
#[pyclass(frozen, eq, hash, from_py_object, module = "urdu")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Place {
    inner: urdu::Place,
    needs_evidence: bool,
}

#[pymethods]
impl Place {
    #[new]
    #[pyo3(signature = (name, kind, *, country = None, variants = None, needs_evidence = false))]
    fn new(
        py: Python<'_>,
        name: &Bound<'_, PyAny>,
        kind: &Bound<'_, PyAny>,
        country: Option<&Bound<'_, PyAny>>,
        variants: Option<&Bound<'_, PyAny>>,
        needs_evidence: bool,
    ) -> PyResult<Place> {
        let name = utf8_of(name, "name")?;
        let kind_name = utf8_of(kind, "kind")?;
        let kind: PlaceKind = parse_kind(py, &kind_name, &format!("Place {name:?}, kind"))?;
        let mut inner = urdu::Place::new(name, kind);
        if let Some(c) = country.filter(|c| !c.is_none()) {
            inner = inner.in_country(utf8_of(c, "country")?);
        }
        if let Some(v) = variants.filter(|v| !v.is_none()) {
            inner = inner.variants_from(strings(v, "variants")?);
        }
        if needs_evidence {
            inner = inner.needs_evidence();
        }
        Ok(Place {
            inner,
            needs_evidence,
        })
    }

    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }

    /// What kind of place it is.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        place_kind(py, self.inner.kind())
    }

    /// The ISO 3166-1 alpha-2 code of its country, or None.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.inner.country()
    }

    /// Its spelling variants (a tuple of str).
    #[getter]
    fn variants<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.variants())
    }

    /// Whether the name is taken as a place only with evidence next to it.
    #[getter]
    fn needs_evidence(&self) -> bool {
        self.needs_evidence
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let mut s = format!(
            "Place({}, '{}'",
            repr(py, self.inner.name()),
            self.inner.kind().as_str()
        );
        if let Some(c) = self.inner.country() {
            s.push_str(&format!(", country={}", repr(py, c)));
        }
        if !self.inner.variants().is_empty() {
            let v: Vec<String> = self.inner.variants().iter().map(|v| repr(py, v)).collect();
            s.push_str(&format!(", variants=[{}]", v.join(", ")));
        }
        if self.needs_evidence {
            s.push_str(", needs_evidence=True");
        }
        s.push(')');
        s
    }

    #[allow(clippy::type_complexity)]
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<((String, &'static str), Bound<'py, PyDict>)> {
        let kw = PyDict::new(py);
        kw.set_item("country", self.inner.country())?;
        kw.set_item("variants", self.inner.variants().to_vec())?;
        kw.set_item("needs_evidence", self.needs_evidence)?;
        Ok((
            (self.inner.name().to_owned(), self.inner.kind().as_str()),
            kw,
        ))
    }
}

/// What a tokenizer is built from.
#[derive(Clone, Debug, Default)]
struct TokenizerOptions {
    normalizer: Option<(NormalizerOptions, urdu::Normalizer)>,
    split_joins: Option<bool>,
    keep_whole: Vec<String>,
}

impl TokenizerOptions {
    /// Takes the tokenizer's options; `true` if `name` is one.
    fn take(&mut self, name: &str, value: &Bound<'_, PyAny>) -> PyResult<bool> {
        match name {
            "normalizer" => {
                if !value.is_none() {
                    let n = value.cast::<Normalizer>().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "option \"normalizer\" must be an urdu.Normalizer, not {}",
                            type_name(value)
                        ))
                    })?;
                    let n = n.get();
                    self.normalizer = Some((n.options.clone(), n.inner.clone()));
                }
            }
            "split_joins" => self.split_joins = Some(flag(value, name)?),
            "keep_whole" => {
                if !value.is_none() {
                    self.keep_whole = strings(value, name)?;
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn build(&self, py: Python<'_>) -> PyResult<urdu::Tokenizer> {
        if self.normalizer.is_none() && self.split_joins.is_none() && self.keep_whole.is_empty() {
            return Ok(urdu::Tokenizer::new());
        }
        let mut b = urdu::Tokenizer::builder();
        if let Some((_, n)) = &self.normalizer {
            b = b.normalizer(n.clone());
        }
        if let Some(on) = self.split_joins {
            b = b.split_joins(on);
        }
        b.keep_whole(self.keep_whole.iter().cloned())
            .build()
            .map_err(|e| errors::to_py(py, &e, "option \"keep_whole\""))
    }

    fn kwargs(&self, py: Python<'_>, d: &Bound<'_, PyDict>) -> PyResult<()> {
        if let Some((options, inner)) = &self.normalizer {
            let n = Normalizer {
                options: options.clone(),
                inner: inner.clone(),
            };
            d.set_item("normalizer", Py::new(py, n)?)?;
        }
        if let Some(on) = self.split_joins {
            d.set_item("split_joins", on)?;
        }
        if !self.keep_whole.is_empty() {
            d.set_item("keep_whole", self.keep_whole.clone())?;
        }
        Ok(())
    }
}

const TOKENIZER_OPTIONS: &[&str] = &["normalizer", "split_joins", "keep_whole"];

/// A configured tokenizer: Tokenizer(*, normalizer=None, split_joins=True, keep_whole=None).
///
/// `normalizer` is the `Normalizer` applied before tokenizing (tokens are found on the
/// normalized text; their offsets still point into the original); `split_joins` splits words
/// that the writer ran together with a function word (`کہاکہ` → `کہا` + `کہ`);
/// `keep_whole` is an iterable of words never split so (names or terms that look like a
/// join). An unknown option raises ValueError, a bad word urdu.Error.
#[pyclass(frozen, module = "urdu")]
pub(crate) struct Tokenizer {
    options: TokenizerOptions,
    inner: urdu::Tokenizer,
}

#[pymethods]
impl Tokenizer {
    #[new]
    #[pyo3(
        signature = (**options),
        text_signature = "(*, normalizer=None, split_joins=True, keep_whole=None)"
    )]
    fn new(py: Python<'_>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Tokenizer> {
        let mut o = TokenizerOptions::default();
        self::options(options, TOKENIZER_OPTIONS, "Tokenizer", |name, value| {
            o.take(name, &value).map(|_| ())
        })?;
        let inner = o.build(py)?;
        Ok(Tokenizer { options: o, inner })
    }

    /// The tokens of `text`, in order (a list of `Token`).
    fn tokenize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        crate::tokenize_with(as_str(text, "text")?, |t| self.inner.tokenize(t))
    }

    /// The sentences of `text`, in order (a list of `Sentence`).
    fn sentences<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        crate::sentences_with(as_str(text, "text")?, |t| self.inner.sentences(t))
    }

    /// The text as words with trailing-space flags, the form of spaCy's `Doc(vocab, words,
    /// spaces)`, in one pass and without a `Token` object per word. The words are the tokens
    /// and, between two tokens, whatever is not one space after a token (a line break, a
    /// second space, a byte order mark), as a word of its own; so
    /// `"".join(w + " " * s for w, s in zip(words, spaces)) == text`. Returns a tuple
    /// `(words, spaces, normalized, sentence_starts)`: `normalized[i]` is the normalized form
    /// of a token (the very object `words[i]` where normalization changes nothing, and for
    /// the text between tokens); `sentence_starts` the indices of the words that start a
    /// sentence, 0 first (text before the first token belongs to the first sentence).
    #[pyo3(text_signature = "(self, text)")]
    fn spaced_words<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
        let text = as_str(text, "text")?;
        let py = text.py();
        let utf8 = utf8(text)?;
        let (tokens, sentences) = self.inner.segment(&utf8).into_parts();
        let mut firsts = sentences.iter().map(|s| s.tokens().start).peekable();
        let mut words = Spaced::new(py, &utf8);
        for (i, token) in tokens.iter().enumerate() {
            let span = token.span();
            if span.start < words.at || span.end <= span.start {
                continue; // not expected from the tokenizer; skipping keeps the text whole
            }
            words.between(span.start)?;
            while firsts.next_if(|&first| first < i).is_some() {}
            if firsts.next_if_eq(&i).is_some() && !words.spaces.is_empty() {
                words.starts.push(words.spaces.len());
            }
            words.token(token.text(), token.normalized(), span.end)?;
        }
        words.between(utf8.len())?;
        if !words.spaces.is_empty() {
            words.starts.insert(0, 0);
        }
        (
            words.words,
            PyList::new(py, words.spaces)?,
            words.normalized,
            PyList::new(py, words.starts)?,
        )
            .into_pyobject(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let d = PyDict::new(py);
        self.options.kwargs(py, &d)?;
        Ok(format!("Tokenizer({})", kwargs_repr(&d)?))
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let d = PyDict::new(py);
        self.options.kwargs(py, &d)?;
        Ok((PyTuple::empty(py), d))
    }
}

/// The lists `Tokenizer.spaced_words` builds.
struct Spaced<'py, 't> {
    text: &'t str,
    at: usize,
    words: Bound<'py, PyList>,
    normalized: Bound<'py, PyList>,
    spaces: Vec<bool>,
    starts: Vec<usize>,
}

impl<'py, 't> Spaced<'py, 't> {
    fn new(py: Python<'py>, text: &'t str) -> Spaced<'py, 't> {
        Spaced {
            text,
            at: 0,
            words: PyList::empty(py),
            normalized: PyList::empty(py),
            spaces: Vec::new(),
            starts: Vec::new(),
        }
    }

    /// The text from the end of the last word to `to`: one space is the last word's
    /// trailing space, the rest a word.
    fn between(&mut self, to: usize) -> PyResult<()> {
        if to <= self.at {
            return Ok(());
        }
        if let Some(last) = self.spaces.last_mut() {
            if !*last && self.text.as_bytes().get(self.at) == Some(&b' ') {
                *last = true;
                self.at += 1;
            }
        }
        if self.at < to {
            let piece = PyString::new(self.words.py(), self.text.get(self.at..to).unwrap_or(""));
            self.words.append(&piece)?;
            self.normalized.append(&piece)?;
            self.spaces.push(false);
        }
        self.at = to;
        Ok(())
    }

    /// A token, ending at byte `end`.
    fn token(&mut self, text: &str, normalized: &str, end: usize) -> PyResult<()> {
        let word = PyString::new(self.words.py(), text);
        if normalized == text {
            self.normalized.append(&word)?;
        } else {
            self.normalized
                .append(PyString::new(self.words.py(), normalized))?;
        }
        self.words.append(word)?;
        self.spaces.push(false);
        self.at = end;
        Ok(())
    }
}

const ANALYZER_OPTIONS: &[&str] = &[
    "cues",
    "without_cues",
    "titles",
    "not_speakers",
    "places",
    "not_places",
    "place_words",
    "normalizer",
    "split_joins",
    "keep_whole",
];

/// The role of a word given in `place_words`: a cue word's (`'postposition'`, `'before'`,
/// `'after'`, `'list'`, `'part'`), or a kind of place (`'city'`, `'district'`, …) for a word
/// for that kind (see `GazetteerBuilder::kind_word`), as in `data/place_cues.tsv`.
#[derive(Clone, Copy, Debug)]
enum PlaceWordRole {
    Cue(PlaceWord),
    Kind(PlaceKind),
}

impl std::str::FromStr for PlaceWordRole {
    type Err = urdu::Error;

    fn from_str(name: &str) -> Result<PlaceWordRole, urdu::Error> {
        match name.parse::<PlaceWord>() {
            Ok(role) => Ok(PlaceWordRole::Cue(role)),
            Err(err) => name.parse().map(PlaceWordRole::Kind).map_err(|_| err),
        }
    }
}

impl PlaceWordRole {
    fn as_str(&self) -> &'static str {
        match self {
            PlaceWordRole::Cue(role) => role.as_str(),
            PlaceWordRole::Kind(kind) => kind.as_str(),
        }
    }
}

/// What an analyzer is built from, beyond its tokenizer.
#[derive(Clone, Debug, Default)]
struct AnalyzerOptions {
    tokenizer: TokenizerOptions,
    cues: Vec<(String, SpeechRule)>,
    without_cues: Vec<String>,
    titles: Vec<String>,
    not_speakers: Vec<String>,
    places: Vec<Place>,
    not_places: Vec<String>,
    place_words: Vec<(String, PlaceWordRole)>,
}

impl AnalyzerOptions {
    fn parse(py: Python<'_>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<AnalyzerOptions> {
        let mut o = AnalyzerOptions::default();
        options(kwargs, ANALYZER_OPTIONS, "Analyzer", |name, value| {
            if o.tokenizer.take(name, &value)? || value.is_none() {
                return Ok(());
            }
            match name {
                "cues" => o.cues = pairs(py, &value, name)?,
                "without_cues" => o.without_cues = strings(&value, name)?,
                "titles" => o.titles = strings(&value, name)?,
                "not_speakers" => o.not_speakers = strings(&value, name)?,
                "not_places" => o.not_places = strings(&value, name)?,
                "place_words" => o.place_words = pairs(py, &value, name)?,
                _ => {
                    o.places = items(&value, name)?
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            p.extract::<Place>().map_err(|_| {
                                PyTypeError::new_err(format!(
                                    "places[{i}] must be an urdu.Place, not {}",
                                    type_name(p)
                                ))
                            })
                        })
                        .collect::<PyResult<_>>()?;
                }
            }
            Ok(())
        })?;
        Ok(o)
    }

    fn build(&self, py: Python<'_>) -> PyResult<urdu::Analyzer> {
        if self.is_default() {
            // The shipped analyzer shares its word lists and gazetteer: nothing to build.
            return Ok(urdu::Analyzer::new());
        }
        let tokenizer = self.tokenizer.build(py)?;
        let mut b = urdu::Analyzer::builder().tokenizer(tokenizer.clone());
        if !(self.places.is_empty() && self.not_places.is_empty() && self.place_words.is_empty()) {
            let mut g = urdu::Gazetteer::builder()
                .tokenizer(tokenizer)
                .places(self.places.iter().map(|p| p.inner.clone()));
            for (word, role) in &self.place_words {
                g = match *role {
                    PlaceWordRole::Cue(role) => g.place_word(word, role),
                    PlaceWordRole::Kind(kind) => g.kind_word(word, kind),
                };
            }
            for name in &self.not_places {
                g = g.not_place(name);
            }
            b = b.gazetteer(g.build().map_err(|e| errors::to_py(py, &e, "places"))?);
        }
        for (cue, rule) in &self.cues {
            b = b.speech_cue(cue, *rule);
        }
        for cue in &self.without_cues {
            b = b.without_speech_cue(cue);
        }
        for title in &self.titles {
            b = b.title(title);
        }
        for phrase in &self.not_speakers {
            b = b.not_speaker(phrase);
        }
        b.build().map_err(|e| errors::to_py(py, &e, "Analyzer"))
    }

    /// Whether no option was given.
    fn is_default(&self) -> bool {
        let t = &self.tokenizer;
        t.normalizer.is_none()
            && t.split_joins.is_none()
            && t.keep_whole.is_empty()
            && self.cues.is_empty()
            && self.without_cues.is_empty()
            && self.titles.is_empty()
            && self.not_speakers.is_empty()
            && self.places.is_empty()
            && self.not_places.is_empty()
            && self.place_words.is_empty()
    }

    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        if !self.cues.is_empty() {
            let cues: Vec<(&str, &str)> = self
                .cues
                .iter()
                .map(|(c, r)| (c.as_str(), r.as_str()))
                .collect();
            d.set_item("cues", cues)?;
        }
        for (name, list) in [
            ("without_cues", &self.without_cues),
            ("titles", &self.titles),
            ("not_speakers", &self.not_speakers),
            ("not_places", &self.not_places),
        ] {
            if !list.is_empty() {
                d.set_item(name, list.clone())?;
            }
        }
        if !self.places.is_empty() {
            d.set_item("places", self.places.clone())?;
        }
        if !self.place_words.is_empty() {
            let words: Vec<(&str, &str)> = self
                .place_words
                .iter()
                .map(|(w, r)| (w.as_str(), r.as_str()))
                .collect();
            d.set_item("place_words", words)?;
        }
        self.tokenizer.kwargs(py, &d)?;
        Ok(d)
    }
}

/// A configured analyzer: quotations with their speakers, and locations.
///
/// Analyzer(*, cues=None, titles=None, places=None, split_joins=True, keep_whole=None,
/// normalizer=None, without_cues=None, not_speakers=None, not_places=None,
/// place_words=None), every option added to what the library ships:
///
/// - cues: speech cues, a dict (or pairs) of words → rule: 'verb' (a past speech verb,
///   `شکوہ کیا`, whose present, passive and intensive forms come along), 'present',
///   'possessive' (`کا کہنا`), 'source' (`کے مطابق`) or 'passive' (`کہا گیا`)
/// - without_cues: shipped cues to remove (`پوچھا`)
/// - titles: title or role words (`کمشنر`) that separate a title from a name
/// - not_speakers: phrases that are never a speaker (`تفصیلات`)
/// - places: `Place`s added to the gazetteer; not_places: names never taken as places;
///   place_words: a dict (or pairs) of word → role: 'postposition', 'before', 'after', 'list',
///   'part' (a word that ends place names, `آباد`), or a kind of place ('city', 'village',
///   …): a word for that kind, before which a name no word list knows is a place
/// - normalizer, split_joins, keep_whole: the tokenizer's (see `Tokenizer`)
///
/// An unknown option raises ValueError; a bad cue, title, place, rule or country code
/// urdu.Error (a ValueError) naming it. Build an analyzer once and reuse it: it is immutable,
/// safe to share between threads, and pickles by its options.
#[pyclass(frozen, module = "urdu")]
pub(crate) struct Analyzer {
    options: AnalyzerOptions,
    inner: Arc<urdu::Analyzer>,
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(
        signature = (**options),
        text_signature = "(*, cues=None, titles=None, places=None, split_joins=True, \
                          keep_whole=None, normalizer=None, without_cues=None, \
                          not_speakers=None, not_places=None, place_words=None)"
    )]
    fn new(py: Python<'_>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Analyzer> {
        let options = AnalyzerOptions::parse(py, options)?;
        let inner = Arc::new(options.build(py)?);
        Ok(Analyzer { options, inner })
    }

    /// Analyzes `text`: tokens, sentences, quotations with their speakers, and locations (an
    /// `Analysis`). Releases the GIL while it works.
    fn analyze(&self, text: &Bound<'_, PyAny>) -> PyResult<Analysis> {
        crate::analyze_with(as_str(text, "text")?, &self.inner)
    }

    /// Analyzes many texts (any iterable of str) on `threads` threads (None: all cores),
    /// with the GIL released; gives a list of `Analysis` in the order of `texts`, the same as
    /// analyzing them one by one.
    #[pyo3(signature = (texts, *, threads = None))]
    fn analyze_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Analysis>> {
        let threads = match threads.filter(|t| !t.is_none()) {
            None => None,
            Some(t) => {
                let n: i64 = t.extract().map_err(|_| {
                    PyTypeError::new_err(format!("threads must be an int, not {}", type_name(t)))
                })?;
                if n < 1 {
                    return Err(PyValueError::new_err(format!(
                        "threads must be at least 1, not {n}"
                    )));
                }
                Some(usize::try_from(n).unwrap_or(usize::MAX))
            }
        };
        let mut objects = Vec::new();
        let mut owned = Vec::new();
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str (a list, say), not a str",
            ));
        }
        let iter = texts.try_iter().map_err(|_| {
            PyTypeError::new_err(format!(
                "texts must be an iterable of str, not {}",
                type_name(texts)
            ))
        })?;
        for (i, item) in iter.enumerate() {
            let item = item?;
            owned.push(utf8_of(&item, &format!("texts[{i}]"))?);
            objects.push(item.cast_into::<PyString>()?.unbind());
        }
        let analyzer = &self.inner;
        let docs = py.detach(move || {
            // The library analyzes the texts on the pool; their conversion to Python's
            // offsets runs on the same pool, each analysis dropped where it is converted.
            let analyze = || -> Vec<Parts> {
                analyzer
                    .analyze_all(&owned)
                    .into_par_iter()
                    .zip(owned.par_iter())
                    .map(|(a, t)| Parts::of(t, &a))
                    .collect()
            };
            let parts = match threads {
                None => analyze(),
                Some(n) => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
                    Ok(pool) => pool.install(analyze),
                    // No pool (the system refuses threads): the work is done on this one.
                    Err(_) => owned
                        .iter()
                        .map(|t| Parts::of(t, &analyzer.analyze(t)))
                        .collect(),
                },
            };
            parts
                .into_iter()
                .zip(owned)
                .map(|(p, t)| p.into_doc(t))
                .collect::<Vec<Doc>>()
        });
        Ok(objects
            .into_iter()
            .zip(docs)
            .map(|(o, d)| Analysis::new(o, d))
            .collect())
    }

    /// The locations `text` names (a list of `Location`, in order of first mention).
    fn locations<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let analyzer = &self.inner;
        crate::locations_with(as_str(text, "text")?, |t| analyzer.locations(t))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Analyzer({})",
            kwargs_repr(&self.options.kwargs(py)?)?
        ))
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.options.kwargs(py)?))
    }
}

//! The Python bindings of the `urdu` crate: the extension module `urdu._urdu`, which the
//! Python package `urdu` re-exports.
//!
//! The bindings convert types and hold no rule of Urdu: every result comes from the
//! library. What they add is the Python view of it: character offsets instead of byte
//! offsets (so that `text[x.start:x.end] == x.text` on the `str` passed in), immutable
//! result classes that compare by value and pickle, keyword options, and Python exceptions.

mod analysis;
mod config;
mod errors;
mod results;
mod text;

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFrozenSet, PyList, PyString};

use analysis::{Analysis, Doc, RawLocation};
use results::{new_token, Sentence, Stretch, Token};
use text::{as_str, utf8, CharCursor, OffsetTable, Source};

/// The tokens of `text` as a list of `Token`, by `tokenize`.
pub(crate) fn tokenize_with<'py, F>(
    text: &Bound<'py, PyString>,
    tokenize: F,
) -> PyResult<Bound<'py, PyList>>
where
    F: for<'a> Fn(&'a str) -> urdu::Tokens<'a>,
{
    let utf8 = utf8(text)?;
    let tokens = tokenize(&utf8);
    let mut cursor = CharCursor::new(&utf8);
    let py = text.py();
    let list = PyList::empty(py);
    for t in &tokens {
        list.append(new_token(py, Token::of(&t, &mut cursor))?)?;
    }
    Ok(list)
}

/// The sentences of `text` as a list of `Sentence`, by `split`.
pub(crate) fn sentences_with<'py, F>(
    text: &Bound<'py, PyString>,
    split: F,
) -> PyResult<Bound<'py, PyList>>
where
    F: for<'a> Fn(&'a str) -> Vec<urdu::Sentence<'a>>,
{
    let owned = utf8(text)?.into_owned();
    let spans: Vec<(urdu::Span, (usize, usize))> = {
        let mut cursor = CharCursor::new(&owned);
        split(&owned)
            .iter()
            .map(|s| (s.span(), cursor.span(s.span())))
            .collect()
    };
    let src = Source::new(owned);
    PyList::new(
        text.py(),
        spans.iter().map(|&(bytes, (start, end))| Sentence {
            s: Stretch {
                src: Arc::clone(&src),
                bytes,
                start,
                end,
            },
        }),
    )
}

/// The locations of `text` as a list of `Location`, by `find` (run with the GIL released).
pub(crate) fn locations_with<'py, F>(
    text: &Bound<'py, PyString>,
    find: F,
) -> PyResult<Bound<'py, PyList>>
where
    F: for<'a> Fn(&'a str) -> Vec<urdu::Location<'a>> + Send + Sync,
{
    let owned = utf8(text)?.into_owned();
    let (owned, raw, table) = text.py().detach(move || {
        let raw: Vec<RawLocation> = find(&owned).iter().map(RawLocation::of).collect();
        let table = OffsetTable::new(&owned, raw.iter().flat_map(RawLocation::offsets).collect());
        (owned, raw, table)
    });
    let src = Source::new(owned);
    PyList::new(text.py(), raw.iter().map(|l| l.location(&src, &table)))
}

/// The analysis of `text` by `analyzer`, run with the GIL released.
pub(crate) fn analyze_with(
    text: &Bound<'_, PyString>,
    analyzer: &urdu::Analyzer,
) -> PyResult<Analysis> {
    let owned = utf8(text)?.into_owned();
    let doc = text.py().detach(move || Doc::analyze(analyzer, owned));
    Ok(Analysis::new(text.clone().unbind(), doc))
}

/// The analyzer of `urdu.analyze` and `urdu.locations`.
fn default_analyzer() -> &'static urdu::Analyzer {
    static DEFAULT: std::sync::OnceLock<urdu::Analyzer> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(urdu::Analyzer::new)
}

/// Urdu text processing: normalization, tokens, sentences, quotations with their speakers,
/// and locations, from the Rust crate `urdu`. Every offset is a character offset into the
/// `str` passed in.
#[pymodule]
mod _urdu {
    use super::*;

    #[pymodule_export]
    use crate::analysis::Analysis;
    #[pymodule_export]
    use crate::config::{Analyzer, Normalizer, Place, Tokenizer};
    #[pymodule_export]
    use crate::errors::Error;
    #[pymodule_export]
    use crate::results::{Cue, Location, Mention, Quote, Sentence, Speaker, Token};

    /// The version of the package (and of the Rust crate it is built on).
    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = env!("CARGO_PKG_VERSION");

    /// `urdu.Error` says what it refused in `kind` and `word`, None on one made by hand.
    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        let error = m.getattr("Error")?;
        error.setattr("kind", m.py().None())?;
        error.setattr("word", m.py().None())?;
        Ok(())
    }

    /// Normalizes `text`: Arabic letters to the Urdu ones, presentation forms to letters,
    /// hamza composed, tatweel and bidi controls removed, odd spaces unified (the defaults),
    /// or as the keyword options say (the options of `urdu.Normalizer`). Gives back the same
    /// `str` when nothing changes.
    ///
    /// >>> urdu.normalize("پاكستـان")
    /// 'پاکستان'
    #[pyfunction]
    #[pyo3(signature = (text, /, **options))]
    fn normalize<'py>(
        text: &Bound<'py, PyAny>,
        options: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyString>> {
        let text = as_str(text, "text")?;
        match options.filter(|o| !o.is_empty()) {
            None => {
                let utf8 = utf8(text)?;
                match urdu::normalize(&utf8) {
                    std::borrow::Cow::Borrowed(_) => Ok(text.clone()),
                    std::borrow::Cow::Owned(s) => Ok(PyString::new(text.py(), &s)),
                }
            }
            Some(o) => {
                let options = crate::config::NormalizerOptions::parse(Some(o))?;
                let n = crate::config::cached_normalizer(text.py(), options)?;
                crate::config::normalize_with(text, &n)
            }
        }
    }

    /// The tokens of `text`, in order: a list of `Token` (words, numbers, punctuation,
    /// quotation marks, Latin words, URLs, e-mail addresses, hashtags, mentions, emoji,
    /// symbols), words run together (`کہاکہ`) split again.
    #[pyfunction]
    fn tokenize<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = as_str(text, "text")?;
        tokenize_with(text, urdu::tokenize)
    }

    /// The sentences of `text`, in order: a list of `Sentence`.
    #[pyfunction]
    fn sentences<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = as_str(text, "text")?;
        sentences_with(text, urdu::sentences)
    }

    /// Analyzes `text` with the shipped word lists: tokens, sentences, quotations with their
    /// speakers, and locations (an `Analysis`). Releases the GIL while it works.
    #[pyfunction]
    fn analyze(text: &Bound<'_, PyAny>) -> PyResult<Analysis> {
        let text = as_str(text, "text")?;
        analyze_with(text, default_analyzer())
    }

    /// The locations `text` names, found with the shipped gazetteer: a list of `Location`,
    /// in order of first mention.
    #[pyfunction]
    fn locations<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let text = as_str(text, "text")?;
        locations_with(text, |t| default_analyzer().locations(t))
    }

    /// The key under which the spellings of a speaker's name meet across documents: the
    /// consonant skeletons of its words (`speaker_key("پوتن") == speaker_key("پوتین")`).
    #[pyfunction]
    fn speaker_key(name: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(urdu::speaker_key(&utf8(as_str(name, "name")?)?))
    }

    /// Whether two speakers' names name the same speaker, as the analyzer merges them within
    /// a document (`same_speaker("پوتن", "ولادی میر پوتین")`).
    #[pyfunction]
    fn same_speaker(a: &Bound<'_, PyAny>, b: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(urdu::same_speaker(
            &utf8(as_str(a, "a")?)?,
            &utf8(as_str(b, "b")?)?,
        ))
    }

    /// Whether `word` (normalized) is an Urdu function word: a postposition, pronoun,
    /// auxiliary, conjunction, particle or demonstrative, which a search index may leave out.
    #[pyfunction]
    fn is_stop_word(word: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(urdu::is_stop_word(&utf8(as_str(word, "word")?)?))
    }

    /// The Urdu function words of `is_stop_word`, as a frozenset.
    #[pyfunction]
    fn stop_words(py: Python<'_>) -> PyResult<Bound<'_, PyFrozenSet>> {
        PyFrozenSet::new(py, urdu::stop_words())
    }
}

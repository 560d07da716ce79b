//! The library's `Error` as the Python exception `urdu.Error`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use urdu::ErrorKind;

pyo3::create_exception!(
    urdu,
    Error,
    PyValueError,
    "A configuration that the library refuses: a cue, title, word or place name that is empty, \
has no letter or holds white space other than single spaces; a country code that is not an \
ISO 3166-1 alpha-2 code; a kind name that is not one of the kind's names.\n\n\
A subclass of ValueError. Its attribute `kind` says which mistake it is ('invalid_word', \
'invalid_country', 'unknown_name', or 'malformed_data') and `word` is the word, \
name or code refused (or None)."
);

/// The name of an error kind, as `urdu.Error.kind` gives it.
fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidWord => "invalid_word",
        ErrorKind::InvalidCountry => "invalid_country",
        ErrorKind::UnknownName => "unknown_name",
        ErrorKind::MalformedData => "malformed_data",
        _ => "other",
    }
}

/// The library's error as an `urdu.Error`, its message prefixed by `context` (the option
/// that held the value refused), with `kind` and `word` set.
pub(crate) fn to_py(py: Python<'_>, err: &urdu::Error, context: &str) -> PyErr {
    let message = if context.is_empty() {
        err.to_string()
    } else {
        format!("{context}: {err}")
    };
    let e = Error::new_err(message);
    let value = e.value(py);
    // Setting attributes on a fresh exception cannot fail; if it did, the message alone
    // still says everything.
    let _ = value.setattr("kind", kind_name(err.kind()));
    let _ = value.setattr("word", err.word());
    e
}

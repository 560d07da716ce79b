//! Unicode and Arabic-script normalization for Urdu, with an alignment back to the original.
//!
//! The [`Normalizer`] walks the text once. Text that needs no change is never copied: the
//! result borrows the input ([`Cow::Borrowed`](std::borrow::Cow::Borrowed)) and its
//! [`Alignment`](crate::span::Alignment) is the identity. When something changes, the clean
//! stretches are copied in bulk and every rewrite is recorded as one sparse edit, so any
//! position of the normalized text maps back to the original.
//!
//! Where each part lives: `options` (the Unicode form, the digits, the defaults), `builder`
//! (one method per rule), `chars` (the rules for one character), `table` (the clean
//! characters, by table) and `fast` (the fast path that reads it), `cluster` (the slow path,
//! one cluster at a time), `spacing` (punctuation spacing), `fold` (the letter, digit and
//! hamza folds), `writer` (the one edit primitive), `normalized` (the result and its
//! alignment) and `work` (the work counter of the linearity tests).

mod builder;
mod chars;
mod cluster;
mod fast;
mod fold;
mod normalized;
mod options;
mod spacing;
mod table;
pub(crate) mod work;
mod writer;

pub use builder::NormalizerBuilder;
pub use normalized::Normalized;
pub use options::{Digits, UnicodeForm};

use cluster::Scratch;
use table::CleanTable;
use writer::Writer;

/// A configurable Urdu normalizer: immutable, cheap to clone, `Send + Sync`, reusable.
///
/// [`Normalizer::new`] gives the Urdu-safe defaults; [`Normalizer::builder`] changes them.
/// Every rule is an option; see the builder's methods for what each does and why.
///
/// ```
/// use urdu::{Digits, Normalizer};
///
/// // Arabic yeh and kaf become the Urdu letters; tatweel goes.
/// let n = Normalizer::new();
/// assert_eq!(n.normalize("پاكستـــاني").as_str(), "پاکستانی");
///
/// // Clean text is borrowed, not copied.
/// assert!(n.normalize("پاکستانی").is_borrowed());
///
/// // Options: remove diacritics, write digits in ASCII.
/// let n = Normalizer::builder().remove_diacritics(true).digits(Digits::Ascii).build()?;
/// assert_eq!(n.normalize("تقریباً ۳۰ سالہ").as_str(), "تقریبا 30 سالہ");
/// # Ok::<(), urdu::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    form: UnicodeForm,
    presentation_forms: bool,
    word_ligatures: bool,
    urdu_letters: bool,
    compose_hamza: bool,
    remove_tatweel: bool,
    remove_controls: bool,
    unify_spaces: bool,
    zero_width_as_space: bool,
    remove_diacritics: bool,
    digits: Digits,
    punctuation_spacing: bool,
    /// Which ASCII and Arabic-block characters this configuration leaves alone: computed
    /// once per configuration and shared by the clones.
    clean: std::sync::Arc<CleanTable>,
}

impl Normalizer {
    /// A normalizer with the Urdu-safe defaults: NFC, presentation forms and Arabic letters
    /// folded to the Urdu letters, hamza composed, tatweel and invisible controls removed,
    /// odd spaces unified; diacritics, digits and punctuation spacing left as they are.
    #[must_use]
    pub fn new() -> Normalizer {
        Normalizer::default()
    }

    /// Whether this normalizer has the default options.
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Normalizer::default()
    }

    /// A builder starting from the defaults of [`Normalizer::new`].
    #[must_use]
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Normalizes `text`. Borrows it when nothing changes.
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        self.normalize_into(text, Writer::new(text))
    }

    /// Normalizes `text` and also records in the alignment where letters were rewritten
    /// into letters of the same length, so that the tokenizer compares only the tokens
    /// there with the original.
    pub(crate) fn normalize_for_tokens<'a>(&self, text: &'a str) -> Normalized<'a> {
        self.normalize_into(text, Writer::new(text).tracking_letters())
    }

    fn normalize_into<'a>(&self, text: &'a str, mut w: Writer<'a>) -> Normalized<'a> {
        let mut scratch = Scratch::default();
        let mut pos = 0;
        while pos < text.len() {
            pos = self.skip_clean(text, pos);
            if pos >= text.len() {
                break;
            }
            pos = match self.substitute_at(text, pos, &mut w) {
                Some(next) => next,
                None => self.normalize_cluster_at(text, pos, &mut w, &mut scratch),
            };
        }
        let (text, alignment) = w.finish();
        Normalized { text, alignment }
    }

    /// The naive oracle for the fast path: every character goes through the slow path.
    #[cfg(test)]
    fn normalize_slowly<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut w = Writer::new(text).tracking_letters();
        let mut scratch = Scratch::default();
        let mut pos = 0;
        while pos < text.len() {
            pos = self.normalize_cluster_at(text, pos, &mut w, &mut scratch);
        }
        let (text, alignment) = w.finish();
        Normalized { text, alignment }
    }
}

#[cfg(test)]
mod tests;

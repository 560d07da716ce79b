//! The builder of a [`Normalizer`]: one method per rule.

use super::{Digits, Normalizer, UnicodeForm};

/// Builds a [`Normalizer`]; every method sets one rule and says what it does.
#[derive(Clone, Debug)]
pub struct NormalizerBuilder {
    normalizer: Normalizer,
}

impl Default for NormalizerBuilder {
    fn default() -> NormalizerBuilder {
        NormalizerBuilder {
            normalizer: Normalizer::default_options(),
        }
    }
}

impl NormalizerBuilder {
    /// The Unicode form to apply (default [`UnicodeForm::Nfc`]). Only stretches that are
    /// not already in that form are touched.
    #[must_use]
    pub fn unicode_form(mut self, form: UnicodeForm) -> Self {
        self.normalizer.form = form;
        self
    }

    /// Replace Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE: the contextual glyph
    /// forms that PDF extraction and old fonts leave, such as `ﻻ` or `ﮐ`) by the base letters
    /// they show. Default on.
    #[must_use]
    pub fn presentation_forms(mut self, on: bool) -> Self {
        self.normalizer.presentation_forms = on;
        self
    }

    /// Fold Arabic letters that Urdu writes with its own letters: `ي ى` → `ی`, `ك` → `ک`,
    /// `ه` → `ہ`, `ۀ` → `ۂ`, `ة` → `ۃ`. Default on. Urdu-specific letters (`ھ`, `ئ`, `آ`,
    /// `ں`, `ے`) are never folded onto Arabic or Persian ones.
    #[must_use]
    pub fn urdu_letters(mut self, on: bool) -> Self {
        self.normalizer.urdu_letters = on;
        self
    }

    /// Compose a letter and a following hamza above (or alef and madda) into the
    /// precomposed Urdu letter: `ی`+`ٔ` → `ئ`, `ے`+`ٔ` → `ۓ`, `ہ`+`ٔ` → `ۂ`, `و`+`ٔ` → `ؤ`,
    /// `ا`+`ٓ` → `آ`, including the ones NFC does not make. Default on.
    #[must_use]
    pub fn compose_hamza(mut self, on: bool) -> Self {
        self.normalizer.compose_hamza = on;
        self
    }

    /// Expand the Arabic ligatures of whole words (U+FDF0–U+FDFD: `ﷺ`, `ﷲ`, `﷽`, the rial
    /// sign `﷼`) into the words they stand for, as the compatibility decomposition spells
    /// them. Default off: news text writes `ﷺ` after the Prophet's name as one sign, and
    /// expanding it puts four words into a sentence. Only applies with
    /// [`presentation_forms`](Self::presentation_forms) on (NFKC expands them anyway).
    #[must_use]
    pub fn expand_word_ligatures(mut self, on: bool) -> Self {
        self.normalizer.word_ligatures = on;
        self
    }

    /// Remove tatweel (kashida, U+0640), which only stretches a letter for display.
    /// Default on.
    #[must_use]
    pub fn remove_tatweel(mut self, on: bool) -> Self {
        self.normalizer.remove_tatweel = on;
        self
    }

    /// Remove invisible controls that carry no letter: bidi marks, embeddings, overrides and
    /// isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), the byte order mark,
    /// the word joiner and the soft hyphen. Zero-width non-joiner and joiner are kept: they
    /// shape Urdu words. Default on.
    #[must_use]
    pub fn remove_controls(mut self, on: bool) -> Self {
        self.normalizer.remove_controls = on;
        self
    }

    /// Replace no-break and typographic spaces (U+00A0, U+2000–U+200A, U+202F, …) by a
    /// plain space. Default on.
    #[must_use]
    pub fn unify_spaces(mut self, on: bool) -> Self {
        self.normalizer.unify_spaces = on;
        self
    }

    /// Replace the zero-width non-joiner and joiner (U+200C, U+200D) by a space, so that
    /// the parts of a word they separate (`اسلام‌آباد`) become words. Default off: Urdu
    /// writes them inside words on purpose; a search index that wants `اسلام‌آباد` and
    /// `اسلام آباد` to meet turns it on.
    #[must_use]
    pub fn zero_width_as_space(mut self, on: bool) -> Self {
        self.normalizer.zero_width_as_space = on;
        self
    }

    /// Remove diacritics: harakat, tanwin, shadda, sukun and the other marks
    /// U+064B–U+065F, superscript alef U+0670 and Quranic signs. Default off: `تقریباً` and
    /// `دعویٰ` are spelled with them.
    #[must_use]
    pub fn remove_diacritics(mut self, on: bool) -> Self {
        self.normalizer.remove_diacritics = on;
        self
    }

    /// What to do with digits (default [`Digits::Keep`]).
    #[must_use]
    pub fn digits(mut self, digits: Digits) -> Self {
        self.normalizer.digits = digits;
        self
    }

    /// Fix the spacing around Urdu punctuation: remove spaces before `۔ ، ؛ ؟ !` (unless they
    /// start a line) and insert one after them when a letter follows directly. Default off:
    /// it rewrites abbreviations such as `ایم۔کیو۔ایم`.
    #[must_use]
    pub fn punctuation_spacing(mut self, on: bool) -> Self {
        self.normalizer.punctuation_spacing = on;
        self
    }

    /// The configured normalizer.
    ///
    /// # Errors
    /// None today: every combination of options is valid. The `Result` keeps the builders of
    /// the crate alike, and room for options that can be refused.
    pub fn build(self) -> Result<Normalizer, crate::Error> {
        Ok(Normalizer::with_options(self.normalizer))
    }
}

//! What the normalizer can be asked to do: the Unicode form and the digits it writes, the
//! default options, and the equality of normalizers by their options.

use super::table::CleanTable;
use super::Normalizer;

/// Which Unicode normalization form the normalizer applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum UnicodeForm {
    /// Leave the Unicode form as it is (the Urdu-specific folds still apply).
    None,
    /// Canonical composition (NFC): the default, and what Urdu text on the web is meant to be.
    #[default]
    Nfc,
    /// Compatibility composition (NFKC): also folds full-width forms, ligatures such as `ﬁ`,
    /// superscripts and the like. Loses distinctions some texts mean to keep. The spacing
    /// forms of harakat (`ﹾ`) become the bare mark on the letter before, as with
    /// [`NormalizerBuilder::presentation_forms`](crate::NormalizerBuilder::presentation_forms).
    Nfkc,
}

/// What the normalizer does with decimal digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Digits {
    /// Keep every digit as written (the default: Urdu text uses both `2022` and `۲۰۲۲`).
    #[default]
    Keep,
    /// Convert Urdu `۰–۹` and Arabic-Indic `٠–٩` digits to ASCII `0–9`.
    Ascii,
    /// Convert ASCII and Arabic-Indic digits to Urdu (Extended Arabic-Indic) `۰–۹`.
    Urdu,
}

impl Normalizer {
    /// The options, which say everything about a normalizer (the table follows from them).
    #[allow(clippy::type_complexity)]
    pub(super) fn options(&self) -> (UnicodeForm, [bool; 10], Digits) {
        (
            self.form,
            [
                self.presentation_forms,
                self.word_ligatures,
                self.urdu_letters,
                self.compose_hamza,
                self.remove_tatweel,
                self.remove_controls,
                self.unify_spaces,
                self.zero_width_as_space,
                self.remove_diacritics,
                self.punctuation_spacing,
            ],
            self.digits,
        )
    }
}

impl PartialEq for Normalizer {
    /// Normalizers with the same options are equal.
    fn eq(&self, other: &Normalizer) -> bool {
        self.options() == other.options()
    }
}

impl Eq for Normalizer {}

impl std::hash::Hash for Normalizer {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.options().hash(state);
    }
}

/// The default normalizer, with its table computed once.
static DEFAULT: once_cell::sync::Lazy<Normalizer> =
    once_cell::sync::Lazy::new(|| Normalizer::with_options(Normalizer::default_options()));

impl Default for Normalizer {
    fn default() -> Normalizer {
        DEFAULT.clone()
    }
}

impl Normalizer {
    /// The default options, with an empty table (see [`with_table`](Self::with_table)).
    pub(super) fn default_options() -> Normalizer {
        Normalizer {
            form: UnicodeForm::Nfc,
            presentation_forms: true,
            word_ligatures: false,
            urdu_letters: true,
            compose_hamza: true,
            remove_tatweel: true,
            remove_controls: true,
            unify_spaces: true,
            zero_width_as_space: false,
            remove_diacritics: false,
            digits: Digits::Keep,
            punctuation_spacing: false,
            clean: std::sync::Arc::new(CleanTable::empty()),
        }
    }

    /// A normalizer with these options and its table: the default's table when the options
    /// are the default ones.
    pub(super) fn with_options(options: Normalizer) -> Normalizer {
        match once_cell::sync::Lazy::get(&DEFAULT) {
            Some(default) if *default == options => default.clone(),
            _ => options.with_table(),
        }
    }
}

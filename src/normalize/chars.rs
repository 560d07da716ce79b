//! The rules for one character: whether it is clean, deleted, joins the character before
//! it, or is in the configured Unicode form, and what the letter folds make of it.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized};

use super::spacing::is_spaced_after;
use super::{fold, Digits, Normalizer, UnicodeForm};
use crate::script;

/// Whether `c` combines with the character before it (canonical combining class not 0).
/// The Arabic block, where Urdu text spends its time, is answered by a range table.
pub(super) fn is_combining(c: char) -> bool {
    if c < '\u{0300}' {
        false
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        script::is_arabic_mark(c)
    } else {
        canonical_combining_class(c) != 0
    }
}

/// Whether `c`, though not a combining mark, must be normalized together with the
/// character before it: its decomposition (its compatibility decomposition, if
/// `compatibility`) begins with a character that may compose with the one before it (NFC
/// quick check "maybe": Hangul vowels and final consonants, the length marks of Indic
/// scripts; under NFKC, `ㄻ` is a final consonant), or with a combining mark that canonical
/// ordering may move before the marks of the character before it (Tibetan U+0F73 is U+0F71
/// U+0F72; under NFKC, halfwidth `ﾞ` is U+3099). No Arabic-block character does either.
fn leans_back(c: char, compatibility: bool) -> bool {
    if c < '\u{0300}' || ('\u{0600}'..='\u{06FF}').contains(&c) || is_combining(c) {
        return false;
    }
    let mut first = None;
    let mut take_first = |d: char| {
        first.get_or_insert(d);
    };
    if compatibility {
        unicode_normalization::char::decompose_compatible(c, &mut take_first);
    } else {
        unicode_normalization::char::decompose_canonical(c, &mut take_first);
    }
    first.is_some_and(|f| {
        is_combining(f) || is_nfc_quick(core::iter::once(f)) == IsNormalized::Maybe
    })
}

impl Normalizer {
    /// Whether presentation forms become the letters and marks they show (by their own
    /// option, or by NFKC).
    pub(super) fn expands_presentation_forms(&self) -> bool {
        self.presentation_forms || self.form == UnicodeForm::Nfkc
    }

    /// Whether `c` joins the cluster of the character before it.
    pub(super) fn attaches(&self, c: char) -> bool {
        is_combining(c)
            || self.removes(c)
            || (self.expands_presentation_forms() && fold::is_spacing_haraka(c))
            || (self.form != UnicodeForm::None && leans_back(c, self.form == UnicodeForm::Nfkc))
    }

    /// Whether `c` is a presentation form that this normalizer expands.
    pub(super) fn expands(&self, c: char) -> bool {
        self.presentation_forms
            && fold::is_presentation_form(c)
            && (self.word_ligatures || !fold::is_word_ligature(c))
    }

    /// Whether `c`, standing alone (no combining mark after it), stays as it is.
    pub(super) fn is_clean(&self, c: char) -> bool {
        if c.is_ascii() {
            let spacing = self.punctuation_spacing && matches!(c, ' ' | '\t' | '!');
            return !(spacing || (self.digits == Digits::Urdu && c.is_ascii_digit()));
        }
        let changes = if ('\u{0600}'..='\u{06FF}').contains(&c) {
            (self.punctuation_spacing && is_spaced_after(c))
                || (self.urdu_letters && fold::urdu_letter(c).is_some())
                || self.vanishes(c)
                || fold::digit(c, self.digits).is_some()
                // The high-hamza letters ٵ ٶ ٷ ٸ have compatibility decompositions.
                || (self.form == UnicodeForm::Nfkc && ('\u{0675}'..='\u{0678}').contains(&c))
        } else {
            self.expands(c)
                || (self.punctuation_spacing && script::is_odd_space(c))
                || self.removes(c)
                || (self.unify_spaces && script::is_odd_space(c))
                || (self.zero_width_as_space && script::is_zero_width_joiner(c))
                || !self.is_in_form(c)
        };
        !changes
    }

    /// Whether `c` alone is certainly in the configured Unicode form.
    pub(super) fn is_in_form(&self, c: char) -> bool {
        if c.is_ascii() {
            return true;
        }
        let once = core::iter::once(c);
        match self.form {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => is_nfc_quick(once) == IsNormalized::Yes,
            UnicodeForm::Nfkc => is_nfkc_quick(once) == IsNormalized::Yes,
        }
    }

    /// Whether this normalizer deletes `c` wherever it stands.
    pub(super) fn removes(&self, c: char) -> bool {
        (self.remove_tatweel && c == '\u{0640}')
            || (self.remove_controls && script::is_removable_control(c))
    }

    /// Whether this normalizer deletes `c` where it stands: [`removes`](Self::removes) it,
    /// or it is a diacritic (or the spacing form of one, `ﹾ`) and diacritics are removed.
    pub(super) fn vanishes(&self, c: char) -> bool {
        self.removes(c)
            || (self.remove_diacritics
                && (script::is_diacritic(c)
                    || (self.expands_presentation_forms() && fold::is_spacing_haraka(c))))
    }

    /// The letter that `base` and the mark after it make, when hamza is composed.
    pub(super) fn compose(&self, base: char, mark: char) -> Option<char> {
        if self.compose_hamza {
            fold::compose_hamza(base, mark)
        } else {
            None
        }
    }

    /// The character-level fold of one character: Urdu letters, digits, spaces.
    pub(super) fn fold_char(&self, c: char) -> char {
        if self.urdu_letters {
            if let Some(folded) = fold::urdu_letter(c) {
                return folded;
            }
        }
        if let Some(folded) = fold::digit(c, self.digits) {
            return folded;
        }
        if (self.unify_spaces && script::is_odd_space(c))
            || (self.zero_width_as_space && script::is_zero_width_joiner(c))
        {
            return ' ';
        }
        c
    }
}

#[cfg(test)]
mod combining_tests {
    /// The Arabic block's range table agrees with the Unicode data.
    #[test]
    fn arabic_marks_are_exactly_the_combining_characters() {
        for c in '\u{0600}'..='\u{06FF}' {
            let ccc = unicode_normalization::char::canonical_combining_class(c);
            assert_eq!(super::is_combining(c), ccc != 0, "{c:?}");
        }
    }
}

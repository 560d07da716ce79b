//! Character folds: small documented tables, one per concern. Each returns `None` when the
//! character stays as it is.

use crate::normalize::Digits;

/// Arabic letters that Urdu writes with a letter of its own, folded to the Urdu letter.
///
/// - `ي` U+064A Arabic yeh and `ى` U+0649 alef maksura → `ی` U+06CC Farsi yeh, Urdu's
///   choti yeh (text typed on Arabic keyboards, and `دعوىٰ` for `دعویٰ`).
/// - `ك` U+0643 Arabic kaf → `ک` U+06A9 keheh, Urdu's kaf.
/// - `ه` U+0647 Arabic heh → `ہ` U+06C1 heh goal, Urdu's choti heh. Urdu's do-chashmi heh
///   `ھ` U+06BE is a different letter and is left alone.
/// - `ۀ` U+06C0 heh with yeh above (Persian) → `ۂ` U+06C2 heh goal with hamza, Urdu's izafat
///   form.
/// - `ة` U+0629 teh marbuta → `ۃ` U+06C3 teh marbuta goal, as Urdu writes `زکوٰۃ`.
#[must_use]
pub(crate) fn urdu_letter(c: char) -> Option<char> {
    Some(match c {
        '\u{064A}' | '\u{0649}' => 'ی',
        '\u{0643}' => 'ک',
        '\u{0647}' => 'ہ',
        '\u{06C0}' => 'ۂ',
        '\u{0629}' => 'ۃ',
        _ => return None,
    })
}

/// Hamza compositions that Urdu uses and that NFC does not make (or that a text without
/// NFC needs): a letter followed by the combining hamza above U+0654 becomes the
/// precomposed letter.
///
/// - `ی` + `ٔ` → `ئ` U+0626 (NFC composes only Arabic yeh U+064A + hamza);
/// - `ے` + `ٔ` → `ۓ` U+06D3;
/// - `ہ` + `ٔ` → `ۂ` U+06C2;
/// - `و` + `ٔ` → `ؤ` U+0624;
/// - `ا` + `ٓ` (madda above U+0653) → `آ` U+0622.
#[must_use]
pub(crate) fn compose_hamza(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('ی' | '\u{064A}', '\u{0654}') => 'ئ',
        ('ے', '\u{0654}') => 'ۓ',
        ('ہ', '\u{0654}') => 'ۂ',
        ('و', '\u{0654}') => 'ؤ',
        ('ا', '\u{0653}') => 'آ',
        _ => return None,
    })
}

/// Decimal digits converted to the requested script: ASCII `0–9`, Arabic-Indic `٠–٩`
/// (U+0660–U+0669, used in Arabic text) and Urdu `۰–۹` (U+06F0–U+06F9).
#[must_use]
pub(crate) fn digit(c: char, to: Digits) -> Option<char> {
    let value = crate::script::digit_value(c)?;
    let base = match to {
        Digits::Keep => return None,
        Digits::Ascii => '0' as u32,
        Digits::Urdu => 0x06F0,
    };
    let folded = char::from_u32(base + value)?;
    (folded != c).then_some(folded)
}

/// Whether `c` is in an Arabic presentation-form block (U+FB50–U+FDFF, U+FE70–U+FEFF):
/// contextual glyph forms and ligatures that old fonts and PDF extraction leave in text.
/// Their compatibility decomposition gives the base letters.
#[must_use]
pub(crate) fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Whether `c` is an Arabic ligature of a whole word or phrase (U+FDF0–U+FDFD: `ﷲ`, `ﷺ`,
/// `﷽`, and the rial sign `﷼`), which text uses as one sign.
#[must_use]
pub(crate) fn is_word_ligature(c: char) -> bool {
    matches!(c, '\u{FDF0}'..='\u{FDFD}')
}

/// Whether `c` is a presentation form of a haraka (the spacing and medial forms in
/// U+FE70–U+FE7F, less the tail fragment U+FE73 and the unassigned U+FE75; the shadda
/// ligatures U+FC5E–U+FC63 and U+FCF2–U+FCF4): it becomes the combining marks (all
/// diacritics) on the letter before it.
#[must_use]
pub(crate) fn is_spacing_haraka(c: char) -> bool {
    matches!(c,
        '\u{FE70}'..='\u{FE72}' | '\u{FE74}' | '\u{FE76}'..='\u{FE7F}'
        | '\u{FC5E}'..='\u{FC63}' | '\u{FCF2}'..='\u{FCF4}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_harakat_expand_to_diacritics_only() {
        use unicode_normalization::UnicodeNormalization;
        for c in ('\u{FB50}'..='\u{FDFF}').chain('\u{FE70}'..='\u{FEFF}') {
            let marks: Vec<char> = core::iter::once(c)
                .nfkc()
                .filter(|&d| d != ' ' && d != '\u{0640}')
                .collect();
            let only_diacritics =
                !marks.is_empty() && marks.iter().all(|&d| crate::script::is_diacritic(d));
            assert_eq!(is_spacing_haraka(c), only_diacritics, "{c:?}");
        }
    }

    #[test]
    fn folds() {
        assert_eq!(urdu_letter('ي'), Some('ی'));
        assert_eq!(urdu_letter('ك'), Some('ک'));
        assert_eq!(urdu_letter('ھ'), None);
        assert_eq!(compose_hamza('ی', '\u{0654}'), Some('ئ'));
        assert_eq!(digit('٣', Digits::Urdu), Some('۳'));
        assert_eq!(digit('۳', Digits::Ascii), Some('3'));
        assert_eq!(digit('۳', Digits::Urdu), None);
        assert!(is_presentation_form('ﻻ'));
    }
}

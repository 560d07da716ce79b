//! Every fact about characters in one place: letters, marks, digits, punctuation, quote
//! marks, spaces and invisible controls, as the rest of the crate needs them.
//!
//! These are small `match` tables on code points; nothing here allocates.

/// Whether `c` is a letter of the Arabic script (Arabic, Arabic Supplement, Arabic
/// Extended-A, and the presentation-form blocks).
#[must_use]
pub(crate) const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06E5}'..='\u{06E6}' | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// The offset in the Arabic block U+0600–U+06FF of the character whose UTF-8 encoding starts
/// with the bytes `b0 b1`, if it lies in that block (a lead byte `D8`–`DB` and a
/// continuation byte): how the byte-level fast paths read Urdu letters without decoding.
#[inline]
pub(crate) fn arabic_block_offset(b0: u8, b1: u8) -> Option<usize> {
    (b0 & 0xFC == 0xD8 && b1 & 0xC0 == 0x80)
        .then(|| (usize::from(b0 & 0x03) << 6) | usize::from(b1 & 0x3F))
}

/// Whether `c` is a character of the Arabic block that a match key (`extract::keys`) drops or
/// replaces, as the keys' byte test reads them: the marks U+064B–U+065F, U+0670 and
/// U+06D6–U+06ED, `ۂ`, `ۓ` and `ئ`. A word of the Arabic block without one, and with no `ے`
/// before more of the word ([`changes_key_inside`]), is its own key (the zero-width non-joiner
/// and joiner, which a key reads as a space, lie outside the block).
#[must_use]
pub(crate) const fn changes_key(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | 'ۂ' | 'ۓ' | 'ئ')
}

/// Whether a match key replaces `c` when another character of its word follows it: `ے`,
/// which Urdu writes only at a word's end, so that one inside a word is a typist's `ی`
/// (`شرےف`, `وزےر`, `انہےں`).
#[must_use]
pub(crate) const fn changes_key_inside(c: char) -> bool {
    c == 'ے'
}

/// Whether `c` is a combining mark of the Arabic script: the harakat and tanwin
/// (U+064B–U+065F), superscript alef (U+0670), the Quranic annotation signs, and the
/// honorific signs above letters (U+0610–U+061A).
#[must_use]
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08CA}'..='\u{08FF}')
}

/// Whether `c` is a diacritic that the "remove diacritics" option removes: the harakat,
/// tanwin, shadda, sukun and the other marks U+064B–U+065F, superscript alef U+0670, and the
/// Quranic annotation signs. Hamza above and madda are only removed when they are left over
/// after composition (a hamza on a letter that has no precomposed form).
#[must_use]
pub(crate) fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// The letters after which Urdu writing leaves a visible gap even without a space, because
/// they do not join to the following letter (alef, dal, ddal, thal, reh, rreh, zain, jeh,
/// waw, bari yeh and their hamza and madda forms, hamza, teh marbuta), and noon ghunna `ں`,
/// which Urdu writes only at the end of a word, so that a letter after it always begins
/// another. Writers often omit the space after them, which the join repair undoes.
#[must_use]
pub(crate) fn is_non_joining(c: char) -> bool {
    matches!(
        c,
        'ا' | 'آ'
            | 'أ'
            | 'إ'
            | 'ٱ'
            | 'د'
            | 'ڈ'
            | 'ذ'
            | 'ر'
            | 'ڑ'
            | 'ز'
            | 'ژ'
            | 'و'
            | 'ؤ'
            | 'ے'
            | 'ۓ'
            | 'ۂ'
            | 'ۃ'
            | 'ء'
            | 'ة'
            | 'ۀ'
            | 'ە'
            | 'ں'
    )
}

/// The value of a decimal digit in ASCII, Arabic-Indic (U+0660–U+0669) or Extended
/// Arabic-Indic (Urdu, U+06F0–U+06F9) form.
#[must_use]
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Whether `c` is a decimal digit in any of the scripts [`digit_value`] knows.
#[must_use]
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Separators that may stand between two digits of one number: thousands and decimal
/// separators in ASCII and Arabic form, the time colon and the date slash.
#[must_use]
pub(crate) fn is_number_separator(c: char) -> bool {
    matches!(c, ',' | '.' | '\u{066B}' | '\u{066C}' | ':' | '/')
}

/// Whether `c` is a quotation mark. Urdu typography opens with U+2019 `’` and closes with
/// U+2018 `‘` (the reverse of English); `“ ” « » ‹ › „ ‚` and the ASCII `"` and `'` are
/// used too.
#[must_use]
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(c,
        '"' | '\'' | '\u{2018}'..='\u{201F}' | '«' | '»' | '\u{2039}' | '\u{203A}'
        | '\u{FF02}' | '\u{300C}'..='\u{300F}')
}

/// Whether `c` ends a sentence: the Urdu full stop `۔`, the Arabic question mark `؟`, and
/// `!` and `?` with their combinations (`‼`, `⁇`, `⁈`, `⁉`).
#[must_use]
pub(crate) fn is_sentence_terminator(c: char) -> bool {
    matches!(
        c,
        '۔' | '؟' | '!' | '?' | '\u{203C}' | '\u{2047}'..='\u{2049}'
    )
}

/// Whether `c` closes a bracket (and so stays with the sentence it follows).
#[must_use]
pub(crate) fn is_closing_bracket(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '\u{FD3E}' | '\u{FF09}')
}

/// Whether `c` is punctuation (as opposed to a symbol such as `$`, `+` or `©`). Quote marks
/// are punctuation too but get a kind of their own; see [`is_quote_mark`].
#[must_use]
pub(crate) fn is_punctuation(c: char) -> bool {
    matches!(c,
        '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':' | ';'
        | '?' | '@' | '[' | '\\' | ']' | '_' | '{' | '}'
        | '¡' | '§' | '¶' | '·' | '¿'
        | '\u{060C}'..='\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}' | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}' | '\u{FD3E}' | '\u{FD3F}' | '\u{FF01}'..='\u{FF0F}')
}

/// Whether `c` is a space other than the ASCII space that normalization turns into one:
/// no-break space, the typographic spaces U+2000–U+200A, narrow no-break space, medium
/// mathematical space, ideographic space and the Ogham space mark.
#[must_use]
pub(crate) fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether `c` is an invisible control that normalization removes: the bidi controls
/// (LRM, RLM, ALM, the embeddings and overrides U+202A–U+202E, the isolates
/// U+2066–U+2069), the byte order mark, the word joiner and the soft hyphen.
/// Zero-width non-joiner and joiner are *not* among them: they carry meaning in Urdu.
#[must_use]
pub(crate) fn is_removable_control(c: char) -> bool {
    matches!(c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' | '\u{2060}' | '\u{00AD}')
}

/// Zero-width non-joiner (U+200C) and joiner (U+200D): they stay inside a word.
#[must_use]
pub(crate) fn is_zero_width_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether `c` separates tokens: Unicode white space and the zero-width space.
#[must_use]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}'
}

/// Whether `c` breaks a line: a line break between two tokens ends a sentence.
#[must_use]
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}' | '\u{000B}' | '\u{000C}'
    )
}

/// Whether `c` starts an emoji: pictographs, dingbats, symbols and regional indicators.
#[must_use]
pub(crate) fn is_emoji_start(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{27BF}' | '\u{2B05}'..='\u{2B55}'
        | '\u{231A}'..='\u{231B}' | '\u{23E9}'..='\u{23FA}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_real_urdu_characters() {
        assert!("روسکےصدر".chars().all(is_arabic_letter));
        assert!(is_arabic_mark('ً') && is_arabic_mark('ٔ') && is_arabic_mark('ٰ'));
        assert!(is_non_joining('ا') && is_non_joining('ے') && !is_non_joining('ک'));
        assert_eq!(digit_value('۲'), Some(2));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('7'), Some(7));
        assert!(is_quote_mark('’') && is_quote_mark('‘') && is_quote_mark('«'));
        assert!(is_sentence_terminator('۔') && is_sentence_terminator('؟'));
        assert!(is_punctuation('،') && is_punctuation('۔') && !is_punctuation('$'));
        assert!(is_removable_control('\u{200F}') && !is_removable_control('\u{200C}'));
        assert!(is_odd_space('\u{00A0}') && !is_odd_space(' '));
        assert!(is_emoji_start('😀') && !is_emoji_start('!'));
    }
}

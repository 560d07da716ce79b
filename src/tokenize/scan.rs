//! The word scanner: finds token boundaries and kinds in (normalized) text.

use unicode_segmentation::UnicodeSegmentation;

use crate::script::{
    is_arabic_letter, is_arabic_mark, is_digit, is_emoji_start, is_number_separator,
    is_punctuation, is_quote_mark, is_space, is_zero_width_joiner,
};
use crate::tokenize::TokenKind;

/// Calls `emit(start, end, kind)` for every token of `text`, in order. Everything between
/// tokens is white space (or a stray zero-width joiner).
pub(crate) fn scan(text: &str, mut emit: impl FnMut(usize, usize, TokenKind)) {
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        if rest
            .as_bytes()
            .first()
            .is_some_and(|&b| b == b' ' || b == b'\n')
        {
            i += 1;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if is_space(c) || is_zero_width_joiner(c) {
            i += c.len_utf8();
            continue;
        }
        let (len, kind) = token_at(rest, c);
        // `len` is at least the length of `c`, so the scan always advances.
        let len = len.max(c.len_utf8());
        emit(i, i + len, kind);
        i += len;
    }
}

/// The length and kind of the token that starts `rest` with the character `c`.
fn token_at(rest: &str, c: char) -> (usize, TokenKind) {
    if is_arabic_letter(c) || is_arabic_mark(c) {
        return (arabic_word_len(rest), TokenKind::Word);
    }
    if let Some(n) = url_len(rest, c) {
        return (n, TokenKind::Url);
    }
    if let Some(n) = email_len(rest, c) {
        return (n, TokenKind::Email);
    }
    if is_digit(c) {
        let n = number_len(rest);
        // Digits glued to Latin letters form one Latin token: `2G`, `4th`, `B350`.
        let latin_follows = rest
            .get(n..)
            .and_then(|r| r.chars().next())
            .is_some_and(|n| n.is_ascii_alphabetic());
        if c.is_ascii_digit() && latin_follows {
            return (latin_len(rest), TokenKind::Latin);
        }
        return (n, TokenKind::Number);
    }
    if c == '#' {
        if let Some(n) = tag_len(rest, |c| is_word_char(c) || c == '_') {
            return (n, TokenKind::Hashtag);
        }
    }
    if c == '@' {
        if let Some(n) = tag_len(rest, |c| c.is_ascii_alphanumeric() || c == '_') {
            return (n, TokenKind::Mention);
        }
    }
    if is_quote_mark(c) {
        return (same_char_run(rest, c), TokenKind::Quote);
    }
    if is_punctuation(c) {
        return (same_char_run(rest, c), TokenKind::Punctuation);
    }
    // After the marks (no mark is alphabetic: a test checks), so that Urdu punctuation does
    // not pay for the Unicode table lookup.
    if c.is_alphabetic() {
        return (latin_len(rest), TokenKind::Latin);
    }
    let grapheme = rest.graphemes(true).next().map_or(c.len_utf8(), str::len);
    let kind = if is_emoji_start(c) {
        TokenKind::Emoji
    } else {
        TokenKind::Symbol
    };
    (grapheme, kind)
}

/// For each character of the Arabic block U+0600–U+06FF: whether it continues an Arabic
/// word (a letter or a combining mark).
// Indexing in a constant is checked when the crate compiles: it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const ARABIC_WORD_CHARS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = is_arabic_letter(c) || is_arabic_mark(c);
        }
        i += 1;
    }
    table
};

/// The length of the Arabic word at the start of `rest`, as [`run_len`] with
/// [`is_arabic_letter`] finds it. Letters and marks of the Arabic block (two bytes each,
/// most of any Urdu text) are read by table a byte pair at a time; a word that goes on with
/// another character (a zero-width non-joiner, a letter of Arabic Supplement) is read again
/// character by character.
fn arabic_word_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut n = 0;
    while let (Some(&b0), Some(&b1)) = (bytes.get(n), bytes.get(n + 1)) {
        // `script::arabic_block_offset` without its test of the continuation byte, which
        // valid UTF-8 makes needless: this is the scanner's hottest loop, and the test costs
        // 3 % of tokenizing.
        let index = (usize::from(b0 & 0x03) << 6) | usize::from(b1 & 0x3F);
        if b0 & 0xFC != 0xD8 || !ARABIC_WORD_CHARS.get(index).copied().unwrap_or(false) {
            break;
        }
        n += 2;
    }
    match bytes.get(n) {
        // The end, ASCII, or an Arabic-block character that is no letter (`۔`, `،`).
        None | Some(0..=0x7F) => n,
        Some(&b) if b & 0xFC == 0xD8 => n,
        Some(_) => run_len(rest, is_arabic_letter),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_arabic_letter(c) || is_arabic_mark(c) || is_digit(c)
}

/// The length of the run at the start of `rest` of characters `c` for which
/// `inside(c, next, started)` holds, `next` being the character after `c` and `started`
/// whether the run has begun.
fn run(rest: &str, inside: impl Fn(char, Option<char>, bool) -> bool) -> usize {
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if !inside(c, next, end > 0) {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// Letters accepted by `is_letter`, with their combining marks (even one that opens the
/// run: a stray mark after a space), and zero-width (non-)joiners that stand between two
/// letters: `ZWNJ`-joined Urdu words stay one token.
fn run_len(rest: &str, is_letter: fn(char) -> bool) -> usize {
    run(rest, |c, next, started| {
        is_letter(c)
            || is_mark(c)
            || (started && is_zero_width_joiner(c) && next.is_some_and(is_letter))
    })
}

fn is_mark(c: char) -> bool {
    is_arabic_mark(c)
        || (c >= '\u{0300}' && unicode_normalization::char::canonical_combining_class(c) != 0)
}

/// A word in a script other than Arabic (Latin, mostly): letters and ASCII digits, with `'`,
/// `-` or `.` standing between two of them (`don't`, `B350-B-3`, `P.D`).
fn latin_len(rest: &str) -> usize {
    let is_latin = |c: char| c.is_alphanumeric() && !is_arabic_letter(c) && !is_digit_non_ascii(c);
    run(rest, |c, next, started| {
        is_latin(c)
            || (started && is_mark(c))
            || (started && matches!(c, '\'' | '-' | '.') && next.is_some_and(is_latin))
    })
}

fn is_digit_non_ascii(c: char) -> bool {
    is_digit(c) && !c.is_ascii_digit()
}

/// Digits, with single separators between digits kept inside (`1,000`, `3.5`, `۲۰۲۲`,
/// `10:30`, `12/01/2022`).
fn number_len(rest: &str) -> usize {
    run(rest, |c, next, started| {
        is_digit(c) || (started && is_number_separator(c) && next.is_some_and(is_digit))
    })
}

/// `#` or `@` followed by at least one character accepted by `ok`.
fn tag_len(rest: &str, ok: impl Fn(char) -> bool) -> Option<usize> {
    let body = rest.get(1..)?;
    let n = body.find(|c: char| !ok(c)).unwrap_or(body.len());
    (n > 0).then_some(1 + n)
}

fn same_char_run(rest: &str, c: char) -> usize {
    rest.find(|d: char| d != c).unwrap_or(rest.len())
}

/// A URL starting with `http://`, `https://` or `www.`: everything up to white space, less
/// trailing punctuation that ends the surrounding sentence.
fn url_len(rest: &str, c: char) -> Option<usize> {
    if !matches!(c, 'h' | 'H' | 'w' | 'W') {
        return None;
    }
    let head = rest.get(..8).or_else(|| rest.get(..rest.len()))?;
    let lower = head.to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
    {
        return None;
    }
    let n = rest
        .find(|c: char| is_space(c) || !(c.is_ascii_graphic() || c.is_alphanumeric()) || c == '"')
        .unwrap_or(rest.len());
    let url = rest.get(..n)?;
    let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', ']']);
    (trimmed.len() > 4).then_some(trimmed.len())
}

/// An e-mail address: `local@domain.tld` in ASCII.
fn email_len(rest: &str, c: char) -> Option<usize> {
    if !c.is_ascii_alphanumeric() {
        return None;
    }
    let local = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')))
        .unwrap_or(rest.len());
    let after = rest.get(local..)?;
    let domain_part = after.strip_prefix('@')?;
    let domain = domain_part
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
        .unwrap_or(domain_part.len());
    let domain = domain_part.get(..domain)?.trim_end_matches(['.', '-']);
    let dot = domain.find('.')?;
    (dot > 0 && dot + 1 < domain.len()).then_some(local + 1 + domain.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        scan(text, |s, e, k| out.push((&text[s..e], k)));
        out
    }

    #[test]
    fn urdu_and_mixed_text() {
        use TokenKind::*;
        assert_eq!(
            kinds("دستے’جلد‘ 1,000 روپے، 3.5 فیصد ۲۰۲۲ BBC Urdu!"),
            vec![
                ("دستے", Word),
                ("’", Quote),
                ("جلد", Word),
                ("‘", Quote),
                ("1,000", Number),
                ("روپے", Word),
                ("،", Punctuation),
                ("3.5", Number),
                ("فیصد", Word),
                ("۲۰۲۲", Number),
                ("BBC", Latin),
                ("Urdu", Latin),
                ("!", Punctuation),
            ]
        );
    }

    #[test]
    fn web_tokens() {
        use TokenKind::*;
        assert_eq!(
            kinds("دیکھیں https://www.bbc.com/urdu. رابطہ: news@bbc.co.uk #پاکستان @BBCUrdu 😀"),
            vec![
                ("دیکھیں", Word),
                ("https://www.bbc.com/urdu", Url),
                (".", Punctuation),
                ("رابطہ", Word),
                (":", Punctuation),
                ("news@bbc.co.uk", Email),
                ("#پاکستان", Hashtag),
                ("@BBCUrdu", Mention),
                ("😀", Emoji),
            ]
        );
    }

    #[test]
    fn no_punctuation_or_quote_mark_is_alphabetic() {
        let marks = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_punctuation(c) || is_quote_mark(c));
        for c in marks {
            assert!(!c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn arabic_words_by_table_and_by_character_agree() {
        for text in [
            "پاکستان۔",
            "بے\u{200C}گھر ہیں",
            "تقریباً",
            "ݨاݨ",
            "کہا،",
            "ﻻہور",
        ] {
            assert_eq!(
                arabic_word_len(text),
                run_len(text, is_arabic_letter),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        /// The table scan of Arabic words agrees with the character scan on any text that
        /// starts with an Arabic letter.
        #[test]
        fn arabic_word_scans_agree(
            text in "[\u{0620}-\u{063F}][\u{0600}-\u{06FF}\u{0750}-\u{077F}\u{200C}\u{200D}\u{0301} a-z۔]{0,30}",
        ) {
            proptest::prop_assert_eq!(arabic_word_len(&text), run_len(&text, is_arabic_letter));
        }
    }

    #[test]
    fn zwnj_stays_inside_a_word() {
        assert_eq!(
            kinds("بے\u{200C}گھر"),
            vec![("بے\u{200C}گھر", TokenKind::Word)]
        );
    }
}

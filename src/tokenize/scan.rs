//! The word scanner: finds token boundaries and kinds in (normalized) text.

use unicode_segmentation::UnicodeSegmentation;

use crate::normalize::work::examined;
use crate::script::{
    changes_key, changes_key_inside, is_arabic_letter, is_arabic_mark, is_digit, is_emoji_start,
    is_number_separator, is_punctuation, is_quote_mark, is_space, is_zero_width_joiner,
};
use crate::tokenize::TokenKind;

/// Calls `emit(start, end, kind, plain)` for every token of `text`, in order, `plain` telling
/// that the token is an Arabic word that is its own match key (see [`arabic_word`]; false
/// where the scanner did not look). Everything between tokens is white space (or a stray
/// zero-width joiner).
pub(crate) fn scan(text: &str, mut emit: impl FnMut(usize, usize, TokenKind, bool)) {
    let mut scanner = Scanner::default();
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        if rest
            .as_bytes()
            .first()
            .is_some_and(|&b| b == b' ' || b == b'\n')
        {
            examined(1);
            i += 1;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if is_space(c) || is_zero_width_joiner(c) {
            examined(c.len_utf8());
            i += c.len_utf8();
            continue;
        }
        let (len, kind, plain) = scanner.token_at(rest, c, i);
        // `len` is at least the length of `c`, so the scan always advances.
        let len = len.max(c.len_utf8());
        emit(i, i + len, kind, plain);
        i += len;
    }
}

/// A run of the text that a reader read to its end, and what it found there. A token that
/// starts inside the run, after a shorter token took the run's start (`a` of `a+b+c@x`, `1`
/// of `1,2,3a`), takes the same answer without reading the run again: so each run is read
/// once, and the scan stays linear.
#[derive(Clone, Copy, Debug)]
struct Run<T> {
    /// Where the run starts and ends in the scanned text.
    start: usize,
    end: usize,
    /// What the reader found at the run's end.
    found: T,
}

impl<T: Copy> Run<T> {
    /// The run, if it holds position `at`.
    fn holding(run: Option<Run<T>>, at: usize) -> Option<Run<T>> {
        run.filter(|r| r.start <= at && at < r.end)
    }
}

/// The scanner's memory of the runs its readers read ahead.
#[derive(Debug, Default)]
struct Scanner {
    /// The last run of characters that may begin an e-mail address (`[A-Za-z0-9._%+-]`),
    /// and where the address ends if an `@` and a domain follow the run.
    email: Option<Run<Option<usize>>>,
    /// The last number read, and whether a Latin letter follows it.
    number: Option<Run<bool>>,
}

impl Scanner {
    /// The length and kind of the token that starts `rest`, at position `at` of the text,
    /// with the character `c`, and whether it is an Arabic word that is its own match key
    /// (see [`arabic_word`]).
    fn token_at(&mut self, rest: &str, c: char, at: usize) -> (usize, TokenKind, bool) {
        if is_arabic_letter(c) || is_arabic_mark(c) {
            let (len, plain) = arabic_word(rest);
            return (len, TokenKind::Word, plain);
        }
        let (len, kind) = self.other_token_at(rest, c, at);
        (len, kind, false)
    }

    /// [`token_at`](Self::token_at) for a token that is no Arabic word.
    fn other_token_at(&mut self, rest: &str, c: char, at: usize) -> (usize, TokenKind) {
        if let Some(n) = url_len(rest, c) {
            return (n, TokenKind::Url);
        }
        if let Some(n) = self.email_len(rest, c, at) {
            return (n, TokenKind::Email);
        }
        if is_digit(c) {
            let (n, latin_follows) = self.number_at(rest, at);
            // Digits glued to Latin letters form one Latin token: `2G`, `4th`, `B350`.
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
        // After the marks (no mark is alphabetic: a test checks), so that Urdu punctuation
        // does not pay for the Unicode table lookup.
        if c.is_alphabetic() {
            return (latin_len(rest), TokenKind::Latin);
        }
        let grapheme = rest.graphemes(true).next().map_or(c.len_utf8(), str::len);
        examined(grapheme);
        let kind = if is_emoji_start(c) {
            TokenKind::Emoji
        } else {
            TokenKind::Symbol
        };
        (grapheme, kind)
    }

    /// The length of the e-mail address (`local@domain.tld` in ASCII) that starts `rest`,
    /// at `at`, with `c`. The run of local-part characters, and the domain after it, are
    /// read for the run's first token only: later tokens in the run (after `a` in
    /// `a+b+c`) are told by [`Scanner::email`].
    fn email_len(&mut self, rest: &str, c: char, at: usize) -> Option<usize> {
        if !c.is_ascii_alphanumeric() {
            return None;
        }
        let run = Run::holding(self.email, at).unwrap_or_else(|| {
            let local = rest
                .find(|c: char| {
                    !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
                })
                .unwrap_or(rest.len());
            examined(local + 1);
            let address_end = rest
                .get(local..)
                .and_then(domain_len)
                .map(|n| at + local + n);
            let run = Run {
                start: at,
                end: at + local,
                found: address_end,
            };
            self.email = Some(run);
            run
        });
        run.found.map(|end| end - at)
    }

    /// The length of the number that starts `rest` (at `at`, with a digit), and whether an
    /// ASCII letter follows it. A number followed by a letter gives way to a shorter Latin
    /// token (`1` of `1,2,3a`); the number is read once, and the tokens after the Latin one
    /// are told by [`Scanner::number`].
    fn number_at(&mut self, rest: &str, at: usize) -> (usize, bool) {
        let run = Run::holding(self.number, at).unwrap_or_else(|| {
            let n = number_len(rest);
            let latin_follows = rest
                .get(n..)
                .and_then(|r| r.chars().next())
                .is_some_and(|n| n.is_ascii_alphabetic());
            let run = Run {
                start: at,
                end: at + n,
                found: latin_follows,
            };
            self.number = Some(run);
            run
        });
        (run.end - at, run.found)
    }
}

/// In [`ARABIC_WORD_CHARS`]: the character continues an Arabic word (a letter or a
/// combining mark)...
const WORD_CHAR: u8 = 1;
/// ...and a match key drops or replaces it ([`changes_key`]).
const KEY_CHAR: u8 = 2;
/// ...or it is `ے`, which a match key replaces when a character of its word follows it
/// ([`changes_key_inside`]).
const YEH_BARREE: u8 = 4;

/// For each character of the Arabic block U+0600–U+06FF: whether it is a [`WORD_CHAR`] and a
/// [`KEY_CHAR`].
// Indexing in a constant is checked when the crate compiles: it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
const ARABIC_WORD_CHARS: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            if is_arabic_letter(c) || is_arabic_mark(c) {
                table[i] |= WORD_CHAR;
            }
            if changes_key(c) {
                table[i] |= KEY_CHAR;
            }
            if changes_key_inside(c) {
                table[i] |= YEH_BARREE;
            }
        }
        i += 1;
    }
    table
};

/// The length of the Arabic word at the start of `rest`, as [`run_len`] with
/// [`is_arabic_letter`] finds it, and whether the word is its own match key: read by table
/// alone, with no [`KEY_CHAR`] (the keys, which read every token, then need not read it
/// again). Letters and marks of the Arabic block (two bytes each, most of any Urdu text) are
/// read by table a byte pair at a time; a word that goes on with another character (a
/// zero-width non-joiner, a letter of Arabic Supplement) is read again character by
/// character, and not told to be its own key.
fn arabic_word(rest: &str) -> (usize, bool) {
    let bytes = rest.as_bytes();
    let mut n = 0;
    // The flags of the characters read, and of those that another character followed.
    let mut read = 0;
    let (mut previous, mut inside) = (0, 0);
    while let (Some(&b0), Some(&b1)) = (bytes.get(n), bytes.get(n + 1)) {
        // `script::arabic_block_offset` without its test of the continuation byte, which
        // valid UTF-8 makes needless: this is the scanner's hottest loop, and the test costs
        // 3 % of tokenizing.
        let index = (usize::from(b0 & 0x03) << 6) | usize::from(b1 & 0x3F);
        let flags = ARABIC_WORD_CHARS.get(index).copied().unwrap_or(0);
        if b0 & 0xFC != 0xD8 || flags & WORD_CHAR == 0 {
            break;
        }
        read |= flags;
        inside |= previous;
        previous = flags;
        n += 2;
    }
    examined(n + 2);
    let plain = read & KEY_CHAR == 0 && inside & YEH_BARREE == 0;
    match bytes.get(n) {
        // The end, ASCII, or an Arabic-block character that is no letter (`۔`, `،`).
        None | Some(0..=0x7F) => (n, plain),
        Some(&b) if b & 0xFC == 0xD8 => (n, plain),
        Some(_) => (run_len(rest, is_arabic_letter), false),
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
    examined(end + 1);
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
/// the typographic apostrophe `’`, `-` or `.` standing between two of them (`don't`,
/// `Liaquat’s`, `B350-B-3`, `P.D`): an apostrophe inside a Latin word is no quotation mark.
fn latin_len(rest: &str) -> usize {
    let is_latin = |c: char| c.is_alphanumeric() && !is_arabic_letter(c) && !is_digit_non_ascii(c);
    run(rest, |c, next, started| {
        is_latin(c)
            || (started && is_mark(c))
            || (started && matches!(c, '\'' | '\u{2019}' | '-' | '.') && next.is_some_and(is_latin))
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
    examined(n + 2);
    (n > 0).then_some(1 + n)
}

fn same_char_run(rest: &str, c: char) -> usize {
    let n = rest.find(|d: char| d != c).unwrap_or(rest.len());
    examined(n + 1);
    n
}

/// A URL starting with `http://`, `https://` or `www.`: everything up to white space, less
/// trailing punctuation that ends the surrounding sentence.
fn url_len(rest: &str, c: char) -> Option<usize> {
    if !matches!(c, 'h' | 'H' | 'w' | 'W') {
        return None;
    }
    // Bytes compared in place: a head cut at eight bytes may split a character, and the
    // whole rest of the text must not be copied for each `w`.
    let starts_with = |prefix: &str| {
        rest.as_bytes()
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if !(starts_with("http://") || starts_with("https://") || starts_with("www.")) {
        return None;
    }
    let n = rest
        .find(|c: char| is_space(c) || !(c.is_ascii_graphic() || c.is_alphanumeric()) || c == '"')
        .unwrap_or(rest.len());
    examined(n + 1);
    let url = rest.get(..n)?;
    let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'', ']']);
    (trimmed.len() > 4).then_some(trimmed.len())
}

/// The length of `@domain.tld` (ASCII letters, digits, `.` and `-`, with a dot inside) at
/// the start of `after`, if it is one.
fn domain_len(after: &str) -> Option<usize> {
    let domain_part = after.strip_prefix('@')?;
    let domain = domain_part
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
        .unwrap_or(domain_part.len());
    examined(domain + 1);
    let domain = domain_part.get(..domain)?.trim_end_matches(['.', '-']);
    let dot = domain.find('.')?;
    (dot > 0 && dot + 1 < domain.len()).then_some(1 + domain.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        scan(text, |s, e, k, _| out.push((&text[s..e], k)));
        out
    }

    /// The tokens of `text` as a scanner without memory finds them: every token reads its
    /// runs from its own start.
    fn kinds_without_memory(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(rest) = text.get(i..) {
            let Some(c) = rest.chars().next() else { break };
            if is_space(c) || is_zero_width_joiner(c) {
                i += c.len_utf8();
                continue;
            }
            let (len, kind, _) = Scanner::default().token_at(rest, c, i);
            let len = len.max(c.len_utf8());
            out.push((&text[i..i + len], kind));
            i += len;
        }
        out
    }

    #[test]
    fn runs_read_once_give_the_tokens_of_runs_read_again() {
        for text in [
            "a+b+c@x.org d_e-f@g a.b@c.d.e 1-2+a@b.c x@y",
            "1,2,3a 1,2,3 4.5.6th ۱,۲a 7:8/9x",
            "a+a+a+a+a+a+1,1,1,1a@b.cd",
        ] {
            assert_eq!(kinds(text), kinds_without_memory(text), "{text}");
        }
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
    fn an_apostrophe_inside_a_latin_word_is_part_of_it() {
        use TokenKind::*;
        assert_eq!(
            kinds("Liaquat’s wife ’ٹھیک‘"),
            vec![
                ("Liaquat’s", Latin),
                ("wife", Latin),
                ("’", Quote),
                ("ٹھیک", Word),
                ("‘", Quote),
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
    fn urls_start_in_any_case_and_before_any_character() {
        use TokenKind::*;
        assert_eq!(
            kinds("HTTPS://X.PK/a wwwب WWW.ab.pk wبببب"),
            vec![
                ("HTTPS://X.PK/a", Url),
                ("www", Latin),
                ("ب", Word),
                ("WWW.ab.pk", Url),
                ("w", Latin),
                ("بببب", Word),
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
                arabic_word(text).0,
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
            proptest::prop_assert_eq!(arabic_word(&text).0, run_len(&text, is_arabic_letter));
        }

        /// The scanner that reads each run once finds the tokens of the naive one, which
        /// reads the runs again from every token.
        #[test]
        fn memory_changes_no_token(text in "[ab1۲+_.,:/@%#w -]{0,40}") {
            proptest::prop_assert_eq!(kinds(&text), kinds_without_memory(&text));
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

//! Sentence splitting on the token stream.
//!
//! A sentence ends
//! - after `۔ ؟ ! ?` (and repeated or combined marks), together with the closing quote marks
//!   and brackets that follow it (`…رہا۔‘` keeps its `‘`);
//! - after a `.` that follows an Urdu word or number (Urdu typed on a Latin keyboard), but
//!   not after a Latin word (`U.S.`, `Dr.`), and never inside a number or a URL, which are
//!   single tokens;
//! - after a dash standing alone (`ہے -`) right after a clause-final auxiliary: Urdu is
//!   verb-final, and some Urdu presses (in India especially) type ` -` for `۔`; a dash after
//!   any other word is a parenthetical dash and does not end the sentence;
//! - at a line break: a line without a terminator (a headline, a "read more" link) is a
//!   sentence of its own.
//!
//! Three uses of `۔` do not end a sentence (`؟` and `!` always do):
//! - glued to a following word: an abbreviation (`ایم۔کیو۔ایم`);
//! - after a dateline: a paragraph that begins with at most three words and `۔` goes on
//!   with the report on the same line (`حیدرآباد۔ ریاستی حکومت نے …`), as Urdu newspapers
//!   print it;
//! - as a hyphen (`ہند۔ ماریشیس تعلقات`): in a clause with an ergative subject (`X نے`), the
//!   sentence ends in its verb, and Urdu verb forms and auxiliaries end in `ا ی ے ں و ئ`
//!   (`کہا`, `کی`, `گئے`, `ہیں`, `ہو`); a `۔` after a word that ends otherwise, in such a
//!   clause, joins two words instead.

use std::ops::Range;

use crate::normalize::work::examined;
use crate::script::{is_closing_bracket, is_line_break, is_sentence_terminator};
use crate::span::Span;
use crate::tokenize::{line_break_between, span_of, Token, TokenKind};

/// One sentence: its original text and span, and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence<'a> {
    text: &'a str,
    span: Span,
    tokens: Range<usize>,
}

impl<'a> Sentence<'a> {
    /// The sentence as written, from its first token to its last.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte span in the original input.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The indices of its tokens in the token list of the same text.
    #[must_use]
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.clone()
    }
}

/// Appends to `sentences` the sentences of `tokens[from..]` (tokens of `text`), where
/// `from` starts a sentence (the first token, or the first after a line break).
pub(crate) fn split_from<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    from: usize,
    sentences: &mut Vec<Sentence<'a>>,
) {
    let mut first = from;
    let mut i = from;
    while i < tokens.len() {
        if i > first && line_break_before(text, tokens, i) {
            push_sentence(text, tokens, first..i, sentences);
            first = i;
        }
        if ends_sentence(text, tokens, first, i) {
            let mut end = i + 1;
            while end < tokens.len() && stays_with_sentence(text, tokens, end) {
                end += 1;
            }
            push_sentence(text, tokens, first..end, sentences);
            first = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_sentence(text, tokens, first..tokens.len(), sentences);
}

/// Appends the sentence made of `tokens[range]`, if the range is not empty.
fn push_sentence<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    range: Range<usize>,
    out: &mut Vec<Sentence<'a>>,
) {
    let Some(span) = span_of(tokens, range.clone()) else {
        return;
    };
    out.push(Sentence {
        text: text.get(span.range()).unwrap_or(""),
        span,
        tokens: range,
    });
}

/// Whether a line break stands between token `i - 1` and token `i`.
fn line_break_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    match (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) {
        (Some(a), Some(b)) => line_break_between(text, a, b),
        _ => false,
    }
}

/// The original text between two tokens.
fn gap<'a>(text: &'a str, a: &Token<'_>, b: &Token<'_>) -> &'a str {
    let gap = text.get(a.span().end..b.start).unwrap_or("");
    examined(gap.len());
    gap
}

/// The auxiliaries that end an Urdu clause (`ہے`, `تھا`, `گا` …): after one of them a
/// free-standing dash ends the sentence.
const CLAUSE_FINAL_AUXILIARIES: &[&str] = &[
    "ہے", "ہیں", "ہوں", "تھا", "تھی", "تھے", "تھیں", "گا", "گی", "گے", "گیا", "گئی", "گئے",
];

/// How far back (in tokens) a clause is searched for its ergative subject.
const CLAUSE_TOKENS: usize = 80;

/// Whether token `i` ends the sentence that began at token `first`.
fn ends_sentence(text: &str, tokens: &[Token<'_>], first: usize, i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if token.kind != TokenKind::Punctuation {
        return false;
    }
    let Some(c) = token.normalized().chars().next() else {
        return false;
    };
    let next = tokens.get(i + 1);
    // A full stop glued to a following word is inside an abbreviation (`ایم۔کیو۔ایم`); a
    // question or exclamation mark glued to one only lacks its space (`گیا؟پاک`).
    // An abbreviation is made of short parts (`ایم۔کیو۔ایم`, `پی۔ٹی۔آئی`); after a longer
    // word the space is only missing (`تھا۔نواز`).
    let short = |t: &Token<'_>| t.normalized().chars().nth(3).is_none();
    let prev_short = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(short);
    let glued_to_word = next.is_some_and(|n| {
        gap(text, token, n).is_empty()
            && matches!(n.kind, TokenKind::Word | TokenKind::Latin)
            && (c != '۔' || (prev_short && short(n)))
    });
    let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
    if c == '۔'
        && (is_dateline(text, tokens, first, i) || is_hyphen_in_ergative_clause(tokens, first, i))
    {
        return false;
    }
    if is_sentence_terminator(c) {
        return c != '۔' || !glued_to_word;
    }
    // One character: none after `c` (a long run of one mark is not counted to its end).
    let single = token.normalized().chars().nth(1).is_none();
    if c == '.' && single {
        let after_urdu =
            prev.is_some_and(|p| matches!(p.kind, TokenKind::Word | TokenKind::Number));
        return after_urdu && !glued_to_word;
    }
    if matches!(c, '-' | '–' | '—') && single {
        let free_standing = prev.is_some_and(|p| !gap(text, p, token).is_empty())
            && next.map_or(true, |n| !gap(text, token, n).is_empty());
        let after_auxiliary =
            prev.is_some_and(|p| CLAUSE_FINAL_AUXILIARIES.contains(&p.normalized()));
        return free_standing && after_auxiliary;
    }
    false
}

/// Whether the `۔` at token `i` follows a dateline: at most three tokens that begin a
/// line, with more text after the `۔` on the same line. The white space before the
/// sentence is read back only for the first words of a sentence, so that a sentence of many
/// `۔` after a long run of spaces stays linear.
fn is_dateline(text: &str, tokens: &[Token<'_>], first: usize, i: usize) -> bool {
    let Some(start) = tokens.get(first).filter(|_| i - first <= 3) else {
        return false;
    };
    let line_start = || {
        text.get(..start.start).map_or(true, |before| {
            let line = before.trim_end_matches([' ', '\t']);
            examined(before.len() - line.len() + 1);
            line.chars().next_back().map_or(true, is_line_break)
        })
    };
    let line_goes_on = match (tokens.get(i), tokens.get(i + 1)) {
        (Some(t), Some(n)) => !gap(text, t, n).contains(is_line_break),
        _ => false,
    };
    line_goes_on && line_start()
}

/// Whether the `۔` at token `i` stands where the clause cannot end: the clause has an
/// ergative subject (`نے`) and the word before the `۔` does not end like a verb.
fn is_hyphen_in_ergative_clause(tokens: &[Token<'_>], first: usize, i: usize) -> bool {
    let Some(prev) = i
        .checked_sub(1)
        .filter(|&p| p >= first)
        .and_then(|p| tokens.get(p))
    else {
        return false;
    };
    let ends_like_verb = prev
        .normalized()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, 'ا' | 'ی' | 'ے' | 'ں' | 'و' | 'ئ' | 'ۓ'));
    // The clause is looked at no further back than a clause runs, so that a text of many
    // such marks stays linear.
    let ergative = tokens
        .get(first.max(i.saturating_sub(CLAUSE_TOKENS))..i)
        .is_some_and(|s| s.iter().any(|t| t.normalized() == "نے"));
    prev.kind == TokenKind::Word && ergative && !ends_like_verb
}

/// Whether token `i`, after the sentence-ending token `i - 1`, still belongs to the
/// sentence: another terminator glued to it, a closing bracket, a quote mark glued to it, or
/// `‘ ” » ›` (which only close in Urdu typography) even after a space on the same line.
fn stays_with_sentence(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let (Some(prev), Some(next)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i))
    else {
        return false;
    };
    let between = gap(text, prev, next);
    if between.contains(is_line_break) {
        return false;
    }
    let Some(c) = next.normalized().chars().next() else {
        return false;
    };
    let glued = between.is_empty();
    match next.kind {
        TokenKind::Punctuation => (glued && is_sentence_terminator(c)) || is_closing_bracket(c),
        TokenKind::Quote => glued || matches!(c, '‘' | '”' | '»' | '›'),
        _ => false,
    }
}

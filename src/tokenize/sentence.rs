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

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use once_cell::sync::Lazy;

use crate::lexicon::words::{grammar_words, Roles};
use crate::normalize::work::examined;
use crate::script::{is_closing_bracket, is_line_break, is_sentence_terminator};
use crate::span::Span;
use crate::tokenize::{starts_line, Token, TokenKind, Tokens};

/// One sentence: its original text and span, and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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

#[cfg(feature = "serde")]
impl serde::Serialize for Sentence<'_> {
    /// `{"start", "end", "text"}`, as in the analyze contract.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Sentence", 3)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.serialize_field("text", self.text)?;
        s.end()
    }
}

/// Appends to `sentences` the sentences of the tokens from `from` on, where `from` starts
/// a sentence (the first token, or the first after a line break).
pub(crate) fn split_from<'a>(tokens: &Tokens<'a>, from: usize, sentences: &mut Vec<Sentence<'a>>) {
    let text = tokens.text();
    let mut first = from;
    // Whether the writer has ended a sentence with a mark on this line.
    let mut line_punctuated = false;
    let mut line_start = from;
    let mut i = from;
    while i < tokens.len() {
        if i > first && tokens.line_break_before(i) {
            push_sentence(text, tokens, first..i, sentences);
            first = i;
            line_start = i;
            line_punctuated = false;
        }
        // Once a line has run long without a mark, each clause end stands in for one.
        if !line_punctuated
            && i >= line_start + UNPUNCTUATED_RUN
            && i >= first + UNPUNCTUATED_CLAUSE
            && ends_unpunctuated_clause(tokens, first, i)
        {
            push_sentence(text, tokens, first..i, sentences);
            first = i;
        }
        if ends_sentence(text, tokens, first, i) {
            line_punctuated = true;
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

/// Appends the sentence made of the tokens `range`, if the range is not empty.
fn push_sentence<'a>(
    text: &'a str,
    tokens: &Tokens<'a>,
    range: Range<usize>,
    out: &mut Vec<Sentence<'a>>,
) {
    let Some(span) = tokens.span_of(range.clone()) else {
        return;
    };
    out.push(Sentence {
        text: text.get(span.range()).unwrap_or(""),
        span,
        tokens: range,
    });
}

/// The original text between two tokens.
fn gap<'a>(text: &'a str, a: Token<'_>, b: Token<'_>) -> &'a str {
    let gap = text.get(a.span().end..b.span().start).unwrap_or("");
    examined(gap.len());
    gap
}

/// The auxiliaries that end an Urdu clause (`ہے`, `تھا`, `گا` …, `data/grammar_words.tsv`):
/// after one of them a free-standing dash ends the sentence.
static AUXILIARIES: Lazy<WordSet> = Lazy::new(|| grammar_words(Roles::AUXILIARY).collect());

/// A set of words, hashed with the crate's fast hash for short keys.
type WordSet = HashSet<&'static str, BuildHasherDefault<crate::lexicon::Fnv>>;

/// How many tokens a line must run without an end mark before clause ends stand in for
/// the marks the writer left out.
const UNPUNCTUATED_RUN: usize = 25;

/// The fewest tokens of a clause that an unpunctuated clause end closes.
const UNPUNCTUATED_CLAUSE: usize = 5;

/// The words that go on with a clause after its auxiliary: connectives and relatives
/// (`data/grammar_words.tsv`), and `یا`, `نہ`.
static CONTINUATIONS: Lazy<WordSet> = Lazy::new(|| {
    grammar_words(Roles::CONNECTIVE | Roles::RELATIVE | Roles::COMPLEMENTIZER)
        .chain(["یا", "نہ", "نا", "جو", "جہاں", "جیسا", "جیسے"])
        .collect()
});

/// The nouns of saying (`کہنا`): `X کا کہنا تھا` goes on with what X said.
static SAYINGS: Lazy<WordSet> = Lazy::new(|| grammar_words(Roles::SAYING).collect());

/// The predicates of verbless news clauses (`ہلاک`, `گرفتار`, `زخمی`).
static PREDICATES: Lazy<WordSet> = Lazy::new(|| grammar_words(Roles::PREDICATE).collect());

/// The relative pronouns (`جو`, `جس`): a sentence that holds one may go on with its
/// correlative `وہ` (`جو … ہے وہ …`).
static RELATIVES: Lazy<WordSet> = Lazy::new(|| grammar_words(Roles::RELATIVE).collect());

/// Whether token `i` begins a new sentence in a line the writer typed without `۔` (news
/// pasted from image captions or typed on phones often is): Urdu is verb-final, so a
/// clause-final auxiliary (`ہے`, `تھا`, `گا` …) followed by a word that neither continues
/// the clause (a function word: a postposition, particle or auxiliary) nor links another
/// to it (`اور`, `کہ`, `جو`, `تاہم`) ends a sentence there.
fn ends_unpunctuated_clause(tokens: &Tokens<'_>, first: usize, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    if tokens.kind(p) != Some(TokenKind::Word)
        || tokens.kind(i) != Some(TokenKind::Word)
        || !(AUXILIARIES.contains(tokens.normalized(p))
            || is_modal(tokens.normalized(p))
            || is_polite_imperative(tokens.normalized(p))
            || perfective_of_be(tokens, p))
    {
        return false;
    }
    // `X کا کہنا تھا دونوں ممالک …`: after a noun of saying and its auxiliary, what was said.
    if p.checked_sub(1)
        .is_some_and(|q| SAYINGS.contains(tokens.normalized(q)))
    {
        return false;
    }
    let word = tokens.normalized(i);
    // A passive participle qualifies the noun after it (`انٹرویو … دیے گئے اپنے ایک انٹرویو
    // میں کہا`, "said in an interview he gave to …"; `لکھے گئے خط میں`): a postposition a few
    // words on, with no auxiliary before it, shows the participle's noun phrase going on.
    if is_attributive_participle(tokens, p, word) {
        return false;
    }
    // `وہ` after `جو … ہے` is the correlative, which goes on with the sentence, and so are its
    // oblique forms (`جو … آتے ہیں ان کا یورک ایسڈ چیک کیا جائے`, "those who come …, their
    // uric acid …"); the relative clause is short, so only the last few words are read
    // (which keeps the test linear).
    let from = first.max(i.saturating_sub(RELATIVE_CLAUSE_TOKENS));
    // `ان` is the correlative only as a pronoun, before its case marker: before a noun it is
    // "these", which may open the next sentence (`… تبدیل کرلیتے ہیں ان روبوٹس کو …`).
    let pronoun = word != "ان"
        || matches!(
            tokens.normalized(i + 1),
            "کا" | "کی" | "کے" | "میں" | "کو" | "سے" | "پر" | "نے"
        );
    let correlative = matches!(word, "وہ" | "ان" | "انہیں" | "انھیں" | "اسے")
        && pronoun
        && (from..i).any(|t| RELATIVES.contains(tokens.normalized(t)));
    // An auxiliary after an auxiliary goes on with the verb phrase (`جاری رہے گا`, "will go
    // on"; `رہا تھا`).
    !CONTINUATIONS.contains(word)
        && !correlative
        && !AUXILIARIES.contains(word)
        && !crate::lexicon::JOIN_WORDS.contains_key(word)
}

/// Whether token `p` is the perfective `ہوا`/`ہوئی` ("happened") closing a noun-verb
/// phrase (`اضافہ ہوا`, "an increase happened"; `تصدیق ہوئی`), which ends its clause as an
/// auxiliary does. Not after a word that ends as a participle does (`ا`, `ی`, `ے`): with it
/// `ہوا` makes an adjective of the noun after it (`بچی ہوئی برف`, "the snow left over";
/// `لکھا ہوا خط`), or goes on with the verb (`کرتا ہوا`).
fn perfective_of_be(tokens: &Tokens<'_>, p: usize) -> bool {
    matches!(tokens.normalized(p), "ہوا" | "ہوئی")
        && p.checked_sub(1).is_some_and(|q| {
            tokens.kind(q) == Some(TokenKind::Word)
                && !tokens.normalized(q).ends_with(['ا', 'ی', 'ے'])
        })
}

/// At most this many words between a passive participle and the postposition after the
/// noun it qualifies (`دیے گئے اپنے ایک انٹرویو میں`).
const ATTRIBUTIVE_WORDS: usize = 4;

/// Whether the passive auxiliary at token `p` (`گیا`, `گئی`, `گئے`) makes, with the past
/// participle before it, an adjective of the noun phrase after it, which opens with `next`:
/// a postposition (`میں`, `کو`, `سے`, `پر`) follows within [`ATTRIBUTIVE_WORDS`] words, with
/// no auxiliary before it.
fn is_attributive_participle(tokens: &Tokens<'_>, p: usize, next: &str) -> bool {
    if !matches!(tokens.normalized(p), "گیا" | "گئی" | "گئے") {
        return false;
    }
    let participle = p
        .checked_sub(1)
        .is_some_and(|q| tokens.normalized(q).ends_with(['ا', 'ی', 'ے']));
    // A verbless clause's predicate opens the next sentence (`… مقدمہ درج کیا گیا گرفتار
    // ملزمان کو …`).
    let predicate_after = PREDICATES.contains(next);
    participle
        && !predicate_after
        && (p + 2..p + 2 + ATTRIBUTIVE_WORDS)
            .take_while(|&j| {
                tokens.kind(j) == Some(TokenKind::Word)
                    && !AUXILIARIES.contains(tokens.normalized(j))
            })
            .any(|j| matches!(tokens.normalized(j), "میں" | "کو" | "سے" | "پر"))
}

/// Whether `word` is the modal `چاہیے` ("ought", in its spellings `چاہئے`, `چاہیئے`, and its
/// plural `چاہئیں`, `چاہییں`, `چاہیئں`) or the subjunctive `چاہیں` ("may want"): each ends
/// its clause as an auxiliary does (`میسی کو بھگوان بنانا چاہیے میسی بارسلونا …`).
fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "چاہیے" | "چاہئے" | "چاہیئے" | "چاہئیں" | "چاہییں" | "چاہیئں" | "چاہیں"
    )
}

/// Whether `word` is a polite imperative of the forms that only the imperative takes:
/// `…جیے`/`…جئے` (`لیجیے`, `کیجئے`, `دیجیے`, `بھیجیے`) and `…ئیے` (`جائیے`, `بتائیے`). It
/// ends its clause as an auxiliary does (`… قیادت واپس لے لیجیے عالمی کپ کے …`); its polite
/// future (`کیجیے گا`) goes on, as an auxiliary after it does. (Not the other `…یے` forms:
/// `لیے` is a postposition, `دیے` a perfective, `نظریے` a noun.)
fn is_polite_imperative(word: &str) -> bool {
    (word.ends_with("جیے") || word.ends_with("جئے") || word.ends_with("ئیے"))
        && word.chars().count() >= 4
}

/// How far back (in tokens) a relative pronoun is looked for before a correlative `وہ`.
const RELATIVE_CLAUSE_TOKENS: usize = 16;

/// How far back (in tokens) a clause is searched for its ergative subject.
const CLAUSE_TOKENS: usize = 80;

/// Whether token `i` ends the sentence that began at token `first`.
fn ends_sentence(text: &str, tokens: &Tokens<'_>, first: usize, i: usize) -> bool {
    // Most tokens are no punctuation: ruled out before the token is looked at whole.
    if tokens.kind(i) != Some(TokenKind::Punctuation) {
        return false;
    }
    let Some(token) = tokens.get(i) else {
        return false;
    };
    let Some(c) = token.normalized().chars().next() else {
        return false;
    };
    let next = tokens.get(i + 1);
    // A full stop glued to a following word is inside an abbreviation (`ایم۔کیو۔ایم`); a
    // question or exclamation mark glued to one only lacks its space (`گیا؟پاک`).
    // An abbreviation is made of short parts (`ایم۔کیو۔ایم`, `پی۔ٹی۔آئی`); after a longer
    // word the space is only missing (`تھا۔نواز`), and so it is after a word that ends a
    // clause and is no letter's name (`ہے۔وہ`, `ہو۔پی ٹی آئی`, `کیا۔اس`, `لیں۔وہ`).
    let short = |t: Token<'_>| t.normalized().chars().nth(3).is_none();
    let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
    let prev_short = prev.is_some_and(|p| short(p) && !ends_clause_short(p.normalized()));
    // A Latin full stop between two Urdu words is the Urdu one typed on a Latin keyboard
    // (`ہے.امریکہ`), and glued as `۔` is.
    let urdu_stop = |n: Token<'_>| {
        c == '.' && n.kind() == TokenKind::Word && prev.is_some_and(|p| p.kind() == TokenKind::Word)
    };
    let glued_to_word = next.is_some_and(|n| {
        gap(text, token, n).is_empty()
            && matches!(n.kind(), TokenKind::Word | TokenKind::Latin)
            && ((c != '۔' && !urdu_stop(n)) || (prev_short && short(n)))
    });
    if c == '۔'
        && (is_dateline(text, tokens, first, i)
            || is_hyphen_in_ergative_clause(tokens, first, i)
            || in_fragment_chain(tokens, i)
            || in_spaced_ellipsis(tokens, i))
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
            prev.is_some_and(|p| matches!(p.kind(), TokenKind::Word | TokenKind::Number));
        return after_urdu && !glued_to_word;
    }
    // A lone `*` after a word is the bullet of a news digest that runs its items on
    // (`فتح حاصل کی*سندھ کی ٹیم …`); after a number it marks a batsman not out (`43*`).
    if c == '*' && single {
        return prev.is_some_and(|p| p.kind() == TokenKind::Word)
            && next.is_some_and(|n| n.kind() == TokenKind::Word);
    }
    if matches!(c, '-' | '–' | '—') && single {
        let free_standing = prev.is_some_and(|p| !gap(text, p, token).is_empty())
            && next.is_none_or(|n| !gap(text, token, n).is_empty());
        let after_auxiliary = prev.is_some_and(|p| AUXILIARIES.contains(p.normalized()));
        return free_standing && after_auxiliary;
    }
    false
}

/// Whether the `۔` at token `i` follows a dateline: at most three tokens that begin a
/// line, with more text after the `۔` on the same line.
fn is_dateline(text: &str, tokens: &Tokens<'_>, first: usize, i: usize) -> bool {
    // The white space before the sentence is read back only for a sentence's first words,
    // so that a sentence of many `۔` after a long run of spaces stays linear.
    let Some(start) = tokens.get(first).filter(|_| i - first <= 3) else {
        return false;
    };
    let line_goes_on = match (tokens.get(i), tokens.get(i + 1)) {
        (Some(t), Some(n)) => !gap(text, t, n).contains(is_line_break),
        _ => false,
    };
    // A dateline names a place and a date: no verb ends it (`یہ درست ہے۔ حکومت نے …` is a
    // sentence), and no demonstrative opens it.
    let verb_before = i
        .checked_sub(1)
        .is_some_and(|p| is_verb_form(tokens.normalized(p)));
    let demonstrative = matches!(tokens.normalized(first), "یہ" | "وہ" | "یہی" | "وہی");
    line_goes_on && !verb_before && !demonstrative && starts_line(text, start.span().start)
}

/// Whether the `۔` at token `i` links one-word fragments (`ہتتپ: چۓۓپ۔ نئچ۔ ئن`, an
/// address or abbreviation spelled out in Urdu letters): another `۔` stands two tokens
/// before or after it, with one word between. One-word sentences in a row do not occur in
/// news text.
fn in_fragment_chain(tokens: &Tokens<'_>, i: usize) -> bool {
    // A mark of the chain has a space after it (one glued on both sides is inside an
    // abbreviation, `ایم۔کیو۔ایم`, which the next sentence may begin with).
    let spaced = |t: usize| match (tokens.bounds(t), tokens.bounds(t + 1)) {
        (Some((_, end)), Some((next, _))) => next > end,
        _ => true,
    };
    let is_mark = |t: usize| tokens.normalized(t) == "۔" && spaced(t);
    let is_word = |t: usize| tokens.kind(t) == Some(TokenKind::Word);
    let after = is_word(i + 1) && is_mark(i + 2);
    let before = i >= 2 && is_word(i - 1) && is_mark(i - 2);
    after || before
}

/// Whether the `۔` at token `i` is one of an ellipsis typed with spaces (`پانچ ۔ ۔ ۔ ۔ ورلڈ
/// ٹریڈ سینٹر`, in text that sets a space around every mark): three full stops or more in a
/// row on one line, with no word between, stand for `۔۔۔`, which ends no sentence.
fn in_spaced_ellipsis(tokens: &Tokens<'_>, i: usize) -> bool {
    let stop = |t: usize| tokens.normalized(t) == "۔";
    // The stops next to `i` on its line, up to two on each side.
    let before = (1..=2)
        .take_while(|&d| i >= d && stop(i - d) && !tokens.line_break_before(i - d + 1))
        .count();
    let after = (1..=2)
        .take_while(|&d| stop(i + d) && !tokens.line_break_before(i + d))
        .count();
    before + after >= 2
}

/// Whether the short word `word` ends a clause, so that a `۔` glued after it is a sentence
/// end that lacks its space, not an abbreviation's: a verb form ([`is_verb_form`]), a word
/// ending in `ں` (the plural and polite verb forms `لیں`, `کریں`; no Latin letter's name
/// ends so), or `کی`, `دی`, `لی` (the feminine past of `کرنا`, `دینا`, `لینا`: the genitive
/// `کی`, which needs a noun after it, ends no clause).
fn ends_clause_short(word: &str) -> bool {
    is_verb_form(word) || word.ends_with('ں') || matches!(word, "کی" | "دی" | "لی")
}

/// Whether `word` is an auxiliary or a verb form of the join list (`ہے`, `تھا`, `کہا`,
/// `گیا`): a word that ends a clause.
fn is_verb_form(word: &str) -> bool {
    AUXILIARIES.contains(word)
        || crate::lexicon::JOIN_WORDS.get(word) == Some(&crate::lexicon::JoinClass::Verb)
}

/// Whether the `۔` at token `i` stands where the clause cannot end: the clause has an
/// ergative subject (`نے`), and the word before the `۔` does not end like a verb and is not
/// one of the predicates with which news writes a clause without its verb (`دس افراد ہلاک۔`,
/// "ten people [were] killed", `data/grammar_words.tsv`).
fn is_hyphen_in_ergative_clause(tokens: &Tokens<'_>, first: usize, i: usize) -> bool {
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
    if prev.kind() != TokenKind::Word || ends_like_verb || PREDICATES.contains(prev.normalized()) {
        return false;
    }
    // The clause is looked at no further back than a clause runs, so that a text of many
    // such marks stays linear.
    let window = first.max(i.saturating_sub(CLAUSE_TOKENS))..i;
    let Some(ergative) = window.rev().find(|&t| tokens.normalized(t) == "نے") else {
        return false;
    };
    // Once the clause has its verb (a verb form or `کہ` after the subject), a `۔` is a
    // hyphen only between two names of places (`ہند۔ ماریشیس تعاون`).
    let is_place = |t: usize| crate::lexicon::places::PLACE_WORDS.contains(tokens.normalized(t));
    if is_place(i - 1) && is_place(i + 1) {
        return true;
    }
    !(ergative + 1..i).any(|t| {
        let w = tokens.normalized(t);
        w == "کہ" || is_verb_form(w)
    })
}

/// Whether token `i`, after the sentence-ending token `i - 1`, still belongs to the
/// sentence: another terminator glued to it, a closing bracket, a quote mark glued to it, or
/// `‘ ” » ›` (which close in Urdu typography) even after a space on the same line, unless
/// glued to the word after them (see [`opens_next`]).
fn stays_with_sentence(text: &str, tokens: &Tokens<'_>, i: usize) -> bool {
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
    match next.kind() {
        TokenKind::Punctuation => (glued && is_sentence_terminator(c)) || is_closing_bracket(c),
        TokenKind::Quote => {
            glued || (matches!(c, '‘' | '”' | '»' | '›') && !opens_next(text, tokens, i))
        }
        _ => false,
    }
}

/// Whether the quote mark at token `i`, after a space, is glued to a word after it
/// (`… ختم ہو گیا۔ ”ہم …`): drawn the other way round (writers reverse the English marks as
/// often as not), it opens the next sentence's quotation, whatever its shape.
fn opens_next(text: &str, tokens: &Tokens<'_>, i: usize) -> bool {
    let (Some(mark), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    next.kind() == TokenKind::Word && gap(text, mark, next).is_empty()
}

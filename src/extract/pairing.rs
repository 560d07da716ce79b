//! Pairing of quotation marks, as Urdu typography uses them.
//!
//! Urdu opens a quotation with `’` (U+2019) and closes it with `‘` (U+2018), the reverse of
//! English; doubled marks (`’’…‘‘`), `“…”` (either way round), `«…»` and the ASCII `"` and `'`
//! are used too. Whether a mark opens or closes is read first from its position (glued to
//! the word after it and not to the one before: it opens; glued to the word before it: it
//! closes), and only then from the mark itself; a mark glued to punctuation before it (`۔‘`)
//! closes, and a mark glued on both sides (`گے۔“تاہم`) closes a quotation of its family that
//! is open. A closing mark closes the nearest open mark of its family.
//!
//! A quotation never crosses a paragraph break: a speech over several paragraphs is one
//! quotation per paragraph. A paragraph that opens a quotation and never closes it (the
//! writer's style for a speech that goes on: each paragraph reopens, only the last closes)
//! quotes to its end, when the mark starts the quotation where speech starts: at the
//! paragraph's start, after `کہ`, `:` or `،`, or with the next paragraph reopening it. A
//! line that closes a mark it never opened, after such a paragraph, quotes from its start,
//! and the paragraphs between with no mark at all (at most [`MAX_MIDDLE`]) are quoted whole.
//! A paragraph that leaves two marks or more open lost their closing marks: each that starts
//! speech quotes its own sentence.
//! Other marks left unmatched are ignored, so one stray mark never swallows the rest of the
//! text.

use crate::script::is_sentence_terminator;
use crate::tokenize::{starts_line, Token, TokenKind, Tokens};

/// A pair of quotation marks: token indices of the opening and the closing mark. For a
/// quotation that runs to its paragraph's end, `close` is the first token after the
/// paragraph; for one that runs from its line's start, `open` is the last token before the
/// line. What is quoted lies strictly between.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct QuotePair {
    pub(crate) open: usize,
    pub(crate) close: usize,
}

impl QuotePair {
    /// The quoted tokens.
    pub(crate) fn inner(&self) -> std::ops::Range<usize> {
        self.open + 1..self.close
    }
}

/// Which marks pair with which: the shape, and whether the mark is doubled (`’’…‘‘`
/// pairs only with doubled marks, so a single mark inside cannot close it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Single(bool),
    Double(bool),
    Guillemet(bool),
}

impl Family {
    /// Whether the mark is doubled (`’’`, `““`).
    fn is_doubled(self) -> bool {
        matches!(
            self,
            Family::Single(true) | Family::Double(true) | Family::Guillemet(true)
        )
    }

    fn doubled(self, doubled: bool) -> Family {
        match self {
            Family::Single(_) => Family::Single(doubled),
            Family::Double(_) => Family::Double(doubled),
            Family::Guillemet(_) => Family::Guillemet(doubled),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// The mark itself does not say (ASCII marks).
    Either,
}

fn family_and_default(mark: char) -> Option<(Family, Role)> {
    Some(match mark {
        '’' | '‛' => (Family::Single(false), Role::Open),
        '‘' | '‚' => (Family::Single(false), Role::Close),
        '“' | '„' | '‟' => (Family::Double(false), Role::Open),
        '”' => (Family::Double(false), Role::Close),
        '«' | '‹' => (Family::Guillemet(false), Role::Open),
        '»' | '›' => (Family::Guillemet(false), Role::Close),
        // ASCII marks pair with their typographic family too: real pages open with `’` and
        // close with `'`.
        '"' | '＂' => (Family::Double(false), Role::Either),
        '\'' => (Family::Single(false), Role::Either),
        _ => return None,
    })
}

/// The family and default role of a quote token (one mark, or a run of one repeated mark).
fn classify(t: Token<'_>) -> Option<(Family, Role)> {
    let mark = t.normalized().chars().next()?;
    let (family, role) = family_and_default(mark)?;
    // Doubled: a second mark follows the first (a long run is not counted to its end).
    Some((
        family.doubled(t.normalized().chars().nth(1).is_some()),
        role,
    ))
}

/// What touches a mark on one side: nothing (white space), a word, or punctuation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Touch {
    Space,
    Word,
    Punctuation,
}

/// What touches token `t` on the side of token `n` (`None`: the text's edge).
fn touch(t: Token<'_>, n: Option<Token<'_>>) -> Touch {
    let Some(n) = n else { return Touch::Space };
    let (a, b) = (t.span(), n.span());
    if a.end != b.start && b.end != a.start {
        return Touch::Space;
    }
    match n.kind() {
        TokenKind::Punctuation | TokenKind::Quote | TokenKind::Symbol => Touch::Punctuation,
        _ => Touch::Word,
    }
}

/// The role of quote token `i` from where it stands: glued to a word after it (and not
/// before) it opens; glued to a word before it (and not after), or to punctuation before it
/// (`۔‘`), it closes; glued to words on both sides, it closes an open quotation of its
/// family if there is one; alone on both sides, it opens at a line's start and after `کہ`
/// or a colon, and closes at a line's end.
fn role_at(tokens: &Tokens<'_>, i: usize, default: Role) -> Role {
    let Some(t) = tokens.get(i) else {
        return default;
    };
    let (before, after) = sides(tokens, t, i);
    // Glued between the complementizer and a word (`کہا کہ'روپیہ …`), or glued to the
    // complementizer alone (`نے کہا کہ" ہم …`), a mark opens what was said: a quotation
    // never closes on `کہ`, which always has a clause after it.
    let before_mark = i.checked_sub(1).map(|p| tokens.normalized(p));
    let after_complementizer = before_mark == Some(COMPLEMENTIZER);
    let after_colon = matches!(before_mark, Some(":" | "："));
    match (before, after) {
        (Touch::Word, Touch::Word | Touch::Space) if after_complementizer => Role::Open,
        (Touch::Word, Touch::Word) | (Touch::Punctuation, Touch::Word) => Role::Either,
        (Touch::Space, Touch::Word) => Role::Open,
        (Touch::Word | Touch::Punctuation, _) => Role::Close,
        (Touch::Space, Touch::Punctuation) => Role::Close,
        (Touch::Space, Touch::Space) if starts_line(tokens.text(), t.span().start) => Role::Open,
        // Alone between spaces after the complementizer or a colon (`لکھا تھا کہ ” میں …`),
        // a mark opens what was said, whichever way round it is drawn.
        (Touch::Space, Touch::Space) if after_complementizer || after_colon => Role::Open,
        // Alone between spaces at a line's end (`… منتقل کرتی ہیں۔ “` and the paragraph
        // ends), a mark closes, whichever way round it is drawn: a quotation never opens on
        // nothing, and none crosses a paragraph break.
        (Touch::Space, Touch::Space)
            if i + 1 >= tokens.len() || tokens.line_break_before(i + 1) =>
        {
            Role::Close
        }
        _ => default,
    }
}

/// Whether quote token `i` stands right after the postposition of a source (`مطابق`,
/// `بموجب`, `بقول`).
fn after_source(tokens: &Tokens<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| matches!(tokens.normalized(p), "مطابق" | "بموجب" | "بقول"))
}

/// Whether token `i + 1` is the same quotation mark as token `i`: with a space between
/// them, the two halves of a doubled mark (`’ ’`).
fn same_mark_after(tokens: &Tokens<'_>, i: usize) -> bool {
    let quote = |j: usize| tokens.kind(j) == Some(TokenKind::Quote);
    quote(i) && quote(i + 1) && tokens.normalized(i + 1) == tokens.normalized(i)
}

/// Whether what touches quote token `i` before and after it is `touch` on both sides: white
/// space (a mark standing alone) or words (a mark glued between them).
fn touches_both(tokens: &Tokens<'_>, i: usize, touch: Touch) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| sides(tokens, t, i) == (touch, touch))
}

/// What touches token `t` (the `i`th) before and after it.
fn sides(tokens: &Tokens<'_>, t: Token<'_>, i: usize) -> (Touch, Touch) {
    let before = touch(t, i.checked_sub(1).and_then(|p| tokens.get(p)));
    (before, touch(t, tokens.get(i + 1)))
}

/// Whether quote token `i` is glued to the punctuation of a clause before it (a comma, a
/// colon, an end mark; not a stray backslash, `\'`, of text escaped for the web) and to a
/// word after it (`کہا،'میں`).
fn opens_after_punctuation(tokens: &Tokens<'_>, i: usize) -> bool {
    let clause_mark = i
        .checked_sub(1)
        .and_then(|p| tokens.normalized(p).chars().next())
        .is_some_and(|c| matches!(c, '،' | ',' | ':' | '؛' | ';') || is_sentence_terminator(c));
    clause_mark
        && tokens
            .get(i)
            .is_some_and(|t| sides(tokens, t, i) == (Touch::Punctuation, Touch::Word))
}

/// Whether quote token `i` is glued to punctuation with no word on its other side (`ہی"۔`,
/// `۔" `): it closes.
fn closes_punctuation(tokens: &Tokens<'_>, i: usize) -> bool {
    matches!(
        tokens.get(i).map(|t| sides(tokens, t, i)),
        Some(
            (Touch::Word | Touch::Punctuation, Touch::Punctuation)
                | (Touch::Punctuation, Touch::Space)
        )
    )
}

/// How many paragraphs with no mark may stand between a paragraph that leaves a quotation
/// open and the line that closes it (a speech over several paragraphs, marked only where
/// it begins and ends); more, and the open mark was a stray one.
const MAX_MIDDLE: usize = 3;

/// The complementizer that introduces reported speech (`کہا کہ …`).
const COMPLEMENTIZER: &str = "کہ";

/// How many quotations may be open at once: real text nests two or three; the bound keeps
/// the pairing linear on text made of unmatched marks.
const MAX_OPEN: usize = 32;

/// Opens a quotation; past [`MAX_OPEN`], the oldest open mark is dropped as unmatched.
fn push_open(open: &mut Vec<(usize, Family)>, mark: (usize, Family)) {
    if open.len() >= MAX_OPEN {
        open.remove(0);
    }
    open.push(mark);
}

/// The quotation-mark pairs of a text, in order of their opening marks.
#[cfg(test)]
pub(crate) fn pair_quotes(tokens: &Tokens<'_>) -> Vec<QuotePair> {
    pair_quotes_in(tokens, |i| tokens.line_break_before(i))
}

/// The quotation-mark pairs of a text, in order of their opening marks, given whether a line
/// break stands before each token (`line_break_before`, which the text's match keys answer
/// without reading the white space again).
pub(crate) fn pair_quotes_in(
    tokens: &Tokens<'_>,
    line_break_before: impl Fn(usize) -> bool,
) -> Vec<QuotePair> {
    let mut pairs = Vec::new();
    // Open marks not closed yet: (token index, family).
    let mut open: Vec<(usize, Family)> = Vec::new();
    // The family of a quotation the paragraph before left open to its end.
    let mut carried: Option<Family> = None;
    // Paragraphs with no mark at all since the one that left `carried` open (token ranges):
    // the middle of a speech whose first paragraph opens and whose last closes.
    let mut middle: Vec<(usize, usize)> = Vec::new();
    let mut marks_in_line = false;
    let mut line_start = 0;
    let commas = single_marks_are_commas(tokens);
    // Asked at the first English mark: most texts have none.
    let reversed = std::cell::OnceCell::new();
    // The second half of a doubled mark drawn with a space inside, taken with the first.
    let mut second_half: Option<usize> = None;
    for i in 0..tokens.len() {
        let quote = tokens.kind(i) == Some(TokenKind::Quote) && second_half != Some(i);
        if i > 0 && line_break_before(i) {
            if carried.is_some() && open.is_empty() && !marks_in_line && middle.len() < MAX_MIDDLE {
                middle.push((line_start, i));
            } else {
                let t = tokens.get(i);
                let reopens = t.filter(|_| quote).and_then(classify).map(|(f, _)| f);
                carried = close_paragraph(tokens, &mut open, i, reopens, &mut pairs);
                middle.clear();
            }
            line_start = i;
            marks_in_line = false;
        }
        marks_in_line |= quote;
        if !quote {
            continue;
        }
        let Some((family, default)) = tokens.get(i).and_then(classify) else {
            continue;
        };
        let english = is_english_double(tokens.normalized(i));
        let default = if english && *reversed.get_or_init(|| english_marks_reversed(tokens, i)) {
            match default {
                Role::Open => Role::Close,
                Role::Close => Role::Open,
                Role::Either => Role::Either,
            }
        } else {
            default
        };
        if family == Family::Single(false) && commas {
            continue;
        }
        // A curly mark, a space and the same mark again is one doubled mark drawn with a space
        // inside (`’’ڈارک میٹر‘ ‘کہتے ہیں`): it pairs as a doubled mark, and a quotation it
        // opens starts after its second half. (Straight marks so spaced close one quotation
        // and open the next: `'الف' 'ب'`.)
        let spaced_double = !family.is_doubled()
            && !tokens.normalized(i).starts_with(['\'', '"'])
            && same_mark_after(tokens, i)
            && !line_break_before(i + 1);
        let (family, opens_at) = if spaced_double {
            second_half = Some(i + 1);
            (family.doubled(true), i + 1)
        } else {
            (family, i)
        };
        // The ASCII `"` is drawn the same both ways and cannot nest in itself (a reader could
        // not tell an inner one from the outer's close), and writers space it as they please
        // (`"کرش3 "جیسی`, `فلم" مسٹر اینڈ مسز اےئر "،`): such marks alternate, each closing
        // the one of its family open, else opening; only one glued to the punctuation that
        // ends a clause (`ہی"۔`) closes by where it stands, when there is one to close (with
        // none open, `۔" چک دے انڈیا "` opens, its space only misplaced).
        let family_open = open.iter().any(|&(_, f)| f == family);
        let after_sentence_end = i
            .checked_sub(1)
            .and_then(|p| tokens.normalized(p).chars().next())
            .is_some_and(is_sentence_terminator);
        // Two apostrophes typed for one double mark (`''`, as Indian Urdu papers type it:
        // `اُن کی'' ارض موعود'' ہے`, the space on either side of either mark) are that mark.
        let ascii_double = (tokens.normalized(i).starts_with(['"', '＂'])
            || tokens.normalized(i).starts_with("''"))
            && (!closes_punctuation(tokens, i)
                || (after_sentence_end && !(family_open || carried == Some(family))));
        let mut reopens = false;
        let role = if ascii_double {
            // What the paragraph before left open, a mark inside the line closes; one at the
            // line's start reopens the speech, and so does one glued to the words after `کہ`
            // or a colon (`ان کا کہنا ہے کہ "یہ کام …"`), which always introduce what is said.
            // So does one after a source's comma (`اسٹورٹ بییٹی کے بقول، "یہ …`).
            let introduces = i.checked_sub(1).is_some_and(|p| {
                matches!(tokens.normalized(p), COMPLEMENTIZER | ":")
                    || (matches!(tokens.normalized(p), "،" | ",") && after_source(tokens, p))
            }) && tokens
                .get(i)
                .is_some_and(|t| sides(tokens, t, i).1 == Touch::Word);
            // One that introduces what is said while another is open closes it and opens the
            // new speech: the open one lost its closing mark (`"میرا خیال ہے … رہے گا
            // اسٹورٹ بییٹی کے بقول، "یہ واحد …"`), for a speaker's words never go on past a
            // frame that introduces more.
            reopens = family_open && introduces;
            let closes_carried = carried == Some(family) && i != line_start && !introduces;
            if family_open || closes_carried {
                Role::Close
            } else {
                Role::Open
            }
        } else {
            match role_at(tokens, i, default) {
                Role::Either if family_open => Role::Close,
                // A straight mark standing alone between spaces (text typed with a space on
                // both sides of every mark: `نے بتایا ' جونہی …۔ '`, `۔ ' میرے بیٹے کا …۔ '`),
                // with none of its family open, opens: a quotation never closes on nothing.
                Role::Either if touches_both(tokens, i, Touch::Space) => Role::Open,
                // So does one glued to words on both sides (`جس کا متن یہ تھا'مجھے امید ہے …'`):
                // Urdu writes no apostrophe inside its words.
                Role::Either if touches_both(tokens, i, Touch::Word) => Role::Open,
                // So does one glued to punctuation before it and to a word after it
                // (`نوازالدین نے کہا،'میں …`): it touches the words it opens, and there is
                // nothing open to close.
                Role::Either if opens_after_punctuation(tokens, i) => Role::Open,
                Role::Either => default,
                // A doubled mark drawn to close (`‘‘`) but glued to the word after it closes
                // the doubled mark open before it (`’’ وکلو ‘‘کے قصبے`): the spacing is a
                // typist's, the shape the font's. So does the single Urdu closing mark
                // (`دستے’ جلد ہی ‘ملک`), which Urdu typography never draws to open, and an
                // English mark drawn the way the text closes (writers draw those either way
                // round: see [`english_marks_reversed`]).
                Role::Open
                    if default == Role::Close
                        && family_open
                        && (family.is_doubled() || family == Family::Single(false) || english) =>
                {
                    Role::Close
                }
                // Glued to `کے مطابق` or `کے بقول` ("according to"), with none of its family
                // open, a mark opens the source's words (`کے مطابق' قانونی طور پر …۔'`): they
                // follow the postposition, and there is nothing to close.
                Role::Close if !family_open && after_source(tokens, i) => Role::Open,
                r => r,
            }
        };
        match role {
            Role::Open => push_open(&mut open, (opens_at, family)),
            Role::Close => match open.iter().rposition(|&(_, f)| f == family) {
                Some(k) => {
                    let (o, _) = open.remove(k);
                    // Marks opened inside the pair and never closed are dropped.
                    open.truncate(k);
                    pairs.push(QuotePair { open: o, close: i });
                    if reopens {
                        push_open(&mut open, (opens_at, family));
                    }
                }
                // A line that closes what the paragraph before left open quotes from its
                // start.
                // The paragraphs between with no mark are the speech's middle.
                None if carried == Some(family) && line_start > 0 => {
                    for (start, end) in middle.drain(..) {
                        pairs.push(QuotePair {
                            open: start - 1,
                            close: end,
                        });
                    }
                    pairs.push(QuotePair {
                        open: line_start - 1,
                        close: i,
                    });
                    carried = None;
                }
                // Nothing to close: a mark that opens by its shape opens, whatever the
                // spacing around it (`یاد داشت’ این آرڈنری لائف‘`).
                None if default == Role::Open => push_open(&mut open, (opens_at, family)),
                None => {}
            },
            Role::Either => {}
        }
    }
    close_paragraph(tokens, &mut open, tokens.len(), None, &mut pairs);
    pairs.sort_by_key(|p| p.open);
    pairs
}

/// Whether `mark` is an English double quotation mark, `“` or `”`.
fn is_english_double(mark: &str) -> bool {
    mark.starts_with(['“', '”'])
}

/// Whether the text draws the English double marks the other way round (`”…“`), as many
/// Urdu pages do: more of its `”` than of its `“` stand where a quotation opens (white space
/// or punctuation before, a word after) or more of its `“` where one closes. A writer draws
/// the marks one way throughout, so the text's own marks say which way its shapes point.
/// They are read from token `first`, the text's first English mark, on.
fn english_marks_reversed(tokens: &Tokens<'_>, first: usize) -> bool {
    let (mut reversed, mut upright) = (0usize, 0usize);
    for i in first..tokens.len() {
        if tokens.kind(i) != Some(TokenKind::Quote) {
            continue;
        }
        let Some(t) = tokens.get(i) else { continue };
        let first = t.normalized().chars().next();
        if !matches!(first, Some('“' | '”')) {
            continue;
        }
        let (before, after) = sides(tokens, t, i);
        let opens = before != Touch::Word && after == Touch::Word;
        let closes = before == Touch::Word && after != Touch::Word;
        match (first, opens, closes) {
            (Some('”'), true, _) | (Some('“'), _, true) => reversed += 1,
            (Some('“'), true, _) | (Some('”'), _, true) => upright += 1,
            _ => {}
        }
    }
    reversed > upright
}

/// Whether the text's single quotation marks are commas: some writers (and typesetting
/// that lost the Urdu comma `،`) put a single curly mark between the items of a list or the
/// clauses of a sentence (`تعلیم’ صحت ’ پانی کے وسائل`, `قتل ‘ قاتلانہ حملہ ‘ ڈکیتی ‘ اغوا`).
/// Quoting writers draw both shapes, one to open and one to close, or the straight `'`; a
/// text with two or more single curly marks all of one shape and no straight one uses
/// them as commas. (A mark beside another is half of a doubled one drawn with a space
/// inside, `’ ’`, and is not counted.)
fn single_marks_are_commas(tokens: &Tokens<'_>) -> bool {
    let (mut opening, mut closing, mut straight) = (0usize, 0usize, 0usize);
    let is_mark = |j: usize| tokens.kind(j) == Some(TokenKind::Quote);
    for i in 0..tokens.len() {
        if !is_mark(i) || i.checked_sub(1).is_some_and(is_mark) || is_mark(i + 1) {
            continue;
        }
        let mark = tokens.normalized(i);
        let mut chars = mark.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            continue;
        };
        match c {
            '’' | '‛' => opening += 1,
            '‘' | '‚' => closing += 1,
            '\'' => straight += 1,
            _ => {}
        }
    }
    straight == 0 && (opening == 0) != (closing == 0) && opening + closing >= 2
}

/// At the end of a paragraph (token `end` starts the next, or is the text's end): the
/// outermost mark still open quotes to the paragraph's end if it starts where speech starts
/// (the paragraph's first token, or after `کہ`, `:` or `،`) or the next paragraph reopens
/// with its family (`reopens`); the other open marks are dropped. Returns the family of the
/// quotation left open, which the next line may close.
fn close_paragraph(
    tokens: &Tokens<'_>,
    open: &mut Vec<(usize, Family)>,
    end: usize,
    reopens: Option<Family>,
    pairs: &mut Vec<QuotePair>,
) -> Option<Family> {
    let starts_speech = |o: usize| {
        // A doubled mark drawn with a space inside stands where its first half does.
        let o = match o.checked_sub(1) {
            Some(first) if same_mark_after(tokens, first) => first,
            _ => o,
        };
        o == 0
            || tokens.line_break_before(o)
            || matches!(tokens.normalized(o - 1), "کہ" | ":" | "،")
    };
    // A mark beside the one before it is the second half of a doubled mark drawn with a
    // space inside (`’ ’`): the two are one mark, which stands where the first does and
    // quotes from the second.
    let mut marks: Vec<(usize, usize, Family)> = Vec::with_capacity(open.len());
    for &(o, family) in open.iter() {
        match marks.last_mut() {
            Some(last) if last.1 + 1 == o => last.1 = o,
            _ => marks.push((o, o, family)),
        }
    }
    open.clear();
    if marks.len() > 1 {
        // Two marks or more left open: the writer lost closing marks, and a speech that goes
        // on into the next paragraph does not explain them. Each mark that starts speech
        // quotes to the end of its sentence (or the next open mark, or the paragraph's end).
        for (k, &(at, o, _)) in marks.iter().enumerate() {
            let bound = marks.get(k + 1).map_or(end, |&(next, _, _)| next);
            let close = (o + 1..bound)
                .find(|&j| {
                    tokens
                        .normalized(j)
                        .chars()
                        .next()
                        .is_some_and(is_sentence_terminator)
                })
                .map_or(bound, |j| j + 1);
            if starts_speech(at) && o + 1 < close {
                pairs.push(QuotePair { open: o, close });
            }
        }
        return None;
    }
    let (at, o, family) = marks.first().copied()?;
    if (starts_speech(at) || reopens == Some(family)) && o + 1 < end {
        pairs.push(QuotePair {
            open: o,
            close: end,
        });
        return Some(family);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::work::{check_linear, hostile_inputs, repeated_units};
    use crate::tokenize::Tokenizer;

    /// Pairs the quotation marks of `text`, and fails if the pairing examined more than
    /// [`WORK_PER_BYTE`] bytes per byte of `text`.
    fn check_work(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let tokens = Tokenizer::new().tokenize(text);
        check_linear(text.len(), || pair_quotes(&tokens).len())
    }

    #[test]
    fn hostile_inputs_take_linear_work() -> Result<(), proptest::test_runner::TestCaseError> {
        hostile_inputs()
            .iter()
            .try_for_each(|text| check_work(text))
    }

    proptest::proptest! {
        /// The pairing reads no stretch of white space again from each quotation mark.
        #[test]
        fn pairing_takes_linear_work(text in repeated_units()) {
            check_work(&text)?;
        }
    }

    fn quoted(text: &str) -> Vec<String> {
        let tokens = Tokenizer::new().tokenize(text);
        pair_quotes(&tokens)
            .into_iter()
            .map(|p| tokens.slice(p.inner()).to_owned())
            .collect()
    }

    #[test]
    fn urdu_typography() {
        assert_eq!(quoted("انہوں نے ’فتح‘ کا دعویٰ کیا"), ["فتح"]);
        assert_eq!(quoted("فوجی دستے’جلد ہی‘ملک سے"), ["جلد ہی"]);
        assert_eq!(quoted("انہوں نے کہا ’’ہم جیتیں گے‘‘"), ["ہم جیتیں گے"]);
    }

    #[test]
    fn other_marks_either_way_round() {
        assert_eq!(quoted("انہوں نے کہا “ہم جیتیں گے” اور"), ["ہم جیتیں گے"]);
        assert_eq!(quoted("انہوں نے کہا ”ہم جیتیں گے“ اور"), ["ہم جیتیں گے"]);
        assert_eq!(quoted("«ہم» اور \"وہ\" اور 'یہ'"), ["ہم", "وہ", "یہ"]);
        // Glued to `کہ` with a space after, the mark opens what was said; never closed in
        // its paragraph, the quotation runs to the paragraph's end.
        assert_eq!(
            quoted("آپشن ہی\"۔ سی ای او نے کہا کہ\" ہم پلانٹ کو سمجھتے ہیں۔\n(جاری ہے)"),
            ["ہم پلانٹ کو سمجھتے ہیں۔"]
        );
    }

    #[test]
    fn a_mark_alone_at_a_line_end_closes() {
        // Drawn the other way round and set off by spaces at its paragraph's end, the mark
        // closes the quotation opened after `کہ`, over a quotation nested inside it.
        let text = "افسر کا کہنا تھا کہ ”کمپنیاں ’فری ٹریڈ‘ کا فائدہ اٹھاتی ہیں۔ سامان بھارت جاتا ہے۔ “\nاگلا پیراگراف";
        assert_eq!(
            quoted(text),
            [
                "کمپنیاں ’فری ٹریڈ‘ کا فائدہ اٹھاتی ہیں۔ سامان بھارت جاتا ہے۔",
                "فری ٹریڈ"
            ]
        );
    }

    #[test]
    fn unmatched_marks_stay_in_their_paragraph() {
        assert_eq!(quoted("ایک ’بے جوڑ نشان\nدوسرا ’اصل‘ اقتباس"), ["اصل"]);
        assert!(quoted("‘ ’ ‘‘ ’’ \" ' « ”").len() <= 4);
    }

    #[test]
    fn marks_left_open_where_closing_marks_were_lost() {
        // A stray mark earlier in the paragraph does not keep a later one from quoting.
        let text = "وہ ادارے کے 'پرانے ملازم ہیں اور کہتے ہیں کہ ’ہم کام جاری رکھیں گے";
        assert_eq!(quoted(text), ["ہم کام جاری رکھیں گے"]);
        // Two marks left open: each quotes its own sentence.
        let text = "انہوں نے ’کاروباری‘ تقرری پر کہا کہ ’وہ صوبے پر رحم کریں۔ اس موقع پر وزیر نے \
                    کہا کہ ’ہم ساتھ ہیں۔ اجلاس ملتوی ہو گیا۔";
        assert_eq!(
            quoted(text),
            ["کاروباری", "وہ صوبے پر رحم کریں۔", "ہم ساتھ ہیں۔"]
        );
        // A doubled mark drawn with a space inside is one mark: the speech runs on.
        let text = "وہ کہتے ہیں، ’ ’ انہیں علاج کی ضرورت تھی۔ ان کی جلد اچھی ہے۔";
        assert_eq!(quoted(text), ["انہیں علاج کی ضرورت تھی۔ ان کی جلد اچھی ہے۔"]);
    }

    #[test]
    fn a_straight_mark_after_the_complementizer_opens_though_a_quotation_was_carried() {
        // A line left open (`"دنیا کی … گئیں`, a link whose closing mark was lost) does not
        // make the mark after `کہ` in the next paragraph its close.
        let text =
            "\"دنیا کی امیر ترین خاتون انتقال کر گئیں\n\nان کا کہنا ہے کہ \"یہ کام بہت سخت تھا۔\"";
        assert_eq!(
            quoted(text),
            [
                "دنیا کی امیر ترین خاتون انتقال کر گئیں",
                "یہ کام بہت سخت تھا۔"
            ]
        );
    }

    #[test]
    fn english_marks_pair_the_way_round_the_text_draws_them() {
        // A text that draws `”…“` (as many Urdu pages do) and one that draws `“…”` pair their
        // marks alike, though a space stands on the wrong side of one (`وکلو “کے`).
        let reversed =
            "مقابلہ ”وکلو “کے قصبے ”اسکالپ“ میں ”رتھ کلیرن“ اور ”اوہن کلب“ کے مابین ہوا۔";
        let upright = "مقابلہ “وکلو ”کے قصبے “اسکالپ” میں “رتھ کلیرن” اور “اوہن کلب” کے مابین ہوا۔";
        for text in [reversed, upright] {
            assert_eq!(
                quoted(text),
                ["وکلو", "اسکالپ", "رتھ کلیرن", "اوہن کلب"],
                "{text}"
            );
        }
    }

    #[test]
    fn a_single_urdu_closing_mark_closes_whatever_its_spacing() {
        // `دستے’ جلد ہی ‘ملک`: the spaces are on the wrong sides of both marks, but `‘`, drawn
        // to close, closes the `’` open before it.
        let text = "ان کا کہنا تھا کہ فوجی دستے’ جلد ہی ‘ملک سے چلے جائیں گے۔";
        assert_eq!(quoted(text), ["جلد ہی"]);
    }

    #[test]
    fn a_doubled_mark_drawn_with_a_space_inside_pairs_as_doubled() {
        // `‘ ‘` closes `’’`; straight marks so spaced are two marks.
        let text = "ماہرین اس حالت کو ’’ڈارک میٹر‘ ‘کہتے ہیں۔";
        assert_eq!(quoted(text), ["ڈارک میٹر"]);
        let text = "ان کے نام 'الف' 'ب' ہیں۔";
        assert_eq!(quoted(text), ["الف", "ب"]);
    }

    #[test]
    fn a_straight_mark_after_a_full_stop_opens_when_none_is_open() {
        // `۔" چک دے انڈیا "`: the space only misplaced; `ہے۔" اور` still closes an open one.
        let text =
            "اس پر\" چک دے انڈیا \" کی طرح فلم بننی چاہئے۔\" چک دے انڈیا \" ہاکی پر بنی تھی۔ \
                    میں اپنی فلم \" ہیپی نیو ایئر\" کو پروموٹ کر رہا ہوں۔";
        assert_eq!(
            quoted(text),
            ["چک دے انڈیا", "چک دے انڈیا", "ہیپی نیو ایئر"]
        );
        let text = "انہوں نے کہا \"ہم جیتیں گے۔\" اور چلے گئے۔";
        assert_eq!(quoted(text), ["ہم جیتیں گے۔"]);
        // A straight single mark alone between spaces, with none open, opens: after a full
        // stop, or after a speech verb with no `کہ`.
        let text = "ترجمان شوکا یماموتو نے بتایا ' مشن ناکام ہو گیا ہے ۔ ' اور چلے گئے۔";
        assert_eq!(quoted(text), ["مشن ناکام ہو گیا ہے ۔"]);
        let text = "ان کا کہنا تھا کہ وہ استعفیٰ دے رہے ہیں ۔ ' میرے بیٹے کا مستقبل متاثر ہو رہا تھا ۔ اب اس کی قسمت جو بھی ہو ۔ '";
        assert_eq!(
            quoted(text),
            ["میرے بیٹے کا مستقبل متاثر ہو رہا تھا ۔ اب اس کی قسمت جو بھی ہو ۔"]
        );
        // So does one glued to words on both sides: Urdu writes no apostrophe in a word.
        let text = "ای میل بھیجی جس کا متن یہ تھا'مجھے امید ہے کہ ہم کامیاب ہوں گے ۔ '";
        assert_eq!(quoted(text), ["مجھے امید ہے کہ ہم کامیاب ہوں گے ۔"]);
        // And one glued to a comma before it and a word after it, with a term in marks of
        // the same shape inside (`کہا،'میں … 'معروف' ہوں۔ … تھی'۔`); not after a backslash
        // of escaped text (`\'بلے`), which separates, as a comma would.
        let text = "نوازالدین نے کہا،'میں پھر لکھوں گا کیونکہ میں 'معروف' ہوں۔ یہ میری غلطی تھی'۔اس کتاب میں بہت کچھ ہے۔";
        assert_eq!(
            quoted(text),
            [
                "میں پھر لکھوں گا کیونکہ میں 'معروف' ہوں۔ یہ میری غلطی تھی",
                "معروف"
            ]
        );
        let text = "حوصلہ نہیں ہارینگے \\' خطرہ ثابت ہوں گے\\'بلے بازوں کو سنبھل کر کھیلنا ہو گا";
        assert!(quoted(text).is_empty(), "{:?}", quoted(text));
    }

    #[test]
    fn a_mark_glued_to_according_to_opens_when_none_is_open() {
        // `کے مطابق' قانونی …۔'`: the words follow the postposition.
        let text = "چین کے قواعد کے مطابق' قانونی طور پر انھیں ختم کرنا لازمی تھا۔'";
        assert_eq!(quoted(text), ["قانونی طور پر انھیں ختم کرنا لازمی تھا۔"]);
        // A quotation that ends with `کے مطابق` still closes there.
        let text = "انہوں نے کہا 'سب کچھ قانون کے مطابق' اور چلے گئے۔";
        assert_eq!(quoted(text), ["سب کچھ قانون کے مطابق"]);
    }

    #[test]
    fn a_doubled_closing_mark_glued_to_the_next_word_closes() {
        // `‘‘` is drawn to close: glued to the word after it, it still closes the `’’` open.
        let text = "آئرلینڈ کے ’’ وکلو ‘‘کے قصبے ’’اسکالپ‘‘ میں مقابلہ ہوا۔";
        assert_eq!(quoted(text), ["وکلو", "اسکالپ"]);
    }

    #[test]
    fn a_quotation_over_two_paragraphs_is_one_per_paragraph() {
        let text = "انہوں نے کہا: ’پہلا پیراگراف۔\n’دوسرا پیراگراف۔‘";
        assert_eq!(quoted(text), ["پہلا پیراگراف۔", "دوسرا پیراگراف۔"]);
        // Paragraphs with no mark between the one that opens and the one that closes.
        let text = "انہوں نے کہا کہ ’پہلا۔\nدوسرا۔\nتیسرا۔‘\nرپورٹر کی بات۔";
        assert_eq!(quoted(text), ["پہلا۔", "دوسرا۔", "تیسرا۔"]);
        // A line that closes what the paragraph before left open.
        let text = "انہوں نے کہا کہ ’پہلا پیراگراف۔\nدوسرا پیراگراف۔‘";
        assert_eq!(quoted(text), ["پہلا پیراگراف۔", "دوسرا پیراگراف۔"]);
    }

    #[test]
    fn marks_glued_to_punctuation_and_on_both_sides() {
        assert_eq!(quoted("کہا کہ ’ ہم تیار ہیں ‘۔"), ["ہم تیار ہیں"]);
        assert_eq!(quoted("کہا کہ ”ہم جیتیں گے۔“تاہم وہ"), ["ہم جیتیں گے۔"]);
    }
}

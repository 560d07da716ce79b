//! Pairing of quotation marks, as Urdu typography uses them.
//!
//! Urdu opens a quotation with `’` (U+2019) and closes it with `‘` (U+2018), the reverse of
//! English; doubled marks (`’’…‘‘`), `“…”` (either way round), `«…»` and the ASCII `"` and `'`
//! are used too. Whether a mark opens or closes is read first from its position (glued to
//! the word after it and not to the one before: it opens; glued to the word before it: it
//! closes), and only then from the mark itself. A closing mark closes the nearest open mark
//! of its family. A quotation does not run past the end of its paragraph unless the next
//! paragraph opens again with a mark of the same family (a quotation over several
//! paragraphs); marks left unmatched are ignored, so one stray mark never swallows the rest
//! of the document.

use crate::normalize::work::examined;
use crate::script::is_line_break;
use crate::tokenize::{line_break_between, Token, TokenKind};

/// A pair of quotation marks: token indices of the opening and the closing mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct QuotePair {
    pub(crate) open: usize,
    pub(crate) close: usize,
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
fn classify(t: &Token<'_>) -> Option<(Family, Role)> {
    let mark = t.normalized().chars().next()?;
    let (family, role) = family_and_default(mark)?;
    // Doubled: a second mark follows the first (a long run is not counted to its end).
    Some((
        family.doubled(t.normalized().chars().nth(1).is_some()),
        role,
    ))
}

/// The role of quote token `i` from where it stands.
fn role_at(text: &str, tokens: &[Token<'_>], i: usize, default: Role) -> Role {
    let Some(t) = tokens.get(i) else {
        return default;
    };
    let glued_before = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.span().end == t.span().start && p.kind() != TokenKind::Quote);
    let glued_after = tokens
        .get(i + 1)
        .is_some_and(|n| n.span().start == t.span().end && n.kind() != TokenKind::Quote);
    let at_line_start = text.get(..t.span().start).map_or(true, |b| {
        let line = b.trim_end_matches([' ', '\t']);
        examined(b.len() - line.len() + 1);
        line.chars().next_back().map_or(true, is_line_break)
    });
    match (glued_before, glued_after) {
        (false, true) => Role::Open,
        (true, false) => Role::Close,
        (false, false) if at_line_start => Role::Open,
        _ => default,
    }
}

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

/// Whether a line break stands between tokens `a` and `b`.
fn paragraph_break(text: &str, tokens: &[Token<'_>], a: usize, b: usize) -> bool {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => line_break_between(text, x, y),
        _ => false,
    }
}

/// The quotation-mark pairs of a text, in order of their opening marks.
pub(crate) fn pair_quotes(text: &str, tokens: &[Token<'_>]) -> Vec<QuotePair> {
    let mut pairs = Vec::new();
    // Open marks not closed yet: (token index, family).
    let mut open: Vec<(usize, Family)> = Vec::new();
    let mut previous: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if let Some(p) = previous {
            if paragraph_break(text, tokens, p, i) {
                // A new paragraph: a quotation still open goes on only if this paragraph
                // opens again with its family (checked when the mark is seen); otherwise the
                // open marks are dropped.
                let reopens = t.kind() == TokenKind::Quote
                    && classify(t).is_some_and(|(f, _)| open.last().is_some_and(|&(_, g)| g == f));
                if reopens {
                    previous = Some(i);
                    continue; // the reopening mark continues the quotation
                }
                open.clear();
            }
        }
        previous = Some(i);
        if t.kind() != TokenKind::Quote {
            continue;
        }
        let Some((family, default)) = classify(t) else {
            continue;
        };
        let role = match role_at(text, tokens, i, default) {
            Role::Either => {
                if open.last().is_some_and(|&(_, f)| f == family) {
                    Role::Close
                } else {
                    Role::Open
                }
            }
            r => r,
        };
        match role {
            Role::Open => push_open(&mut open, (i, family)),
            Role::Close => match open.iter().rposition(|&(_, f)| f == family) {
                Some(k) => {
                    let (o, _) = open.remove(k);
                    // Marks opened inside the pair and never closed are dropped.
                    open.truncate(k);
                    pairs.push(QuotePair { open: o, close: i });
                }
                // Nothing to close: a mark that opens by its shape opens, whatever the
                // spacing around it (`یاد داشت’ این آرڈنری لائف‘`).
                None if default == Role::Open => push_open(&mut open, (i, family)),
                None => {}
            },
            Role::Either => {}
        }
    }
    pairs.sort_by_key(|p| p.open);
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::work::{count, hostile_inputs, repeated_units, WORK_PER_BYTE};
    use crate::tokenize::Tokenizer;

    fn quoted(text: &str) -> Vec<String> {
        let tokens = Tokenizer::new().tokenize(text);
        pair_quotes(text, &tokens)
            .into_iter()
            .map(|p| text[tokens[p.open].span().end..tokens[p.close].span().start].to_owned())
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
    }

    #[test]
    fn unmatched_marks_stay_in_their_paragraph() {
        assert_eq!(quoted("ایک ’بے جوڑ نشان\nدوسرا ’اصل‘ اقتباس"), ["اصل"]);
        assert!(quoted("‘ ’ ‘‘ ’’ \" ' « ”").len() <= 4);
    }

    /// Pairs the quotation marks of `text`, and fails if the pairing examined more than
    /// [`WORK_PER_BYTE`] bytes per byte of `text`.
    fn check_work(text: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let tokens = Tokenizer::new().tokenize(text);
        let (_, work) = count(|| pair_quotes(text, &tokens).len());
        proptest::prop_assert!(
            work <= WORK_PER_BYTE * text.len(),
            "{} bytes examined for {} bytes",
            work,
            text.len()
        );
        Ok(())
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

    #[test]
    fn a_quotation_over_two_paragraphs() {
        let q = quoted("’پہلا پیراگراف۔\n’دوسرا پیراگراف۔‘");
        assert_eq!(q.len(), 1);
        assert!(q[0].contains("دوسرا"));
    }
}

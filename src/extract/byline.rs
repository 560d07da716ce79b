//! Speaker headings: a line that names a speaker and their role, set above the paragraphs of
//! their quoted words. News pages that put one question to several people print each answer
//! under such a line:
//!
//! ```text
//! مجید شیخ، اقتصادی امور کے ماہر اور سکالر
//!
//! ’آئی ایم ایف میں 25 فیصد شیئر امریکہ کا ہے …‘
//! ```
//!
//! The heading is a frame like a cue's: its name is the speaker of the quotation that opens
//! the next paragraph (and, as with any speech, of the quoted paragraphs that follow it).
//!
//! A speaker's label is the same frame on one line: a name, a colon, and the quotation
//! (`پرینکا: ’میرے کان کی بالیاں تھامو‘`), as headlines, captions and lines of dialogue put
//! it.

use std::collections::HashSet;
use std::ops::Range;

use crate::extract::cues::CueMatch;
use crate::extract::document::Document;
use crate::extract::pairing::QuotePair;
use crate::lexicon::words::Roles;
use crate::script::is_sentence_terminator;

/// A heading's name is at most this many words (`محمد علی جناح`, `ڈاکٹر عائشہ صدیقہ`).
const NAME_WORDS: usize = 4;

/// A heading, name and role, is at most this many tokens: a line, not a sentence.
const HEADING_TOKENS: usize = 16;

/// Words that cannot stand in a name: function words, verbs and pronouns make the line a
/// clause, not a heading.
const NOT_IN_NAME: Roles = Roles::STOP
    .union(Roles::GENITIVE)
    .union(Roles::ERGATIVE)
    .union(Roles::AUXILIARY)
    .union(Roles::COMPLEMENTIZER)
    .union(Roles::CONNECTIVE)
    .union(Roles::PRONOUN)
    .union(Roles::FIRST_PERSON)
    .union(Roles::INDEFINITE)
    .union(Roles::RELATIVE);

/// Words that cannot stand in a role: a verb or a clause marker makes the line a sentence.
const NOT_IN_ROLE: Roles = Roles::ERGATIVE
    .union(Roles::AUXILIARY)
    .union(Roles::COMPLEMENTIZER)
    .union(Roles::PRONOUN);

/// The frames of the speaker headings of a text: for every paragraph that is a heading
/// (`NAME، ROLE`: one to four name words, a comma, a role of a few words, no end mark, no
/// verb) and whose next paragraph, past any page furniture (`furniture(p)`), opens with a
/// quotation, a frame whose speaker is the name and whose cue is the role.
pub(crate) fn speaker_headings(
    k: &Document<'_, '_>,
    pairs: &[QuotePair],
    furniture_between: usize,
    furniture: impl Fn(usize) -> bool,
) -> Vec<CueMatch> {
    let paragraphs = k.paragraph_count();
    (0..paragraphs)
        .filter(|&p| !furniture(p))
        .filter_map(|p| {
            let (name, role) = heading(k, k.paragraph_tokens(p))?;
            let next = (p + 1..paragraphs)
                .take(furniture_between + 1)
                .find(|&q| !furniture(q))?;
            let open = k.paragraph_start(next);
            pairs.binary_search_by_key(&open, |pair| pair.open).ok()?;
            Some(CueMatch::frame(role, Some(name), None, open))
        })
        .collect()
}

/// The frames of the speakers' labels of a text: a paragraph that opens with a name (one to
/// four words, no word of grammar), a colon and a quotation (`پرینکا: ’میرے کان کی بالیاں
/// تھامو‘`, "Priyanka: 'hold my earrings'"). The name is the speaker and the colon the cue.
/// Headlines put a topic the same way (`کرپٹو کرنسیاں: ’کالے دھن کو سفید کیا جا رہا ہے‘`,
/// "cryptocurrencies: 'black money is being laundered'"), so a label counts only when its
/// last word names a speaker of one of the text's cues (`cues`) too.
pub(crate) fn speaker_labels(
    k: &Document<'_, '_>,
    pairs: &[QuotePair],
    cues: &[CueMatch],
) -> Vec<CueMatch> {
    // The words of the cues' speakers, gathered at the first label (most texts have none).
    let mut speakers: Option<HashSet<&str>> = None;
    (0..k.paragraph_count())
        .filter_map(|p| {
            let name = label(k, k.paragraph_tokens(p))?;
            let open = name.end + 1;
            pairs.binary_search_by_key(&open, |pair| pair.open).ok()?;
            let words = speakers.get_or_insert_with(|| {
                cues.iter()
                    .filter_map(|c| c.speaker.clone())
                    .flatten()
                    .filter(|&j| k.is_word(j))
                    .map(|j| k.key(j))
                    .collect()
            });
            words
                .contains(k.key(name.end - 1))
                .then(|| CueMatch::frame(name.end..open, Some(name), None, open))
        })
        .collect()
}

/// The name of a speaker's label that opens the tokens `line` (see [`speaker_labels`]): the
/// words before its colon.
pub(crate) fn label(k: &Document<'_, '_>, line: Range<usize>) -> Option<Range<usize>> {
    let colon = (line.start + 1..=line.start + NAME_WORDS)
        .take_while(|&i| i + 1 < line.end)
        .find(|&i| matches!(k.key(i), ":" | "："))?;
    let name = line.start..colon;
    name_words(k, &name).then_some(name)
}

/// Whether the tokens `name` can be a name in a heading or a label: words in the reporter's
/// text, none of them a word of grammar, a verb or a pronoun.
fn name_words(k: &Document<'_, '_>, name: &Range<usize>) -> bool {
    name.clone()
        .all(|i| k.is_word(i) && !k.is(i, NOT_IN_NAME) && !k.is_quoted(i))
}

/// The name and the role of a heading line, if the tokens `line` are one.
fn heading(k: &Document<'_, '_>, line: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    if line.len() < 3 || line.len() > HEADING_TOKENS {
        return None;
    }
    let comma = (line.start + 1..=line.start + NAME_WORDS)
        .take_while(|&i| i < line.end)
        .find(|&i| matches!(k.key(i), "،" | ","))?;
    let name = line.start..comma;
    let role = comma + 1..line.end;
    let name_ok = name_words(k, &name);
    let role_ok = role.clone().any(|i| k.is_word(i))
        && role.clone().all(|i| {
            !k.is(i, NOT_IN_ROLE)
                && !k.is_quote_mark(i)
                && !k.key(i).chars().next().is_some_and(is_sentence_terminator)
        });
    (name_ok && role_ok).then_some((name, role))
}

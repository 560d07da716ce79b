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

use crate::extract::cues::{said_end, CueMatch};
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
/// last word names a speaker of one of the text's cues (`cues`) too, or the line is one of
/// a transcript's (see [`Transcript`]), where the words after the colon need no marks.
pub(crate) fn speaker_labels(
    k: &Document<'_, '_>,
    pairs: &[QuotePair],
    cues: &[CueMatch],
) -> Vec<CueMatch> {
    let labels: Vec<(usize, Range<usize>)> = (0..k.paragraph_count())
        .filter_map(|p| Some((p, label(k, k.paragraph_tokens(p))?)))
        .collect();
    if labels.is_empty() {
        return Vec::new();
    }
    let transcript = Transcript::of(k, &labels);
    // The words of the cues' speakers, gathered at the first marked label.
    let mut speakers: Option<HashSet<&str>> = None;
    labels
        .iter()
        .enumerate()
        .filter_map(|(n, (_, name))| {
            let colon = name.end;
            let after = colon + 1;
            let mut frame = CueMatch::frame(colon..after, Some(name.clone()), None, after);
            let marked = pairs.binary_search_by_key(&after, |pair| pair.open).is_ok();
            if marked {
                let words = speakers.get_or_insert_with(|| {
                    cues.iter()
                        .filter_map(|c| c.speaker.clone())
                        .flatten()
                        .filter(|&j| k.is_word(j))
                        .map(|j| k.key(j))
                        .collect()
                });
                if words.contains(k.key(name.end - 1)) {
                    return Some(frame);
                }
            }
            if !transcript.holds(n) {
                return None;
            }
            // An interview printed as questions and answers (`سوال : …` / `جواب : …`) labels
            // its lines by what they are, not by who speaks: the line is said, its speaker
            // not named there.
            if name.len() == 1 && matches!(k.key(name.start), "سوال" | "جواب" | "س" | "ج")
            {
                frame.speaker = None;
            }
            if !marked {
                let sentence = k.sentence(colon);
                let end = said_end(k, after, sentence.end);
                frame.said = (after..end).any(|i| k.is_word(i)).then_some(after..end);
                frame.said.as_ref()?;
            }
            Some(frame)
        })
        .collect()
}

/// The lines of a transcript among a text's speakers' labels. News prints an interview or a
/// recorded conversation as lines under its speakers' names, with no quotation marks and no
/// verb of saying (`صحافی : جناب صدر ، کیا …؟` / `صدر صدام : میں یہاں پیدا ہوا ہوں …`): each
/// line is its speaker's words. A label's line is a transcript's when the paragraph next to
/// it is labelled with another name (the lines of a conversation alternate), and some name
/// labels two lines of the text (a speaker of a conversation speaks again). Lists put labels
/// on lines in a row too (a fact box, `عمر : …`, `پیدائش : …`; cities and their weather), but
/// each label once.
struct Transcript {
    /// Whether each label (by its index in the text's labels) is a transcript's line.
    lines: Vec<bool>,
}

impl Transcript {
    /// The transcript lines among `labels`, each a paragraph and its label's name.
    fn of(k: &Document<'_, '_>, labels: &[(usize, Range<usize>)]) -> Transcript {
        // Each label as its paragraph and its name's last word.
        let lines: Vec<(usize, &str)> = labels
            .iter()
            .map(|(p, name)| (*p, k.key(name.end.saturating_sub(1))))
            .collect();
        let mut seen = HashSet::new();
        let repeats = lines.iter().any(|&(_, name)| !seen.insert(name));
        // Whether each label is answered by the next: the next paragraph, another name.
        let answered: Vec<bool> = lines
            .iter()
            .zip(lines.iter().skip(1))
            .map(|(a, b)| a.0 + 1 == b.0 && a.1 != b.1)
            .chain(std::iter::once(false))
            .collect();
        let lines = answered
            .iter()
            .enumerate()
            .map(|(n, &answers)| {
                let answering = n
                    .checked_sub(1)
                    .and_then(|m| answered.get(m))
                    .is_some_and(|&a| a);
                repeats && (answers || answering)
            })
            .collect();
        Transcript { lines }
    }

    /// Whether the label of index `n` is a transcript's line.
    fn holds(&self, n: usize) -> bool {
        self.lines.get(n).is_some_and(|&l| l)
    }
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

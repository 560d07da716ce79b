//! A news page's furniture: the sentences that are links and captions, not the article
//! (`data/page_furniture.tsv`). They yield no quotation and no speech cue.

use crate::extract::document::Document;
use crate::extract::keys::Keyer;
use crate::lexicon::rows;
use crate::script::is_sentence_terminator;
use once_cell::sync::Lazy;

const FURNITURE_TSV: &str = include_str!("../../data/page_furniture.tsv");

/// The phrases that open a furniture sentence, as keys split into words.
static PHRASES: Lazy<Vec<Vec<String>>> = Lazy::new(|| {
    let keyer = Keyer::default();
    rows(FURNITURE_TSV)
        .map(|row| keyer.key(row.key).split(' ').map(str::to_owned).collect())
        .collect()
});

/// A link title under a "read more" line is at most this many words long.
const LINK_TITLE_WORDS: usize = 14;

/// Whether the sentence `s` opens with a furniture phrase, and whether that is all it holds
/// (besides punctuation). The phrase's last word may be inflected (`پڑھیں`, `پڑھیے`,
/// `پڑھئے`: the imperative's forms).
fn opens_with_phrase(k: &Document<'_, '_>, s: &std::ops::Range<usize>) -> Option<bool> {
    PHRASES.iter().find_map(|words| {
        let fits = words.iter().enumerate().all(|(n, w)| {
            let t = s.start + n;
            t < s.end && {
                let key = k.key(t);
                if n + 1 == words.len() {
                    key.starts_with(w.as_str())
                } else {
                    key == w
                }
            }
        });
        fits.then(|| (s.start + words.len()..s.end).all(|t| !k.is_word(t)))
    })
}

/// The indices of the sentences that are furniture: those that open with a furniture phrase
/// ("read more", "read also" links, `مزید پڑھیں`, `یہ بھی پڑھیے`, which carry another
/// article's title, often in quotation marks; image captions, `تصویر کے کاپی رائٹ`), and,
/// under a line that holds the phrase alone, the link titles listed after it: whole lines
/// of a few words with no end mark. A list of [`LINK_LIST`] such lines or more is link
/// titles even when the page's heading above them is lost (as in text copied from a page):
/// an article's own subheading stands alone.
pub(crate) fn furniture_sentences(k: &Document<'_, '_>) -> Vec<usize> {
    let mut found = Vec::new();
    let mut in_links = false;
    // The sentences of the current run of title lines outside a heading's list.
    let mut titles: Vec<usize> = Vec::new();
    for (n, s) in k.sentences.iter().enumerate() {
        let title = is_link_title(k, s) && !holds_full_stop(k, s);
        match opens_with_phrase(k, s) {
            Some(alone) => {
                found.push(n);
                in_links = alone;
            }
            None if in_links && title => found.push(n),
            None if title => {
                in_links = false;
                titles.push(n);
                continue;
            }
            None => in_links = false,
        }
        take_list(&mut found, &mut titles);
    }
    take_list(&mut found, &mut titles);
    found.sort_unstable();
    found
}

/// Whether sentence `s` holds a full stop anywhere (`’…۔‘`): a title has none.
fn holds_full_stop(k: &Document<'_, '_>, s: &std::ops::Range<usize>) -> bool {
    s.clone().any(|t| is_full_stop(k, t))
}

/// Whether token `t` ends a statement: a sentence end other than `؟` and `!`.
fn is_full_stop(k: &Document<'_, '_>, t: usize) -> bool {
    k.key(t)
        .chars()
        .next()
        .is_some_and(|c| is_sentence_terminator(c) && !matches!(c, '؟' | '?' | '!'))
}

/// Lines of titles in a row, past which a list of links is taken to stand without its heading.
const LINK_LIST: usize = 3;

/// Adds the run of title lines `titles` to `found` if it is long enough for a list of links,
/// and empties it.
fn take_list(found: &mut Vec<usize>, titles: &mut Vec<usize>) {
    if titles.len() >= LINK_LIST {
        found.append(titles);
    }
    titles.clear();
}

/// Whether sentence `s` is a whole line of a few words with no full stop: a headline,
/// which may ask a question or exclaim (`ڈالر کا فائدہ کس کو ہوا؟`) but states nothing
/// with a full stop. A title names an article in two words at least: a line of one word is
/// a section's name or a stray word, not a link.
fn is_link_title(k: &Document<'_, '_>, s: &std::ops::Range<usize>) -> bool {
    let whole_line = k.keys.line_break_before(s.start) && k.keys.line_break_before(s.end);
    let words = || {
        s.clone()
            .filter(|&t| k.is_word(t))
            .take(LINK_TITLE_WORDS + 1)
            .count()
    };
    let ends = || s.end.checked_sub(1).is_some_and(|t| is_full_stop(k, t));
    whole_line && !ends() && (2..=LINK_TITLE_WORDS).contains(&words())
}

//! Repair of space-omission joins: `کہاکہ` is `کہا` + `کہ`, `کیاگیاہے` is `کیا` + `گیا` + `ہے`,
//! `منسٹرکو` is `منسٹر` + `کو`, `کےمطابق` is `کے` + `مطابق`, `اوراس` is `اور` + `اس`.
//!
//! Urdu letters that do not join to the left (ا د ڈ ذ ر ڑ ز ژ و ے …) leave a visible gap
//! after them, so writers often leave out the space that should follow, and the page looks
//! the same. On one side of such a gap, when the space is left out, stands a function word: a
//! postposition, an auxiliary or light verb, a particle (`data/joins.tsv`). Either a word is
//! glued to the function words after it (`منسٹرکو`), or a function word, which itself ends
//! in a non-joining letter, is glued to the word after it (`کےمطابق`), or both
//! (`پینےکےپانی`, `کےلیےکہا`). So a word is cut only at such gaps, only into words with
//! function words between them (two other words side by side are a compound, not an
//! omission), and only when the whole is not a word of Urdu: not in the lexicon
//! (`data/lexicon.tsv`, generated from Tesseract's Urdu word list and news-corpus counts),
//! not a gazetteer name, not a word the user keeps whole. Among the possible cuts, the most
//! probable under the lexicon's unigram model wins (a known first word beats an unknown
//! one). Real words stay whole (`کہکشاں`, `پرانی`, `ایسے`, `تاکہ`, `کامیاب`, `پروگرام`),
//! and so do compounds of two content words (`نظرانداز`, `غیرقانونی`) and the future written
//! joined (`جائےگا`), which are spellings, not omissions.
//!
//! Rules of Urdu grammar, morphology and spelling narrow the cuts further, each stated where
//! it is applied: two case markers never stand side by side; the ergative `نے` never
//! follows a verb, and after a verb stem it is the infinitive's ending; a word the lexicon
//! does not know is glued to a postposition or `بھی`, not to a verb, and has four letters or
//! more (`شارکی` is a name); the masculine genitive `کا` is no first piece, and a genitive,
//! `نے` or `کو` no last piece, before a case marker in the next word
//! ([`case_marker_before_case_marker`]); the oblique and feminine forms
//! of known words stay whole (`may_follow`, `is_form_of_known_word`). A word glued after a
//! function word follows a case marker, postposition, particle or the copula
//! (`JoinClass::may_lead`); it must be a word of the lexicon, and a common one when short;
//! the future endings are never it, and a function word and the word after it that make a
//! known word together stay together (`پردیش`); only after `ے`, which Urdu writes only at
//! the end of a word, or after `اور` may it be a word the lexicon does not know
//! (`Search::glued`). One verb form alone, which ends its clause, has a pronoun glued
//! after it that opens the next (`گیاان کا کہنا تھا`, `کیاانہوں نے`: [`verb_then_pronoun`]).
//!
//! The search is linear in the text: words longer than [`MAX_JOIN_BYTES`] are left alone,
//! and most words are ruled out by a few bit tests on their letters
//! ([`JoinWords::may_be_join`]) or one lexicon lookup before any search.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;
use std::ops::Range;

use once_cell::sync::Lazy;

use crate::bits;
use crate::lexicon::places::PLACE_WORDS;
use crate::lexicon::{
    has_join_beginning, has_join_ending, JoinClass, Known, Lexicon, JOIN_BEGINNINGS, JOIN_ENDINGS,
    JOIN_WORDS, JOIN_WORD_LENGTHS, LEXICON, ONE_LETTER_JOIN_WORDS,
};
use crate::normalize::work::examined;
use crate::script::{
    arabic_block_offset, is_arabic_letter, is_arabic_mark, is_diacritic, is_non_joining,
};

/// Joined runs longer than this many bytes are left alone: no run of Urdu words written
/// together is that long, and the bound keeps the search linear in the text.
const MAX_JOIN_BYTES: usize = 96;

/// The fewest bytes of a word in which a function word inside is looked for: seven letters
/// (`گھرکاکام`). The shortest such join has six (two letters on either side of a two-letter
/// function word), but those are rare, and testing every word of six letters would cost the
/// tokenizer more than they bring.
const MIN_INNER_JOIN_BYTES: usize = 14;

/// The future endings: part of the verb when written joined to it (`جائےگا`, `کرےگی`), and
/// never words of their own after a function word.
const FUTURE_ENDINGS: [&str; 3] = ["گا", "گی", "گے"];

/// The conjunction "and".
const AND: &str = "اور";

/// The year sign, for `عیسوی` (of the Christian era), written after a year (`۲۰۱۰ءمیں`): a
/// word of one letter, which may begin a join.
const YEAR_SIGN: &str = "ء";

/// How common in the corpus a word glued after a function word must be when it has two
/// letters, or when the join begins with a word the lexicon does not know. Most pairs of
/// letters are some rare word of the lexicon (an abbreviation, a letter's name, a Persian
/// particle), so a rare one is more likely the end of a longer word that the lexicon lacks
/// (`کامن`, `پرکٹ`) than a word of its own; and an unknown word, a function word and a
/// rare word are more likely one long name (`چیٹاکوڈور`) than three words.
const MIN_WEAK_GLUED_COUNT: u32 = 20;

/// The letters of the Arabic block (U+0600–U+06FF, by offset) that do not join to the left
/// ([`is_non_joining`]), and its marks ([`is_arabic_mark`]), as bit sets for the byte-level
/// test of [`JoinWords::may_lead_inside`].
static NON_JOINING: Lazy<[u64; 4]> = Lazy::new(|| arabic_block_set(is_non_joining));
static ARABIC_MARKS: Lazy<[u64; 4]> = Lazy::new(|| arabic_block_set(is_arabic_mark));

/// Whether `c` [`is_arabic_mark`], by table for the Arabic block.
#[inline]
fn is_mark(c: char) -> bool {
    match usize::try_from(u32::from(c).wrapping_sub(0x600)) {
        Ok(offset) if offset < 256 => bits::bit(&*ARABIC_MARKS, offset),
        _ => is_arabic_mark(c),
    }
}

/// The characters of the Arabic block for which `test` holds, as a bit set by offset.
fn arabic_block_set(test: impl Fn(char) -> bool) -> [u64; 4] {
    let mut set = [0; 4];
    for offset in 0..256 {
        if char::from_u32(0x600 + offset).is_some_and(&test) {
            bits::set_bit(&mut set, offset as usize);
        }
    }
    set
}

/// The join repair, with the words a user wants kept whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct JoinWords {
    keep: HashSet<String>,
    /// The join words' endings, looked up for every word (held here so that the hot path
    /// does not touch the lazy static).
    endings: &'static [Vec<u64>; 2],
    /// The first two letters of the join words that may lead a join, likewise.
    beginnings: &'static [u64],
}

impl Default for JoinWords {
    fn default() -> Self {
        JoinWords {
            keep: HashSet::new(),
            endings: &JOIN_ENDINGS,
            beginnings: &JOIN_BEGINNINGS.leads,
        }
    }
}

impl JoinWords {
    /// Whether `word` is long enough to hold two words (a two-letter word and a two-letter
    /// function word, or `آ` or the year sign and one) and ends like a join word, or begins
    /// like a join word that leads a join, or (when long enough to hold three words) has one
    /// after a non-joining letter inside, and is not too long to be a join: the test every
    /// word takes before [`split`](Self::split), a few bit tests on its letters.
    #[inline]
    pub(crate) fn may_be_join(&self, word: &str) -> bool {
        let long_enough = word.len() >= 8
            || (word.len() >= 6 && (word.starts_with('آ') || word.starts_with(YEAR_SIGN)));
        long_enough
            && word.len() <= MAX_JOIN_BYTES
            && (has_join_ending(self.endings, word)
                || has_join_beginning(self.beginnings, word)
                || (word.len() >= MIN_INNER_JOIN_BYTES && self.may_lead_inside(word))
                || may_be_verb_then_pronoun(word))
    }

    /// Whether a join word that leads a join may begin after a non-joining letter inside
    /// `word` (see [`any_inner_cut`]): a bit test after each non-joining letter, read from
    /// the bytes two at a time while the word is letters of the Arabic block (this runs for
    /// every long word).
    fn may_lead_inside(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (non_joining, marks) = (&*NON_JOINING, &*ARABIC_MARKS);
        let mut after_non_joining = false;
        let mut i = 0;
        while i + 8 <= bytes.len() {
            let offset = match (bytes.get(i), bytes.get(i + 1)) {
                (Some(&lead), Some(&next)) => arabic_block_offset(lead, next),
                _ => None,
            };
            let Some(offset) = offset else {
                // Another character (a zero-width non-joiner, a letter of another block):
                // the same test, a character at a time.
                let leads = |rest: &str| has_join_beginning(self.beginnings, rest);
                return any_inner_cut(word, leads);
            };
            if after_non_joining && !bits::bit(marks, offset) {
                let rest = word.get(i..).unwrap_or_default();
                if i >= 4 && has_join_beginning(self.beginnings, rest) {
                    return true;
                }
                after_non_joining = false;
            }
            after_non_joining |= bits::bit(non_joining, offset);
            i += 2;
        }
        false
    }

    /// Whether `text` begins with a function word that may lead a join, cut after a
    /// non-joining letter and followed by more letters: a bit test on its first two letters,
    /// then lookups of its first cut points in the short list of join words.
    fn leads(&self, text: &str) -> bool {
        has_join_beginning(self.beginnings, text) && begins_with_leading_function_word(text)
    }

    /// Whether a function word that may lead a join begins `word`, or (in a word long enough
    /// to hold three words) follows a non-joining letter inside it.
    fn has_leading_function_word_at_a_cut(&self, word: &str) -> bool {
        self.leads(word)
            || (word.len() >= MIN_INNER_JOIN_BYTES && any_inner_cut(word, |rest| self.leads(rest)))
    }

    /// Adds a word that is never split (a name or term that happens to look like a join).
    pub(crate) fn keep(&mut self, word: String) {
        self.keep.insert(word);
    }

    /// The pieces of `word` if it is words written together without spaces, as byte ranges
    /// of `word`; `None` if it should stay whole.
    pub(crate) fn split(&self, word: &str) -> Option<Vec<Range<usize>>> {
        // Cheap tests first: a word of the lexicon stays whole (most words that get here are
        // one; the function words are among them), and a join has a function word at a cut.
        let lexicon = &*LEXICON;
        if word.len() > MAX_JOIN_BYTES
            || is_known(lexicon, word)
            || !(ends_in_glued_function_word(word)
                || self.has_leading_function_word_at_a_cut(word)
                || may_be_verb_then_pronoun(word))
            || (!self.keep.is_empty() && self.keep.contains(word))
            || PLACE_WORDS.contains(word)
            || is_form_of_known_word(word)
        {
            return None;
        }
        verb_then_pronoun(word).or_else(|| Search::new(lexicon, word)?.best_cut())
    }
}

/// The subject and oblique pronouns that open a clause (`ان کا کہنا تھا`, `انہوں نے کہا`, `اس
/// نے`).
const CLAUSE_PRONOUNS: [&str; 6] = ["ان", "انہوں", "انھوں", "اس", "انہیں", "انھیں"];

/// The most bytes of a verb form glued to a pronoun: a verb form of three letters and
/// `انہوں` or `انھوں`, five.
const VERB_THEN_PRONOUN_BYTES: usize = 16;

/// Whether `word` may be [`verb_then_pronoun`]: short enough, and `ا` (with which every
/// clause pronoun begins) stands two or five letters from its end, after `ا` or `ے` (with
/// which the verb forms end): tests of two bytes at fixed places.
#[inline]
fn may_be_verb_then_pronoun(word: &str) -> bool {
    let bytes = word.as_bytes();
    let letter_at = |from_end: usize, letters: &[[u8; 2]]| {
        bytes
            .len()
            .checked_sub(from_end)
            .and_then(|i| bytes.get(i..i + 2))
            .is_some_and(|b| letters.iter().any(|l| b == l))
    };
    // `ا`, `ے` in UTF-8.
    const ALEF: [u8; 2] = [0xD8, 0xA7];
    const YEH_BARREE: [u8; 2] = [0xDB, 0x92];
    let pronoun_at = |letters: usize| {
        letter_at(2 * letters, &[ALEF]) && letter_at(2 * letters + 2, &[ALEF, YEH_BARREE])
    };
    word.len() <= VERB_THEN_PRONOUN_BYTES && (pronoun_at(2) || pronoun_at(5))
}

/// The two pieces of `word` if it is a verb form that ends a clause glued to the pronoun that
/// opens the next (`گیاان کا کہنا تھا`, `کیاانہوں نے کہا`): a clause ends with its verb, and
/// after the verb's final `ا` or `ے`, letters that do not join the next, the space is
/// invisible. A verb form is followed by no other word the repair may cut off (see
/// [`JoinClass::may_lead`]); a pronoun is.
fn verb_then_pronoun(word: &str) -> Option<Vec<Range<usize>>> {
    CLAUSE_PRONOUNS.iter().find_map(|pronoun| {
        let verb = word.strip_suffix(pronoun)?;
        let ends_clause = verb.ends_with(is_non_joining)
            && JOIN_WORDS.get(verb).is_some_and(|class| class.is_verb());
        ends_clause.then(|| vec![0..verb.len(), verb.len()..word.len()])
    })
}

/// The search for the most probable cut of one word: the best cover of the word up to each
/// cut point, one ending in a function word and one ending in a word of another class.
/// A cover is words of other classes (the first one known or not) with function words
/// between them, and function words before and after: `پینے|کے|پانی`, `کے|لیے|کہا`.
struct Search<'w> {
    lexicon: &'static Lexicon,
    word: &'w str,
    /// The cut points: where the word may be cut (its start, after each inner non-joining
    /// letter, its end), with the best covers up to each.
    cuts: Vec<Cut>,
    /// Whether the word has harakat, which pieces are looked up without.
    has_diacritic: bool,
    /// Whether the whole word is a known word when its medial `ے` are read as `ی`, once
    /// asked.
    reads_as_known_word: OnceCell<bool>,
}

/// One cut point of the search.
#[derive(Clone, Copy, Debug)]
struct Cut {
    /// Its byte offset in the word.
    at: usize,
    /// Whether a join word may begin here (its first two letters are those of one, or it is
    /// `آ`): a first word that no join word follows, and that is not one, is never looked up.
    join_word_may_follow: bool,
    /// The best covers of the word up to here, by [`Step::state`].
    best: [Option<Step>; 2],
}

/// The best cover of a word up to one cut point: its log probability, how many pieces,
/// where the last piece starts (an index into the cut points), and the last piece's class.
#[derive(Clone, Copy, Debug)]
struct Step {
    log_p: f64,
    pieces: usize,
    from: usize,
    /// Which of the two covers at `from` this step extends.
    from_state: usize,
    class: Option<JoinClass>,
    /// Whether the last piece is a word of the lexicon.
    known: bool,
    /// Whether the cover begins with a word the lexicon does not know.
    unknown_first: bool,
}

impl Step {
    /// The cover's state: 0 if its last piece is a function word, 1 if a word of another
    /// class. The best cover of each state is kept at every cut point, since only a cover
    /// that ends in a function word may go on with a word of another class.
    fn state(&self) -> usize {
        usize::from(self.class.is_none())
    }

    /// This cover extended with one more piece.
    fn then(self, from: usize, log_p: f64, class: Option<JoinClass>, known: bool) -> Step {
        Step {
            log_p: self.log_p + log_p,
            pieces: self.pieces + 1,
            from,
            from_state: self.state(),
            class,
            known,
            unknown_first: self.unknown_first,
        }
    }
}

impl<'w> Search<'w> {
    /// The search over `word`'s cut points, run; `None` if it has no inner cut point.
    fn new(lexicon: &'static Lexicon, word: &'w str) -> Option<Search<'w>> {
        let (starts, one_letter) = (&JOIN_BEGINNINGS.all, &*ONE_LETTER_JOIN_WORDS);
        let mut cuts = Vec::with_capacity(word.len() / 2 + 2);
        cuts.extend(cut_points(word).map(|at| {
            let rest = word.get(at..).unwrap_or_default();
            let first = rest.chars().next();
            Cut {
                at,
                join_word_may_follow: has_join_beginning(starts, rest)
                    || first.is_some_and(|c| one_letter.contains(&c)),
                best: [None, None],
            }
        }));
        if cuts.len() < 3 {
            return None;
        }
        let mut search = Search {
            lexicon,
            word,
            cuts,
            has_diacritic: has_diacritic(word),
            reads_as_known_word: OnceCell::new(),
        };
        search.run();
        Some(search)
    }

    /// The piece of the word between cut points `from` and `to`, without harakat.
    fn piece(&self, from: usize, to: usize) -> Option<Cow<'w, str>> {
        let start = self.cuts.get(from)?.at;
        let end = self.cuts.get(to)?.at;
        let piece = self.word.get(start..end)?;
        Some(if self.has_diacritic {
            plain(piece)
        } else {
            Cow::Borrowed(piece)
        })
    }

    /// The best covers up to cut point `at`.
    fn best(&self, at: usize) -> [Option<Step>; 2] {
        self.cuts.get(at).map_or([None, None], |c| c.best)
    }

    /// Fills `best`, one cut point after the other.
    fn run(&mut self) {
        let last = self.cuts.len() - 1;
        for to in 1..=last {
            for from in 0..to {
                // The whole word as one piece is no cut, and a piece after a cut point that
                // no cover reaches extends nothing.
                let unreached = from > 0 && self.best(from).iter().all(Option::is_none);
                if (from == 0 && to == last) || unreached {
                    continue;
                }
                let Some(piece) = self.piece(from, to) else {
                    continue;
                };
                for step in self.steps([from, to], &piece).into_iter().flatten() {
                    let Some(slot) = self
                        .cuts
                        .get_mut(to)
                        .and_then(|c| c.best.get_mut(step.state()))
                    else {
                        continue;
                    };
                    if slot.is_none_or(|s| step.log_p > s.log_p) {
                        *slot = Some(step);
                    }
                }
            }
        }
    }

    /// The ways to extend the covers ending at cut point `from` with `piece` (which ends at
    /// cut point `to`): as the first word, as a function word after either cover, or as a
    /// word of another class after the cover that ends in a function word.
    fn steps(&self, [from, to]: [usize; 2], piece: &str) -> [Option<Step>; 2] {
        let class = join_class(piece);
        // The lexicon is looked up only for a piece that may extend a cover: it is far larger
        // than the list of function words.
        let known = || self.lexicon.get(piece);
        let log_p = |known: Option<Known>| {
            known.map_or_else(|| self.lexicon.log_p_unknown(piece), |k| f64::from(k.log_p))
        };
        let covers = self.best(from);
        let one_letter = piece.chars().nth(1).is_none();
        if from == 0 {
            // The first word, known or not. A one-letter first word is a verb stem of the
            // list (`آ` in `آرہی`) or the year sign, never a letter that begins a word (`و`
            // in `وہی`).
            let long_enough = !one_letter || piece == YEAR_SIGN;
            let followed = self.cuts.get(to).is_some_and(|c| c.join_word_may_follow);
            if class.is_none() && !(long_enough && followed) {
                return [None, None];
            }
            let known = known();
            // A word of three letters or fewer that the lexicon does not know, before a
            // function word, is the beginning of a longer word, most often a foreign name
            // (`نوئل شارکی`, not `شار کی`): the lexicon lists the short words of Urdu.
            if known.is_none() && class.is_none() && piece.chars().nth(3).is_none() {
                return [None, None];
            }
            let first = Step {
                log_p: log_p(known),
                pieces: 1,
                from,
                from_state: 0,
                class,
                known: known.is_some(),
                unknown_first: known.is_none(),
            };
            return [Some(first), None];
        }
        if one_letter {
            // One letter after a word is the end of a longer word (`کاآ`, `کاء`).
            return [None, None];
        }
        if let Some(class) = class {
            // A function word after the words before it, if grammar lets it follow them.
            let host = || self.piece(0, from).unwrap_or_default();
            let log_p = log_p(known());
            return covers.map(|prev| {
                prev.filter(|&prev| may_follow(prev, class, piece, host))
                    .map(|prev| prev.then(from, log_p, Some(class), true))
            });
        }
        // A word of another class glued after a function word (`کےمطابق`, `اوراس`).
        let [after_function_word, _] = covers;
        let glued = after_function_word.and_then(|prev| {
            let known = known();
            let log_p = self.glued(prev, [from, to], piece, known)?;
            Some(prev.then(from, log_p, None, known.is_some()))
        });
        [glued, None]
    }

    /// ln P of `piece` (between cut points `from` and `to`, which the lexicon knows as
    /// `known`) as a word glued after the function word that ends cover `prev`, or `None` if
    /// it cannot be one.
    fn glued(
        &self,
        prev: Step,
        [from, to]: [usize; 2],
        piece: &str,
        known: Option<Known>,
    ) -> Option<f64> {
        // Only some function words lead a word glued to them (see `JoinClass::may_lead`), the
        // future endings are part of the verb before them, and no Urdu word begins with `ئ`
        // (`جو نےئرز` is `جونیئرز` typed with `ے`).
        if !prev.class.is_some_and(JoinClass::may_lead)
            || FUTURE_ENDINGS.contains(&piece)
            || piece.starts_with('ئ')
        {
            return None;
        }
        let lead = self.piece(prev.from, from)?;
        let letters = piece.chars().count();
        // A short word that only the word list vouches for (the corpus never uses it) is no
        // better than an unknown one here: the list has fragments of longer words and names
        // (`یتا` in `کویتا`, `ائر` in `پرائر`, `منے` in `تھامنے`). A word with `ے` typed for a
        // medial `ی` is the word so read (`اےک` is `ایک`).
        let known = known
            .filter(|k| k.count > 0 || letters > 3)
            .or_else(|| read_with_medial_yeh(self.lexicon, piece).filter(|k| k.count > 0));
        let log_p = match known {
            Some(known) => {
                let weak = letters < 3 || prev.unknown_first;
                (!weak || known.count >= MIN_WEAK_GLUED_COUNT).then_some(f64::from(known.log_p))
            }
            // `ے` is written only at the end of a word, so a word that goes on after a
            // function word in `ے` (`کے`, `سے`, `نے`, `ہے`) is words run together, even when
            // the lexicon does not know the rest (`کےحواری`, `سےعلاحدگی`). Some writers type
            // `ے` for a medial `ی` (`سےلاب` for `سیلاب`): a word that is known when read so
            // stays whole. And the conjunction `اور` begins few words (`اوراق`, `اورنگزیب`,
            // `اوریکل`, all known), so a word that the lexicon does not know and begins with
            // it is the conjunction glued to the next word (`اوربدعنوانیوں`).
            None if letters >= 3
                && ((lead.ends_with('ے') && !self.reads_as_known_word()) || lead == AND) =>
            {
                Some(self.lexicon.log_p_unknown(piece))
            }
            None => None,
        }?;
        // A function word and the word after it that make a word together stay together:
        // the function word is the start of that word (`پر` + `دیش` is `پردیش` in
        // `آندھراپردیش`).
        let together = self.piece(prev.from, to)?;
        self.lexicon.get(&together).is_none().then_some(log_p)
    }

    /// Whether the whole word is a known word when its medial `ے` are read as `ی` (asked
    /// only of a word that may have a word the lexicon does not know glued after `ے`).
    fn reads_as_known_word(&self) -> bool {
        *self
            .reads_as_known_word
            .get_or_init(|| read_with_medial_yeh(self.lexicon, self.word).is_some())
    }

    /// The pieces of the most probable cover of the whole word, if it has two or more.
    fn best_cut(&self) -> Option<Vec<Range<usize>>> {
        let last = self.cuts.len() - 1;
        let end = self
            .best(last)
            .into_iter()
            .flatten()
            .filter(|s| s.pieces >= 2)
            .max_by(|a, b| a.log_p.total_cmp(&b.log_p))?;
        let mut pieces = Vec::with_capacity(end.pieces);
        let (mut to, mut step) = (last, end);
        loop {
            pieces.push(self.cuts.get(step.from)?.at..self.cuts.get(to)?.at);
            if step.from == 0 {
                break;
            }
            to = step.from;
            step = (*self.best(to).get(step.from_state)?)?;
        }
        pieces.reverse();
        Some(pieces)
    }
}

/// Whether the function word `piece` (of class `next`) may follow `prev`, the cover of
/// `host` (the word up to the piece, asked for only when the rule needs it).
fn may_follow<'h>(
    prev: Step,
    next: JoinClass,
    piece: &str,
    host: impl Fn() -> Cow<'h, str>,
) -> bool {
    match (prev.class, next) {
        // Two case markers never stand side by side in Urdu (`کا کا` is a name, not a join).
        (Some(JoinClass::Case), JoinClass::Case) => false,
        // The ergative `نے` follows a noun or pronoun, never a verb: a stem before it is the
        // oblique infinitive (`کرنے`, `ہونے`), a verb form before it a word (`تھانے`).
        (Some(class), _) if piece == "نے" && (class == JoinClass::Stem || class.is_verb()) => {
            false
        }
        // A word the lexicon does not know (a name, mostly) is glued to a postposition
        // (`منسٹرکو`, `ناٹوکے`); before a verb or particle it is more likely a word of its own
        // that ends that way (`لاپرواہی`, `سدھاکر`, `چوراہے`). Not before `بھی` ("too"), which
        // no word ends with after a letter that does not join (`میتھیوزبھی`): it follows a
        // name as a postposition does.
        (None, JoinClass::Stem | JoinClass::Particle) if !prev.known && piece != "بھی" => false,
        (None, next) if next.is_verb() && !prev.known => false,
        // The conjunctive `کر` follows a verb stem, not a finite verb (`تھاکر` is a name).
        (Some(class), JoinClass::Stem) if class.is_verb() => false,
        // `Xنے` where X is a verb stem (the lexicon has `Xنا`, `Xتا`, `Xتے` or `Xتی`, with `ذ`
        // or `ز`, which Urdu spells either way in these Persian stems: `گذرنا`, `گزرنا`) is the
        // oblique infinitive (`پڑنے`, `گذرنے`), not X + نے. So is `Xانے` where X is not a place: a noun
        // or adjective in `ا` takes the ergative in its oblique form (`لڑکے نے`, never `لڑکا
        // نے`), and only names and a few loanwords in `ا` do not inflect, so in news text
        // `انے` ends the infinitive of a verb in `انا` (`اُڑانے`, `پہنچانے`, `گھبرانے`) far
        // more often than a name glued to `نے`; places (`امریکانے`) are known.
        _ if piece == "نے" => {
            let host = host();
            if host.ends_with('ا') {
                return PLACE_WORDS.contains(host.as_ref());
            }
            !is_verb_stem(&host)
        }
        _ => true,
    }
}

/// Whether the lexicon has `stem` as a verb stem: its infinitive or an imperfective
/// participle (`Xنا`, `Xتا`, `Xتے`, `Xتی`), as written or with `ذ` and `ز` swapped.
pub(crate) fn is_verb_stem(stem: &str) -> bool {
    const FORMS: [&str; 4] = ["نا", "تا", "تے", "تی"];
    if FORMS
        .iter()
        .any(|end| LEXICON.get_parts(&[stem, end]).is_some())
    {
        return true;
    }
    let swap = |c| match c {
        'ذ' => 'ز',
        'ز' => 'ذ',
        c => c,
    };
    stem.contains(['ذ', 'ز'])
        && FORMS.iter().any(|end| {
            LEXICON
                .get_chars(stem.chars().map(swap).chain(end.chars()))
                .is_some()
        })
}

/// What the lexicon knows of `word`, which has a medial `ے`, read with `ی` for every medial
/// `ے` (`سےلاب` is `سیلاب`, `کےمپ` is `کیمپ`, `اےک` is `ایک`); `None` if it has none or the
/// reading is no word.
fn read_with_medial_yeh(lexicon: &Lexicon, word: &str) -> Option<Known> {
    let word = plain(word);
    let (last, _) = word.char_indices().next_back()?;
    if !word.get(..last).is_some_and(|w| w.contains('ے')) {
        return None;
    }
    let read = word
        .char_indices()
        .map(|(i, c)| if c == 'ے' && i < last { 'ی' } else { c });
    lexicon.get_chars(read)
}
/// Whether `word` begins with a function word that may lead a join (see
/// [`JoinClass::may_lead`]), cut after a non-joining letter and followed by more letters.
/// Join words are short: only the first few cut points are looked up.
fn begins_with_leading_function_word(word: &str) -> bool {
    let lengths = *JOIN_WORD_LENGTHS;
    let mut after_non_joining = false;
    for (i, c) in word.char_indices() {
        if i >= 64 || (lengths >> i) == 0 {
            return false;
        }
        if after_non_joining {
            // The marks on a non-joining letter belong to it.
            if is_mark(c) {
                continue;
            }
            if (lengths >> i) & 1 == 1 && word.get(..i).is_some_and(leads_a_join) {
                return true;
            }
        }
        after_non_joining = is_non_joining(c);
    }
    false
}

/// Whether `word` is a join word that may lead a join (looked up without its harakat if it
/// has any).
fn leads_a_join(word: &str) -> bool {
    let class = join_class(word).or_else(|| {
        has_diacritic(word)
            .then(|| join_class(plain(word).as_ref()))
            .flatten()
    });
    class.is_some_and(JoinClass::may_lead)
}

/// Whether `parts`, the cut of `word`, reads a case marker or the copula where a case marker
/// follows in `next` (the text after `word`), which Urdu never writes:
///
/// - The masculine genitive `کا` and a word after it: `ایلسا کانیا نے` is not `ایلسا کا نیا
///   نے`. A genitive agrees with its head, and a head followed by a case marker or
///   postposition is in the oblique case, whose genitive is `کے` (`اس کے بیٹے نے`, never `اس
///   کا بیٹا نے`): `کا` cannot stand there.
/// - A genitive, `نے` or `کو` cut from the word's end: `اجئیوکا کا کہنا` is not `اجئیو کا کا
///   کہنا`. No case marker follows these (`میں سے`, "from among", follows `میں`, which is not
///   cut so).
///
/// - The copula cut from the word's end: `سارتھی نے` is not `سار تھی نے`. The copula ends a
///   clause, and a case marker follows a noun phrase, never a clause's verb.
///
/// - A genitive cut from the word's end before a finite verb of saying: `اجئیوکا کہتے ہیں`
///   is not `اجئیو کا کہتے ہیں`. A genitive is followed by the noun it qualifies, and a
///   finite verb (`کہتے`, `کہا`, `بتایا`) is none (`کہنا`, the verbal noun, is one: `X کا
///   کہنا`).
///
/// Either way the word is one word, most often a name. Only the next word is read, once for a
/// rare cut, so the test keeps the scan linear.
pub(crate) fn case_marker_before_case_marker(
    word: &str,
    parts: &[Range<usize>],
    next: &str,
) -> bool {
    // (Each marker has two letters, four bytes: other pieces are passed over by their length.)
    let piece =
        |r: Option<&Range<usize>>| r.filter(|r| r.len() == 4).and_then(|r| word.get(r.clone()));
    let genitive_first = parts.len() == 2 && piece(parts.first()) == Some("کا");
    let marker_last =
        parts.len() >= 2 && matches!(piece(parts.last()), Some("کا" | "کی" | "کے" | "نے" | "کو"));
    let copula_last = parts.len() >= 2
        && parts
            .last()
            .and_then(|r| word.get(r.clone()))
            .is_some_and(|p| join_class(p) == Some(JoinClass::Copula));
    if !(genitive_first || marker_last || copula_last) {
        return false;
    }
    let next = next_word(next);
    let genitive_last = matches!(piece(parts.last()), Some("کا" | "کی" | "کے"));
    join_class(next) == Some(JoinClass::Case)
        || (genitive_last && (FINITE_SPEECH_VERBS.contains(&next) || SPEECH_VERBS.contains(&next)))
}

/// Finite forms of the verbs of saying that a speaker's name stands right before, with no
/// case marker (`X کہتے ہیں`, "X says"): never after a genitive.
const FINITE_SPEECH_VERBS: [&str; 6] = ["کہتے", "کہتی", "کہتا", "بتاتے", "بتاتی", "بتاتا"];

/// The word that opens `next` (the text after a word), past the spaces before it: its
/// Arabic-script letters and marks. (A Latin letter ends it, as the scanner ends an Urdu
/// token there: a text of Urdu and Latin letters with no space, `نےaکہانےaکہا…`, is not read
/// to its end from every word.)
fn next_word(next: &str) -> &str {
    let next = next.trim_start_matches([' ', '\u{a0}']);
    let end = next
        .char_indices()
        .find(|&(_, c)| !(is_arabic_letter(c) || is_arabic_mark(c)))
        .map_or(next.len(), |(i, _)| i);
    examined(end);
    next.get(..end).unwrap_or_default()
}

/// The words that follow the ergative `نے` of a speaker though they are function words
/// (`data/joins.tsv`): the past speech verbs (`کہا`, `بتایا`, with `کہ` glued too).
const SPEECH_VERBS: [&str; 4] = ["کہا", "کہاکہ", "بتایا", "بتایاکہ"];

/// The words after which an oblique infinitive stands, besides the function words: a verb
/// of motion after one of purpose (`ملانے آئے`, "came to introduce"), the permissive `دینا`
/// (`جانے دو`), `پانا` ("manage to"), `لگنا` ("begin to") and the negations before them.
const AFTER_INFINITIVE: [&str; 27] = [
    "آیا",
    "آئی",
    "آئے",
    "آئیں",
    "آتا",
    "آتی",
    "آتے",
    "پہنچا",
    "پہنچی",
    "پہنچے",
    "نکلا",
    "نکلی",
    "نکلے",
    "دو",
    "دیں",
    "دی",
    "دیتا",
    "دیتی",
    "دیتے",
    "پائے",
    "نہیں",
    "نہ",
    "لگی",
    "لگیں",
    "لگتا",
    "لگتی",
    "لگتے",
];

/// The cut of `word`, unknown to the lexicon, into a name in `ا` and the ergative `نے`, by
/// the word after it (the start of `next`, the text after `word`). `Xانے` is most often an
/// oblique infinitive (see `may_follow`), but an infinitive is followed by a postposition, a
/// light verb or a verb of motion, never by a noun or by `کہا`: before those the word is a
/// name and its case marker (`پرینکانے کہا`, `بارک اوبامانے عراق میں …`). Only the next
/// word is read.
pub(crate) fn name_before_speech(word: &str, next: &str) -> Option<Vec<Range<usize>>> {
    let host = word.strip_suffix("نے")?;
    if !host.ends_with('ا') || host.chars().count() < 3 || LEXICON.get(word).is_some() {
        return None;
    }
    let next = next_word(next);
    // (A case marker glued to the word after it, `کےمقصد`, is a function word all the same.)
    let marker_first = next
        .char_indices()
        .skip(1)
        .take(3)
        .any(|(i, _)| next.get(..i).and_then(join_class) == Some(JoinClass::Case));
    let speaker = SPEECH_VERBS.contains(&next)
        || (!next.is_empty()
            && join_class(next).is_none()
            && !marker_first
            && !AFTER_INFINITIVE.contains(&next));
    speaker.then(|| vec![0..host.len(), host.len()..word.len()])
}

/// The class of `piece` if it is a join word: a bit test on its length in bytes, then a
/// lookup in the list of join words.
#[inline]
fn join_class(piece: &str) -> Option<JoinClass> {
    // The lengths of the join words of two letters or more, and two bytes for those of one
    // letter (`آ`).
    let lengths = *JOIN_WORD_LENGTHS | 1 << 2;
    if piece.len() >= 64 || (lengths >> piece.len()) & 1 == 0 {
        return None;
    }
    JOIN_WORDS.get(piece).copied()
}

/// Whether `test` holds for the rest of `word` after one of its inner cut points (after a
/// non-joining letter and the marks on it) with a word of two letters or more before it and
/// room for two words of two letters after it (`فیصدکےذریعہ`: `کےذریعہ` after `فیصد`).
fn any_inner_cut(word: &str, test: impl Fn(&str) -> bool) -> bool {
    let mut after_non_joining = false;
    for (i, c) in word.char_indices() {
        if word.len() - i < 8 {
            return false;
        }
        if after_non_joining {
            // The marks on a non-joining letter belong to it.
            if is_mark(c) {
                continue;
            }
            if i >= 4 && word.get(i..).is_some_and(&test) {
                return true;
            }
        }
        after_non_joining = is_non_joining(c);
    }
    false
}

/// Whether `word` ends in a function word that follows a non-joining letter. One backward
/// pass over the last few letters, a bit test per letter, and a lookup only where a
/// function word could start.
fn ends_in_glued_function_word(word: &str) -> bool {
    let lengths = *JOIN_WORD_LENGTHS;
    for (i, c) in word.char_indices().rev() {
        let tail = word.len() - i - c.len_utf8();
        if tail >= 64 || (lengths >> tail) == 0 {
            return false;
        }
        let candidate = (lengths >> tail) & 1 == 1 && is_non_joining(c) && tail > 0;
        if candidate
            && word
                .get(word.len() - tail..)
                .is_some_and(|t| JOIN_WORDS.contains_key(t))
        {
            return true;
        }
    }
    false
}

/// Whether `word` is a form of a word of the lexicon: the oblique or plural in `ے` or the
/// feminine in `ی` of a word in `ا` or `ہ` (`بھروسے` of `بھروسہ`, `پرانی` of `پرانا`, `لڑاکے`
/// of `لڑاکا`), or the adjective or adverb in `انہ` of a word (`سفاکانہ` of `سفاک`,
/// `دوستانہ` of `دوست`). Such a word ends like a function word (`سے`, `نی`, `کے`) or has one
/// inside (`کا` in `سفاکانہ`), but is one word.
fn is_form_of_known_word(word: &str) -> bool {
    let word = plain(word);
    let known = |stem: &str, end: &str| LEXICON.get_parts(&[stem, end]).is_some();
    if let Some(stem) = word.strip_suffix("انہ") {
        if known(stem, "") {
            return true;
        }
    }
    let Some(stem) = word.strip_suffix('ے').or_else(|| word.strip_suffix('ی')) else {
        return false;
    };
    known(stem, "ا") || known(stem, "ہ")
}
/// Whether `word` is a word of the lexicon, with or without its harakat.
fn is_known(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.get(word).is_some() || (has_diacritic(word) && lexicon.get(&plain(word)).is_some())
}

/// `word` without its harakat, as the lexicon lists words (`اُڑا` → `اڑا`).
fn plain(word: &str) -> Cow<'_, str> {
    if has_diacritic(word) {
        Cow::Owned(word.chars().filter(|&c| !is_diacritic(c)).collect())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether `word` has a character that [`is_diacritic`], read from its UTF-8 bytes (this
/// runs for every word the join repair looks up): U+064B–U+065F and U+0670 are `D9 8B`–`D9 9F`
/// and `D9 B0`, U+06D6–U+06ED are `DB 96`–`DB AD`.
fn has_diacritic(word: &str) -> bool {
    word.as_bytes().windows(2).any(|pair| {
        matches!(
            pair,
            [0xD9, 0x8B..=0x9F | 0xB0]
                | [0xDB, 0x96..=0x9C | 0x9F..=0xA4 | 0xA7 | 0xA8 | 0xAA..=0xAD]
        )
    })
}

/// The byte positions where `word` may be cut: its start, every position after a
/// non-joining letter (and the marks on it) that is followed by another letter, its end.
fn cut_points(word: &str) -> impl Iterator<Item = usize> + '_ {
    let mut after_non_joining = false;
    let inner = word.char_indices().filter_map(move |(i, c)| {
        if is_mark(c) {
            return None;
        }
        let cut = after_non_joining && i > 0;
        after_non_joining = is_non_joining(c);
        cut.then_some(i)
    });
    let end = (!word.is_empty()).then_some(word.len());
    std::iter::once(0).chain(inner).chain(end)
}
#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(word: &str) -> Vec<&str> {
        let joins = JoinWords::default();
        match joins.split(word) {
            Some(p) => {
                assert!(joins.may_be_join(word), "the prefilter hides {word}");
                p.into_iter().map(|r| &word[r]).collect()
            }
            None => vec![word],
        }
    }

    #[test]
    fn a_word_glued_to_the_function_words_after_it_is_split() {
        assert_eq!(pieces("کہاکہ"), ["کہا", "کہ"]);
        assert_eq!(pieces("ہےجبکہ"), ["ہے", "جبکہ"]);
        assert_eq!(pieces("کیاگیاہے"), ["کیا", "گیا", "ہے"]);
        assert_eq!(pieces("تھاکہ"), ["تھا", "کہ"]);
        assert_eq!(pieces("گیاہے"), ["گیا", "ہے"]);
        assert_eq!(pieces("ہےکہ"), ["ہے", "کہ"]);
        assert_eq!(pieces("کےبعد"), ["کے", "بعد"]);
        assert_eq!(pieces("پاکستانکے"), ["پاکستانکے"]);
        assert_eq!(pieces("منسٹرکو"), ["منسٹر", "کو"]);
        assert_eq!(pieces("دورےپرتھےاور"), ["دورے", "پر", "تھے", "اور"]);
        assert_eq!(pieces("ہوجاتا"), ["ہو", "جاتا"]);
        // An unknown name keeps its case marker apart, however long it is.
        assert_eq!(pieces("پرسادکےخلاف"), ["پرساد", "کے", "خلاف"]);
        // The year sign is a word of its own.
        assert_eq!(pieces("ءمیں"), ["ء", "میں"]);
        // `بھی` follows an unknown name as a postposition does; other particles do not.
        assert_eq!(pieces("میتھیوزبھی"), ["میتھیوز", "بھی"]);
        assert_eq!(pieces("ابھی"), ["ابھی"]);
    }

    #[test]
    fn a_function_word_glued_to_the_word_after_it_is_split() {
        assert_eq!(pieces("کےمطابق"), ["کے", "مطابق"]);
        assert_eq!(pieces("اوراس"), ["اور", "اس"]);
        assert_eq!(pieces("ہےجو"), ["ہے", "جو"]);
        assert_eq!(pieces("ہےاور"), ["ہے", "اور"]);
        assert_eq!(pieces("کاسامنا"), ["کا", "سامنا"]);
        assert_eq!(pieces("کوہدایت"), ["کو", "ہدایت"]);
        assert_eq!(pieces("نےاپنے"), ["نے", "اپنے"]);
        assert_eq!(pieces("سےمتعلق"), ["سے", "متعلق"]);
        assert_eq!(pieces("پرزور"), ["پر", "زور"]);
        // `ہوئے` ends a participial clause (`کرتے ہوئے`), and the next clause follows it.
        assert_eq!(pieces("ہوئےکہا"), ["ہوئے", "کہا"]);
        assert_eq!(pieces("ہوئےملالہ"), ["ہوئے", "ملالہ"]);
        // After `ے`, which ends a word, and after `اور`, the word glued on may be one the
        // lexicon does not know.
        assert_eq!(pieces("کےحواری"), ["کے", "حواری"]);
        assert_eq!(pieces("اوربدعنوانیوں"), ["اور", "بدعنوانیوں"]);
    }

    #[test]
    fn joins_in_both_directions_are_split() {
        assert_eq!(pieces("کےلیےکہا"), ["کے", "لیے", "کہا"]);
        assert_eq!(pieces("کےلیےاس"), ["کے", "لیے", "اس"]);
        assert_eq!(pieces("پینےکےپانی"), ["پینے", "کے", "پانی"]);
        assert_eq!(pieces("فیصدکےذریعہ"), ["فیصد", "کے", "ذریعہ"]);
        assert_eq!(pieces("ہونےکےباوجود"), ["ہونے", "کے", "باوجود"]);
        assert_eq!(
            pieces("دورےپرتھےاورانہوں"),
            ["دورے", "پر", "تھے", "اور", "انہوں"]
        );
    }

    #[test]
    fn a_verb_that_ends_a_clause_is_cut_from_the_pronoun_that_opens_the_next() {
        assert_eq!(pieces("گیاان"), ["گیا", "ان"]);
        assert_eq!(pieces("کیاانہوں"), ["کیا", "انہوں"]);
        assert_eq!(pieces("ہوااس"), ["ہوا", "اس"]);
        // Words that end like a pronoun stay whole.
        for word in ["پاکستان", "انسان", "کہاں", "گیاس"] {
            assert_eq!(pieces(word), [word]);
        }
    }

    #[test]
    fn noon_ghunna_ends_a_word() {
        // Urdu writes `ں` only at a word's end: a letter after it begins another word.
        assert_eq!(pieces("انہوںنے"), ["انہوں", "نے"]);
        assert_eq!(pieces("میںماہرین"), ["میں", "ماہرین"]);
        assert_eq!(pieces("فلموںمیں"), ["فلموں", "میں"]);
    }

    #[test]
    fn real_words_stay_whole() {
        for word in [
            "کہکشاں",
            "پرانی",
            "ایسے",
            "جیسے",
            "کیسے",
            "انکار",
            "دوسرے",
            "شکریہ",
            "ہوگا",
            "کاکا",
            "کرنے",
            "ہونے",
            "تھانے",
            "ادارے",
            "اورنگزیب",
            "تاکہ",
            "نظرانداز",
            "غیرقانونی",
            "وہی",
            "وہیں",
            "گانے",
            "سونے",
            "بھروسے",
        ] {
            assert_eq!(pieces(word), [word], "{word}");
        }
    }

    #[test]
    fn words_that_begin_like_a_function_word_stay_whole() {
        for word in [
            "کامیاب",
            "کامیابی",
            "پروگرام",
            "کوشش",
            "پرامن",
            "کارکردگی",
            "کارکن",
            "کالی",
            "پردہ",
            "تھانہ",
            "گیارہ",
            "اوراق",
            // A rare two-letter rest is more likely the end of a longer word.
            "کامن",
            // A function word and the word after it that make a word stay together.
            "آندھراپردیش",
        ] {
            assert_eq!(pieces(word), [word], "{word}");
        }
    }

    #[test]
    fn spellings_and_inflections_stay_whole() {
        for word in [
            // The future written joined to the verb.
            "جائےگا",
            "کرےگی",
            // Oblique infinitives, of stems the lexicon knows or in `انا`.
            "پکڑنے",
            "اُڑانے",
            "گھبرانے",
            "گذرنے",
            // The oblique of a word in `ا`, an adjective in `انہ`.
            "لڑاکے",
            "سفاکانہ",
            // Loanwords and names that end like a function word.
            "یاہو",
            // `ے` typed for a medial `ی` (`سیلاب`).
            "سےلاب",
        ] {
            assert_eq!(pieces(word), [word], "{word}");
        }
    }

    #[test]
    fn a_place_takes_the_ergative() {
        assert_eq!(pieces("امریکانے"), ["امریکا", "نے"]);
    }

    /// Words made of Urdu letters with function words glued before, inside or after them.
    fn glued_words() -> impl proptest::strategy::Strategy<Value = String> {
        let fw = "(کے|کی|کا|کو|نے|سے|پر|ہے|ہیں|تھا|تھے|کہ|اور|بعد|لیے|گیا|کر|آ)";
        let letters = "[اآبپتٹجچدڈذرڑزسشعفقکگلمنوہھیےںئءَُِ]{1,8}";
        proptest::string::string_regex(&format!("{fw}?{letters}{fw}?({letters})?{fw}?"))
            .expect("a valid pattern")
    }

    proptest::proptest! {
        /// The prefilter every word takes never hides a join that the full test finds.
        #[test]
        fn the_prefilter_never_hides_a_join(word in glued_words()) {
            let joins = JoinWords::default();
            if joins.split(&word).is_some() {
                proptest::prop_assert!(joins.may_be_join(&word), "{}", word);
            }
        }

        /// Splitting never changes the text of a word: the pieces follow each other from its
        /// start to its end, each on character boundaries and not empty, and together they
        /// are the word.
        #[test]
        fn the_pieces_rebuild_the_word(word in glued_words()) {
            if let Some(pieces) = JoinWords::default().split(&word) {
                proptest::prop_assert!(pieces.len() >= 2);
                let mut at = 0;
                let mut rebuilt = String::new();
                for piece in &pieces {
                    proptest::prop_assert_eq!(piece.start, at, "{}: {:?}", word, pieces);
                    proptest::prop_assert!(piece.start < piece.end);
                    let text = word.get(piece.clone());
                    proptest::prop_assert!(text.is_some(), "{}: {:?}", word, pieces);
                    rebuilt.push_str(text.unwrap_or_default());
                    at = piece.end;
                }
                proptest::prop_assert_eq!(at, word.len());
                proptest::prop_assert_eq!(rebuilt, word);
            }
        }
    }
}

//! Putting quotations, cues and speakers together.
//!
//! How a quotation gets its cue (and so its speaker):
//! - a quotation right after a cue (`X کے بقول: ’…‘`, `X نے کہا کہ ’…‘`) is the cue's;
//! - a quotation inside what a cue reports, or between a cue's speaker and its verb
//!   (`پوتن نے ’فتح‘ کا دعویٰ کیا`), is that cue's;
//! - a quotation followed in its sentence by a cue (`’…‘، انہوں نے کہا`) is that cue's;
//! - a long quotation with no cue of its own continues the speaker of the quotation just
//!   before it in the same or the previous paragraph, and a paragraph that is all one
//!   quotation of whole sentences continues it past the reporter's narration, unless that
//!   makes someone else a clause's subject;
//! - a short quoted term with no cue in its sentence (a title, a scare quote) is not
//!   reported.
//!
//! A quotation is `Direct` when it is a clause or more (it holds a sentence end, runs to six
//! words or more, or is all that its cue says) and `Partial` otherwise; `Indirect` is what
//! follows `کہ` (or a source postposition) up to the end of the sentence, unless that is one
//! quotation, reported as direct.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::extract::byline::label;
use crate::extract::cues::{frame_start, left_open_at, CueMatch};
use crate::extract::diagnostics::Reason;
use crate::extract::document::Document;
use crate::extract::mention::Cue;
use crate::extract::pairing::QuotePair;
use crate::extract::quote::{Quote, QuoteKind};
use crate::extract::slogan::{is_slogan_frame, slogan_word};
use crate::extract::speaker::{Speaker, SpeakerKind};
use crate::extract::vocabulary::SpeechRule;
use crate::lexicon::words::Roles;
use crate::lexicon::Fnv;
use crate::script::is_sentence_terminator;
use crate::tokenize::{Token, TokenKind};

/// A hash set with the word lists' fast hash: its keys are the text's own words and
/// tokens, looked up once per token.
type FnvSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;

/// How many cues on either side of a quotation may be its cue.
const NEAR_CUES: usize = 16;

/// Quotations of at least this many words are clauses (direct), shorter ones partial.
const CLAUSE_WORDS: usize = 6;

/// At most this many words in a crosshead in quotation marks (`’پاکستان جن حالات میں ہے اس
/// کی وجہ چینی قرضہ ہے‘`) of a text typed without `۔`: more is a paragraph of speech.
const CROSSHEAD_WORDS: usize = 12;

/// At most this many words from the case marker after a quoted term to the cue whose words
/// the term is (`’فتح‘ کا دعویٰ کیا`; an adjective may stand between: `کا بڑا دعویٰ`).
const CLAIM_WORDS: usize = 2;

/// At most this many quoted titles in a list before `جیسی` and the kind of work.
const TITLES_LISTED: usize = 6;

/// At most this many words between `جیسی` and the kind of work (`جیسی سپر ہٹ فلمیں`).
const SUCH_AS_WORDS: usize = 3;

/// At most this many furniture paragraphs (captions, links) between two paragraphs of one
/// speech.
pub(crate) const FURNITURE_BETWEEN: usize = 3;

/// A headline (a text's first line) has at most this many words; a longer first line is the
/// article's first paragraph.
const HEADLINE_WORDS: usize = 80;

/// A speech quoted over several paragraphs goes on for at most this many paragraphs after
/// its cue (a bound that keeps the search linear).
const SPEECH_PARAGRAPHS: usize = 10;

/// A quotation before its speaker is known: its tokens, kind and cue.
pub(crate) struct Planned {
    pub(crate) tokens: Range<usize>,
    pub(crate) kind: QuoteKind,
    pub(crate) cue: Option<usize>,
    /// The innermost planned quotation that holds this one.
    pub(crate) parent: Option<usize>,
}

/// Puts quotations, cues and speakers together.
pub(crate) struct Assembler<'x, 't, 'a> {
    pub(crate) doc: &'x Document<'t, 'a>,
    pub(crate) cues: &'x [CueMatch],
    /// The sentences that are page furniture (captions, links), in order.
    pub(crate) furniture: &'x [usize],
    /// Where each mention of a place begins (a byte offset), in order.
    pub(crate) place_starts: &'x [usize],
}

impl<'a> Assembler<'_, '_, 'a> {
    fn cue(&self, c: &CueMatch) -> Cue<'a> {
        Cue::new(self.doc.tokens.text(), self.doc.span(&c.cue))
    }

    /// The quotations of the plan that are reported, with their parents renumbered: every
    /// clause-like quotation, with its speaker or with none when the text does not say who
    /// said it (a quoted headline, a slogan, a line of dialogue, a report whose source is not
    /// named); a partial quotation only with a speaker (a quoted phrase nobody is said to
    /// have said is a term).
    /// Each quotation comes with the index of its cue.
    pub(crate) fn quotes(
        &self,
        planned: &[Planned],
        cue_speakers: &[Result<usize, Reason>],
        speakers: &[Speaker<'_>],
    ) -> (Vec<Quote<'a>>, Vec<Option<usize>>) {
        let speaker_of = |p: &Planned| {
            p.cue
                .and_then(|c| cue_speakers.get(c).copied())
                .and_then(Result::ok)
        };
        let mut index: Vec<Option<usize>> = Vec::with_capacity(planned.len());
        let mut quotes = Vec::new();
        let mut cues = Vec::new();
        let mut words: Vec<Option<String>> = Vec::new();
        let mut in_headline: Vec<bool> = Vec::new();
        // Only a direct quotation in the first line asks what the headline is.
        let headline = planned
            .iter()
            .any(|p| p.kind == QuoteKind::Direct && self.doc.paragraph(p.tokens.start) == 0)
            .then(|| self.headline())
            .flatten();
        for p in planned {
            let span = self.doc.span(&p.tokens);
            let speaker = speaker_of(p);
            if span.is_empty() || (speaker.is_none() && p.kind == QuoteKind::Partial) {
                index.push(None);
                continue;
            }
            index.push(Some(quotes.len()));
            // The nearest reported ancestor.
            let mut parent = p.parent;
            while let Some(i) = parent {
                if index.get(i).copied().flatten().is_some() {
                    break;
                }
                parent = planned.get(i).and_then(|q| q.parent);
            }
            cues.push(p.cue);
            words.push((p.kind == QuoteKind::Direct).then(|| self.doc.word_keys_of(&p.tokens)));
            in_headline.push(
                p.kind == QuoteKind::Direct
                    && headline
                        .as_ref()
                        .is_some_and(|h| h.contains(&p.tokens.start)),
            );
            quotes.push(Quote {
                span,
                text: self.doc.tokens.text().get(span.range()).unwrap_or(""),
                kind: p.kind,
                speaker,
                cue: p.cue.and_then(|c| self.cues.get(c)).map(|c| self.cue(c)),
                parent: parent.and_then(|i| index.get(i).copied().flatten()),
            });
        }
        same_words_same_speaker(&mut quotes, &words);
        headline_speaker(&mut quotes, &in_headline, speakers);
        (quotes, cues)
    }

    /// The tokens of the text's headline: its first line, when lines follow it and it is
    /// short (at most [`HEADLINE_WORDS`] words; a page may run its title and teaser
    /// together there).
    fn headline(&self) -> Option<Range<usize>> {
        let first = self.doc.paragraph_tokens(0);
        // The words are counted no further than one past the bound.
        let short = || self.word_tokens(&first).nth(HEADLINE_WORDS).is_none();
        (self.doc.paragraph_count() > 1 && short()).then_some(first)
    }

    /// The tokens of `r` that hold a letter or a digit.
    fn word_tokens(&self, r: &Range<usize>) -> impl Iterator<Item = Token<'_>> + '_ {
        self.doc
            .tokens
            .iter_range(r.clone())
            .filter(|t| t.text().chars().any(char::is_alphanumeric))
    }

    fn words(&self, r: &Range<usize>) -> usize {
        self.word_tokens(r).count()
    }

    fn holds_sentence_end(&self, r: &Range<usize>) -> bool {
        r.clone().any(|i| {
            self.doc
                .key(i)
                .chars()
                .next()
                .is_some_and(is_sentence_terminator)
        })
    }

    /// Whether the words `r` end with a finite verb: an auxiliary, the copula or a future
    /// ending (`ہماری ٹیم بہت مضبوط ہے`, `ہم جیتیں گے`), a modal (`ہمیں انصاف چاہیے`, "we
    /// want justice"), or the negation that stands for the copula (`ہمیں کوئی خوف نہیں`).
    /// Urdu puts the verb last, so words in marks that end so are a clause, however short,
    /// not a term or a name.
    fn ends_finite(&self, r: &Range<usize>) -> bool {
        let last = r.clone().rev().find(|&i| self.doc.is_word(i));
        let finite = Roles::AUXILIARY | Roles::MODAL | Roles::NEGATION;
        last.is_some_and(|i| i > r.start && self.doc.is(i, finite))
    }

    /// Whether the words `r` end with a verb in the subjunctive or the imperative (`اسرائیل
    /// جوہری ہتھیار ترک کرے`, "Israel should give up its nuclear weapons"; `دوسروں کو ساتھ
    /// ملائیں`; `تحقیق کو رد مت کریں`): a verb's stem with a subjunctive ending, a demand, as
    /// a quoted headline puts it.
    fn ends_with_a_wish(&self, r: &Range<usize>) -> bool {
        const ENDINGS: [&str; 5] = ["ئیں", "یں", "ئے", "ے", "و"];
        let Some(last) = r.clone().rev().find(|&i| self.doc.is_word(i)) else {
            return false;
        };
        last > r.start
            && crate::extract::cues::ends_verb_stem(self.doc.tokens.normalized(last), &ENDINGS, 2)
    }

    /// Whether the marks `p` hold all of their paragraph, as a headline or a crosshead does,
    /// or all of it after a speaker's label (`پرینکا: ’…‘`, see
    /// [`label`](crate::extract::byline::label)).
    fn alone_in_paragraph(&self, p: &QuotePair) -> bool {
        let line = self.doc.paragraph_tokens(self.doc.paragraph(p.open));
        let labelled = || label(self.doc, line.clone()).is_some_and(|name| name.end + 1 == p.open);
        line.end == p.close + 1 && (line.start == p.open || labelled())
    }

    /// Whether the words `r` hold a subject marked `نے` with words after it (`گردن زنی الزرقوی
    /// نے ہی کی`, "the beheading was done by Zarqawi himself"): the marker belongs to a
    /// clause with a perfective verb, whatever its last word looks like (`کی` is "did" there,
    /// not "of").
    fn holds_agent(&self, r: &Range<usize>) -> bool {
        let last = r.clone().rev().find(|&i| self.doc.is_word(i));
        last.is_some_and(|l| (r.start + 1..l).any(|j| self.doc.is(j, Roles::ERGATIVE)))
    }

    /// The cues that can belong to a quotation: those of its sentences, and no more than
    /// [`NEAR_CUES`] on either side of it (which keeps the assembly linear).
    fn near(&self, p: &QuotePair) -> Range<usize> {
        let k = self.doc;
        let first = k.sentence(p.open).start;
        let last = k.sentence(p.close).end;
        let lo = self.cues.partition_point(|c| c.cue.start < first);
        let hi = self.cues.partition_point(|c| c.cue.start < last);
        let mid = self.cues.partition_point(|c| c.cue.start < p.open);
        lo.max(mid.saturating_sub(NEAR_CUES))..hi.min(mid + NEAR_CUES)
    }

    /// The cue a quotation (the marks at `p`) belongs to, and whether the cue introduces it.
    fn cue_of(&self, p: &QuotePair) -> Option<(usize, bool)> {
        let k = self.doc;
        let sentence = k.sentence(p.open);
        let near = self.near(p);
        let cues = self.cues.get(near.clone()).unwrap_or(&[]);
        let at = |i: usize| near.start + i;
        let in_sentence = |c: &CueMatch| k.sentence(c.cue.start) == sentence;
        // Introduced: the quotation opens right after the cue.
        if let Some(i) = cues.iter().position(|c| c.after == p.open) {
            return Some((at(i), true));
        }
        // Inside what a cue reports, or between a cue's speaker and its verb.
        let inside = cues.iter().position(|c| {
            c.said
                .as_ref()
                .is_some_and(|s| s.start <= p.open && p.close <= s.end)
                || in_frame(c, p)
        });
        if let Some(i) = inside {
            return Some((at(i), false));
        }
        // A cue after the quotation in its sentence (`’…‘، انہوں نے کہا`), else any cue there
        // but one inside the marks: that is the speaker's own report of someone else (`’… اور
        // وزیر اعظم نے مجھ سے کہا کہ …‘`), and the quotation is still theirs.
        let after = cues
            .iter()
            .position(|c| in_sentence(c) && c.cue.start > p.close);
        let outside =
            |c: &CueMatch| in_sentence(c) && !(p.open < c.cue.start && c.cue.start < p.close);
        after
            .or_else(|| cues.iter().position(outside))
            .map(|i| (at(i), false))
            .or_else(|| self.pointing_back(p).map(|c| (c, false)))
            .or_else(|| self.trailing_frame(p).map(|c| (c, false)))
    }

    /// The tokens of the sentence after quotation `p`, when there is one.
    ///
    /// A closing mark typed apart after the quotation's end mark (`… تاخیر ہوئی ہے ۔ ' جنرل
    /// مشرف نے پوچھا ۔`, as pages that set every mark between spaces type it) begins a
    /// sentence of the splitter's, which cannot tell it from an opening mark: the sentence
    /// after the quotation is then the rest of that one.
    fn sentence_after(&self, p: &QuotePair) -> Option<Range<usize>> {
        let k = self.doc;
        let own = k.sentence(p.close.min(k.len().saturating_sub(1)));
        let sentence = if own.start == p.close && k.is_quote_mark(p.close) {
            p.close + 1..own.end
        } else {
            k.sentence(own.end)
        };
        (sentence.start < sentence.end.min(k.len())).then_some(sentence)
    }

    /// The first cue in the tokens `sentence`.
    fn first_cue_in(&self, sentence: &Range<usize>) -> Option<usize> {
        let from = self.cues.partition_point(|c| c.cue.start < sentence.start);
        self.cues
            .get(from)
            .filter(|c| c.cue.start < sentence.end)
            .map(|_| from)
    }

    /// The cue of the sentence after a quotation when that sentence is only a frame for it
    /// (`’…۔‘ وزیر اعظم نے صحافیوں سے گفتگو میں کہا۔`, `’…‘۔ X کا کہنا تھا۔`): in the same
    /// paragraph, with no quotation of its own, and its cue reports nothing after it.
    fn trailing_frame(&self, p: &QuotePair) -> Option<usize> {
        let k = self.doc;
        let sentence = self
            .sentence_after(p)
            .filter(|s| k.paragraph(s.start) == k.paragraph(p.close))?;
        let from = self.first_cue_in(&sentence)?;
        let cue = self.cues.get(from)?;
        let bare = cue.said.is_none()
            && (cue.after..sentence.end).all(|j| !k.is_word(j))
            && !sentence.clone().any(|j| k.is_quote_mark(j));
        bare.then_some(from)
    }

    /// The cue of the sentence after a quotation, when that sentence opens by pointing back
    /// to the words quoted (`’…‘۔ یہ بات وِل اسمتھ نے ایک انٹرویو میں کہی`). (`ان خیالات کا
    /// اظہار انہوں نے … کیا` has no cue: the light verb stands apart from its noun.)
    fn pointing_back(&self, p: &QuotePair) -> Option<usize> {
        let k = self.doc;
        let sentence = self.sentence_after(p)?;
        let next = sentence.start;
        let demonstrative = matches!(k.key(next), "یہ" | "ان" | "یہی" | "انہی");
        if !demonstrative || !k.is(next + 1, Roles::ANAPHORIC) {
            return None;
        }
        self.first_cue_in(&sentence)
    }

    /// The cue whose speaker a quotation with no cue of its own goes on quoting: the last cue
    /// before it in its paragraph, or, when the quotation opens its paragraph, the last cue
    /// of the paragraph before (news quotes a speaker over several paragraphs). A cue inside
    /// quotation marks is the quoted speaker's report of someone else (`ایپل نے کہا: ’ہمیں
    /// وزارت نے مطلع کیا ہے کہ …‘`): the speech goes on in the outer speaker's voice.
    ///
    /// A quotation of whole sentences that is a paragraph of its own (`whole`) goes on
    /// quoting that speaker past paragraphs of the reporter's narration, too, as long as
    /// they bring in no one else as the subject of a clause: a report built on one interview
    /// sets the source's words in paragraphs of their own between the reporter's
    /// explanations (`’اس سے بچنے کے لیے ضروری ہے کہ آپ … کلک مت کریں۔‘`).
    fn continued_cue(
        &self,
        open: usize,
        whole: bool,
        bringing: &[bool],
        ends_marked: bool,
    ) -> Option<usize> {
        let paragraph = self.doc.paragraph(open);
        let before = self.cues.partition_point(|c| c.cue.start < open);
        let last = (before.saturating_sub(NEAR_CUES)..before)
            .rev()
            .find(|&i| self.cues.get(i).is_some_and(|c| !c.quoted))?;
        let cue_paragraph = self.doc.paragraph(self.cues.get(last)?.cue.start);
        let opens_paragraph = open == 0 || self.doc.paragraph(open - 1) != paragraph;
        let same = cue_paragraph == paragraph;
        // An image caption or a link the page sets between two paragraphs of a speech is
        // not the article's: the speech goes on past it. So does a speech quoted over several
        // paragraphs, each of them one quotation (`X نے کہا: ’…‘` and then `’…‘`, `’…‘`).
        let mut previous = paragraph.saturating_sub(1);
        let mut furniture = 0;
        while previous > cue_paragraph && paragraph - previous <= SPEECH_PARAGRAPHS {
            let set_between = self.is_furniture_paragraph(previous)
                || (ends_marked && self.is_caption_line(previous));
            if set_between && furniture < FURNITURE_BETWEEN {
                furniture += 1;
            } else if !self.is_quotation_paragraph(previous)
                && (!whole || bringing.get(previous).copied().unwrap_or(true))
            {
                break;
            }
            previous -= 1;
        }
        let before = opens_paragraph && previous == cue_paragraph && cue_paragraph < paragraph;
        (same || before).then_some(last)
    }

    /// For each paragraph, whether it makes someone the subject of a clause: a case marker of
    /// the agent (`نے`) after a word that is not a pronoun (`آپ نے`, `کسی نے`, `انہوں نے`
    /// speak of no one new). One pass over the text, so that asking about a paragraph costs
    /// nothing however many quotations ask.
    fn bringing_in_someone(&self) -> Vec<bool> {
        let k = self.doc;
        let pronoun = Roles::PRONOUN
            | Roles::FIRST_PERSON
            | Roles::INDEFINITE
            | Roles::ERGATIVE_PRONOUN
            | Roles::DEMONSTRATIVE;
        let mut found = vec![false; k.paragraph(k.len().saturating_sub(1)) + 1];
        for j in 1..k.len() {
            if k.is(j, Roles::ERGATIVE) && !k.is(j - 1, pronoun) && k.key(j - 1) != "آپ" {
                if let Some(slot) = found.get_mut(k.paragraph(j)) {
                    *slot = true;
                }
            }
        }
        found
    }

    /// Where quotation `p` opens: its opening mark, or the first quoted word when it runs
    /// from its line's start (its `open` is then the last token of the line before).
    fn opening(&self, p: &QuotePair) -> usize {
        let first = p.open + 1;
        if self.doc.paragraph(p.open) == self.doc.paragraph(first) {
            p.open
        } else {
            first
        }
    }

    /// Whether paragraph `p` is a quotation and nothing else: it opens with a quotation mark
    /// or inside one (a paragraph in the middle of a speech marked only where it begins and
    /// ends), and its last words (before any end mark) are quoted or a closing mark (a mark opened
    /// and never closed runs to the end of its paragraph).
    fn is_quotation_paragraph(&self, p: usize) -> bool {
        let Range { start, end } = self.doc.paragraph_tokens(p);
        // The last token before the end marks (a few at most).
        let last = (start..end)
            .rev()
            .take(4)
            .find(|&i| !self.holds_sentence_end(&(i..i + 1)));
        (self.doc.is_quote_mark(start) || self.doc.is_quoted(start))
            && last
                .is_some_and(|l| l > start && (self.doc.is_quote_mark(l) || self.doc.is_quoted(l)))
    }

    /// Whether quotation `p` is a crosshead: a line of its own with no end of sentence in it
    /// or after it (`’تجارتی جنگ تو اچھی ہوتی ہے‘` above the paragraphs it heads), as a
    /// headline is. It quotes words the article goes on to report, not the speech of the
    /// speaker quoted just before.
    ///
    /// A crosshead may be one question (`’کیا آپ اپنا پاس ورڈ تبدیل نہیں کرتے؟‘`, "Don't you
    /// change your password?"): the reporter asks it of the reader, and the paragraphs under
    /// it answer.
    ///
    /// In a text typed without `۔` (`ends_marked` false) no sentence has an end mark, so only
    /// a short line is a crosshead: a paragraph of quoted speech is longer than a title.
    fn is_crosshead(&self, p: &QuotePair, ends_marked: bool) -> bool {
        if !ends_marked && self.words(&p.inner()) > CROSSHEAD_WORDS {
            return false;
        }
        let k = self.doc;
        let paragraph = k.paragraph(p.open);
        let Range { start, end } = k.paragraph_tokens(paragraph);
        let asks = p.close > p.open + 1 && matches!(k.key(p.close - 1), "؟" | "?");
        let body = p.open..if asks { p.close - 1 } else { end };
        // A question put as a crosshead is one simple clause; a question that sets a condition
        // or a time and then asks (`’جب … کی بات ہو سکتی ہے تو جرنیلوں کی کیوں نہیں؟‘`, "when
        // … can be talked of, then why not the generals'?") argues: it is the speaker's own,
        // asked in the speech the paragraph before reports.
        let argues = asks && p.inner().any(|j| k.key(j) == "تو");
        start == p.open && end == p.close + 1 && !argues && !self.holds_sentence_end(&body)
    }

    /// Whether the text ends its sentences with marks: it has a full stop (`۔`, or the Latin
    /// one typed for it). One pass, asked only of a quotation that may be a crosshead.
    fn ends_marked(&self) -> bool {
        (0..self.doc.len()).any(|i| self.doc.key(i) == "۔")
    }

    /// Whether paragraph `p` is a short line with no end mark and no quotation mark, in a
    /// text that ends its sentences with `۔`: a caption or a crosshead the page sets between
    /// two paragraphs (`تالاب جس میں روبورٹ مچھلیاں تیر رہی ہیں`, under a photo), not a
    /// sentence of the article.
    fn is_caption_line(&self, p: usize) -> bool {
        let line = self.doc.paragraph_tokens(p);
        line.len() <= CROSSHEAD_WORDS
            && !self.holds_sentence_end(&line)
            && !line.clone().any(|j| self.doc.is_quote_mark(j))
    }

    /// Whether paragraph `p` opens with a furniture sentence (a caption or a link line).
    fn is_furniture_paragraph(&self, p: usize) -> bool {
        let start = self.doc.paragraph_start(p);
        self.doc
            .sentence_index(start)
            .is_some_and(|s| self.furniture.binary_search(&s).is_ok())
    }

    /// The quotations: quoted words with their cue, then the indirect speech of the cues,
    /// in text order, nested and never crossing.
    pub(crate) fn plan(&self, pairs: &[QuotePair]) -> Vec<Planned> {
        // Quotations that are all that a cue says: no indirect quote for that cue.
        let mut whole = vec![false; self.cues.len()];
        let mut quotes = self.quoted(pairs, &mut whole);
        quotes.extend(self.indirect(&whole));
        settle(self.doc, quotes)
    }

    /// The short terms that the article also quotes where nobody speaks (`’بی ایف آر‘` in a
    /// sentence without a cue): a name it keeps using, not words someone said, wherever it
    /// stands.
    ///
    /// So is a short term the article uses as a noun of its own sentence, with a case marker
    /// after it ([`case_marked`](Self::case_marked): `’مرہم‘ نے … ایوارڈ اپنے نام کر لیا`):
    /// a start-up's name stays a name where it stands inside someone's reported words.
    fn names(&self, pairs: &[QuotePair]) -> FnvSet<String> {
        pairs
            .iter()
            .filter(|p| {
                let cue = self.cue_of(p);
                cue.is_none()
                    || (p.inner().len() <= CLAUSE_WORDS && self.case_marked(pairs, p, cue))
            })
            .map(|p| self.doc.keys_of(&p.inner()))
            .chain(self.nouns_in_narration(pairs))
            .collect()
    }

    /// Those of the short quoted terms of `pairs` (one or two words) that the reporter also
    /// uses unquoted as a noun, with a case marker or postposition after it (`کسی ایک گیٹ وے
    /// کے حفاظتی نظام میں`): terms of the article, which it may also set in marks inside
    /// someone's reported words (`بینکوں کے درمیان 'گیٹ وے' استعمال ہوتے ہیں`) without their
    /// being that person's words. One pass over the text, a lookup per case marker.
    fn nouns_in_narration(&self, pairs: &[QuotePair]) -> Vec<String> {
        let k = self.doc;
        let terms: FnvSet<String> = pairs
            .iter()
            .map(QuotePair::inner)
            .filter(|r| (1..=2).contains(&r.len()))
            .map(|r| k.keys_of(&r))
            .collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let last_words: FnvSet<&str> = terms.iter().filter_map(|t| t.rsplit(' ').next()).collect();
        let marker = Roles::ERGATIVE | Roles::GENITIVE | Roles::POSTPOSITION;
        let mut found = Vec::new();
        for j in 1..k.len() {
            let before = j - 1;
            if !k.is(j, marker) || k.is_quoted(j) || !last_words.contains(k.key(before)) {
                continue;
            }
            let one = k.keys_of(&(before..j));
            let two = before.checked_sub(1).map(|b| k.keys_of(&(b..j)));
            for key in std::iter::once(one).chain(two) {
                if terms.contains(&key) {
                    found.push(key);
                }
            }
        }
        found
    }

    /// The quotations in quotation marks.
    fn quoted(&self, pairs: &[QuotePair], whole: &mut [bool]) -> Vec<Planned> {
        let names = self.names(pairs);
        let bringing = OnceCell::new();
        let ends_marked = OnceCell::new();
        let speakers: FnvSet<(usize, usize)> = self
            .cues
            .iter()
            .filter_map(|c| c.speaker.as_ref().map(|r| (r.start, r.end)))
            .collect();
        let speaker_starts: FnvSet<usize> = speakers.iter().map(|&(start, _)| start).collect();
        let mut quotes = Vec::new();
        // The furthest closing mark so far: pairs come in order of their opening marks, so a
        // pair that closes before it is inside an earlier one.
        let mut outer_close: Option<usize> = None;
        for p in pairs {
            let inner = p.inner();
            // A quotation inside a quotation is part of it; a quoted title next to the kind of
            // work it names (`فلم ’منٹو‘`, `’جیو فلمز‘ نامی کمپنی`, `’ڈان‘ اخبار`, `’الجزیرہ‘ ٹی
            // وی`) is a name, not something said.
            let nested = outer_close.is_some_and(|c| p.close < c);
            outer_close = outer_close.max(Some(p.close));
            let short = inner.len() <= CLAUSE_WORDS;
            // So is a body's quoted name that someone belongs to (`’سینٹر فار اے نیو امریکن
            // سکیورٹی‘ سے وابستہ`).
            let affiliation =
                self.doc.key(p.close + 1) == "سے" && self.doc.is(p.close + 2, Roles::AFFILIATION);
            // A title never holds a sentence's end (`یہ مہم ’ان عام لوگوں کے لیے ایک اہم پیش رفت
            // ہے۔‘`: words said about a campaign, not its name).
            let kind_after = Roles::WORK | Roles::AGENCY;
            // Words in marks given as a title or a theme (`’’…‘‘ کے عنوان سے رپورٹ`, "a report
            // entitled …"; `’’…‘‘ کے موضوع پر`, "on the theme …"), however long.
            let entitled = self.doc.is(p.close + 1, Roles::GENITIVE)
                && matches!(self.doc.key(p.close + 2), "عنوان" | "موضوع");
            // An occasion is named, not said: words in marks that are celebrated or observed
            // (`آج ”خواتین پر تشدد کے خاتمے کا عالمی دن“ منایا جا رہا ہے`, a form of `منانا`).
            let observed = matches!(
                self.doc.key(p.close + 1),
                "منایا" | "منائی" | "مناے" | "منانے" | "مناتے" | "مناتی" | "منا"
            );
            // A short name that ends with its kind inside the marks (`’’پہلے مرچنٹس کپ سائیکل
            // پولو ٹورنامنٹ‘‘ کا انعقاد`, `'رام پتھ یاترا' نکالنے`) is a title too; `گانا`
            // ("to sing") and `نام` end words said as well.
            let kind_inside = inner.len() >= 2
                && inner.end.checked_sub(1).is_some_and(|last| {
                    self.doc.is(last, Roles::WORK)
                        && !matches!(self.doc.key(last), "گانا" | "گانے" | "نام" | "نامی")
                });
            // A work someone plays a part in (`"عشق زادے"میں میرا کردار …`, "my role in
            // 'Ishaqzaade'"; `’ہمسفر‘ میں مرکزی کردار ادا کیا`): a film's or a drama's title
            // before `میں` and, a word or two on, `کردار` ("role"). Words said have no role in
            // them.
            let played_in = self.doc.key(p.close + 1) == "میں"
                && (p.close + 2..p.close + 5)
                    .any(|j| matches!(self.doc.key(j), "کردار" | "کرداروں"));
            // (Not what a speaker calls something, right before `قرار دیا` or `کہا`: `احتجاج کو
            // ’سیاسی ڈرامہ‘ قرار دیا`, "called the protest 'a political drama'".)
            let cue = self.cue_of(p);
            let calling = match self.doc.key(p.close + 1) {
                "قرار" => true,
                verb => verb != "کہ" && verb.starts_with("کہ"),
            };
            let called = calling && self.act_words(p, cue, p.close + 1);
            // Nor a predicate before the copula (`یہ ’سیاسی ڈرامہ‘ ہے`, "this is 'a political
            // drama'"): what something is said to be.
            let predicate = matches!(
                self.doc.key(p.close + 1),
                "ہے" | "ہیں" | "تھا" | "تھی" | "تھے"
            );
            let title = (entitled
                || observed
                || (short && played_in)
                || (short && kind_inside && !called && !predicate)
                || p.open
                    .checked_sub(1)
                    .is_some_and(|b| self.doc.is(b, Roles::WORK))
                || (short && (self.doc.is(p.close + 1, kind_after) || affiliation))
                || (short && self.kind_after_adjective(p.close + 1))
                || (short && self.titles_listed(pairs, p.close + 1)))
                && !self.holds_sentence_end(&inner);
            if inner.is_empty() || nested || title {
                continue;
            }
            let whole_saying = self.is_whole_saying(p, cue);
            if let Some((c, true)) = cue {
                if let Some(slot) = whole.get_mut(c) {
                    *slot = whole_saying;
                }
            }
            let slogan = slogan_word(self.doc, p).is_some();
            // Words in marks that end with a postposition are a phrase of the reporter's
            // sentence, however long (`ڈالر ’تاریخ کی بلند ترین سطح پر‘ پہنچ گیا`, "the dollar
            // reached 'its highest level in history'"): Urdu ends a clause with its verb.
            let last_word = inner.clone().rev().find(|&j| self.doc.is_word(j));
            let oblique = last_word.is_some_and(|j| {
                self.doc
                    .is(j, Roles::POSTPOSITION | Roles::GENITIVE | Roles::ERGATIVE)
                    || matches!(self.doc.key(j), "پر" | "تک")
            });
            // Words in marks that close with a comma inside them (`’ہمیں انصاف چاہیے،‘ مقتول
            // کی والدہ نے کہا`) break off a sentence that the attribution after them goes on
            // with: they are said, never a name or a term, whose marks hold no comma.
            let comma_closed = inner
                .end
                .checked_sub(1)
                .is_some_and(|j| j > inner.start && self.doc.key(j) == "،");
            // A short clause in marks with a case marker after it is a noun of the reporter's
            // sentence, the title of a work (`’کل ہو نہ ہو‘ کے کئی مناظر`, "several scenes of
            // 'Kal Ho Na Ho'"), though it ends with a verb: a clause itself takes no case marker.
            let titled = || self.words(&inner) < CLAUSE_WORDS && self.case_marked(pairs, p, cue);
            let clause = whole_saying
                || slogan
                || comma_closed
                || self.holds_sentence_end(&inner)
                || (self.words(&inner) >= CLAUSE_WORDS && !oblique)
                || (self.ends_finite(&inner) && !titled())
                || self.holds_agent(&inner)
                || (self.alone_in_paragraph(p) && self.ends_with_a_wish(&inner));
            let key = self.doc.keys_of(&inner);
            // A well-known body's name or an acronym spelled in letters, alone in marks
            // (`’’اے پی پی‘‘ کو بتایا`), is a name, not words someone said.
            let known_name = self.doc.org_end_in(&inner) == Some((inner.start, inner.end))
                || self.doc.spelled(&inner);
            // A name the article uses elsewhere is still the speech act's words where it stands
            // between the speaker and the verb (`وسان نے پیپلز پارٹی کو ایم کیو ایم کا ’’میاں‘‘
            // کہا`).
            let named = names.contains(&key) && !self.act_words(p, cue, p.close + 1);
            let term = !clause
                && (named
                    || key.chars().count() <= 2
                    || known_name
                    || self.case_marked(pairs, p, cue));
            // A quoted name that is a cue's speaker (`ٹیچر ’’کربے‘‘نے کہا`), or that qualifies
            // the speaker's phrase right after it (`"ناسا" حکام کے مطابق`, "NASA officials"), is
            // no quotation.
            let speaker = !clause
                && (speakers.contains(&(inner.start, inner.end))
                    || speaker_starts.contains(&(p.close + 1)));
            if term || speaker {
                continue;
            }
            let cue = match cue {
                // A slogan is its chanters', when the text names them; not the speech of
                // whoever spoke last, nor of a frame the sentence holds.
                Some((c, _)) if slogan => self
                    .cues
                    .get(c)
                    .is_some_and(|m| is_slogan_frame(m, p))
                    .then_some(c),
                None if slogan => None,
                Some((c, _)) => Some(c),
                None if clause
                    && !self.is_crosshead(p, *ends_marked.get_or_init(|| self.ends_marked())) =>
                {
                    let opening = self.opening(p);
                    // (A text typed without `۔` ends its quoted sentences with their verbs.)
                    let whole = (self.holds_sentence_end(&inner) || self.ends_finite(&inner))
                        && self.is_quotation_paragraph(self.doc.paragraph(opening));
                    let bringing = bringing.get_or_init(|| self.bringing_in_someone());
                    let marked = *ends_marked.get_or_init(|| self.ends_marked());
                    self.continued_cue(opening, whole, bringing, marked)
                }
                None if clause => None,
                None => continue,
            };
            quotes.push(Planned {
                tokens: inner,
                kind: if clause {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Partial
                },
                cue,
                parent: None,
            });
        }
        quotes
    }

    /// Whether a kind of work follows token `at` after one adjective (`’ڈریگن‘ خلائی جہاز`,
    /// "the 'Dragon' space craft"): the words in marks before are its name. The adjective is
    /// a content word: a function word there (`’…‘ کا پروگرام`) makes the marks a phrase of
    /// their own.
    fn kind_after_adjective(&self, at: usize) -> bool {
        let k = self.doc;
        k.is_word(at) && !crate::is_stop_word(k.key(at)) && k.is(at + 1, Roles::WORK)
    }

    /// Whether the words from token `at` on show the quoted term before them to be a title:
    /// `جیسی`, "such as", before the kind of work (`’کچھ کچھ ہوتا ہے‘ اور ’کل ہو نہ ہو‘ جیسی
    /// مقبول فلمیں`, "popular films such as …"), with more quoted titles listed between.
    fn titles_listed(&self, pairs: &[QuotePair], mut at: usize) -> bool {
        let k = self.doc;
        for _ in 0..TITLES_LISTED {
            if matches!(k.key(at), "جیسی" | "جیسے" | "جیسا") {
                return (at + 1..=at + SUCH_AS_WORDS).any(|j| k.is(j, Roles::WORK));
            }
            let listed = matches!(k.key(at), "اور" | "،");
            let next = pairs
                .binary_search_by_key(&(at + 1), |p| p.open)
                .ok()
                .and_then(|n| pairs.get(n));
            match next {
                Some(p) if listed && p.inner().len() <= CLAUSE_WORDS => at = p.close + 1,
                _ => return false,
            }
        }
        false
    }

    /// Whether a short quoted term is a noun of the reporter's sentence: a case marker or a
    /// postposition follows it (`’مرہم‘ نے`, `'جیو فلمز' کے محمد ناصر`, `’تھرڈ پارٹی معاہدے‘
    /// کے تحت`), so it names something (a brand, a campaign, a body), not words someone
    /// said. Not when the cue introduces it (`کہا کہ ’مسلح عسکریت پسندوں‘ نے …`: the speaker's
    /// words begin there) or it stands between the cue's speaker and verb (`پوتن نے ’فتح‘ کا
    /// دعویٰ کیا`: the claim's words).
    /// Quoted terms listed with `اور` or `،` share the case marker after the last
    /// (`"کے الیکٹرک" اور "لائف صارفین" کے سوا`, "except K-Electric and lifeline users").
    fn case_marked(&self, pairs: &[QuotePair], p: &QuotePair, cue: Option<(usize, bool)>) -> bool {
        let k = self.doc;
        let mut after = p.close + 1;
        for _ in 0..TITLES_LISTED {
            let next = pairs
                .binary_search_by_key(&(after + 1), |n| n.open)
                .ok()
                .and_then(|n| pairs.get(n));
            match next {
                Some(n)
                    if matches!(k.key(after), "اور" | "،") && n.inner().len() <= CLAUSE_WORDS =>
                {
                    after = n.close + 1;
                }
                _ => break,
            }
        }
        let marked = k.is(
            after,
            Roles::ERGATIVE | Roles::GENITIVE | Roles::POSTPOSITION,
        );
        // Terms listed in marks are names or kinds, even in what a speaker said.
        let listed = after != p.close + 1
            || (p.open >= 2
                && matches!(k.key(p.open - 1), "اور" | "،")
                && k.is_quote_mark(p.open - 2));
        marked && !self.framed(p, cue, after) && (listed || !self.speakers_word(p, cue))
    }

    /// Whether the quoted term `p` stands in the clause that its cue reports a speaker to have
    /// said (`کہا ہے کہ … امریکہ کے ' اہم سِکیورٹی مفادات ' کے دفاع کے لئے ضروری ہے`, `ان کی
    /// جماعت ' جیو اور جینے دو ' کی پالیسی پر عمل پیرا رہے گی`): marks there set off the
    /// speaker's own words inside the reporter's paraphrase, even before a case marker (but
    /// not terms listed in marks, see [`case_marked`](Self::case_marked)).
    /// Not in a source's report (`ادارے کے مطابق … ' ریموٹ کنٹرول ' کے ذریعے`), which is the
    /// reporter's wording throughout, and not a term that opens with a place or a well-known
    /// body: a name (`’جے پور پنک پینتھرز‘ کی`, a team; `’پاکستان ٹیلی ویژن‘ پر`).
    fn speakers_word(&self, p: &QuotePair, cue: Option<(usize, bool)>) -> bool {
        let k = self.doc;
        let reported = cue.and_then(|(c, _)| self.cues.get(c)).is_some_and(|m| {
            m.rule != SpeechRule::Source
                && m.said
                    .as_ref()
                    .is_some_and(|s| s.start <= p.open && p.close <= s.end)
        });
        let first = p.open + 1;
        let place = k
            .tokens
            .bounds(first)
            .is_some_and(|(start, _)| self.place_starts.binary_search(&start).is_ok());
        reported && !place && k.body_at(first).is_none()
    }

    /// Whether the cue `cue` frames the quoted term `p` as the words of its speech act: it
    /// introduces the term, or the term stands between its speaker and verb with the verb
    /// (or the noun of saying) at most [`CLAIM_WORDS`] words after `after`, the token after
    /// the term and any listed with it (`’فتح‘ کا دعویٰ کیا`, `ایم کیو ایم کا ’’میاں‘‘ کہا`).
    /// A term that a longer phrase follows is a name the speaker talked about (`مصباح الحق نے
    /// "اے ٹیم" کی کارکردگی کو سراہتے ہوئے کہا`, "praising the performance of the 'A team'").
    fn framed(&self, p: &QuotePair, cue: Option<(usize, bool)>, after: usize) -> bool {
        cue.is_some_and(|(_, introduced)| introduced) || self.act_words(p, cue, after)
    }

    /// Whether the quoted term `p` stands between its cue's speaker and verb as the speech
    /// act's words (see [`framed`](Self::framed)).
    fn act_words(&self, p: &QuotePair, cue: Option<(usize, bool)>, after: usize) -> bool {
        cue.and_then(|(c, _)| self.cues.get(c))
            .is_some_and(|m| in_frame(m, p) && m.cue.start <= after + CLAIM_WORDS)
    }

    /// Whether the quotation at `p` is all that its cue says: the cue introduces it and
    /// nothing follows it in the sentence.
    fn is_whole_saying(&self, p: &QuotePair, cue: Option<(usize, bool)>) -> bool {
        match cue {
            Some((c, true)) => self
                .cues
                .get(c)
                .and_then(|m| m.said.clone())
                .is_none_or(|s| s.start >= p.open && s.end <= p.close + 1),
            _ => false,
        }
    }

    /// Whether a cue credits a news agency, paper or channel with a report that holds its
    /// own cue (`اے ایف پی کے مطابق … نے کہا کہ`): the agency is the channel of that cue's
    /// speech, and the inner cue's quotation is the one. Any other source (`دفتر خارجہ کے
    /// مطابق`, `ذرائع کے مطابق`) reports speech of its own, which holds the inner one.
    pub(crate) fn is_credit(&self, c: &CueMatch) -> bool {
        let Some(said) = c.said.as_ref() else {
            return false;
        };
        c.rule == SpeechRule::Source && self.is_media(c) && {
            let from = self.cues.partition_point(|d| d.cue.start < said.start);
            self.cues
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take(NEAR_CUES)
                .take_while(|d| d.cue.start < said.end)
                .any(|d| d.rule != SpeechRule::Source && !d.is_chant())
        }
    }

    /// Whether another speaker reports the cue's speech (it is nested in a cue that is not
    /// a credit): its speaker is not who the text is about.
    pub(crate) fn reported_by_another(&self, c: &CueMatch) -> bool {
        let start = frame_start(c);
        // The cue that holds it stands before it, among the few cues before (as when the
        // nesting was found).
        let before = self.cues.partition_point(|d| d.cue.start < start);
        c.nested
            && self
                .cues
                .get(..before)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take(NEAR_CUES)
                .any(|d| {
                    d.said
                        .as_ref()
                        .is_some_and(|s| s.start <= start && start < s.end)
                        && !self.is_credit(d)
                })
    }

    /// Whether a cue's speaker is a news agency, newspaper or broadcaster.
    fn is_media(&self, c: &CueMatch) -> bool {
        c.speaker.as_ref().is_some_and(|s| {
            s.clone().any(|j| self.doc.is(j, Roles::AGENCY))
                || self.doc.org_roles_in(s).has(Roles::AGENCY)
        })
    }

    /// The indirect quotations: what each cue reports after `کہ` or a source postposition.
    fn indirect(&self, whole: &[bool]) -> Vec<Planned> {
        let mut quotes = Vec::new();
        for (i, c) in self.cues.iter().enumerate() {
            let Some(said) = c.said.clone() else { continue };
            if whole.get(i).copied().unwrap_or(false) || said.is_empty() {
                continue;
            }
            if self.is_credit(c) {
                continue;
            }
            // Words a verb of saying opens with a mark that nothing closes are the speaker's
            // own (see [`left_open_at`]): a direct quotation.
            let verb = !matches!(c.rule, SpeechRule::Source | SpeechRule::Possessive);
            let kind = if verb && said.start == c.after && left_open_at(self.doc, said.start) {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            };
            quotes.push(Planned {
                tokens: said,
                kind,
                cue: Some(i),
                parent: None,
            });
        }
        quotes
    }
}

/// Whether the marks at `p` stand between a cue's speaker and its verb (`پوتن نے ’فتح‘ کا
/// دعویٰ کیا`).
fn in_frame(c: &CueMatch, p: &QuotePair) -> bool {
    c.speaker
        .as_ref()
        .is_some_and(|s| s.end <= p.open && p.close < c.cue.start)
}

/// The plan in text order (by start, the outer first), with quotation marks trimmed from
/// the edges, no two quotations crossing, and each one's parent.
///
/// A quotation never begins or ends with a quotation mark: its own marks are outside it, and
/// so are the marks of a quotation inside it at its edge (`کہا کہ وہ ’جلد‘` ends before `‘`).
/// When two quotations cross (a report that runs to its sentence's end, and a quotation that
/// opens inside it and closes after it), the earlier one ends where the later one begins.
fn settle(doc: &Document<'_, '_>, mut quotes: Vec<Planned>) -> Vec<Planned> {
    let is_mark = |i: usize| doc.kind(i) == Some(TokenKind::Quote);
    let trim = |r: &mut Range<usize>| {
        while r.start < r.end && is_mark(r.start) {
            r.start += 1;
        }
        while r.end > r.start && is_mark(r.end - 1) {
            r.end -= 1;
        }
    };
    for q in &mut quotes {
        trim(&mut q.tokens);
    }
    quotes.retain(|q| !q.tokens.is_empty());
    quotes.sort_by_key(|q| (q.tokens.start, std::cmp::Reverse(q.tokens.end)));
    // Cut crossings: each quotation against the open ones before it (a stack of the
    // quotations that hold the current position).
    let mut open: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        let Some(start) = quotes.get(i).map(|q| q.tokens.start) else {
            continue;
        };
        let end = quotes.get(i).map_or(start, |q| q.tokens.end);
        while let Some(&top) = open.last() {
            let top_end = quotes.get(top).map_or(0, |q| q.tokens.end);
            if top_end <= start {
                open.pop();
            } else if top_end < end {
                // Crossing: the earlier quotation stops where this one begins.
                if let Some(q) = quotes.get_mut(top) {
                    q.tokens.end = start;
                    trim(&mut q.tokens);
                }
                open.pop();
            } else {
                break;
            }
        }
        if let Some(q) = quotes.get_mut(i) {
            q.parent = open.last().copied();
        }
        open.push(i);
    }
    // A quotation cut to nothing goes; parents are renumbered.
    let mut number = Vec::with_capacity(quotes.len());
    let mut kept = 0;
    for q in &quotes {
        number.push((!q.tokens.is_empty()).then_some(kept));
        kept += usize::from(!q.tokens.is_empty());
    }
    quotes
        .into_iter()
        .filter(|q| !q.tokens.is_empty())
        .map(|mut q| {
            q.parent = q.parent.and_then(|p| number.get(p).copied().flatten());
            q
        })
        .collect()
}

/// A headline quotes the person the article is about, whom it may describe without a name
/// (`”میں جب بڑی ہوں گی …“ آسٹریلین خاتون کرکٹر …`, "… an Australian woman cricketer") and
/// the body then names: a direct quotation in the headline (`in_headline`) that has no
/// speaker takes the first person the body quotes. With no person quoted in the body, it
/// keeps none.
fn headline_speaker(quotes: &mut [Quote<'_>], in_headline: &[bool], speakers: &[Speaker<'_>]) {
    let first_person = quotes
        .iter()
        .zip(in_headline)
        .filter(|(_, &h)| !h)
        .filter_map(|(q, _)| q.speaker)
        .find(|&s| {
            speakers
                .get(s)
                .is_some_and(|s| s.kind == SpeakerKind::Person)
        });
    for (q, _) in quotes.iter_mut().zip(in_headline).filter(|(_, &h)| h) {
        if q.speaker.is_none() {
            q.speaker = first_person;
        }
    }
}

/// A news page repeats its headline in the teaser and the body: a direct quotation with no
/// speaker takes the speaker of another direct quotation of the same words (`’وہ دونوں
/// لڑکیاں مجھے اس فلیٹ میں ملیں اور۔۔۔‘` as the headline, then again before `سپنر شین وارن
/// نے … سنادیا`). `words` holds each quotation's words, for direct quotations.
fn same_words_same_speaker(quotes: &mut [Quote<'_>], words: &[Option<String>]) {
    let mut speaker_of: HashMap<&str, usize, BuildHasherDefault<Fnv>> = HashMap::default();
    for (q, w) in quotes.iter().zip(words) {
        if let (Some(speaker), Some(w)) = (q.speaker, w) {
            speaker_of.entry(w.as_str()).or_insert(speaker);
        }
    }
    for (q, w) in quotes.iter_mut().zip(words) {
        if q.speaker.is_none() {
            q.speaker = w.as_deref().and_then(|w| speaker_of.get(w).copied());
        }
    }
}

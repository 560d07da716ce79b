//! One text as the speech rules read it: its tokens with their match keys and vocabulary
//! symbols, its sentences and paragraphs, and which tokens stand inside quotation marks.

use std::ops::Range;

use crate::bits::{bit, set_bit};
use crate::extract::keys::MatchKeys;
use crate::extract::pairing::QuotePair;
use crate::extract::vocabulary::{Sym, Vocabulary};
use crate::lexicon::words::Roles;
use crate::span::Span;
use crate::tokenize::{Sentence, TokenKind, Tokens};

/// The tokens of a text with what the rules ask of them. Sentences and paragraphs are
/// looked up by binary search (they are asked for per quotation and per cue, not per token),
/// so that an analysis keeps no per-token index beside the tokens; each token's symbol is
/// looked up once.
pub(crate) struct Document<'t, 'a> {
    pub(crate) tokens: &'t Tokens<'a>,
    /// The tokens' match keys, the same that the gazetteer matches on.
    pub(crate) keys: &'t MatchKeys<'t, 'a>,
    pub(crate) vocabulary: &'t Vocabulary,
    /// Each token's symbol in the vocabulary.
    syms: Vec<Sym>,
    /// Each token's roles: its word's, and those that names of several words (`چیف جسٹس`,
    /// title; `اے ایف پی`, agency) give the tokens they cover.
    roles: Vec<Roles>,
    /// The token ranges of the sentences, in order.
    pub(crate) sentences: Vec<Range<usize>>,
    /// The first token of every paragraph (lines are paragraphs) after the first.
    paragraph_starts: Vec<usize>,
    /// One bit per token: whether it stands inside a pair of quotation marks.
    quoted: Vec<u64>,
    /// The tokens, in order, where the reporter's next sentence begins though no `۔` ends
    /// the one before: see [`Document::unmarked_sentence_after`].
    unmarked_sentences: Vec<usize>,
}

impl<'t, 'a> Document<'t, 'a> {
    pub(crate) fn new(
        keys: &'t MatchKeys<'t, 'a>,
        vocabulary: &'t Vocabulary,
        sentences: &[Sentence<'a>],
        pairs: &[QuotePair],
    ) -> Document<'t, 'a> {
        let tokens = keys.tokens();
        let syms: Vec<Sym> = (0..tokens.len())
            .map(|i| vocabulary.sym(keys.word(i)))
            .collect();
        let roles = token_roles(vocabulary, &syms, tokens);
        let mut quoted = vec![0u64; tokens.len() / 64 + 1];
        for p in pairs {
            for i in p.inner() {
                set_bit(&mut quoted, i);
            }
        }
        // The formula that closes a speech's report (`ان خیالات کا اظہار انہوں نے … کیا`,
        // "these views he expressed at …") begins the reporter's sentence too.
        let mut unmarked_sentences = Vec::new();
        for (i, (before, at)) in roles.iter().zip(roles.iter().skip(1)).enumerate() {
            let after_auxiliary = before.has(Roles::AUXILIARY) && at.has(Roles::ERGATIVE_PRONOUN);
            let formula = at.has(Roles::DEMONSTRATIVE) && closing_formula(keys, &roles, i + 1);
            if (after_auxiliary || formula) && !bit(&quoted, i + 1) {
                unmarked_sentences.push(i + 1);
            }
        }
        Document {
            tokens,
            keys,
            vocabulary,
            syms,
            roles,
            sentences: sentences.iter().map(Sentence::tokens).collect(),
            paragraph_starts: keys.line_starts().filter(|&i| i >= 1).collect(),
            quoted,
            unmarked_sentences,
        }
    }

    /// The first token after `start` and before `end` where the reporter begins a new
    /// sentence with no `۔` before it: a verb-final auxiliary, then the ergative pronoun
    /// (`… بہتر ہوگا انہوں نے امید ظاہر کی`). Urdu ends its clauses with the verb, and
    /// `انہوں نے` opens the reporter's next sentence about the speaker; in texts typed without
    /// `۔` this is where what was said ends.
    pub(crate) fn unmarked_sentence_after(&self, start: usize, end: usize) -> Option<usize> {
        let n = self.unmarked_sentences.partition_point(|&i| i <= start);
        self.unmarked_sentences.get(n).copied().filter(|&i| i < end)
    }

    /// How many tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The match key of token `i` (empty past the last token).
    pub(crate) fn key(&self, i: usize) -> &str {
        self.keys.word(i)
    }

    /// The symbol of token `i`.
    pub(crate) fn sym(&self, i: usize) -> Sym {
        self.syms
            .get(i)
            .copied()
            .unwrap_or(crate::extract::vocabulary::NO_SYM)
    }

    /// The roles of token `i`: its word's, and those of a name of several words it is part
    /// of (an organization's name gives none here: see [`org_at`](Self::org_at)).
    pub(crate) fn roles(&self, i: usize) -> Roles {
        self.roles.get(i).copied().unwrap_or(Roles::NONE)
    }

    /// Whether token `i`'s word has one of `roles`.
    pub(crate) fn is(&self, i: usize, roles: Roles) -> bool {
        self.roles(i).has(roles)
    }

    /// Whether token `i` stands inside quotation marks.
    pub(crate) fn is_quoted(&self, i: usize) -> bool {
        bit(&self.quoted, i)
    }

    /// The kind of token `i`.
    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.kind(i)
    }

    /// Whether token `i` is a word (Urdu or Latin).
    pub(crate) fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Latin))
    }

    /// Whether token `i` is a quotation mark.
    pub(crate) fn is_quote_mark(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Quote)
    }

    /// The index of the sentence that holds token `i`.
    pub(crate) fn sentence_index(&self, i: usize) -> Option<usize> {
        let n = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(n).filter(|s| s.contains(&i)).map(|_| n)
    }

    /// The token range of the sentence that holds token `i` (`i..i + 1` if none does).
    pub(crate) fn sentence(&self, i: usize) -> Range<usize> {
        self.sentence_index(i)
            .and_then(|n| self.sentences.get(n))
            .cloned()
            .unwrap_or(i..i + 1)
    }

    /// The paragraph of token `i`, counted from 0.
    pub(crate) fn paragraph(&self, i: usize) -> usize {
        self.paragraph_starts.partition_point(|&s| s <= i)
    }

    /// The first token of paragraph `p`.
    pub(crate) fn paragraph_start(&self, p: usize) -> usize {
        p.checked_sub(1)
            .and_then(|n| self.paragraph_starts.get(n))
            .copied()
            .unwrap_or(0)
    }

    /// How many paragraphs.
    pub(crate) fn paragraph_count(&self) -> usize {
        if self.len() == 0 {
            0
        } else {
            self.paragraph_starts.len() + 1
        }
    }

    /// The tokens of paragraph `p`.
    pub(crate) fn paragraph_tokens(&self, p: usize) -> Range<usize> {
        let end = self.paragraph_starts.get(p).copied().unwrap_or(self.len());
        self.paragraph_start(p)..end
    }

    /// The span of the tokens `r` in the original (empty if the range holds none).
    pub(crate) fn span(&self, r: &Range<usize>) -> Span {
        self.tokens.span_of(r.clone()).unwrap_or_default()
    }

    /// The original text of the tokens `r`.
    pub(crate) fn text(&self, r: &Range<usize>) -> &'a str {
        self.tokens.slice(r.clone())
    }

    /// The keys of the tokens `r`, joined by spaces: the form under which a phrase is
    /// compared with another.
    pub(crate) fn keys_of(&self, r: &Range<usize>) -> String {
        self.join_keys(r.clone())
    }

    /// The keys of the words (not the punctuation) of tokens `r`, single-spaced.
    pub(crate) fn word_keys_of(&self, r: &Range<usize>) -> String {
        self.join_keys(r.clone().filter(|&j| self.is_word(j)))
    }

    /// The keys of `tokens`, single-spaced.
    fn join_keys(&self, tokens: impl Iterator<Item = usize> + Clone) -> String {
        // Sized first: reading a phrase's few keys twice costs less than growing the string.
        let len = tokens.clone().map(|j| self.key(j).len() + 1).sum();
        let mut out = String::with_capacity(len);
        for j in tokens {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(self.key(j));
        }
        out
    }

    /// Whether the last of the tokens `r` has one of `roles` (`ماہرین` ends `طبی ماہرین`).
    pub(crate) fn ends_with(&self, r: &Range<usize>, roles: Roles) -> bool {
        r.end > r.start && self.is(r.end - 1, roles)
    }

    /// Whether token `i`'s word is a word of the dictionary (see
    /// [`Lexicon::is_dictionary`](crate::lexicon::Lexicon::is_dictionary)): a common word, where
    /// a name the lexicon knows only from the news corpus or the gazetteer is not.
    pub(crate) fn in_dictionary(&self, i: usize) -> bool {
        crate::lexicon::LEXICON.is_dictionary(self.tokens.normalized(i))
    }

    /// Whether the tokens `r` are an acronym spelled in letters, two or more (`پی آئی اے`).
    pub(crate) fn spelled(&self, r: &Range<usize>) -> bool {
        r.len() >= 2 && r.clone().all(|j| self.is(j, Roles::LETTER))
    }

    /// The roles of the well-known organizations' names that start at token `i` and end by
    /// `end` (none: no name starts there).
    pub(crate) fn org_at(&self, i: usize, end: usize) -> Option<Roles> {
        self.vocabulary
            .orgs_from(self.sym(i))
            .filter(|(org, _)| self.org_fits(i, org, end))
            .map(|(_, roles)| *roles)
            .reduce(|a, b| a | b)
    }

    /// Whether the words `org` stand from token `i` on, ending by `end`.
    fn org_fits(&self, i: usize, org: &[Sym], end: usize) -> bool {
        i + org.len() <= end && org.iter().enumerate().all(|(n, &w)| self.sym(i + n) == w)
    }

    /// The tokens of the well-known body's name (`فیس بک`, `عالمی ادارہ صحت`) that starts at
    /// token `i`, the longest if several do.
    pub(crate) fn body_at(&self, i: usize) -> Option<Range<usize>> {
        self.vocabulary
            .orgs_from(self.sym(i))
            .filter(|(org, roles)| roles.has(Roles::GROUP) && self.org_fits(i, org, self.len()))
            .map(|(org, _)| i..i + org.len())
            .max_by_key(|r| r.end)
    }

    /// The first well-known organization's name inside `r`: where it starts and ends.
    pub(crate) fn org_end_in(&self, r: &Range<usize>) -> Option<(usize, usize)> {
        r.clone().find_map(|i| {
            self.vocabulary
                .orgs_from(self.sym(i))
                .filter(|(org, _)| self.org_fits(i, org, r.end))
                .map(|(org, _)| i + org.len())
                .max()
                .map(|e| (i, e))
        })
    }

    /// The roles the well-known names inside the tokens `r` give them.
    pub(crate) fn org_roles_in(&self, r: &Range<usize>) -> Roles {
        r.clone()
            .filter_map(|i| self.org_at(i, r.end))
            .fold(Roles::NONE, |a, b| a | b)
    }
}

/// A name of several words in the word lists has at most this many (a bound on how far back
/// a name that holds another may start).
const MAX_NAME_WORDS: usize = 8;

/// Whether the formula that closes a speech's report (`ان خیالات`, "these views") starts at
/// token `i`. (Roles first: the words are compared only before a noun for words said.)
fn closing_formula(keys: &MatchKeys<'_, '_>, roles: &[Roles], i: usize) -> bool {
    roles.get(i + 1).is_some_and(|r| r.has(Roles::ANAPHORIC))
        && keys.word(i) == "ان"
        && keys.word(i + 1) == "خیالات"
}

/// Each token's roles: its word's, and those that names of several words give the tokens
/// they cover. A well-known organization's name (`GROUP`) gives none here (see
/// [`Document::org_at`]): its words are a name, not titles. Nor does a name inside a longer
/// one that stands there (`ایس پی`, a title, in `آئی ایس پی آر`, the army's press wing).
fn token_roles(vocabulary: &Vocabulary, syms: &[Sym], tokens: &Tokens<'_>) -> Vec<Roles> {
    // `کہ` after a relative pronoun is part of it (`جو کہ`, "who"): it opens a relative
    // clause, not what someone said (`میڈلین البرائٹ نے ، جو کہ … خاتون ہیں ، کہا ہے کہ`).
    let mut after_relative = false;
    let mut roles: Vec<Roles> = syms
        .iter()
        .map(|&s| {
            let mut r = vocabulary.roles(s);
            if after_relative {
                r = r.without(Roles::COMPLEMENTIZER);
            }
            after_relative = r.has(Roles::RELATIVE);
            r
        })
        .collect();
    // The days of the week that are also other words (rare), noted on the way.
    let mut weekdays: Vec<usize> = Vec::new();
    // The names that stand in the text: where each starts and ends, and its roles.
    let mut names: Vec<(usize, usize, Roles)> = Vec::new();
    for (i, &sym) in syms.iter().enumerate() {
        if roles.get(i).is_some_and(|r| r.has(Roles::WEEKDAY)) {
            weekdays.push(i);
        }
        for (words, phrase) in vocabulary.orgs_from(sym) {
            let fits = words
                .iter()
                .enumerate()
                .all(|(n, &w)| syms.get(i + n) == Some(&w));
            if fits {
                names.push((i, i + words.len(), *phrase));
            }
        }
    }
    // Names start in order; one that holds another starts at most `MAX_NAME_WORDS` before it.
    for (n, &(start, end, phrase)) in names.iter().enumerate() {
        let before = names.get(..n).unwrap_or(&[]);
        let from = before.partition_point(|&(s, _, _)| s + MAX_NAME_WORDS < start);
        let inside = names
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(s, _, _)| s <= start)
            .any(|&(s, e, _)| end <= e && e - s > end - start);
        if phrase.has(Roles::GROUP) || inside {
            continue;
        }
        for (n, r) in roles
            .get_mut(start..end)
            .unwrap_or(&mut [])
            .iter_mut()
            .enumerate()
        {
            *r |= phrase;
            // A word of grammar inside a news agency's name (`ہوا` in `شن ہوا`, Xinhua) is
            // part of the name, not a verb that ends the phrase before it.
            if n > 0 && phrase.has(Roles::AGENCY) {
                *r = r.without(Roles::AUXILIARY | Roles::STOP);
            }
        }
    }
    // Such a day is a time adverb before a word of grammar, a number or punctuation
    // (`وزیراعظم جمعہ کو`), and ends a speaker's phrase there; before a title or a name it is
    // the other word spelled the same (`بدھ ترجمان`, "a Buddhist spokesman"; `پیر پگاڑہ`).
    let grammar = Roles::STOP
        | Roles::POSTPOSITION
        | Roles::GENITIVE
        | Roles::ERGATIVE
        | Roles::CONNECTIVE
        | Roles::AUXILIARY;
    for i in weekdays {
        let name_follows = tokens.kind(i + 1) == Some(TokenKind::Word)
            && !roles.get(i + 1).is_some_and(|r| r.has(grammar));
        if let Some(r) = roles.get_mut(i).filter(|_| !name_follows) {
            *r |= Roles::STOP;
        }
    }
    roles
}

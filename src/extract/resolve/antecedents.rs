//! The antecedents of a text: the named people and bodies it introduces, speaking or not
//! (the subjects of clauses, titled names, names in marks before a case marker), in text
//! order, which a pronoun or a description may point back to.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::{Antecedent, FullNames, Resolver, QUOTED_NAME};
use crate::extract::cues::{aside_at, content_clause_before, phrase_before};
use crate::extract::document::Document;
use crate::extract::speaker::skeleton;
use crate::lexicon::words::Roles;
use crate::lexicon::Fnv;

/// At most this many words in a name a speaker is called by in full: more is a name run on
/// into its sentence.
const FULL_NAME_WORDS: usize = 5;

/// The words after a name that put it in a case other than the direct one (a case marker, a
/// postposition, an auxiliary) or join it to another (a conjunction).
const NOT_DIRECT: Roles = Roles::GENITIVE
    .union(Roles::ERGATIVE)
    .union(Roles::POSSESSIVE)
    .union(Roles::AUXILIARY)
    .union(Roles::POSTPOSITION)
    .union(Roles::CONNECTIVE);

impl Resolver<'_, '_, '_> {
    /// The named subjects of clauses and the titled names of the text, in order: in the
    /// reporter's words (not inside quotation marks or what someone is reported to have
    /// said), with a name of two words or more or a title before the name (`ملک نے` is no
    /// one's name). Not in the page's furniture (`furniture`: sentence indices, in order): an
    /// image caption (`Image caption … کسانوں نے خود کشی کی ہے`) stands outside the article's
    /// discourse, and a pronoun after it points past it.
    pub(super) fn find_antecedents(
        &self,
        reported: &[Range<usize>],
        furniture: &[usize],
        first_person_tokens: &[usize],
    ) -> Vec<Antecedent> {
        let k = self.doc;
        let mut found: Vec<Antecedent> = Vec::new();
        // The names found so far (of two words or more), by the skeletons of their words.
        let mut name_words: HashMap<String, Range<usize>> = HashMap::new();
        let title_like = Roles::TITLE | Roles::LEADER;
        let outside_narration = |at: usize| {
            let n = reported.partition_point(|r| r.end <= at);
            reported.get(n).is_some_and(|r| r.start <= at)
                || k.is_quoted(at)
                || k.sentence_index(at)
                    .is_some_and(|s| furniture.binary_search(&s).is_ok())
        };
        // The sentences whose narration is in the first person: someone's own words run on
        // without marks (`مجھ سے گوری شندے نے بہت اہم کردار کروایا`, "Gauri Shinde had me
        // play…"), for a reporter does not write so. Their subjects are not whom the text is
        // about. (A first person in what a speaker is reported to say does not count: `X نے
        // کہا کہ میرا ماننا ہے`.)
        let mut first_person = vec![false; k.sentences.len()];
        for &j in first_person_tokens {
            if !outside_narration(j) {
                if let Some(slot) = k.sentence_index(j).and_then(|s| first_person.get_mut(s)) {
                    *slot = true;
                }
            }
        }
        let own_words = |at: usize| {
            k.sentence_index(at)
                .is_some_and(|s| first_person.get(s).copied().unwrap_or(false))
        };
        // The sentence that holds token `i`, or the next: `i` only goes forward. Below the
        // first token of the next sentence (`next_opening`), a token with none of the roles
        // looked for is passed over at once: most tokens are.
        let looked_for = Roles::ERGATIVE | title_like | Roles::ASKING;
        let mut sentence = 0;
        let mut next_opening = 0;
        let mut i = 0;
        while i < k.len() {
            if i < next_opening && !k.is(i, looked_for) {
                i += 1;
                continue;
            }
            while k.sentences.get(sentence).is_some_and(|s| s.end <= i) {
                sentence += 1;
            }
            let opens_sentence = k.sentences.get(sentence).is_some_and(|s| s.start == i);
            next_opening = k
                .sentences
                .get(sentence)
                .filter(|s| s.start > i)
                .or_else(|| k.sentences.get(sentence + 1))
                .map_or(usize::MAX, |s| s.start);
            // The one a question is put to (`کپتان سرفراز احمد سے جب پوچھا گیا کہ … تو انھوں
            // نے جواب دیا`, "when captain Sarfraz Ahmed was asked … he replied") is who
            // answers it after `تو`: the subject the pronoun there points to. Found from the
            // word of asking, which is rare, back to the `سے` that marks them.
            if k.is(i, Roles::ASKING) && !k.is_quoted(i) {
                self.mark_addressees(&mut found, i);
            }
            // Only a case marker, a title, or a body's name opening a sentence begins an
            // antecedent: most tokens are none.
            if !opens_sentence && !k.is(i, Roles::ERGATIVE | title_like) {
                i += 1;
                continue;
            }
            let ergative = k.is(i, Roles::ERGATIVE) && !k.is_quoted(i);
            let after_relative = i.checked_sub(1).is_some_and(|p| k.is(p, Roles::RELATIVE));
            // Who puts a question (`جب بی بی سی نے ان سے … سوال کیا تو ان کا کہنا تھا`) is not
            // who answers it: the pronoun after `تو` is the one asked.
            // Nor is a subject inside the question (`X سے جب پوچھا گیا کہ جنرل مشرف نے تو …
            // کیا تھا تو انہوں نے کہا`): the question speaks of them; who answers is the one
            // asked.
            // Nor is the subject of the reporter's aside that opens a sentence (`واضح رہے کہ
            // اقوامِ متحدہ نے اگست میں اپنا عملہ واپس بلا لیا تھا`, "be it noted that the UN had
            // withdrawn its staff in August"): background, after which `انہوں نے` still means
            // the person the report is about.
            let aside = || aside_at(k, k.sentences.get(sentence).map_or(i, |s| s.start));
            let subject = ergative
                && !after_relative
                && !asks_then(k, i)
                && !in_question(k, i)
                && !aside()
                && !in_complement(k, i);
            // The name a relative clause's subject stands for (`آخری خاتون راچیل ڈینولینڈر تھیں
            // جنہوں نے … الزام لگایا تھا`, "… was Rachael Denhollander, who …"): the person the
            // sentence introduces, and the clause's subject.
            let relative_subject = ergative && after_relative;
            let phrase = if subject {
                phrase_before(k, i, k.sentence(i).start)
            } else if relative_subject {
                self.named_before_relative(i - 1)
            } else if k.is(i, title_like) && !i.checked_sub(1).is_some_and(|p| k.is(p, title_like))
            {
                self.titled_name_at(i)
            } else {
                None
            };
            // A subject known by a leader's role alone (`چین کے صدر نے`, "China's president")
            // is someone a pronoun may point to, like a name. A demonstrative and a noun (`اس
            // ٹویٹ نے`, "this tweet") point to something the text named before: no name.
            // Nor do the first person (`کیونکہ ہم نے`: the speaker's own words) and those
            // described by what they do (`نقل مکانی کرنے والوں نے`, "those who migrated").
            // So is one known by a person's role (`وزارت خزانہ کے ترجمان نے … مسترد کر دیا۔ ’…‘
            // انھوں نے کہا`, "the finance ministry's spokesman rejected …; he said"): the
            // subject the text has turned to.
            // (Not an indefinite one, `ایک مداح نے …`, "a fan …": someone in passing.)
            let indefinite = |p: &Range<usize>| p.clone().any(|j| k.is(j, Roles::INDEFINITE));
            let role_alone = |parts: &super::Parts| {
                parts.title.end > parts.title.start
                    && !parts.group
                    && k.is(parts.title.end - 1, Roles::TITLE)
                    && !k.is(parts.title.end - 1, Roles::COLLECTIVE)
            };
            let named = |p: &Range<usize>| {
                let first_person = p
                    .clone()
                    .any(|j| k.is(j, Roles::FIRST_PERSON) && !k.is(j, Roles::POSTPOSITION));
                let doers = p
                    .clone()
                    .any(|j| matches!(k.key(j), "والا" | "والی" | "والے" | "والوں"));
                // (A pronoun typed with a space inside, `انھو ں`, is a pronoun all the same.)
                if k.is(p.start, Roles::PRONOUN) || self.split_pronoun(p) || first_person || doers {
                    return false;
                }
                if self.called(p).is_some() {
                    return true;
                }
                let parts = self.split(p);
                // A common noun that is no one's source (`پالیسی`, `قانون`) is no one's name
                // either (`ریگن کی خارجہ پالیسی`, "Reagan's foreign policy", where `خارجہ` is
                // a title's word).
                if parts.name.len() == 1 && k.is(parts.name.start, Roles::NON_SOURCE) {
                    return false;
                }
                // One word of a name the text gave before in full (`منظور وسان …`, then `وسان
                // نے`) names that person again.
                let short = subject
                    && parts.name.len() == 1
                    && parts.title.is_empty()
                    && name_words.contains_key(&skeleton(k.key(parts.name.start)));
                // So does a subject of one word that no dictionary lists and that names no
                // place or body (`رابرٹس نے … اور ان کا کہنا ہے`, "Roberts … and he says"): a
                // surname, where a common noun (`ملک نے`) is listed. Not a noun in the oblique
                // plural (`پرستاروں نے`, "fans"), which no name ends with.
                let unlisted = subject
                    && parts.name.len() == 1
                    && parts.title.is_empty()
                    && !parts.group
                    && !k.tokens.normalized(parts.name.start).ends_with("وں")
                    && self.place_at(parts.name.start).is_none()
                    && k.body_at(parts.name.start).is_none()
                    && !k.in_dictionary(parts.name.start);
                // A group of people as the subject (`نواز شریف کے مخالفین نے …۔ ان کا کہنا
                // ہے`, "Nawaz Sharif's opponents …; they say") is whom a plural pronoun
                // after it may point to.
                let people = subject && k.ends_with(p, Roles::COLLECTIVE);
                parts.name.len() >= 2
                    || short
                    || unlisted
                    || people
                    || (!parts.name.is_empty() && !parts.title.is_empty())
                    || (subject
                        && parts.name.is_empty()
                        && (parts.leader || (role_alone(&parts) && !indefinite(p))))
            };
            // A name in quotation marks before the marker stands outside them in the
            // reporter's words, as the marker does; not in a sentence in the first person,
            // someone's own words (`’’میری کوم‘‘نے میری شہرت میں اضافہ کیا`).
            let quoted_name = || {
                quoted_name_before(k, i)
                    .filter(|p| named(p) && !outside_narration(i) && !own_words(i))
            };
            let phrase = phrase
                .filter(|p| named(p) && !outside_narration(p.start) && !own_words(p.start))
                .or_else(|| subject.then(quoted_name).flatten())
                .or_else(|| {
                    opens_sentence
                        .then(|| self.body_opening(i))
                        .flatten()
                        .filter(|b| !outside_narration(b.start))
                });
            let introduced = if phrase.is_none() && opens_sentence {
                k.sentences
                    .get(sentence)
                    .and_then(|s| self.introduced(s))
                    .filter(|b| !own_words(b.start) && !outside_narration(b.start))
            } else {
                None
            };
            let subject = subject || relative_subject || introduced.is_some();
            let phrase = phrase.or(introduced);
            if let Some(phrase) = phrase {
                let next = if subject {
                    i + 1
                } else {
                    phrase.end.max(i + 1)
                };
                let subject = subject
                    || (self.in_direct_case(&phrase) && !also_present(k, k.sentence(phrase.start)));
                let parts = self.split(&phrase);
                let name = parts.name.clone();
                let full = (name.len() == 1)
                    .then(|| name_words.get(&skeleton(k.key(name.start))).cloned())
                    .flatten();
                if name.len() >= 2 {
                    name_words.extend(name.clone().map(|j| (skeleton(k.key(j)), name.clone())));
                }
                found.push(Antecedent {
                    phrase,
                    full,
                    subject,
                    titled: !parts.title.is_empty() && parts.title.end == name.start,
                    group: parts.group,
                    title: parts.title,
                    name,
                });
                i = next;
                continue;
            }
            i += 1;
        }
        self.add_named_openers(&mut found, &outside_narration);
        found
    }

    /// Adds to `found` (in text order) the people the text makes subjects by name elsewhere
    /// (`محمد اشرف نے … کہا`) where a sentence opens with that name in the direct case, with
    /// no title before it (`محمد اشرف آج کل گاہ سے تھوڑے فاصلے پر رہتے ہیں اور ان کا دعویٰ ہے
    /// کہ`, "Muhammad Ashraf lives … these days, and his claim is that"): Urdu puts the
    /// subject first, so that sentence is about them, and a pronoun after it points to them.
    /// A name the text never makes a subject may be anything that opens a sentence.
    fn add_named_openers(
        &self,
        found: &mut Vec<Antecedent>,
        outside_narration: &impl Fn(usize) -> bool,
    ) {
        /// At most this many words in a name that opens a sentence.
        const OPENER_WORDS: usize = 4;
        let k = self.doc;
        // The words of those names, by key (a lookup that builds no string per sentence).
        let subjects: HashSet<&str, BuildHasherDefault<Fnv>> = found
            .iter()
            .filter(|a| a.subject && !a.group && a.name.len() >= 2)
            .flat_map(|a| a.name.clone().map(|j| k.key(j)))
            .collect();
        if subjects.is_empty() {
            return;
        }
        let mut taken: Vec<usize> = found.iter().map(|a| a.phrase.start).collect();
        taken.sort_unstable();
        let mut added = Vec::new();
        for sentence in &k.sentences {
            let start = sentence.start;
            let end = (start..sentence.end.min(start + OPENER_WORDS + 1))
                .find(|&j| !k.is_word(j) || !subjects.contains(k.key(j)))
                .unwrap_or(sentence.end);
            let name = start..end;
            if name.len() < 2 || taken.binary_search(&start).is_ok() || outside_narration(start) {
                continue;
            }
            // In the direct case: no case marker, postposition or conjunction after the name
            // (a time adverb may come first: `محمد اشرف آج کل … رہتے ہیں`).
            let direct = k.is_word(end) && !k.is(end, NOT_DIRECT) && !k.is_quoted(end);
            if name.len() > OPENER_WORDS || !direct {
                continue;
            }
            let parts = self.split(&name);
            added.push(Antecedent {
                phrase: name,
                full: None,
                subject: true,
                titled: false,
                group: parts.group,
                title: parts.title,
                name: parts.name,
            });
        }
        if !added.is_empty() {
            found.append(&mut added);
            found.sort_by_key(|a| a.phrase.start);
        }
    }

    /// The fullest names the text gives people among its antecedents, by the letters of each
    /// run of their words written together (long vowels and spaces aside): `شریف`, `نوازشریف`
    /// and `نواز شریف` all lead to `میاں محمد نواز شریف`. A speaker is called by the fullest
    /// name the article gives anywhere, and a reporter who names someone in full with a title
    /// (`وزیر اعظم میاں محمد نواز شریف`) often quotes them by a short or glued
    /// form (`نوازشریف نے کہا`). Letters two names share that are not one person's (`خان`, of
    /// `عمران خان` and `عامر خان`) lead to no one.
    pub(super) fn full_names(&self) -> FullNames {
        let k = self.doc;
        // The distinct names, and each run's letters to the name it leads to (`None`: to two
        // people).
        let mut names: Vec<Range<usize>> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut full: HashMap<String, Option<usize>> = HashMap::new();
        let words = |name: &Range<usize>| -> HashSet<String> {
            name.clone().map(|j| skeleton(k.key(j))).collect()
        };
        // Only a clause's subject, a name its marker ends: a name in the direct case may run
        // on into its clause (`راچیل ڈینولینڈر تھیں`), and one before `کا` into a place
        // (`مائیک پومپیو پاکستان کا دورہ`).
        let marked = |a: &&Antecedent| k.is(a.phrase.end, Roles::ERGATIVE);
        for a in self.antecedents.iter().filter(marked) {
            let name = a.name.clone();
            let person = !a.group && (2..=FULL_NAME_WORDS).contains(&name.len());
            if !person || !seen.insert(k.text(&name)) || k.spelled(&name) {
                continue;
            }
            let this = names.len();
            // Words before a short form are a first name only where a title says where the
            // name begins (`صدر ڈونلڈ ٹرمپ`); else they may be the clause's (`دیگر باتوں کے
            // علاوہ ونتا نندا نے`).
            for start in name.clone() {
                if start > name.start && !a.titled {
                    break;
                }
                let mut joined = String::new();
                for j in start..name.end {
                    joined.push_str(k.key(j));
                    let slot = full.entry(skeleton(&joined)).or_insert(Some(this));
                    let Some(other) = slot.filter(|&o| o != this) else {
                        continue;
                    };
                    let Some(known) = names.get(other) else {
                        continue;
                    };
                    // Two names that share letters (rare): the fuller of one person's, or
                    // no one's.
                    let (mine, theirs) = (words(&name), words(known));
                    *slot = if mine.is_superset(&theirs) {
                        Some(this)
                    } else if mine.is_subset(&theirs) {
                        Some(other)
                    } else {
                        None
                    };
                }
            }
            names.push(name);
        }
        FullNames { names, full }
    }

    /// Makes the one asked the question whose word of asking is at token `asking` a subject
    /// among `found` (see [`answers_then`]): the name before each `سے` that marks them, no
    /// further back than [`QUESTION_CLAUSE`] tokens in the sentence. A titled name found
    /// already becomes a subject; another name (of two words, or with a title) is put in its
    /// place among them.
    fn mark_addressees(&self, found: &mut Vec<Antecedent>, asking: usize) {
        let k = self.doc;
        let sentence = k.sentence(asking).start;
        let from = sentence.max(asking.saturating_sub(QUESTION_CLAUSE));
        for to in from..asking {
            if k.key(to) != "سے" || k.is_quoted(to) || !answers_then(k, to) {
                continue;
            }
            if let Some(a) = found.iter_mut().rev().find(|a| a.phrase.end <= to) {
                if a.phrase.end == to {
                    a.subject = true;
                    continue;
                }
            }
            let Some(phrase) = phrase_before(k, to, sentence) else {
                continue;
            };
            let parts = self.split(&phrase);
            // One known by a role or as a group (`کمپنی کے ترجمان سے جب پوچھا گیا`, `ماہرین سے
            // پوچھا گیا تو ان کا کہنا تھا`) answers as well as one named; someone indefinite
            // (`کسی سے`) is no one the text goes on about.
            let described = k.ends_with(&phrase, Roles::TITLE | Roles::COLLECTIVE)
                && !phrase.clone().any(|j| k.is(j, Roles::INDEFINITE));
            let named = !k.is(phrase.start, Roles::PRONOUN)
                && (parts.name.len() >= 2
                    || (!parts.name.is_empty() && !parts.title.is_empty())
                    || described);
            if !named {
                continue;
            }
            let at = found.partition_point(|a| a.phrase.start < phrase.start);
            found.insert(
                at,
                Antecedent {
                    full: None,
                    subject: true,
                    titled: !parts.title.is_empty() && parts.title.end == parts.name.start,
                    group: parts.group,
                    title: parts.title,
                    name: parts.name,
                    phrase,
                },
            );
        }
    }

    /// The name that opens `sentence` when the sentence introduces a person:
    /// a name of up to three words, `ایک` ("a"), a description of a few words and the copula
    /// in the plural of respect, and nothing more (`صائمہ ایک گھریلو خاتون ہیں۔`, "Saima is a
    /// housewife"). A singular predicate (`ایک … خاتون`) with a plural copula is Urdu's
    /// honorific: the subject is a person, whom a pronoun (`انھوں نے بتایا`) may point to
    /// next. (`پاکستان ایک زرعی ملک ہے` takes the singular copula: no person.)
    fn introduced(&self, sentence: &Range<usize>) -> Option<Range<usize>> {
        /// At most this many words in the description between `ایک` and the copula.
        const DESCRIPTION_WORDS: usize = 4;
        let k = self.doc;
        // The copula first: most sentences end otherwise.
        let mut last = sentence.end.checked_sub(1)?;
        if k.key(last) == "۔" {
            last = last.checked_sub(1)?;
        }
        // The future in the plural of respect (`… پہلے نجی مسافر ہوں گے`, "… will be the first
        // private passenger") introduces a person as well.
        let future = matches!(k.key(last), "گے" | "گی") && last >= 1 && k.key(last - 1) == "ہوں";
        if !future && !matches!(k.key(last), "ہیں" | "تھیں" | "تھے") {
            return None;
        }
        let i = sentence.start;
        let Some(one) = (i + 1..last.min(i + 4)).find(|&j| k.key(j) == "ایک") else {
            return self.unlisted_name_opening(sentence, last);
        };
        let described = last >= one + 2
            && last <= one + 1 + DESCRIPTION_WORDS
            && (one + 1..last).all(|j| k.is_word(j) && !crate::is_stop_word(k.key(j)));
        let name = i..one;
        let named = || {
            name.clone().all(|j| {
                k.is_word(j)
                    && !k.is_quoted(j)
                    && !crate::is_stop_word(k.key(j))
                    && !k.is(
                        j,
                        Roles::PRONOUN | Roles::NON_SOURCE | Roles::COLLECTIVE | Roles::TITLE,
                    )
            })
        };
        (described && named() && self.place_at(i).is_none() && k.body_at(i).is_none())
            .then_some(name)
            .or_else(|| self.unlisted_name_opening(sentence, last))
    }

    /// The name that opens `sentence`, whose verb at token `last` is in the plural of respect,
    /// when it is a person's name of two or three words, one of which no dictionary lists
    /// (the others plain words, none of grammar or of a role), in the direct case, and the
    /// sentence has no ergative subject (`یوساکا مائیزاوا … پہلے نجی مسافر
    /// ہوں گے۔ انھوں نے کہا`, "Yusaku Maezawa will be the first private passenger …; he said"):
    /// Urdu puts the subject first, and a pronoun after it points to that person.
    fn unlisted_name_opening(&self, sentence: &Range<usize>, last: usize) -> Option<Range<usize>> {
        /// At most this many words in the name.
        const NAME_WORDS: usize = 3;
        let k = self.doc;
        let i = sentence.start;
        // (A sentence of the verb alone names no one.)
        if last < i + 2 {
            return None;
        }
        // Plain words first (roles are at hand), then the lookups, for the few that pass.
        let end = (i..last.min(i + NAME_WORDS + 1))
            .find(|&j| !k.is_word(j) || k.is_quoted(j) || k.roles(j) != Roles::NONE)
            .unwrap_or(last);
        if !(2..=NAME_WORDS).contains(&end.saturating_sub(i)) || !k.is_word(end) {
            return None;
        }
        let end = (i..end)
            .find(|&j| crate::is_stop_word(k.key(j)) || (j > i && k.body_at(j).is_some()))
            .unwrap_or(end);
        let marked = NOT_DIRECT;
        // A noun for people, a body or a role after the words, in the direct case itself,
        // makes them its modifiers (`بگ باؤنٹی ہنٹنگ کمپنیاں از خود …`, "bug bounty hunting
        // companies themselves …"), its plural no respect, and so does one that ends a
        // body's name (`سانتا بانتا نیوز کے مطابق`); one in the oblique plural with a case
        // marker after it begins the next phrase (`یوگیندر یادو کسانوں کی تحریک سے …`).
        let head = Roles::GROUP
            | Roles::COLLECTIVE
            | Roles::TITLE
            | Roles::INSTITUTION
            | Roles::AGENCY
            | Roles::NON_SOURCE
            | Roles::DOCUMENT
            | Roles::WORK;
        let oblique_plural = k.tokens.normalized(end).ends_with("وں") && k.is(end + 1, marked);
        let modified = k.is(end, head) && !oblique_plural;
        let direct = end < last && k.is_word(end) && !k.is(end, marked) && !modified;
        let named = (2..=NAME_WORDS).contains(&end.saturating_sub(i))
            && direct
            && (end..last).all(|j| !k.is(j, Roles::ERGATIVE))
            && (i..end).any(|j| !k.in_dictionary(j))
            && self.place_at(i).is_none()
            && k.body_at(i).is_none();
        named.then_some(i..end)
    }

    /// The name right before the relative pronoun at token `relative`, past a copula or a
    /// comma between (`راچیل ڈینولینڈر تھیں جنہوں`, `نوئل شارکی، جنہوں`).
    fn named_before_relative(&self, relative: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let start = k.sentence(relative).start;
        let mut end = relative;
        while end > start && (k.is(end - 1, Roles::AUXILIARY) || k.key(end - 1) == "،") {
            end -= 1;
        }
        phrase_before(k, end, start)
    }

    /// A well-known body's name at token `i`, which opens its sentence, in the direct case
    /// (`اوپیک پیداوار میں کمی چاہتا ہے`, "OPEC wants a cut in production"): Urdu puts the
    /// subject first, so the body is what the sentence is about, and a later pronoun (`اس نے
    /// گذشتہ ماہ کہا تھا`) may point to it.
    fn body_opening(&self, i: usize) -> Option<Range<usize>> {
        let k = self.doc;
        if k.is_quoted(i) {
            return None;
        }
        k.body_at(i).filter(|b| self.in_direct_case(b))
    }

    /// Whether a titled name stands in the direct case, with no postposition after it
    /// (`نائب صدر این لوئز ہٹل اس بات سے اتفاق کرتی ہیں`): a person so named is the subject of
    /// the clause (a person as object takes `کو`), whom a pronoun may point to later. An
    /// auxiliary right after it means the phrase ran into a verb: no name. A quotation mark
    /// after a name that opens its sentence begins a name in marks within the clause
    /// (`پروفیسر نوئل شارکی ’قاتل روبوٹوں پر پابندی کی مہم‘ نامی تنظیم کے سربراہ ہیں`, "Professor
    /// Noel Sharkey is the head of the organisation called …"): no postposition follows the
    /// name, which Urdu puts first as the subject. So does `بھی` ("too") right after the name
    /// (`چترال کے ضلع رابطہ افسر محمد عادل بھی کرتے ہیں`): it follows the case marker of a
    /// marked noun (`X نے بھی`, `X کو بھی`), and comes right after the name only in the direct
    /// case.
    fn in_direct_case(&self, phrase: &Range<usize>) -> bool {
        let k = self.doc;
        let next = phrase.end;
        let roles = k.roles(next);
        if k.key(next) == "بھی" {
            // (Not after a word of grammar: `کچھ بھی`, "anything".)
            return !crate::is_stop_word(k.key(next - 1));
        }
        if k.is_quote_mark(next) && k.sentence(phrase.start).start == phrase.start {
            return true;
        }
        next < k.len()
            && k.is_word(next)
            && !roles.has(
                Roles::GENITIVE
                    | Roles::ERGATIVE
                    | Roles::POSSESSIVE
                    | Roles::STOP
                    | Roles::AUXILIARY,
            )
    }

    /// The phrase that a title at token `start` opens, up to the name after it: title words,
    /// places and genitives before titles, then the name's words (`وزیر اعلیٰ سندھ مراد علی
    /// شاہ`), ending at a function word, punctuation or a clause's marker.
    fn titled_name_at(&self, start: usize) -> Option<Range<usize>> {
        let k = self.doc;
        let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP;
        let sentence_end = k.sentence(start).end;
        let mut end = start;
        while end < sentence_end && end - start < 8 && k.is_word(end) {
            let roles = k.roles(end);
            let genitive_before_title = roles.has(Roles::GENITIVE) && k.is(end + 1, title_like);
            // A pronoun (`این لوئز ہٹل اس بات سے …`), an indefinite article (`عمران خان ایک
            // تنظیم کے سربراہ ہیں`) or a well-known body's name (`یوساکا مائیزاوا سپیس ایکس کے
            // راکٹ …`) begins another phrase.
            let body = end > start + 1 && k.body_at(end).is_some();
            // A place after a name is where the person is or goes (`وزیراعظم میاں نواز شریف
            // مظفرگڑھ پہنچ گئے`), not part of the name, unless a case marker follows it: then
            // it is the name's last word, a surname (`میجر جنرل منصور ترکی نے`). A place
            // between titles is part of the title (`وزیر اعلیٰ پنجاب شہباز شریف`). A genitive
            // and a title after the place begin another phrase (`صدر بش امریکہ کے ادارے …`,
            // "President Bush … America's institution …").
            // A name of two words or more before the place is whole (`مخدوم شاہ محمود قریشی
            // خانیوال کی ممتاز سماجی شخصیت … کی رہائشگاہ آئے`, "… Qureshi came to the house of
            // Khanewal's prominent figure …"): the place and its genitive are another phrase.
            let name_words = (start + 1..end)
                .filter(|&j| !k.is(j, title_like | Roles::GENITIVE))
                .count();
            let named_since = name_words > 0;
            let surname = |after: usize| {
                k.is(after, Roles::ERGATIVE)
                    || (k.is(after, Roles::GENITIVE)
                        && !k.is(after + 1, title_like)
                        && name_words < 2)
            };
            let place = named_since && self.place_at(end).is_some_and(|after| !surname(after));
            // So does the kind of a work after a name (`فلم ساز کرن جوہر فلم تخت بنانے جا رہے
            // ہیں`: the film "Takht").
            let work = named_since && roles.has(Roles::WORK);
            let stops = body
                || place
                || work
                || roles.has(Roles::CONNECTIVE | Roles::PRONOUN | Roles::INDEFINITE)
                || (roles.has(Roles::STOP | Roles::GENITIVE | Roles::ERGATIVE)
                    && !genitive_before_title);
            if stops {
                break;
            }
            end += 1;
        }
        (end > start + 1).then_some(start..end)
    }
}

/// The name in quotation marks right before the ergative marker at `marker` (`’فچ ریٹنگز‘
/// نے`): a short quoted term before a case marker is a name, the clause's subject. A work's
/// title (`فلم ’میری کوم‘ نے`) names no one.
/// Whether the sentence `s` lists who else was there (`ان کے ہمراہ … ڈاکٹر وسیم اختر اور … ظفر
/// اقبال بھی موجود تھے`, "with him … were also present"): it ends with `بھی`, a predicate of
/// presence (`موجود`, `شریک`, `شامل`, `ہمراہ`) and a copula. The people it names came with
/// the one the text is about, who stays its topic: a pronoun after it points past them.
fn also_present(k: &Document<'_, '_>, s: Range<usize>) -> bool {
    let Some(last) = (s.start..s.end).rev().find(|&j| k.is_word(j)) else {
        return false;
    };
    last >= s.start + 2
        && matches!(k.key(last), "تھے" | "تھیں" | "تھا" | "تھی" | "ہیں" | "ہے")
        && matches!(k.key(last - 1), "موجود" | "شریک" | "شامل" | "ہمراہ")
        && k.key(last - 2) == "بھی"
}

fn quoted_name_before(k: &Document<'_, '_>, marker: usize) -> Option<Range<usize>> {
    let close = marker.checked_sub(1).filter(|&c| k.is_quote_mark(c))?;
    let mut start = close;
    while start > 0 && close - start < QUOTED_NAME && k.is_quoted(start - 1) && k.is_word(start - 1)
    {
        start -= 1;
    }
    let open = start.checked_sub(1).filter(|&o| k.is_quote_mark(o))?;
    let work = open.checked_sub(1).is_some_and(|w| k.is(w, Roles::WORK));
    (!work && start < close).then_some(start..close)
}

/// Whether the `سے` at token `to` marks the one a question is put to, who answers after a
/// `تو` (`X سے جب صحافیوں نے سوال کیا تو`, `X سے جب پوچھا گیا کہ … تو`): a word of asking and
/// then `تو` follow in its sentence, with no `کہ` before the word of asking (`X سے کہا کہ`
/// tells X something).
fn answers_then(k: &Document<'_, '_>, to: usize) -> bool {
    let end = k.sentence(to).end.min(to + QUESTION_CLAUSE);
    let mut asking = false;
    for j in to + 1..end {
        match k.key(j) {
            "تو" => return asking,
            _ if k.is(j, Roles::COMPLEMENTIZER) && !asking => return false,
            _ => asking |= k.is(j, Roles::ASKING),
        }
    }
    false
}

/// Whether token `at` stands in the words of a question put to someone that its answer
/// follows (`جب پوچھا گیا کہ … تو`): a word of asking and `کہ` before it, `تو` after it, all in
/// its sentence and within [`QUESTION_CLAUSE`] tokens either side.
fn in_question(k: &Document<'_, '_>, at: usize) -> bool {
    let sentence = k.sentence(at);
    let from = sentence.start.max(at.saturating_sub(QUESTION_CLAUSE));
    let asked = (from..at)
        .rev()
        .find(|&j| k.is(j, Roles::COMPLEMENTIZER))
        .is_some_and(|c| {
            (from..c)
                .rev()
                .take(3)
                .any(|j| k.is(j, Roles::ASKING) && !k.is_quoted(j))
        });
    let end = sentence.end.min(at + QUESTION_CLAUSE);
    asked && (at + 1..end).any(|j| k.key(j) == "تو")
}

/// Whether the subject marked at token `marker` is inside the content clause of a noun
/// (`انھوں نے … اس دعویٰ کو کہ کمیٹی کے 11 ارکان پارلیمنٹ نے رپورٹ مسترد کر دی ہے، غیردستوری
/// قرار دیا`, "he called the claim that 11 MPs rejected the report unconstitutional") whose
/// sentence has a subject marked before it: the main clause's subject is whom the sentence
/// is about, and the claim's subject is not the text's topic.
fn in_complement(k: &Document<'_, '_>, marker: usize) -> bool {
    // (The clause is looked for first: most subjects are in none, and finding the sentence
    // costs more.)
    let Some(c) = content_clause_before(k, marker, 0) else {
        return false;
    };
    let sentence = k.sentence(marker);
    let main = sentence.start.max(c.saturating_sub(QUESTION_CLAUSE));
    c >= sentence.start + 3 && (main..c).any(|j| k.is(j, Roles::ERGATIVE) && !k.is_quoted(j))
}

/// At most this many tokens from a question's subject marker to the `تو` ("then") after it.
const QUESTION_CLAUSE: usize = 30;

/// Whether the subject marked at token `marker` puts a question to someone before a `تو`
/// (`جب X نے ان سے … سوال کیا تو`): `سے` and a word of asking stand between, in its sentence.
fn asks_then(k: &Document<'_, '_>, marker: usize) -> bool {
    let end = k.sentence(marker).end.min(marker + QUESTION_CLAUSE);
    let mut asked = false;
    let mut asking = false;
    for j in marker + 1..end {
        match k.key(j) {
            "تو" => return asked && asking,
            "سے" => asked = true,
            _ if k.is(j, Roles::COMPLEMENTIZER) => return false,
            _ => asking |= k.is(j, Roles::ASKING),
        }
    }
    false
}

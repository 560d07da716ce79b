//! Resolving the noun phrases of speech cues into speakers, merged into one speaker per
//! person or organization.
//!
//! - A phrase splits into a title (up to its last title, role or place word: `روس کے صدر`)
//!   and a name (the words after it: `ولادی میر پوتن`).
//! - A name joins an earlier speaker when the consonant skeletons of its words (long vowels
//!   inside a word dropped, so `پوتن` = `پوتین`) are all among that speaker's, or the other
//!   way round; the fuller name becomes the canonical one.
//! - A pronoun (`انہوں نے`, `ان کا`) is the most recent speaker.
//! - A description with a demonym and a leader's role (`قازق رہنما`) is the speaker whose
//!   title names a place of that country and a leader's role; a description with a role
//!   only (`ترجمان`) is the most recent speaker with that role in the title.
//! - An acronym defined in parentheses (`کلیکٹو سکیورٹی ٹریٹی آرگنائزیشن (سی ایس ٹی او)`)
//!   names the same speaker as its long form.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::extract::document::Document;
use crate::extract::locations::{Gazetteer, Location};
use crate::extract::mention::Mention;
use crate::extract::speaker::{short_form, skeleton, Speaker, SpeakerKind};
use crate::lexicon::words::Roles;
use crate::span::Span;

/// A speaker under construction.
#[derive(Debug)]
struct Entry<'a> {
    speaker: Speaker<'a>,
    name_words: usize,
    skeletons: HashSet<String>,
    /// The name's words written together (`نوازالدینصدیقی`), for short forms.
    joined: String,
    /// The description's key, for a speaker known only by one (`امریکی حکام`).
    description: String,
    title_words: Vec<String>,
    country: Option<String>,
    leader: bool,
}

/// A speaker phrase split into its title and name, with what its words tell.
struct Parts {
    title: Range<usize>,
    name: Range<usize>,
    group: bool,
    leader: bool,
    country: Option<String>,
}

/// Resolves speaker phrases into speakers, in text order.
pub(crate) struct Resolver<'k, 't, 'a> {
    doc: &'k Document<'t, 'a>,
    gazetteer: &'k Gazetteer,
    /// The place mentions of the text, in order, with their countries.
    places: Vec<(Span, Option<&'k str>)>,
    entries: Vec<Entry<'a>>,
    last: Option<usize>,
    acronyms: HashMap<String, String>,
}

/// How many speakers back a mention is compared with: more than any article names, and a
/// bound that keeps resolution linear.
const LOOKBACK: usize = 256;

impl<'k, 't, 'a> Resolver<'k, 't, 'a> {
    pub(crate) fn new(
        doc: &'k Document<'t, 'a>,
        gazetteer: &'k Gazetteer,
        locations: &'k [Location<'_>],
    ) -> Self {
        let mut places: Vec<(Span, Option<&'k str>)> = locations
            .iter()
            .flat_map(|l| l.mentions().iter().map(move |m| (m.span(), l.country())))
            .collect();
        places.sort_by_key(|(s, _)| s.start);
        Resolver {
            doc,
            gazetteer,
            places,
            entries: Vec::new(),
            last: None,
            acronyms: find_acronyms(doc),
        }
    }

    /// The speakers, in order of first mention.
    pub(crate) fn finish(self) -> Vec<Speaker<'a>> {
        self.entries.into_iter().map(|e| e.speaker).collect()
    }

    /// The speakers, most recent first, no further back than [`LOOKBACK`].
    fn recent(&self) -> impl Iterator<Item = (usize, &Entry<'a>)> {
        self.entries.iter().enumerate().rev().take(LOOKBACK)
    }

    fn mention(&self, r: &Range<usize>) -> Mention<'a> {
        Mention::new(self.doc.tokens.text(), self.doc.span(r))
    }

    /// Resolves the speaker phrase `phrase` (with its marker, for the mention text of a
    /// pronoun) and returns the speaker's index.
    pub(crate) fn resolve(&mut self, phrase: Range<usize>, marker: Option<usize>) -> Option<usize> {
        // An indefinite pronoun (`کوئی کہتا ہے`) names no one.
        if phrase.is_empty() || (phrase.len() == 1 && self.doc.is(phrase.start, Roles::INDEFINITE))
        {
            return None;
        }
        if phrase.len() == 1 && self.doc.is(phrase.start, Roles::PRONOUN) {
            return Some(self.resolve_pronoun(&phrase, marker));
        }
        let parts = self.split(&phrase);
        if parts.name.is_empty() {
            Some(self.resolve_description(&phrase, &parts))
        } else {
            Some(self.resolve_name(&phrase, parts))
        }
    }

    /// A pronoun alone: the most recent speaker.
    fn resolve_pronoun(&mut self, phrase: &Range<usize>, marker: Option<usize>) -> usize {
        let with_marker = phrase.start..marker.map_or(phrase.end, |m| m + 1);
        let mention = self.mention(&with_marker);
        match self.last {
            Some(i) => {
                self.add_mention(i, mention);
                i
            }
            None => {
                let pronoun = self.doc.text(phrase);
                self.create(mention, pronoun, 0, None, SpeakerKind::Unknown, phrase)
            }
        }
    }

    /// The last token of the phrase that ends a place's name.
    fn place_end(&self, phrase: &Range<usize>) -> Option<usize> {
        let span = self.doc.span(phrase);
        let from = self.places.partition_point(|(s, _)| s.start < span.start);
        let inside = self
            .places
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(s, _)| s.end <= span.end);
        inside
            .filter_map(|(s, _)| {
                phrase
                    .clone()
                    .rev()
                    .find(|&j| self.doc.tokens.bounds(j).is_some_and(|(_, e)| e == s.end))
            })
            .max()
    }

    /// The country of the first place named in the phrase.
    fn place_country(&self, phrase: &Range<usize>) -> Option<String> {
        let span = self.doc.span(phrase);
        let from = self.places.partition_point(|(s, _)| s.start < span.start);
        self.places
            .get(from)
            .filter(|(s, _)| s.end <= span.end)
            .and_then(|(_, c)| c.map(str::to_owned))
    }

    /// Title: up to the last title, role, group, demonym or place word; name: the rest.
    fn split(&self, phrase: &Range<usize>) -> Parts {
        let k = self.doc;
        let title_like = Roles::TITLE | Roles::LEADER | Roles::GROUP;
        let title_end = phrase
            .clone()
            .rev()
            .find(|&j| {
                k.is(j, title_like)
                    || self.gazetteer.demonym_country(k.key(j)).is_some()
                    || k.is(j, Roles::GENITIVE)
            })
            .map(|j| j + 1)
            .max(self.place_end(phrase).map(|j| j + 1))
            .unwrap_or(phrase.start)
            .min(phrase.end);
        // A group word bound by izafat to what follows (`عالمی ادارۂ صحت`) is part of the
        // organization's name, not a title before a name.
        let izafat = title_end
            .checked_sub(1)
            .filter(|&j| j >= phrase.start && title_end < phrase.end && k.is(j, Roles::GROUP))
            .and_then(|j| k.tokens.get(j))
            .is_some_and(|t| t.normalized().ends_with(['ۂ', '\u{0650}']));
        let title_end = if izafat { phrase.start } else { title_end };
        let title = phrase.start..title_end;
        let group = title.clone().any(|j| k.is(j, Roles::GROUP))
            || phrase.clone().any(|j| k.is(j, Roles::AGENCY))
            || k.org_roles_in(phrase).has(Roles::GROUP | Roles::AGENCY);
        let leader = title.clone().any(|j| k.is(j, Roles::LEADER));
        let country = self.place_country(phrase).or_else(|| {
            title
                .clone()
                .find_map(|j| self.gazetteer.demonym_country(k.key(j)).map(str::to_owned))
        });
        Parts {
            title,
            name: title_end..phrase.end,
            group,
            leader,
            country,
        }
    }

    /// A phrase with a name: merged with an earlier speaker whose name it shares, or new.
    fn resolve_name(&mut self, phrase: &Range<usize>, parts: Parts) -> usize {
        let k = self.doc;
        let mention = self.mention(phrase);
        let title_text = (!parts.title.is_empty()).then(|| k.text(&parts.title));
        let words: Vec<String> = parts.name.clone().map(|j| self.expand(k.key(j))).collect();
        let skeletons: HashSet<String> = words
            .iter()
            .flat_map(|w| w.split(' '))
            .map(skeleton)
            .collect();
        let joined: String = words.concat();
        let found = self
            .recent()
            .find(|(_, e)| {
                let subset = !e.skeletons.is_empty()
                    && (skeletons.is_subset(&e.skeletons) || e.skeletons.is_subset(&skeletons));
                subset || short_form(&joined, &e.joined)
            })
            .map(|(i, _)| i);
        if let Some(i) = found {
            self.merge(i, mention, &parts, skeletons, title_text);
            return i;
        }
        let kind = if parts.group {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        let name = k.text(&parts.name);
        let i = self.create(
            mention,
            name,
            parts.name.len(),
            title_text,
            kind,
            &parts.title,
        );
        if let Some(e) = self.entries.get_mut(i) {
            e.skeletons = skeletons;
            e.joined = joined;
            e.country = parts.country;
            e.leader = parts.leader;
        }
        i
    }

    /// A description: a demonym and a leader's role, a role seen before, a body named by its
    /// kind; or a new speaker known by the description.
    fn resolve_description(&mut self, phrase: &Range<usize>, parts: &Parts) -> usize {
        let k = self.doc;
        let mention = self.mention(phrase);
        let roles: Vec<String> = parts
            .title
            .clone()
            .filter(|&j| k.is(j, Roles::TITLE | Roles::LEADER))
            .map(|j| k.key(j).to_owned())
            .collect();
        let description = k.keys_of(phrase);
        // A body named by its kind (`ریٹنگ ایجنسی`, then `ایجنسی`) is the body last named so.
        let head = phrase.end.checked_sub(1);
        let head_key = head.map_or("", |j| k.key(j));
        let group_head = parts.group && head.is_some_and(|j| k.is(j, Roles::GROUP));
        let country = &parts.country;
        let found = self
            .recent()
            .find(|(_, e)| {
                let same_country = country.is_some() && e.country == *country;
                let same_description = e.name_words == 0
                    && (e.description == description
                        || (group_head && e.description.rsplit(' ').next() == Some(head_key)));
                same_description
                    || (same_country && parts.leader && e.leader)
                    || ((same_country || country.is_none())
                        && !roles.is_empty()
                        && roles.iter().all(|r| e.title_words.contains(r)))
            })
            .map(|(i, _)| i);
        // A person's role with nothing to tie it to (`ن لیگی رہنما`, `سابق وزیر اطلاعات`) is, as
        // news writes it, a definite description of the person just quoted.
        let anaphoric = !parts.group
            && !roles.is_empty()
            && country.is_none()
            && self
                .last
                .and_then(|i| self.entries.get(i))
                .is_some_and(|e| e.speaker.kind == SpeakerKind::Person);
        if let Some(i) = found.or(self.last.filter(|_| anaphoric)) {
            self.add_mention(i, mention);
            return i;
        }
        let kind = if parts.group {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Unknown
        };
        self.create(mention, k.text(phrase), 0, None, kind, &parts.title)
    }

    /// An acronym's long form, if the text defines it.
    fn expand(&self, word: &str) -> String {
        self.acronyms
            .get(word)
            .cloned()
            .unwrap_or_else(|| word.to_owned())
    }

    fn add_mention(&mut self, i: usize, mention: Mention<'a>) {
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.mentions.push(mention);
        }
        self.last = Some(i);
    }

    fn merge(
        &mut self,
        i: usize,
        mention: Mention<'a>,
        parts: &Parts,
        skeletons: HashSet<String>,
        title: Option<&'a str>,
    ) {
        let name_text = self.doc.text(&parts.name);
        let title_words: Vec<String> = parts
            .title
            .clone()
            .map(|j| self.doc.key(j).to_owned())
            .collect();
        if let Some(e) = self.entries.get_mut(i) {
            if parts.name.len() > e.name_words {
                e.speaker.name = name_text;
                e.name_words = parts.name.len();
            }
            e.skeletons.extend(skeletons);
            if e.speaker.title.is_none() && title.is_some() {
                e.speaker.title = title;
                e.title_words = title_words;
            }
            e.country = e.country.take().or_else(|| parts.country.clone());
            e.leader |= parts.leader;
        }
        self.add_mention(i, mention);
    }

    fn create(
        &mut self,
        mention: Mention<'a>,
        name: &'a str,
        name_words: usize,
        title: Option<&'a str>,
        kind: SpeakerKind,
        title_range: &Range<usize>,
    ) -> usize {
        let title_words = title_range
            .clone()
            .map(|j| self.doc.key(j).to_owned())
            .collect();
        self.entries.push(Entry {
            speaker: Speaker {
                name,
                kind,
                title,
                mentions: Vec::new(),
            },
            name_words,
            skeletons: HashSet::new(),
            joined: String::new(),
            description: if name_words == 0 {
                self.doc.keys_of(title_range)
            } else {
                String::new()
            },
            title_words,
            country: None,
            leader: false,
        });
        let i = self.entries.len() - 1;
        self.add_mention(i, mention);
        i
    }
}

/// `LONG (SHORT)`: the short form's key → the long form's key.
fn find_acronyms(k: &Document<'_, '_>) -> HashMap<String, String> {
    let mut found = HashMap::new();
    let len = k.len();
    for open in (0..len).filter(|&i| k.key(i) == "(") {
        let Some(close) = (open + 1..(open + 8).min(len)).find(|&j| k.key(j) == ")") else {
            continue;
        };
        let short = open + 1..close;
        // An acronym is spelled out letter by letter: short words (`سی ایس ٹی او`).
        if short.len() < 2 || short.clone().any(|j| k.key(j).chars().count() > 3) {
            continue;
        }
        let sentence = k.sentence(open);
        let long_start = open.saturating_sub(short.len() + 2).max(sentence.start);
        found.insert(k.keys_of(&short), k.keys_of(&(long_start..open)));
    }
    found
}

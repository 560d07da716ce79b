//! Speakers: the noun phrases of speech cues, resolved and merged into one speaker per
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

use crate::extract::locations::{Gazetteer, Mention};
use crate::extract::speech::{Keyed, SpeechLexicon};
use crate::lexicon::speech::WordRole;
use crate::span::Span;
use crate::tokenize::span_of;

/// What a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person, or a person known by a role.
    Person,
    /// A news agency, government, ministry, company or other body.
    Organization,
    /// Neither could be told (an unresolved pronoun or description).
    Unknown,
}

impl SpeakerKind {
    /// The lowercase name used in JSON (`"person"`, `"organization"`, `"unknown"`).
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// One real-world speaker, with every mention of them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// The canonical name: the fullest name among the mentions (`ولادی میر پوتن`), or the
    /// description when no name is given (`پولیس`).
    pub name: String,
    /// Person, organization, or unknown.
    pub kind: SpeakerKind,
    /// The title given with the name, if any (`روس کے صدر`).
    pub title: Option<String>,
    /// Every mention (names, pronouns, descriptions), in text order.
    pub mentions: Vec<Mention<'a>>,
}

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

/// Resolves speaker phrases into speakers, in text order.
pub(crate) struct Resolver<'k, 't, 'a> {
    keyed: &'k Keyed<'t, 'a>,
    text: &'a str,
    lex: &'k SpeechLexicon,
    gazetteer: &'k Gazetteer,
    entries: Vec<Entry<'a>>,
    last: Option<usize>,
    acronyms: HashMap<String, String>,
}

/// How many speakers back a mention is compared with: more than any article names, and a
/// bound that keeps resolution linear.
const LOOKBACK: usize = 256;

/// Whether one name is a short form of the other: written together, one begins the other
/// and has at least four letters (`نواز` of `نوازالدین`, `نوازالدین` of `نواز الدین صدیقی`).
fn short_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4 && long.starts_with(short)
}

/// The consonant skeleton of a word: long vowels (alef, waw, yeh) dropped inside it, so that
/// spelling variants of a name meet (`پوتن`, `پوتین`).
fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    match chars.as_slice() {
        [first, middle @ .., last] if chars.len() > 2 => {
            let mut s = String::new();
            s.push(*first);
            s.extend(
                middle
                    .iter()
                    .filter(|c| !matches!(c, 'ا' | 'و' | 'ی' | 'ے' | 'ئ')),
            );
            s.push(*last);
            s
        }
        _ => word.to_owned(),
    }
}

impl<'k, 't, 'a> Resolver<'k, 't, 'a> {
    pub(crate) fn new(
        keyed: &'k Keyed<'t, 'a>,
        text: &'a str,
        lex: &'k SpeechLexicon,
        gazetteer: &'k Gazetteer,
    ) -> Self {
        let mut r = Resolver {
            keyed,
            text,
            lex,
            gazetteer,
            entries: Vec::new(),
            last: None,
            acronyms: HashMap::new(),
        };
        r.acronyms = r.find_acronyms();
        r
    }

    /// The speakers, in order of first mention.
    pub(crate) fn finish(self) -> Vec<Speaker<'a>> {
        self.entries.into_iter().map(|e| e.speaker).collect()
    }

    fn span(&self, r: &Range<usize>) -> Span {
        span_of(self.keyed.tokens, r.clone()).unwrap_or_default()
    }

    fn slice(&self, r: &Range<usize>) -> &'a str {
        self.text.get(self.span(r).range()).unwrap_or("")
    }

    /// The speakers, most recent first, no further back than [`LOOKBACK`].
    fn recent(&self) -> impl Iterator<Item = (usize, &Entry<'a>)> {
        self.entries.iter().enumerate().rev().take(LOOKBACK)
    }

    /// The keys of a token range, joined by spaces.
    fn keyed_text(&self, r: &Range<usize>) -> String {
        r.clone()
            .map(|j| self.keyed.key(j))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn has(&self, i: usize, role: WordRole) -> bool {
        self.lex.has(self.keyed.key(i), role)
    }

    /// `LONG (SHORT)`: the short form's key → the long form's key.
    fn find_acronyms(&self) -> HashMap<String, String> {
        let k = self.keyed;
        let mut found = HashMap::new();
        let len = k.tokens.len();
        for open in (0..len).filter(|&i| k.key(i) == "(") {
            let Some(close) = (open + 1..(open + 8).min(len)).find(|&j| k.key(j) == ")") else {
                continue;
            };
            let short: Vec<&str> = (open + 1..close).map(|j| k.key(j)).collect();
            // An acronym is spelled out letter by letter: short words (`سی ایس ٹی او`).
            if short.len() < 2 || short.iter().any(|w| w.chars().count() > 3) {
                continue;
            }
            let sentence = k.sentence(open);
            let long_start = open.saturating_sub(short.len() + 2).max(sentence.start);
            let long: Vec<&str> = (long_start..open).map(|j| k.key(j)).collect();
            found.insert(short.join(" "), long.join(" "));
        }
        found
    }

    /// Resolves the speaker phrase `phrase` (with its marker, for the mention text of a
    /// pronoun) and returns the speaker's index.
    pub(crate) fn resolve(&mut self, phrase: Range<usize>, marker: Option<usize>) -> Option<usize> {
        let k = self.keyed;
        if phrase.is_empty() {
            return None;
        }
        // A pronoun alone: the most recent speaker.
        if phrase.len() == 1 && self.has(phrase.start, WordRole::Pronoun) {
            let with_marker = phrase.start..marker.map_or(phrase.end, |m| m + 1);
            let mention = self.mention(&with_marker);
            return match self.last {
                Some(i) => {
                    self.add_mention(i, mention);
                    Some(i)
                }
                None => Some(self.create(
                    mention,
                    self.slice(&phrase).to_owned(),
                    0,
                    None,
                    SpeakerKind::Unknown,
                    &phrase,
                )),
            };
        }
        // Title: up to the last title, role, group or place word; name: the rest.
        let places = self
            .gazetteer
            .find(self.text, k.tokens.get(phrase.clone()).unwrap_or(&[]));
        let place_end = places
            .iter()
            .flat_map(|l| &l.mentions)
            .filter_map(|m| {
                (phrase.clone())
                    .rev()
                    .find(|&j| k.tokens.get(j).is_some_and(|t| t.span().end == m.span.end))
            })
            .max();
        let title_end = (phrase.clone())
            .rev()
            .find(|&j| {
                [WordRole::Title, WordRole::Leader, WordRole::Group]
                    .iter()
                    .any(|&r| self.has(j, r))
                    || self.gazetteer.demonym_country(k.key(j)).is_some()
                    || matches!(k.key(j), "کا" | "کی" | "کے")
            })
            .map(|j| j + 1)
            .max(place_end.map(|j| j + 1))
            .unwrap_or(phrase.start)
            .min(phrase.end);
        // A group word bound by izafat to what follows (`عالمی ادارۂ صحت`) is part of the
        // organization's name, not a title before a name.
        let izafat = title_end
            .checked_sub(1)
            .filter(|&j| {
                j >= phrase.start && title_end < phrase.end && self.has(j, WordRole::Group)
            })
            .and_then(|j| k.tokens.get(j))
            .is_some_and(|t| t.normalized().ends_with(['ۂ', '\u{0650}']));
        let title_end = if izafat { phrase.start } else { title_end };
        let title = phrase.start..title_end;
        let name = title_end..phrase.end;
        let group = title.clone().any(|j| self.has(j, WordRole::Group))
            || phrase.clone().any(|j| self.has(j, WordRole::Agency));
        let leader = title.clone().any(|j| self.has(j, WordRole::Leader));
        let country = places.first().and_then(|l| l.country.clone()).or_else(|| {
            title
                .clone()
                .find_map(|j| self.gazetteer.demonym_country(k.key(j)).map(str::to_owned))
        });
        let mention = self.mention(&phrase);
        let title_text = (!title.is_empty()).then(|| self.slice(&title).to_owned());

        if !name.is_empty() {
            let words: Vec<String> = name.clone().map(|j| self.expand(k.key(j))).collect();
            let skeletons: HashSet<String> = words
                .iter()
                .flat_map(|w| w.split(' '))
                .map(skeleton)
                .collect();
            let kind = if group {
                SpeakerKind::Organization
            } else {
                SpeakerKind::Person
            };
            let joined: String = words.concat();
            let found = self
                .recent()
                .find(|(_, e)| {
                    let subset = !e.skeletons.is_empty()
                        && (skeletons.is_subset(&e.skeletons) || e.skeletons.is_subset(&skeletons));
                    subset || short_form(&joined, &e.joined)
                })
                .map(|(i, _)| i);
            return Some(match found {
                Some(i) => {
                    self.merge(i, mention, &name, skeletons, title_text, country, leader);
                    i
                }
                None => {
                    let i = self.create(
                        mention,
                        self.slice(&name).to_owned(),
                        name.len(),
                        title_text,
                        kind,
                        &title,
                    );
                    if let Some(e) = self.entries.get_mut(i) {
                        e.skeletons = skeletons;
                        e.joined = joined;
                        e.country = country;
                        e.leader = leader;
                    }
                    i
                }
            });
        }
        // A description: a demonym and a leader's role, or a role seen before.
        let roles: Vec<String> = title
            .clone()
            .filter(|&j| self.has(j, WordRole::Title) || self.has(j, WordRole::Leader))
            .map(|j| k.key(j).to_owned())
            .collect();
        let description = self.keyed_text(&phrase);
        // A body named by its kind (`ریٹنگ ایجنسی`, then `ایجنسی`) is the body last named so.
        let head = phrase.end.checked_sub(1).map(|j| k.key(j)).unwrap_or("");
        let group_head = group && self.lex.has(head, WordRole::Group);
        let found = self
            .recent()
            .find(|(_, e)| {
                let same_country = country.is_some() && e.country == country;
                let same_description = e.name_words == 0
                    && (e.description == description
                        || (group_head && e.description.rsplit(' ').next() == Some(head)));
                same_description
                    || (same_country && leader && e.leader)
                    || ((same_country || country.is_none())
                        && !roles.is_empty()
                        && roles.iter().all(|r| e.title_words.contains(r)))
            })
            .map(|(i, _)| i);
        // A person's role with nothing to tie it to (`ن لیگی رہنما`, `سابق وزیر اطلاعات`) is, as
        // news writes it, a definite description of the person just quoted.
        let anaphoric = !group
            && !roles.is_empty()
            && country.is_none()
            && self
                .last
                .and_then(|i| self.entries.get(i))
                .is_some_and(|e| e.speaker.kind == SpeakerKind::Person);
        if let Some(i) = found.or(self.last.filter(|_| anaphoric)) {
            self.add_mention(i, mention);
            return Some(i);
        }
        let kind = if group {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Unknown
        };
        let description = self.slice(&phrase).to_owned();
        Some(self.create(mention, description, 0, None, kind, &title))
    }

    /// An acronym's long form, if the text defines it.
    fn expand(&self, word: &str) -> String {
        self.acronyms
            .get(word)
            .cloned()
            .unwrap_or_else(|| word.to_owned())
    }

    fn mention(&self, r: &Range<usize>) -> Mention<'a> {
        let span = self.span(r);
        Mention {
            span,
            text: self.text.get(span.range()).unwrap_or(""),
        }
    }

    fn add_mention(&mut self, i: usize, mention: Mention<'a>) {
        if let Some(e) = self.entries.get_mut(i) {
            e.speaker.mentions.push(mention);
        }
        self.last = Some(i);
    }

    #[allow(clippy::too_many_arguments)]
    fn merge(
        &mut self,
        i: usize,
        mention: Mention<'a>,
        name: &Range<usize>,
        skeletons: HashSet<String>,
        title: Option<String>,
        country: Option<String>,
        leader: bool,
    ) {
        let name_text = self.slice(name).to_owned();
        let title_words: Vec<String> = title
            .as_deref()
            .map(|t| t.split_whitespace().map(crate::extract::key_of).collect())
            .unwrap_or_default();
        if let Some(e) = self.entries.get_mut(i) {
            if name.len() > e.name_words {
                e.speaker.name = name_text;
                e.name_words = name.len();
            }
            e.skeletons.extend(skeletons);
            if e.speaker.title.is_none() && title.is_some() {
                e.speaker.title = title;
                e.title_words = title_words;
            }
            e.country = e.country.take().or(country);
            e.leader |= leader;
        }
        self.add_mention(i, mention);
    }

    fn create(
        &mut self,
        mention: Mention<'a>,
        name: String,
        name_words: usize,
        title: Option<String>,
        kind: SpeakerKind,
        title_range: &Range<usize>,
    ) -> usize {
        let title_words = title_range
            .clone()
            .map(|j| self.keyed.key(j).to_owned())
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
                self.keyed_text(title_range)
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

#[cfg(test)]
mod tests {
    use super::skeleton;

    #[test]
    fn skeletons_meet_across_spelling_variants() {
        assert_eq!(skeleton("پوتن"), skeleton("پوتین"));
        assert_ne!(skeleton("پوتن"), skeleton("توکاییف"));
    }
}

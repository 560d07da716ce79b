//! Locations: the places a text names, found with a gazetteer that ships with the crate and
//! that users can extend.
//!
//! Names are matched on the normalized tokens (diacritics and zero-width non-joiners do not
//! matter), whole tokens only, leftmost-longest: `اسلام آباد` wins over a shorter name inside
//! it, and `روس` is not found inside `روسی`. A name that is also a common word is taken only
//! with evidence next to it (see [`CueRole`]).

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

use crate::extract::{key_of, KeyedText};
use crate::lexicon::places::{
    parse_pairs, parse_places, Evidence, CUES_FILE, CUES_TSV, DEMONYMS_FILE, DEMONYMS_TSV,
    GAZETTEER_TSV,
};
use crate::lexicon::StringMap;
use crate::span::Span;
use crate::tokenize::{span_of, Token, Tokenizer};
use crate::Error;

/// What kind of place a location is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum LocationKind {
    /// A sovereign country (or a former one, `سوویت یونین`).
    Country,
    /// A territory that is not a country or province (`غزہ`, `گلگت بلتستان`).
    Territory,
    /// A province (`پنجاب`, `سندھ`) or a constituent country (`انگلینڈ`).
    Province,
    /// A state of a federation (`راجستھان`).
    State,
    /// A district or agency (`شمالی وزیرستان`).
    District,
    /// A city or town.
    City,
    /// A region that is not an administrative unit (`وسط ایشیا`, `کشمیر`).
    Region,
    /// A continent (`ایشیا`).
    Continent,
    /// A sea, river, lake, strait or canal (`بحیرہ عرب`, `دریائے سندھ`).
    Water,
    /// A mountain, range or pass (`ہمالیہ`, `درہ خیبر`).
    Mountain,
    /// A desert (`تھر`).
    Desert,
}

impl LocationKind {
    /// The lowercase name used in data files and JSON (`"country"`, `"city"`, …).
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            LocationKind::Country => "country",
            LocationKind::Territory => "territory",
            LocationKind::Province => "province",
            LocationKind::State => "state",
            LocationKind::District => "district",
            LocationKind::City => "city",
            LocationKind::Region => "region",
            LocationKind::Continent => "continent",
            LocationKind::Water => "water",
            LocationKind::Mountain => "mountain",
            LocationKind::Desert => "desert",
        }
    }

    /// The kind named by [`as_str`](Self::as_str).
    #[must_use]
    pub fn parse(name: &str) -> Option<LocationKind> {
        use LocationKind::*;
        [
            Country, Territory, Province, State, District, City, Region, Continent, Water,
            Mountain, Desert,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// One mention of a location in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention<'a> {
    /// Byte span in the original input.
    pub span: Span,
    /// The mention as written: `&input[span.range()]`.
    pub text: &'a str,
}

/// A place the text names, with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Location<'a> {
    /// The canonical name (the spelling Urdu news uses most), whatever variant the text has.
    pub name: String,
    /// What kind of place it is.
    pub kind: LocationKind,
    /// The country it lies in (ISO 3166-1 alpha-2), where known; a country's own code.
    pub country: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention<'a>>,
}

/// What a cue word next to an ambiguous name shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueRole {
    /// A postposition after the name (`چین میں`, `مصر کے`): enough for names that are also
    /// common words (`چین` = peace).
    Postposition,
    /// A place word before the name (`صوبہ`, `ملک`, `شہر`): enough for every name.
    Before,
    /// A place word after the name (`شہر`, `حکومت`): enough for every name.
    After,
    /// A word that joins a list (`اور`, `،`): a name listed with a certain place is a place.
    List,
}

impl CueRole {
    fn parse(name: &str) -> Option<CueRole> {
        Some(match name {
            "postposition" => CueRole::Postposition,
            "before" => CueRole::Before,
            "after" => CueRole::After,
            "list" => CueRole::List,
            _ => return None,
        })
    }
}

/// One place of the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Place {
    name: String,
    kind: LocationKind,
    country: Option<String>,
    evidence: Evidence,
}

/// A gazetteer of places in Urdu, compiled for matching: immutable, `Send + Sync`.
///
/// [`Gazetteer::new`] gives the shipped gazetteer (countries, capitals and major cities of
/// the world, Pakistan's and India's provinces, states, districts and cities, regions, seas,
/// rivers and mountains, with their spelling variants); [`Gazetteer::builder`] adds places
/// and cue words.
///
/// ```
/// use urdu::{Gazetteer, LocationKind};
///
/// let gazetteer = Gazetteer::builder()
///     .place("ملتان سلطانز گراؤنڈ", LocationKind::City, Some("PK"), &[])
///     .build()?;
/// let text = "وہ قازقستان اور قزاقستان کے بعد ملتان سلطانز گراؤنڈ گئے۔";
/// let found = gazetteer.locations(text);
/// assert_eq!(found[0].name, "قزاقستان");
/// assert_eq!(found[0].mentions.len(), 2); // two spellings, one place
/// assert_eq!(found[1].name, "ملتان سلطانز گراؤنڈ");
/// # Ok::<(), urdu::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Gazetteer {
    data: Arc<GazetteerData>,
}

/// What a [`Gazetteer`] shares between its clones.
#[derive(Debug, Default)]
struct GazetteerData {
    places: Vec<Place>,
    /// For each automaton pattern, the place it names.
    pattern_place: Vec<usize>,
    /// `None` when there is no pattern.
    automaton: Option<AhoCorasick>,
    cues: StringMap<Vec<CueRole>>,
    demonyms: StringMap<String>,
}

/// Builds a [`Gazetteer`]: the shipped places and cue words, plus a user's own.
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    defaults: bool,
    places: Vec<(String, LocationKind, Option<String>, Vec<String>)>,
    cues: Vec<(String, CueRole)>,
}

/// The shipped gazetteer, compiled on first use. Should the shipped data be malformed (the
/// crate's tests rule it out), it is empty rather than a panic.
static DEFAULT: Lazy<Gazetteer> = Lazy::new(|| {
    GazetteerBuilder::new()
        .build()
        .unwrap_or_else(|_| Gazetteer {
            data: Arc::default(),
        })
});

impl Default for GazetteerBuilder {
    fn default() -> Self {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// A builder that starts from the shipped gazetteer.
    #[must_use]
    pub fn new() -> Self {
        GazetteerBuilder {
            defaults: true,
            places: Vec::new(),
            cues: Vec::new(),
        }
    }

    /// Leave out the shipped places and cue words: only what is added is matched.
    #[must_use]
    pub fn without_defaults(mut self) -> Self {
        self.defaults = false;
        self
    }

    /// Adds a place with its spelling variants. A name that the shipped gazetteer has too
    /// now names this place.
    #[must_use]
    pub fn place(
        mut self,
        name: &str,
        kind: LocationKind,
        country: Option<&str>,
        variants: &[&str],
    ) -> Self {
        self.places.push((
            name.to_owned(),
            kind,
            country.map(str::to_owned),
            variants.iter().map(|v| (*v).to_owned()).collect(),
        ));
        self
    }

    /// Adds a cue word (a postposition, a place word, a list word).
    #[must_use]
    pub fn cue(mut self, word: &str, role: CueRole) -> Self {
        self.cues.push((word.to_owned(), role));
        self
    }

    /// The compiled gazetteer.
    ///
    /// # Errors
    /// [`Error::InvalidWord`] for an empty name or cue, [`Error::MalformedData`] if a shipped
    /// data file is malformed (a test rules this out), [`Error::Automaton`] if the matcher
    /// cannot be built.
    pub fn build(self) -> Result<Gazetteer, Error> {
        let mut places = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut cues: StringMap<Vec<CueRole>> = StringMap::default();
        let mut demonyms = StringMap::default();
        if self.defaults {
            for row in parse_places(GAZETTEER_TSV)? {
                let kind = LocationKind::parse(row.kind).ok_or(Error::MalformedData {
                    file: crate::lexicon::places::GAZETTEER_FILE,
                    line: 0,
                    reason: "unknown kind",
                })?;
                let index = places.len();
                places.push(Place {
                    name: row.name.to_owned(),
                    kind,
                    country: row.country.map(str::to_owned),
                    evidence: row.evidence,
                });
                for name in std::iter::once(row.name).chain(row.variants) {
                    by_key.entry(key_of(name)).or_insert(index);
                }
            }
            for (word, role) in parse_pairs(CUES_TSV, CUES_FILE)? {
                let role = CueRole::parse(role).ok_or(Error::MalformedData {
                    file: CUES_FILE,
                    line: 0,
                    reason: "unknown cue role",
                })?;
                cues.entry(key_of(word)).or_default().push(role);
            }
            for (word, country) in parse_pairs(DEMONYMS_TSV, DEMONYMS_FILE)? {
                demonyms.insert(key_of(word), country.to_owned());
            }
        }
        for (name, kind, country, variants) in self.places {
            let index = places.len();
            for n in std::iter::once(&name).chain(&variants) {
                let key = key_of(n);
                if key.is_empty() {
                    return Err(invalid(n, "a place name must have letters"));
                }
                by_key.insert(key, index);
            }
            places.push(Place {
                name,
                kind,
                country,
                evidence: Evidence::None,
            });
        }
        for (word, role) in self.cues {
            let key = key_of(&word);
            if key.is_empty() {
                return Err(invalid(&word, "a cue word must have letters"));
            }
            cues.entry(key).or_default().push(role);
        }
        let mut patterns: Vec<(String, usize)> = by_key.into_iter().collect();
        patterns.sort();
        let automaton = if patterns.is_empty() {
            None
        } else {
            let built = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                // A DFA: more memory (built once), the fastest search.
                .kind(Some(AhoCorasickKind::DFA))
                .build(patterns.iter().map(|(k, _)| k))
                .map_err(|e| Error::Automaton(e.to_string()))?;
            Some(built)
        };
        let data = GazetteerData {
            places,
            pattern_place: patterns.into_iter().map(|(_, p)| p).collect(),
            automaton,
            cues,
            demonyms,
        };
        Ok(Gazetteer {
            data: Arc::new(data),
        })
    }
}

fn invalid(word: &str, reason: &'static str) -> Error {
    Error::InvalidWord {
        word: word.to_owned(),
        reason,
    }
}

/// A name found in the text: the place, and its tokens `first..end`.
#[derive(Clone, Copy, Debug)]
struct Found {
    place: usize,
    first: usize,
    end: usize,
}

impl Gazetteer {
    /// The shipped gazetteer (compiled once, on first use; cloning it is cheap).
    #[must_use]
    pub fn new() -> Gazetteer {
        DEFAULT.clone()
    }

    /// A builder that starts from the shipped gazetteer.
    #[must_use]
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// How many places the gazetteer holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.data.places.len()
    }

    /// Whether the gazetteer holds no place.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.data.places.is_empty()
    }

    /// The country (ISO 3166-1 alpha-2) of a demonym: `قازق` → `KZ`, `روسی` → `RU`.
    /// Demonyms are not locations; this lets a reader of `قازق رہنما` find Kazakhstan.
    #[must_use]
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.data
            .demonyms
            .get(&key_of(word))
            .map(String::as_str)
            .filter(|c| *c != "-")
    }

    /// The canonical Urdu name of the country with this ISO 3166-1 alpha-2 code.
    #[must_use]
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.data
            .places
            .iter()
            .find(|p| p.kind == LocationKind::Country && p.country.as_deref() == Some(code))
            .map(|p| p.name.as_str())
    }

    /// The locations of `text`, tokenized with the default [`Tokenizer`].
    #[must_use]
    pub fn locations<'a>(&self, text: &'a str) -> Vec<Location<'a>> {
        let tokens = Tokenizer::new().tokenize(text);
        self.find(text, &tokens)
    }

    /// The locations named by `tokens`, the tokens of `text`, in order of first mention.
    #[must_use]
    pub fn find<'a>(&self, text: &'a str, tokens: &[Token<'a>]) -> Vec<Location<'a>> {
        self.find_keyed(text, tokens, &KeyedText::new(text, tokens))
    }

    /// [`find`](Self::find), with the match keys of the tokens already computed.
    pub(crate) fn find_keyed<'a>(
        &self,
        text: &'a str,
        tokens: &[Token<'a>],
        keyed: &KeyedText<'_, '_>,
    ) -> Vec<Location<'a>> {
        let found = self.names(keyed);
        let accepted = self.accepted(keyed, &found);
        let mut locations: Vec<Location<'a>> = Vec::new();
        let mut index_of: HashMap<usize, usize> = HashMap::new();
        for (f, _) in found.iter().zip(&accepted).filter(|(_, ok)| **ok) {
            let Some(span) = span_of(tokens, f.first..f.end) else {
                continue;
            };
            let mention = Mention {
                span,
                text: text.get(span.range()).unwrap_or(""),
            };
            let Some(place) = self.data.places.get(f.place) else {
                continue;
            };
            let slot = *index_of.entry(f.place).or_insert_with(|| {
                locations.push(Location {
                    name: place.name.clone(),
                    kind: place.kind,
                    country: place.country.clone(),
                    mentions: Vec::new(),
                });
                locations.len() - 1
            });
            if let Some(location) = locations.get_mut(slot) {
                location.mentions.push(mention);
            }
        }
        locations
    }

    /// Every name in the keyed text at token boundaries, leftmost-longest, not overlapping.
    fn names(&self, keyed: &KeyedText<'_, '_>) -> Vec<Found> {
        let Some(automaton) = &self.data.automaton else {
            return Vec::new();
        };
        let mut candidates: Vec<Found> = Vec::new();
        keyed.matches(automaton, |first, end, pattern| {
            if let Some(&place) = self.data.pattern_place.get(pattern.as_usize()) {
                candidates.push(Found { place, first, end });
            }
        });
        candidates.sort_by_key(|f| (f.first, std::cmp::Reverse(f.end)));
        let mut chosen: Vec<Found> = Vec::new();
        for f in candidates {
            if chosen.last().map_or(true, |last| f.first >= last.end) {
                chosen.push(f);
            }
        }
        chosen
    }

    /// Which of the names found are taken as places: those that need no evidence, those with
    /// a cue word next to them, datelines, and those listed next to a name already taken
    /// (`ترکی، شام اور عراق`: one sweep each way carries the evidence along the list).
    fn accepted(&self, keyed: &KeyedText<'_, '_>, found: &[Found]) -> Vec<bool> {
        let mut accepted: Vec<bool> = (0..found.len())
            .map(|i| self.has_evidence(keyed, found, i))
            .collect();
        let listed = |i: usize, j: usize, accepted: &[bool]| -> bool {
            let (Some(f), Some(g)) = (found.get(i), found.get(j)) else {
                return false;
            };
            let (left, right) = if i < j { (f, g) } else { (g, f) };
            let between = left.end;
            accepted.get(j).copied().unwrap_or(false)
                && left.end + 1 == right.first
                && self.is_cue(keyed, between, CueRole::List)
                && !keyed.line_break_before(between)
                && !keyed.line_break_before(right.first)
        };
        let forward = (1..found.len()).map(|i| (i, i - 1));
        let backward = (0..found.len().saturating_sub(1)).rev().map(|i| (i, i + 1));
        for (i, neighbour) in forward.chain(backward) {
            if listed(i, neighbour, &accepted) {
                if let Some(slot) = accepted.get_mut(i) {
                    *slot = true;
                }
            }
        }
        accepted
    }

    /// Whether token `t` of the keyed text is a cue word of this role.
    fn is_cue(&self, keyed: &KeyedText<'_, '_>, t: usize, role: CueRole) -> bool {
        self.data
            .cues
            .get(keyed.word(t))
            .is_some_and(|roles| roles.contains(&role))
    }

    /// Whether the name `found[i]` has, on its own, the evidence its place needs.
    fn has_evidence(&self, keyed: &KeyedText<'_, '_>, found: &[Found], i: usize) -> bool {
        let Some(f) = found.get(i) else { return false };
        let evidence = self
            .data
            .places
            .get(f.place)
            .map_or(Evidence::None, |p| p.evidence);
        if evidence == Evidence::None {
            return true;
        }
        let prev = f
            .first
            .checked_sub(1)
            .filter(|_| !keyed.line_break_before(f.first));
        let next = Some(f.end).filter(|&n| n < keyed.len() && !keyed.line_break_before(n));
        let has = |t: Option<usize>, role: CueRole| t.is_some_and(|t| self.is_cue(keyed, t, role));
        if has(prev, CueRole::Before) || has(next, CueRole::After) {
            return true;
        }
        if evidence == Evidence::Postposition && has(next, CueRole::Postposition) {
            return true;
        }
        // A dateline: the name opens a line and `(` `۔` `:` or `-` follows (`لاہور (نامہ نگار)`).
        keyed.line_break_before(f.first)
            && next
                .map(|t| keyed.word(t))
                .is_some_and(|w| matches!(w, "(" | "۔" | ":" | "-"))
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

#[cfg(test)]
mod tests;

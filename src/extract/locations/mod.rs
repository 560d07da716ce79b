//! Locations: the places a text names, found with a gazetteer that ships with the crate and
//! that users can extend.
//!
//! Names are matched on the tokens' match keys (diacritics and zero-width non-joiners do not
//! matter), whole tokens only, leftmost-longest: `اسلام آباد` wins over a shorter name inside
//! it, and `روس` is not found inside `روسی`. Every name is also found in the other spellings
//! that Urdu writing allows (hamza seat, the s letters, final a, spaces in compounds: see
//! `spelling.rs`). A name that is also a common word or a person's name is taken only with
//! evidence next to it (see [`PlaceWord`]). A place the gazetteer does not list is found by
//! the word for its kind before it (see `unlisted.rs`).

mod evidence;
mod place;
mod spelling;
mod unlisted;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::extract::keys::{Keyer, MatchKeys, Phrases};
use crate::extract::mention::Mention;
use crate::lexicon::places::{
    parse_places, Evidence, CUES_FILE, CUES_TSV, DEMONYMS_FILE, DEMONYMS_TSV, GAZETTEER_FILE,
    GAZETTEER_TSV,
};
use crate::lexicon::{parse_pairs, Fnv, Prehashed, StringMap, WordHash, LEXICON};
use crate::tokenize::{Tokenizer, Tokens};
use crate::Error;
pub use place::{Location, Place, PlaceKind, PlaceWord};

/// A gazetteer of places in Urdu, compiled for matching: immutable, `Send + Sync`, cheap to
/// clone.
///
/// [`Gazetteer::new`] gives the shipped gazetteer (countries, capitals and major cities of
/// the world, the states and provinces of the countries in the news, the UK's counties,
/// Pakistan's and India's provinces, states, districts, cities and localities, continents and
/// regions, seas, rivers and mountains, with their spelling variants); [`Gazetteer::builder`]
/// adds places and cue words, and takes names away.
///
/// ```
/// use urdu::{Gazetteer, Place, PlaceKind};
///
/// let gazetteer = Gazetteer::builder()
///     .place(Place::new("ملتان سلطانز گراؤنڈ", PlaceKind::City).in_country("PK"))
///     .build()?;
/// let text = "وہ قازقستان اور قزاقستان کے بعد ملتان سلطانز گراؤنڈ گئے۔";
/// let found = gazetteer.locations(text);
/// assert_eq!(found[0].name(), "قزاقستان");
/// assert_eq!(found[0].mentions().len(), 2); // two spellings, one place
/// assert_eq!(found[1].name(), "ملتان سلطانز گراؤنڈ");
/// # Ok::<(), urdu::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Gazetteer {
    data: Arc<GazetteerData>,
}

/// What a [`Gazetteer`] shares between its clones.
#[derive(Debug)]
struct GazetteerData {
    places: Vec<Arc<Place>>,
    /// What each pattern is...
    patterns: Vec<Pattern>,
    /// ...and their keys, found in a text's tokens.
    phrases: Phrases,
    /// The one-word names of places that need no evidence, and each with one long vowel
    /// left out, with the place each names (`None`: two places share it); see
    /// [`Gazetteer::by_vowels`].
    vowel_forms: VowelForms,
    cues: StringMap<Vec<PlaceWord>>,
    demonyms: StringMap<String>,
    tokenizer: Tokenizer,
    keyer: Keyer,
    /// What the gazetteer was built from, to build it again for another tokenizer.
    source: GazetteerBuilder,
}

/// Builds a [`Gazetteer`]: the shipped places and cue words, plus a user's own.
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    defaults: bool,
    tokenizer: Option<Tokenizer>,
    places: Vec<Place>,
    cues: Vec<(String, PlaceWord)>,
    kind_words: Vec<(String, PlaceKind)>,
    not_places: Vec<String>,
}

/// The shipped gazetteer, compiled on first use.
static DEFAULT: Lazy<Gazetteer> =
    Lazy::new(|| crate::lexicon::shipped(GazetteerBuilder::new().build()));

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
            tokenizer: None,
            places: Vec::new(),
            cues: Vec::new(),
            kind_words: Vec::new(),
            not_places: Vec::new(),
        }
    }

    /// Leave out the shipped places and cue words: only what is added is matched.
    #[must_use]
    pub fn without_defaults(mut self) -> Self {
        self.defaults = false;
        self
    }

    /// The tokenizer with which [`Gazetteer::locations`] tokenizes, and whose normalizer the
    /// names are matched through (default: [`Tokenizer::new`]). An [`Analyzer`](crate::Analyzer)
    /// uses its own tokenizer.
    #[must_use]
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> Self {
        self.tokenizer = Some(tokenizer);
        self
    }

    /// Adds a place. A name that the shipped gazetteer has too now names this place.
    #[must_use]
    pub fn place(mut self, place: Place) -> Self {
        self.places.push(place);
        self
    }

    /// Adds places.
    #[must_use]
    pub fn places(mut self, places: impl IntoIterator<Item = Place>) -> Self {
        self.places.extend(places);
        self
    }

    /// Adds a cue word (a postposition, a place word, a list word).
    #[must_use]
    pub fn place_word(mut self, word: impl AsRef<str>, role: PlaceWord) -> Self {
        self.cues.push((word.as_ref().to_owned(), role));
        self
    }

    /// Adds a word for a kind of place (`شہر`, city; `تحصیل`, district), which news writes
    /// before a place its readers may not know: before a name that no word list knows
    /// (`شہر روساریو`), it names a place of that kind that the gazetteer does not list;
    /// before a listed name, it is evidence, as a [`PlaceWord::Before`].
    ///
    /// ```
    /// use urdu::{Gazetteer, PlaceKind};
    ///
    /// let gazetteer = Gazetteer::builder().kind_word("بستی", PlaceKind::Village).build()?;
    /// let found = gazetteer.locations("سیلاب بستی کھوکھراں تک پہنچ گیا۔");
    /// assert_eq!(found[0].name(), "کھوکھراں");
    /// assert_eq!(found[0].kind(), PlaceKind::Village);
    /// # Ok::<(), urdu::Error>(())
    /// ```
    #[must_use]
    pub fn kind_word(mut self, word: impl AsRef<str>, kind: PlaceKind) -> Self {
        self.kind_words.push((word.as_ref().to_owned(), kind));
        self
    }

    /// A name (one or more words) that is never a place: a shipped place of that name is
    /// not reported, nor any place inside it (`not_place("کترینہ کیف")` keeps `کیف`, Kyiv,
    /// out of the actress's name, and Kyiv everywhere else).
    #[must_use]
    pub fn not_place(mut self, name: impl AsRef<str>) -> Self {
        self.not_places.push(name.as_ref().to_owned());
        self
    }

    /// The compiled gazetteer.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidWord`](crate::ErrorKind::InvalidWord) for a name or cue word that
    /// is empty or holds white space other than single spaces,
    /// [`ErrorKind::InvalidCountry`](crate::ErrorKind::InvalidCountry) for a country that is
    /// not an ISO 3166-1 alpha-2 code, [`ErrorKind::MalformedData`](crate::ErrorKind::MalformedData)
    /// if a shipped data file is malformed (a test rules this out).
    pub fn build(self) -> Result<Gazetteer, Error> {
        let tokenizer = self.tokenizer.clone().unwrap_or_default();
        let keyer = Keyer::new(tokenizer.normalizer());
        let mut compiler = Compiler::new(keyer.clone());
        if self.defaults {
            compiler.shipped()?;
        }
        for place in &self.places {
            place.check()?;
            for name in
                std::iter::once(place.name()).chain(place.variants().iter().map(String::as_str))
            {
                crate::extract::check_phrase(name)?;
            }
            compiler.add(place.clone(), true);
        }
        for (word, role) in &self.cues {
            crate::extract::check_phrase(word)?;
            compiler.cue(word, *role);
        }
        for (word, kind) in &self.kind_words {
            crate::extract::check_phrase(word)?;
            compiler.kind_word(word, *kind);
        }
        for name in &self.not_places {
            crate::extract::check_phrase(name)?;
            compiler.not_place(name);
        }
        let data = compiler.finish(tokenizer, keyer, self)?;
        Ok(Gazetteer {
            data: Arc::new(data),
        })
    }
}

/// Gathers places, names and cue words, keyed, before the table of phrases is built.
struct Compiler {
    keyer: Keyer,
    places: Vec<Arc<Place>>,
    /// Key → the place it names (`None`: a name that is no place).
    by_key: HashMap<String, Option<Named>>,
    cues: StringMap<Vec<PlaceWord>>,
    kind_words: StringMap<PlaceKind>,
    demonyms: StringMap<String>,
}

impl Compiler {
    fn new(keyer: Keyer) -> Compiler {
        Compiler {
            keyer,
            places: Vec::new(),
            by_key: HashMap::new(),
            cues: StringMap::default(),
            kind_words: StringMap::default(),
            demonyms: StringMap::default(),
        }
    }

    /// The shipped places, cue words and demonyms.
    fn shipped(&mut self) -> Result<(), Error> {
        for row in parse_places(GAZETTEER_TSV)? {
            let kind = row
                .kind
                .parse()
                .map_err(|_| Error::malformed(GAZETTEER_FILE, row.line, "unknown kind"))?;
            let mut place = Place::new(row.name, kind).with_evidence(row.evidence);
            for (variant, evidence) in row.variants {
                place = match evidence {
                    Some(evidence) => place.variant_with_evidence(variant, evidence),
                    None => place.variant(variant),
                };
            }
            if let Some(country) = row.country {
                place = place.in_country(country);
            }
            self.add(place, false);
        }
        for pair in parse_pairs(CUES_TSV, CUES_FILE)? {
            // The role is a cue word's, or the kind of place a word for a kind names.
            match (pair.value.parse(), pair.value.parse()) {
                (Ok(role), _) => self.cue(pair.key, role),
                (_, Ok(kind)) => self.kind_word(pair.key, kind),
                _ => return Err(Error::malformed(CUES_FILE, pair.line, "unknown cue role")),
            }
        }
        for pair in parse_pairs(DEMONYMS_TSV, DEMONYMS_FILE)? {
            self.demonyms
                .insert(self.keyer.key(pair.key), pair.value.to_owned());
        }
        Ok(())
    }

    /// Adds a place; a user's place (`replace`) takes over the names it shares with an
    /// earlier one, a shipped place keeps the first place of a name.
    fn add(&mut self, place: Place, replace: bool) {
        let index = self.places.len();
        for (name, evidence) in place.spellings() {
            let key = self.keyer.key(name);
            let named = Some(Named {
                place: index,
                evidence,
            });
            if replace {
                self.by_key.insert(key, named);
            } else {
                self.by_key.entry(key).or_insert(named);
            }
        }
        self.places.push(Arc::new(place));
    }

    fn cue(&mut self, word: &str, role: PlaceWord) {
        self.cues
            .entry(self.keyer.key(word))
            .or_default()
            .push(role);
    }

    /// A word for a kind of place: also a place word before a name.
    fn kind_word(&mut self, word: &str, kind: PlaceKind) {
        self.kind_words.insert(self.keyer.key(word), kind);
        self.cue(word, PlaceWord::Before);
    }

    fn not_place(&mut self, name: &str) {
        self.by_key.insert(self.keyer.key(name), None);
    }

    /// Adds the other spellings that Urdu writing allows of every name (see
    /// [`spelling::variants`]) for the place that the name still names, needing the
    /// name's evidence: a name that a user's place took over, or that is no place, brings
    /// none, and a name or spelling already taken keeps its place.
    fn add_spellings(&mut self) {
        let mut names: Vec<(String, Named)> = self
            .by_key
            .iter()
            .filter_map(|(key, named)| named.map(|n| (key.clone(), n)))
            .collect();
        names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (name, named) in names {
            for spelling in spelling::variants(&name) {
                self.by_key.entry(spelling).or_insert(Some(named));
            }
        }
    }

    /// The one-word names (and spellings) of at least [`VOWEL_NAME_LETTERS`] letters whose
    /// places need no evidence, whole and with one long vowel left out.
    fn vowel_forms(&self) -> VowelForms {
        let mut forms = VowelForms::default();
        for (key, named) in &self.by_key {
            let Some(Named { place: p, evidence }) = *named else {
                continue;
            };
            if evidence != Evidence::None
                || key.contains(' ')
                || key.chars().count() < VOWEL_NAME_LETTERS
            {
                continue;
            }
            forms.skeletons.insert(vowel_skeleton(key));
            insert_unique(&mut forms.names, key.clone(), p);
            for shorter in without_one_vowel(key) {
                insert_unique(&mut forms.shorter, shorter, p);
            }
        }
        forms
    }

    fn finish(
        mut self,
        tokenizer: Tokenizer,
        keyer: Keyer,
        source: GazetteerBuilder,
    ) -> Result<GazetteerData, Error> {
        self.add_spellings();
        let vowel_forms = self.vowel_forms();
        // The names, and the words for a kind of place (`شہر`), found in the same pass.
        let mut patterns: HashMap<String, Pattern> = self
            .by_key
            .into_iter()
            .map(|(key, named)| (key, Pattern::name(named)))
            .collect();
        for (key, kind) in self.kind_words {
            patterns.entry(key).or_default().kind = Some(kind);
        }
        let mut patterns: Vec<(String, Pattern)> = patterns.into_iter().collect();
        patterns.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let phrases = Phrases::new(patterns.iter().map(|(k, _)| k));
        Ok(GazetteerData {
            places: self.places,
            patterns: patterns.into_iter().map(|(_, p)| p).collect(),
            phrases,
            vowel_forms,
            cues: self.cues,
            demonyms: self.demonyms,
            tokenizer,
            keyer,
            source,
        })
    }
}

/// A word of at least this many letters may name a place with a long vowel put in or left
/// out (see [`Gazetteer::by_vowels`]).
const VOWEL_WORD_LETTERS: usize = 6;

/// A name of at least this many letters may be found so.
const VOWEL_NAME_LETTERS: usize = 5;

/// The names [`Gazetteer::by_vowels`] compares with.
#[derive(Debug, Default)]
struct VowelForms {
    /// One-word names, and the place each names (`None`: two do).
    names: StringMap<Option<usize>>,
    /// The same names with one long vowel left out.
    shorter: StringMap<Option<usize>>,
    /// The [`vowel_skeleton`] of each name: a word whose skeleton is none of these is no
    /// name with a vowel put in or left out, and needs no other lookup.
    skeletons: HashSet<u64, BuildHasherDefault<Prehashed>>,
}

/// A hash of `word`'s letters with its long vowels (`ا`, `و`, `ی`) left out but its first
/// and last letters kept: a word and the word with one of its inner long vowels left out
/// have the same. Only a filter before exact lookups (two words may share one), read in one
/// pass with [`WordHash`], a letter at a time.
fn vowel_skeleton(word: &str) -> u64 {
    let mut hasher = WordHash::default();
    let mut chars = word.chars();
    let first = chars.next();
    let last = chars.next_back();
    let inner = chars.filter(|c| !matches!(c, 'ا' | 'و' | 'ی'));
    for c in first.into_iter().chain(inner).chain(last) {
        hasher.write_u32(u32::from(c));
    }
    hasher.finish()
}

/// The [`vowel_skeleton`] of a word of Arabic letters alone (U+0620 to U+06FF), read two
/// bytes at a time (each such letter is two bytes of UTF-8); `None` for any other word. The
/// test every word of a text goes through before the vowel-tolerant lookup, so it is the one
/// pass over the word.
fn arabic_vowel_skeleton(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() % 2 != 0 {
        return None;
    }
    let letters = bytes.len() / 2;
    let mut hasher = WordHash::default();
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let c = match *pair {
            [lead @ 0xD8..=0xDB, next @ 0x80..=0xBF] => {
                (u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F)
            }
            _ => return None,
        };
        if c < 0x0620 {
            return None;
        }
        let long_vowel = matches!(c, 0x0627 | 0x0648 | 0x06CC);
        if i == 0 || i + 1 == letters || !long_vowel {
            hasher.write_u32(c);
        }
    }
    Some(hasher.finish())
}

/// Records that `form` names `place`, or that it is ambiguous if it names another already.
fn insert_unique(map: &mut StringMap<Option<usize>>, form: String, place: usize) {
    map.entry(form)
        .and_modify(|e| {
            if *e != Some(place) {
                *e = None;
            }
        })
        .or_insert(Some(place));
}

/// `word` with one of its long vowels (`ا`, `و`, `ی`, not the first or last letter) left
/// out, each way.
fn without_one_vowel(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let last = chars.len().saturating_sub(1);
    (1..last)
        .filter(|&i| chars.get(i).is_some_and(|c| matches!(c, 'ا' | 'و' | 'ی')))
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

/// The place a spelling names, and the evidence that spelling needs.
#[derive(Clone, Copy, Debug)]
struct Named {
    place: usize,
    evidence: Evidence,
}

/// What a pattern of the gazetteer's automaton is: a name (of a place, or of no place),
/// a word for a kind of place, or both.
#[derive(Clone, Copy, Debug, Default)]
struct Pattern {
    /// Whether it is a name, and the place it names (`None`: a name that is no place).
    name: Option<Option<Named>>,
    /// The kind of place it is a word for (`شہر`: city).
    kind: Option<PlaceKind>,
}

impl Pattern {
    /// A name's pattern.
    fn name(named: Option<Named>) -> Pattern {
        Pattern {
            name: Some(named),
            kind: None,
        }
    }
}

/// A name found in the text: the place (`None`: a name that is no place), its tokens
/// `first..end`, and the evidence its spelling needs.
#[derive(Clone, Copy, Debug)]
struct Found {
    place: Option<usize>,
    first: usize,
    end: usize,
    evidence: Evidence,
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

    /// The places, in the order they were added (the shipped ones first).
    pub fn places(&self) -> impl Iterator<Item = &Place> {
        self.data.places.iter().map(|p| &**p)
    }

    /// The tokenizer [`locations`](Self::locations) uses.
    #[must_use]
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.data.tokenizer
    }

    /// The country (ISO 3166-1 alpha-2) of a demonym: `قازق` → `KZ`, `روسی` → `RU`.
    /// Demonyms are not locations; this lets a reader of `قازق رہنما` find Kazakhstan.
    #[must_use]
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.data
            .demonyms
            .get(&self.data.keyer.key(word))
            .map(String::as_str)
            .filter(|c| *c != "-")
    }

    /// [`demonym_country`](Self::demonym_country) of a word given by its match key.
    pub(crate) fn demonym_country_of_key(&self, key: &str) -> Option<&str> {
        self.data
            .demonyms
            .get(key)
            .map(String::as_str)
            .filter(|c| *c != "-")
    }

    /// The canonical Urdu name of the country with this ISO 3166-1 alpha-2 code.
    #[must_use]
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.places()
            .find(|p| p.kind() == PlaceKind::Country && p.country() == Some(code))
            .map(Place::name)
    }

    /// The locations of `text`, tokenized with the gazetteer's tokenizer, in order of first
    /// mention.
    #[must_use]
    pub fn locations<'a>(&self, text: &'a str) -> Vec<Location<'a>> {
        let tokens = self.data.tokenizer.tokenize(text);
        self.locations_in(&tokens)
    }

    /// The locations named by `tokens` (made by this gazetteer's tokenizer, or one with the
    /// same normalizer), in order of first mention.
    #[must_use]
    pub fn locations_in<'a>(&self, tokens: &Tokens<'a>) -> Vec<Location<'a>> {
        let mut own_keys = String::new();
        self.locations_from_keys(&MatchKeys::new(tokens, &self.data.keyer, &mut own_keys))
    }

    /// This gazetteer, matched through `tokenizer`'s normalizer: itself if that is its own,
    /// else the same places compiled again.
    pub(crate) fn for_tokenizer(&self, tokenizer: &Tokenizer) -> Result<Gazetteer, Error> {
        if self.data.tokenizer.normalizer() == tokenizer.normalizer() {
            return Ok(self.clone());
        }
        self.data
            .source
            .clone()
            .tokenizer(tokenizer.clone())
            .build()
    }

    /// The key of a word, as this gazetteer matches it.
    pub(crate) fn keyer(&self) -> &Keyer {
        &self.data.keyer
    }

    /// [`locations_in`](Self::locations_in), with the match keys of the tokens already
    /// computed.
    pub(crate) fn locations_from_keys<'a>(&self, keys: &MatchKeys<'_, 'a>) -> Vec<Location<'a>> {
        let (found, kinds) = self.names(keys);
        let accepted = evidence::accepted(self, keys, &found);
        let listed: Vec<&Found> = found
            .iter()
            .zip(&accepted)
            .filter(|(f, ok)| **ok && f.place.is_some())
            .map(|(f, _)| f)
            .collect();
        let unlisted = unlisted::places(self, keys, &found, &kinds);
        // Both kinds of name in the order of the text, each place once, with every mention.
        let mut names: Vec<(usize, usize, Arc<Place>)> = listed
            .iter()
            .filter_map(|f| {
                let place = self.data.places.get(f.place?)?;
                Some((f.first, f.end, place.clone()))
            })
            .chain(unlisted)
            .collect();
        names.sort_by_key(|&(first, _, _)| first);
        let mut locations: Vec<Location<'a>> = Vec::new();
        let mut index_of: HashMap<*const Place, usize, BuildHasherDefault<Fnv>> =
            HashMap::default();
        for (first, end, place) in names {
            let Some(span) = keys.tokens().span_of(first..end) else {
                continue;
            };
            let slot = *index_of.entry(Arc::as_ptr(&place)).or_insert_with(|| {
                locations.push(Location::new(place.clone()));
                locations.len() - 1
            });
            if let Some(location) = locations.get_mut(slot) {
                location.push(Mention::new(keys.tokens().text(), span));
            }
        }
        locations
    }

    /// Every name in the match keys at token boundaries, leftmost-longest, not overlapping;
    /// and every word for a kind of place, with its token and the kind, in order.
    fn names(&self, keys: &MatchKeys<'_, '_>) -> (Vec<Found>, Vec<(usize, PlaceKind)>) {
        if self.data.phrases.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let mut candidates: Vec<Found> = Vec::new();
        let mut kinds: Vec<(usize, PlaceKind)> = Vec::new();
        keys.find(&self.data.phrases, |first, end, pattern| {
            let Some(&pattern) = self.data.patterns.get(pattern) else {
                return;
            };
            if let Some(named) = pattern.name {
                candidates.push(Found {
                    place: named.map(|n| n.place),
                    first,
                    end,
                    evidence: named.map_or(Evidence::None, |n| n.evidence),
                });
            }
            if let Some(kind) = pattern.kind.filter(|_| end == first + 1) {
                kinds.push((first, kind));
            }
        });
        for t in 0..keys.len() {
            if let Some(place) = self.by_vowels(keys.word(t), keys.tokens().normalized(t)) {
                candidates.push(Found {
                    place: Some(place),
                    first: t,
                    end: t + 1,
                    // A name found with a vowel put in or left out may be a person's name
                    // of another spelling (`برینڈون`, not the town `برینڈن`): it needs the
                    // evidence a place that is also a given name needs.
                    evidence: Evidence::Name,
                });
            }
        }
        candidates.sort_by_key(|f| (f.first, std::cmp::Reverse(f.end)));
        let mut chosen: Vec<Found> = Vec::new();
        for f in candidates {
            if chosen.last().is_none_or(|last| f.first >= last.end) {
                chosen.push(f);
            }
        }
        (chosen, kinds)
    }

    /// The place a word that is no common word (see `Lexicon::is_common`) names with one
    /// long vowel put in or left out: writers differ on an `ا`, `و` or `ی` inside a foreign
    /// name (`مہارشٹر` for `مہاراشٹر`, `منیسوٹا` for `مینیسوٹا`, `پینسلوینیا` for
    /// `پنسلوانیا`… but not a vowel for another, which makes other names: `میکرون` is not
    /// `مکران`). Only a long word (common words are short), a place that needs no evidence,
    /// and a form that one place alone has. `word` is the match key, `normalized` the word
    /// as the lexicon holds it (with the hamza the key leaves out).
    fn by_vowels(&self, word: &str, normalized: &str) -> Option<usize> {
        let forms = &self.data.vowel_forms;
        // A word of Arabic letters alone has two bytes a letter: a shorter one is too short.
        if word.len() < 2 * VOWEL_WORD_LETTERS
            || !arabic_vowel_skeleton(word).is_some_and(|s| forms.skeletons.contains(&s))
            || LEXICON.is_common(normalized)
        {
            return None;
        }
        let left_out = forms.shorter.get(word).copied().flatten();
        let put_in = || {
            without_one_vowel(word)
                .iter()
                .find_map(|w| forms.names.get(w).copied().flatten())
        };
        left_out.or_else(put_in)
    }

    /// Whether `word` (a match key) is a cue word of any role.
    fn is_cue_word(&self, word: &str) -> bool {
        self.data.cues.contains_key(word)
    }

    /// Whether token `t` is a cue word of this role.
    fn is_cue(&self, keys: &MatchKeys<'_, '_>, t: usize, role: PlaceWord) -> bool {
        self.data
            .cues
            .get(keys.word(t))
            .is_some_and(|roles| roles.contains(&role))
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

#[cfg(test)]
mod tests;

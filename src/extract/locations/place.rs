//! Places: the entries of a gazetteer, and the locations a text names.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::extract::mention::Mention;
use crate::lexicon::places::Evidence;
use crate::lexicon::{rows, Fnv};
use crate::Error;

/// What kind of place a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlaceKind {
    /// A sovereign country (or a former one, `سوویت یونین`).
    Country,
    /// A territory that is not a country or province (`غزہ`, `گلگت بلتستان`).
    Territory,
    /// A province (`پنجاب`, `سندھ`) or a constituent country (`انگلینڈ`).
    Province,
    /// A state of a federation (`راجستھان`, `ٹیکساس`).
    State,
    /// A district, county or agency (`شمالی وزیرستان`).
    District,
    /// A city.
    City,
    /// A town.
    Town,
    /// A village.
    Village,
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

crate::names::names! {
    PlaceKind, "place kind",
    Country = "country",
    Territory = "territory",
    Province = "province",
    State = "state",
    District = "district",
    City = "city",
    Town = "town",
    Village = "village",
    Region = "region",
    Continent = "continent",
    Water = "water",
    Mountain = "mountain",
    Desert = "desert",
}

/// A place of a gazetteer: its canonical name, kind, country and spelling variants.
///
/// ```
/// use urdu::{Place, PlaceKind};
///
/// let place = Place::new("گلشن اقبال", PlaceKind::District)
///     .in_country("PK")
///     .variant("گلشنِ اقبال");
/// assert_eq!(place.name(), "گلشن اقبال");
/// assert_eq!(place.country(), Some("PK"));
/// assert_eq!(place.variants(), ["گلشنِ اقبال"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    name: String,
    kind: PlaceKind,
    country: Option<String>,
    variants: Vec<String>,
    evidence: Evidence,
    /// The evidence each variant needs where it differs from the place's (the shipped
    /// gazetteer's `چائنہ` needs none, `چین`, peace, does): by index into `variants`.
    variant_evidence: Vec<(usize, Evidence)>,
}

impl Place {
    /// A place with its canonical name (as Urdu news writes it) and kind.
    #[must_use]
    pub fn new(name: impl Into<String>, kind: PlaceKind) -> Place {
        Place {
            name: name.into(),
            kind,
            country: None,
            variants: Vec::new(),
            evidence: Evidence::None,
            variant_evidence: Vec::new(),
        }
    }

    /// The country it lies in, as an ISO 3166-1 alpha-2 code (`"PK"`); a country's own code.
    /// A code that is not one makes the gazetteer's `build` fail.
    #[must_use]
    pub fn in_country(mut self, code: impl Into<String>) -> Place {
        self.country = Some(code.into());
        self
    }

    /// Adds a spelling variant, which names the same place.
    #[must_use]
    pub fn variant(mut self, variant: impl Into<String>) -> Place {
        self.variants.push(variant.into());
        self
    }

    /// Adds spelling variants.
    #[must_use]
    pub fn variants_from<I>(mut self, variants: I) -> Place
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        self.variants.extend(variants.into_iter().map(Into::into));
        self
    }

    /// Takes the name as a place only with evidence next to it (a postposition, a place
    /// word, a list of places, a dateline): for a name that is also a common word or a
    /// given name.
    #[must_use]
    pub fn needs_evidence(mut self) -> Place {
        self.evidence = Evidence::Postposition;
        self
    }

    /// The canonical name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of place it is.
    #[must_use]
    pub fn kind(&self) -> PlaceKind {
        self.kind
    }

    /// The country it lies in (ISO 3166-1 alpha-2), where known.
    #[must_use]
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Its spelling variants.
    #[must_use]
    pub fn variants(&self) -> &[String] {
        &self.variants
    }

    pub(crate) fn with_evidence(mut self, evidence: Evidence) -> Place {
        self.evidence = evidence;
        self
    }

    /// Adds a spelling variant that needs its own evidence, not the place's.
    pub(crate) fn variant_with_evidence(mut self, variant: &str, evidence: Evidence) -> Place {
        self.variant_evidence.push((self.variants.len(), evidence));
        self.variants.push(variant.to_owned());
        self
    }

    /// The name and every variant, each with the evidence it needs.
    pub(crate) fn spellings(&self) -> impl Iterator<Item = (&str, Evidence)> {
        let own = |i: usize| {
            self.variant_evidence
                .iter()
                .find(|(v, _)| *v == i)
                .map_or(self.evidence, |(_, e)| *e)
        };
        std::iter::once((self.name.as_str(), self.evidence)).chain(
            self.variants
                .iter()
                .enumerate()
                .map(move |(i, v)| (v.as_str(), own(i))),
        )
    }

    /// Checks the country code.
    pub(crate) fn check(&self) -> Result<(), Error> {
        match &self.country {
            Some(code) if !is_country_code(code) => Err(Error::invalid_country(code.clone())),
            _ => Ok(()),
        }
    }
}

const COUNTRIES_TSV: &str = include_str!("../../../data/countries.tsv");

/// The country codes of `data/countries.tsv`.
static COUNTRY_CODES: Lazy<
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>,
> = Lazy::new(|| rows(COUNTRIES_TSV).map(|row| row.key).collect());

/// Whether `code` is an ISO 3166-1 alpha-2 code (or one of the few in common use beside the
/// standard, listed in `data/countries.tsv`).
pub(crate) fn is_country_code(code: &str) -> bool {
    COUNTRY_CODES.contains(code)
}

/// A place the text names, with every mention of it. A place the gazetteer does not list,
/// named after the word for its kind (`شہر روساریو`, see
/// [`GazetteerBuilder::kind_word`](crate::GazetteerBuilder::kind_word)), has the name as the
/// text writes it and no country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location<'a> {
    place: Arc<Place>,
    mentions: Vec<Mention<'a>>,
}

impl<'a> Location<'a> {
    pub(crate) fn new(place: Arc<Place>) -> Location<'a> {
        Location {
            place,
            mentions: Vec::new(),
        }
    }

    pub(crate) fn push(&mut self, mention: Mention<'a>) {
        self.mentions.push(mention);
    }

    /// The gazetteer's entry for it.
    #[must_use]
    pub fn place(&self) -> &Place {
        &self.place
    }

    /// The canonical name (the spelling Urdu news uses most), whatever variant the text has.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.place.name
    }

    /// What kind of place it is.
    #[must_use]
    pub fn kind(&self) -> PlaceKind {
        self.place.kind
    }

    /// The country it lies in (ISO 3166-1 alpha-2), where known; a country's own code.
    #[must_use]
    pub fn country(&self) -> Option<&str> {
        self.place.country()
    }

    /// Every mention, in text order.
    #[must_use]
    pub fn mentions(&self) -> &[Mention<'a>] {
        &self.mentions
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Location<'_> {
    /// `{"name", "kind", "country", "mentions"}`, as in the analyze contract.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Location", 4)?;
        s.serialize_field("name", self.name())?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("country", &self.country())?;
        s.serialize_field("mentions", &self.mentions)?;
        s.end()
    }
}

/// What a cue word next to an ambiguous place name shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlaceWord {
    /// A postposition after the name (`چین میں`, `مصر کے`): enough for names that are also
    /// common words (`چین` = peace).
    Postposition,
    /// A place word before the name (`صوبہ`, `ملک`, `شہر`): enough for every name.
    Before,
    /// A place word after the name (`شہر`, `حکومت`): enough for every name.
    After,
    /// A word that joins a list (`اور`, `،`): a name listed with a certain place is a place.
    List,
    /// A word that ends place names (`آباد`, `خیل`, `والا`: `لطیف آباد`, `دتہ خیل`): part
    /// of a name that follows a word for a kind of place (see
    /// [`GazetteerBuilder::kind_word`](crate::GazetteerBuilder::kind_word)).
    Part,
}

crate::names::names! {
    PlaceWord, "place word role",
    Postposition = "postposition",
    Before = "before",
    After = "after",
    List = "list",
    Part = "part",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes() {
        assert!(is_country_code("PK") && is_country_code("SU"));
        assert!(!is_country_code("Pakistan") && !is_country_code("pk"));
        let place = Place::new("لاہور", PlaceKind::City).in_country("Pakistan");
        assert_eq!(place.check().unwrap_err().word(), Some("Pakistan"));
    }

    #[test]
    fn kinds_have_names() {
        for kind in PlaceKind::ALL {
            assert_eq!(kind.as_str().parse::<PlaceKind>().unwrap(), *kind);
        }
        assert!("hamlet".parse::<PlaceKind>().is_err());
        assert_eq!(PlaceWord::Before.to_string(), "before");
    }
}

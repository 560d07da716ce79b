//! The gazetteer's data files: places (`data/gazetteer.tsv`), the cue words that confirm an
//! ambiguous name (`data/place_cues.tsv`) and demonyms (`data/demonyms.tsv`).

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use crate::lexicon::{rows, shipped, Fnv};
use crate::Error;

/// How much evidence a name needs before it is taken as a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub(crate) enum Evidence {
    /// None: the name is only ever a place.
    #[default]
    None,
    /// A postposition or a place word next to it (`چین میں`): the name is also a common
    /// word (`چین` = peace).
    Postposition,
    /// A postposition as for [`Evidence::Postposition`] but only where the name opens its
    /// noun phrase, or a place word, a list or a dateline: the name is also a person's given
    /// name or surname (`صوفیہ`, `ریاض`), which a postposition follows as often.
    Name,
    /// A place word next to it, a list of places, or a dateline: the name is a very common
    /// word (`شام` = evening).
    PlaceWord,
}

/// One row of `data/gazetteer.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlaceRow {
    pub(crate) name: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) line: usize,
    pub(crate) country: Option<&'static str>,
    /// Each variant, with its own flag where it has one (`چائنہ:-`).
    pub(crate) variants: Vec<(&'static str, Option<Evidence>)>,
    pub(crate) evidence: Evidence,
}

/// The evidence a flag of `data/gazetteer.tsv` asks for.
fn flag_evidence(flag: &str) -> Option<Evidence> {
    Some(match flag {
        "-" => Evidence::None,
        "ambiguous" => Evidence::Postposition,
        "name" => Evidence::Name,
        "strict" => Evidence::PlaceWord,
        _ => return None,
    })
}

pub(crate) const GAZETTEER_FILE: &str = "data/gazetteer.tsv";
pub(crate) const GAZETTEER_TSV: &str = include_str!("../../data/gazetteer.tsv");
pub(crate) const CUES_FILE: &str = "data/place_cues.tsv";
pub(crate) const CUES_TSV: &str = include_str!("../../data/place_cues.tsv");
pub(crate) const DEMONYMS_FILE: &str = "data/demonyms.tsv";
pub(crate) const DEMONYMS_TSV: &str = include_str!("../../data/demonyms.tsv");

/// Every word of every place name and variant of the gazetteer, as written there
/// (normalized): real words, which the join repair must never split (`سکاکہ` is not `سکا` +
/// `کہ`, `جوسے` in `جوسے سی پاز` not `جو` + `سے`).
pub(crate) static PLACE_WORDS: Lazy<HashSet<&'static str, BuildHasherDefault<Fnv>>> =
    Lazy::new(|| {
        shipped(parse_places(GAZETTEER_TSV))
            .into_iter()
            .flat_map(|p| std::iter::once(p.name).chain(p.variants.into_iter().map(|(v, _)| v)))
            .flat_map(|name| name.split(' '))
            .collect()
    });

/// Parses `data/gazetteer.tsv`: name, kind, country, variants, flags, sources.
pub(crate) fn parse_places(tsv: &'static str) -> Result<Vec<PlaceRow>, Error> {
    rows(tsv)
        .map(|row| {
            let (name, line) = (row.key, row.line);
            let [kind, country, variants, flags, ..] = row.fields[..] else {
                return Err(Error::malformed(
                    GAZETTEER_FILE,
                    line,
                    "expected 6 tab-separated fields",
                ));
            };
            let unknown = || Error::malformed(GAZETTEER_FILE, line, "unknown flag");
            let evidence = flag_evidence(flags).ok_or_else(unknown)?;
            // A variant's own flag follows it after `:`; without one it needs the place's.
            let variant = |v: &'static str| match v.split_once(':') {
                Some((v, flag)) => flag_evidence(flag)
                    .map(|e| (v, Some(e)))
                    .ok_or_else(unknown),
                None => Ok((v, None)),
            };
            let variants = if variants == "-" {
                Vec::new()
            } else {
                variants.split('|').map(variant).collect::<Result<_, _>>()?
            };
            Ok(PlaceRow {
                name,
                kind,
                line,
                country: (country != "-").then_some(country),
                variants,
                evidence,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_parse() {
        let places = parse_places(GAZETTEER_TSV).unwrap();
        assert!(places.len() > 1000);
        assert!(places
            .iter()
            .any(|p| p.name == "قزاقستان" && p.variants.contains(&("قازقستان", None))));
        let pairs = |tsv, file| crate::lexicon::parse_pairs(tsv, file).unwrap();
        let has = |tsv, file, key, value| {
            pairs(tsv, file)
                .iter()
                .any(|p: &crate::lexicon::Pair| p.key == key && p.value == value)
        };
        assert!(has(CUES_TSV, CUES_FILE, "میں", "postposition"));
        assert!(has(DEMONYMS_TSV, DEMONYMS_FILE, "قازق", "KZ"));
    }

    #[test]
    fn malformed_rows_are_reported() {
        let err = parse_places("# places\nروس\tcountry\n").unwrap_err();
        assert_eq!(err.location(), Some((GAZETTEER_FILE, 2)));
        assert!(parse_places("روس\tcountry\tRU\t-\tsometimes\tx\n").is_err());
        assert!(parse_places("روس\tcountry\tRU\tرشیا:often\t-\tx\n").is_err());
        let own = parse_places("چین\tcountry\tCN\tچائنہ:-|چینا\tambiguous\tx\n").unwrap();
        assert_eq!(
            own[0].variants,
            [("چائنہ", Some(Evidence::None)), ("چینا", None)]
        );
        let name = parse_places("صوفیہ\tcity\tBG\t-\tname\tx\n").unwrap();
        assert_eq!(name[0].evidence, Evidence::Name);
    }
}

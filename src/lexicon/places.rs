//! The gazetteer's data files: places (`data/gazetteer.tsv`), the cue words that confirm an
//! ambiguous name (`data/place_cues.tsv`) and demonyms (`data/demonyms.tsv`).

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use crate::lexicon::{malformed, rows, Fnv};
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
    /// A place word next to it, a list of places, or a dateline: the name is a very common
    /// word (`شام` = evening).
    PlaceWord,
}

/// One row of `data/gazetteer.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlaceRow {
    pub(crate) name: &'static str,
    pub(crate) kind: &'static str,
    pub(crate) country: Option<&'static str>,
    pub(crate) variants: Vec<&'static str>,
    pub(crate) evidence: Evidence,
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
        parse_places(GAZETTEER_TSV)
            .unwrap_or_default()
            .into_iter()
            .flat_map(|p| std::iter::once(p.name).chain(p.variants))
            .flat_map(|name| name.split(' '))
            .collect()
    });

/// Parses `data/gazetteer.tsv`: name, kind, country, variants, flags, sources.
pub(crate) fn parse_places(tsv: &'static str) -> Result<Vec<PlaceRow>, Error> {
    rows(tsv)
        .map(|(name, fields, line)| {
            let [kind, country, variants, flags, ..] = fields[..] else {
                return Err(malformed(
                    GAZETTEER_FILE,
                    line,
                    "expected 6 tab-separated fields",
                ));
            };
            let evidence = match flags {
                "-" => Evidence::None,
                "ambiguous" => Evidence::Postposition,
                "strict" => Evidence::PlaceWord,
                _ => return Err(malformed(GAZETTEER_FILE, line, "unknown flag")),
            };
            Ok(PlaceRow {
                name,
                kind,
                country: (country != "-").then_some(country),
                variants: if variants == "-" {
                    Vec::new()
                } else {
                    variants.split('|').collect()
                },
                evidence,
            })
        })
        .collect()
}

/// Parses a two-column file (`word<TAB>value`) into pairs.
pub(crate) fn parse_pairs(
    tsv: &'static str,
    file: &'static str,
) -> Result<Vec<(&'static str, &'static str)>, Error> {
    rows(tsv)
        .map(|(word, fields, line)| match fields.first() {
            Some(value) if !word.is_empty() => Ok((word, *value)),
            _ => Err(malformed(file, line, "expected word<TAB>value")),
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
            .any(|p| p.name == "قزاقستان" && p.variants.contains(&"قازقستان")));
        assert!(parse_pairs(CUES_TSV, CUES_FILE)
            .unwrap()
            .contains(&("میں", "postposition")));
        assert!(parse_pairs(DEMONYMS_TSV, DEMONYMS_FILE)
            .unwrap()
            .contains(&("قازق", "KZ")));
    }

    #[test]
    fn malformed_rows_are_reported() {
        assert!(parse_places("روس\tcountry\n").is_err());
        assert!(parse_places("روس\tcountry\tRU\t-\tsometimes\tx\n").is_err());
    }
}

//! The speech cues of `data/speech_cues.tsv`: the words with which Urdu reports what someone
//! said, each with the rule that finds its speaker.

use crate::extract::SpeechRule;
use crate::lexicon::parse_pairs;
use crate::Error;

pub(crate) const CUES_FILE: &str = "data/speech_cues.tsv";
pub(crate) const CUES_TSV: &str = include_str!("../../data/speech_cues.tsv");

/// Parses a cue file into (cue text, rule) pairs.
pub(crate) fn parse_cues(
    tsv: &'static str,
    file: &str,
) -> Result<Vec<(&'static str, SpeechRule)>, Error> {
    parse_pairs(tsv, file)?
        .into_iter()
        .map(|pair| {
            pair.value
                .parse()
                .map(|rule| (pair.key, rule))
                .map_err(|_| Error::malformed(file, pair.line, "unknown speech rule"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_file_parses() {
        let cues = parse_cues(CUES_TSV, CUES_FILE).unwrap();
        assert!(cues.contains(&("کہا", SpeechRule::Verb)));
        assert!(cues.contains(&("مطابق", SpeechRule::Source)));
        let err = parse_cues("# cues\nکہا\tshout\n", "x.tsv").unwrap_err();
        assert_eq!(err.location(), Some(("x.tsv", 2)));
    }
}

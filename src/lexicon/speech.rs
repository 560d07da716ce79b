//! The speech cues of `data/speech_cues.tsv`: the words with which Urdu reports what someone
//! said, each with the rule that finds its speaker.

use crate::extract::SpeechRule;
use crate::lexicon::parse_pairs;
use crate::Error;

pub(crate) const CUES_FILE: &str = "data/speech_cues.tsv";
pub(crate) const CUES_TSV: &str = include_str!("../../data/speech_cues.tsv");

/// A row of the cue file: a cue and its rule, or a verb of asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueRow {
    /// A speech cue with the rule that finds its speaker.
    Cue(SpeechRule),
    /// A verb of asking (`پوچھا`, `سوال کیا`): what its subject asks is their speech, like a
    /// [`SpeechRule::Verb`]'s; its passive (`ان سے پوچھا گیا کہ`) is a question put to
    /// someone, which reports no one's words.
    Question,
}

/// Parses a cue file into (cue text, row) pairs.
pub(crate) fn parse_cues(
    tsv: &'static str,
    file: &str,
) -> Result<Vec<(&'static str, CueRow)>, Error> {
    parse_pairs(tsv, file)?
        .into_iter()
        .map(|pair| {
            let row = match pair.value {
                "question" => Ok(CueRow::Question),
                rule => rule.parse().map(CueRow::Cue),
            };
            row.map(|row| (pair.key, row))
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
        assert!(cues.contains(&("کہا", CueRow::Cue(SpeechRule::Verb))));
        assert!(cues.contains(&("مطابق", CueRow::Cue(SpeechRule::Source))));
        assert!(cues.contains(&("پوچھا", CueRow::Question)));
        let err = parse_cues("# cues\nکہا\tshout\n", "x.tsv").unwrap_err();
        assert_eq!(err.location(), Some(("x.tsv", 2)));
    }
}

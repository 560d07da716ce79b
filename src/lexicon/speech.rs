//! The speech lexicons: speech cues (`data/speech_cues.tsv`) and the words that shape a
//! speaker's noun phrase (`data/speaker_words.tsv`).

use std::collections::HashMap;

use crate::lexicon::{malformed, places::parse_pairs};
use crate::Error;

/// How a speech cue finds its speaker and what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CueRule {
    /// A speech verb (`کہا`, `وعدہ کیا`): the speaker is the ergative subject (`X نے`).
    Verb,
    /// A noun of saying after `کا`/`کی` (`X کا کہنا ہے کہ`).
    Possessive,
    /// A postposition of source after `کے` (`X کے مطابق`, `X کے بقول`).
    Source,
    /// A passive verb of saying (`کہا گیا کہ`): the speaker is the statement's issuer.
    Passive,
}

impl CueRule {
    /// The rule named in the data file (`verb`, `possessive`, `source`, `passive`).
    #[must_use]
    pub fn parse(name: &str) -> Option<CueRule> {
        Some(match name {
            "verb" => CueRule::Verb,
            "possessive" => CueRule::Possessive,
            "source" => CueRule::Source,
            "passive" => CueRule::Passive,
            _ => return None,
        })
    }
}

/// What a word does in a speaker's noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum WordRole {
    Title,
    Leader,
    Group,
    Agency,
    Pronoun,
    Work,
    Org,
    Document,
    NonSource,
    Stop,
}

pub(crate) const CUES_FILE: &str = "data/speech_cues.tsv";
pub(crate) const CUES_TSV: &str = include_str!("../../data/speech_cues.tsv");
pub(crate) const WORDS_FILE: &str = "data/speaker_words.tsv";
pub(crate) const WORDS_TSV: &str = include_str!("../../data/speaker_words.tsv");

/// Parses `data/speech_cues.tsv` into (cue text, rule) pairs.
pub(crate) fn parse_cues(tsv: &'static str) -> Result<Vec<(&'static str, CueRule)>, Error> {
    parse_pairs(tsv, CUES_FILE)?
        .into_iter()
        .enumerate()
        .map(|(i, (cue, rule))| {
            CueRule::parse(rule)
                .map(|r| (cue, r))
                .ok_or_else(|| malformed(CUES_FILE, i + 1, "unknown cue rule"))
        })
        .collect()
}

/// Parses `data/speaker_words.tsv` into word → roles.
pub(crate) fn parse_speaker_words(
    tsv: &'static str,
) -> Result<HashMap<&'static str, Vec<WordRole>>, Error> {
    let mut words: HashMap<&'static str, Vec<WordRole>> = HashMap::new();
    for (i, (word, role)) in parse_pairs(tsv, WORDS_FILE)?.into_iter().enumerate() {
        let role = match role {
            "title" => WordRole::Title,
            "leader" => WordRole::Leader,
            "group" => WordRole::Group,
            "agency" => WordRole::Agency,
            "pronoun" => WordRole::Pronoun,
            "work" => WordRole::Work,
            "org" => WordRole::Org,
            "document" => WordRole::Document,
            "nonsource" => WordRole::NonSource,
            "stop" => WordRole::Stop,
            _ => return Err(malformed(WORDS_FILE, i + 1, "unknown word role")),
        };
        words.entry(word).or_default().push(role);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_parse() {
        let cues = parse_cues(CUES_TSV).unwrap();
        assert!(cues.contains(&("کہا", CueRule::Verb)));
        assert!(cues.contains(&("مطابق", CueRule::Source)));
        let words = parse_speaker_words(WORDS_TSV).unwrap();
        assert_eq!(words.get("انہوں"), Some(&vec![WordRole::Pronoun]));
        assert!(parse_cues("کہا\tshout\n").is_err());
    }
}

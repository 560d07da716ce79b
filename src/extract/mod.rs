//! Extraction: the facts a news reader wants from a text: who said what (quotations and
//! their speakers) and where (locations).

mod analysis;
mod analyzer;
mod assemble;
mod byline;
mod cues;
mod diagnostics;
mod document;
mod furniture;
pub(crate) mod keys;
pub(crate) mod locations;
mod mention;
mod pairing;
mod quote;
mod resolve;
mod slogan;
mod speaker;
mod tense;
mod vocabulary;

pub use analysis::Analysis;
pub use analyzer::{Analyzer, AnalyzerBuilder};
pub use diagnostics::{Diagnostic, Reason};
pub use locations::{Gazetteer, GazetteerBuilder, Location, Place, PlaceKind, PlaceWord};
pub use mention::{Cue, Mention};
pub use quote::{Quote, QuoteKind};
pub use speaker::{same_speaker, speaker_key, Speaker, SpeakerKind};
pub use vocabulary::SpeechRule;

use crate::Error;

/// Checks a phrase given to a builder (a cue, a place name, a name that is never a speaker):
/// one or more words with a letter among them, separated by single spaces.
pub(crate) fn check_phrase(phrase: &str) -> Result<(), Error> {
    if !phrase.chars().any(char::is_alphabetic) {
        return Err(Error::invalid_word(
            phrase,
            "a word or phrase must have letters",
        ));
    }
    let spaced = phrase
        .split(' ')
        .all(|w| !w.is_empty() && !w.chars().any(char::is_whitespace));
    if !spaced {
        return Err(Error::invalid_word(
            phrase,
            "words must be separated by single spaces, with no other white space",
        ));
    }
    Ok(())
}

/// Checks one word given to a builder (a title, a word to keep whole): a phrase of one word.
pub(crate) fn check_word(word: &str) -> Result<(), Error> {
    check_phrase(word)?;
    if word.contains(' ') {
        return Err(Error::invalid_word(
            word,
            "a word must not hold white space",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_and_words() {
        assert!(check_phrase("کہا").is_ok());
        assert!(check_phrase("شکوہ کیا").is_ok());
        for bad in ["", " ", "123", "کہا\tکہ", "کہا  کہ", " کہا", "کہا\n"] {
            assert!(check_phrase(bad).is_err(), "{bad:?}");
        }
        assert!(check_word("کمشنر").is_ok());
        assert!(check_word("ڈپٹی کمشنر").is_err());
    }
}

//! Speakers: who said what, one entry per real-world person or body, with every mention.

use crate::extract::mention::Mention;

/// What a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person, or a person known by a role.
    Person,
    /// A news agency, government, ministry, company or other body.
    Organization,
    /// Neither could be told (an unresolved pronoun or description).
    Unknown,
}

crate::names::names! {
    SpeakerKind, "speaker kind",
    Person = "person",
    Organization = "organization",
    Unknown = "unknown",
}

/// One real-world speaker, with every mention of them. Its name and title are stretches of
/// the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker<'a> {
    pub(crate) name: &'a str,
    pub(crate) kind: SpeakerKind,
    pub(crate) title: Option<&'a str>,
    pub(crate) mentions: Vec<Mention<'a>>,
}

impl<'a> Speaker<'a> {
    /// The canonical name: the fullest name among the mentions (`ولادی میر پوتن`), or the
    /// description when no name is given (`پولیس`).
    #[must_use]
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// Person, organization, or unknown.
    #[must_use]
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }

    /// The title given with the name, if any (`روس کے صدر`).
    #[must_use]
    pub fn title(&self) -> Option<&'a str> {
        self.title
    }

    /// Every mention (names, pronouns, descriptions), in text order.
    #[must_use]
    pub fn mentions(&self) -> &[Mention<'a>] {
        &self.mentions
    }

    /// A key under which the spellings of one name meet across documents: the consonant
    /// skeletons of the name's words (see [`speaker_key`]).
    #[must_use]
    pub fn key(&self) -> String {
        speaker_key(self.name)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Speaker<'_> {
    /// `{"name", "kind", "title", "mentions", "key"}`, as in the analyze contract.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Speaker", 5)?;
        s.serialize_field("name", self.name)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("mentions", &self.mentions)?;
        s.serialize_field("key", &self.key())?;
        s.end()
    }
}

/// The consonant skeleton of a word: long vowels (alef, waw, yeh) dropped inside it, so that
/// spelling variants of a name meet (`پوتن`, `پوتین`). A letter that carries a hamza counts as
/// its carrier: foreign names end in `ؤ` or `و` as the writer likes (`پومپیؤ`, `پومپیو`). A
/// final `ہ` after a consonant is the vowel `ا` written the Persian way (`اوبامہ`, `اوباما`;
/// `راجہ`, `راجا`); after a long vowel it is the consonant (`شاہ`, `گروہ`).
pub(crate) fn skeleton(word: &str) -> String {
    let mut chars = word.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return word.to_owned();
    };
    if chars.as_str().is_empty() {
        return word.to_owned();
    }
    let last = match last {
        'ہ' if !chars.as_str().ends_with(['ا', 'و', 'ی', 'ے']) => 'ا',
        other => hamza_carrier(other),
    };
    let mut s = String::with_capacity(word.len());
    s.push(hamza_carrier(first));
    s.extend(
        chars
            .map(hamza_carrier)
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ی' | 'ے' | 'ئ')),
    );
    s.push(last);
    s
}

/// The letter under a hamza (`ؤ` → `و`, `أ` → `ا`, `ۓ` → `ے`); any other letter as it is.
fn hamza_carrier(c: char) -> char {
    match c {
        'ؤ' => 'و',
        'أ' => 'ا',
        'ۓ' => 'ے',
        other => other,
    }
}

/// The words of a name as they are compared: normalized, without diacritics.
fn name_words(name: &str) -> Vec<String> {
    crate::extract::keys::Keyer::default()
        .key(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The key of a speaker's name: the consonant skeletons of its words, normalized and without
/// diacritics, in order. Spelling variants meet (`پوتن` and `پوتین` have one key); a fuller
/// name has a longer key (`ولادی میر پوتن`), which [`same_speaker`] relates to the short
/// one.
///
/// ```
/// assert_eq!(urdu::speaker_key("پوتن"), urdu::speaker_key("پوتین"));
/// assert_ne!(urdu::speaker_key("پوتن"), urdu::speaker_key("عمران خان"));
/// ```
#[must_use]
pub fn speaker_key(name: &str) -> String {
    name_words(name)
        .iter()
        .map(|w| skeleton(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two speakers' names name the same speaker, as the analyzer merges them within a
/// document: the skeletons of one name's words are all among the other's (`پوتن` and
/// `ولادی میر پوتین`), or one name written together begins the other (`نواز` of
/// `نوازالدین`). For tables across documents.
///
/// ```
/// assert!(urdu::same_speaker("پوتن", "ولادی میر پوتین"));
/// assert!(!urdu::same_speaker("عمران خان", "نواز شریف"));
/// ```
#[must_use]
pub fn same_speaker(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    let sa: std::collections::HashSet<String> = wa.iter().map(|w| skeleton(w)).collect();
    let sb: std::collections::HashSet<String> = wb.iter().map(|w| skeleton(w)).collect();
    let subset = !sa.is_empty() && !sb.is_empty() && (sa.is_subset(&sb) || sb.is_subset(&sa));
    subset || short_form(&wa.concat(), &wb.concat())
}

/// Whether one name is a short form of the other: written together, one begins the other
/// and has at least four letters (`نواز` of `نوازالدین`, `نوازالدین` of `نواز الدین صدیقی`),
/// or ends it and has at least six (`نوازشریف` of `میاں محمد نواز شریف`: news often writes a
/// name's last two words as one).
pub(crate) fn short_form(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let letters = || short.chars().count();
    // Their first and last bytes tell most pairs apart before a longer comparison.
    let (s, l) = (short.as_bytes(), long.as_bytes());
    let begins = s.first() == l.first() && long.starts_with(short);
    let ends = s.last() == l.last() && long.ends_with(short);
    (begins && letters() >= 4) || (ends && letters() >= 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_meet_across_spelling_variants() {
        assert_eq!(skeleton("پوتن"), skeleton("پوتین"));
        assert_ne!(skeleton("پوتن"), skeleton("توکاییف"));
        // A hamza on the last letter of a foreign name is the writer's choice.
        assert_eq!(skeleton("پومپیؤ"), skeleton("پومپیو"));
        // The first and last letters stay; a word of two letters or fewer is its own.
        assert_eq!(skeleton("پوتین"), "پتن");
        assert_eq!(skeleton("اوباما"), "ابما");
        // A final `ہ` after a consonant is the vowel `ا`; after a long vowel, a consonant.
        assert_eq!(skeleton("اوبامہ"), skeleton("اوباما"));
        assert_eq!(skeleton("راجہ"), skeleton("راجا"));
        assert_ne!(skeleton("شاہ"), skeleton("شا"));
        assert_eq!(skeleton("ای"), "ای");
        assert_eq!(skeleton(""), "");
    }

    #[test]
    fn keys_and_same_speaker() {
        assert_eq!(speaker_key("ولادی میر پوتن"), speaker_key("ولادی میر پوتین"));
        assert!(same_speaker("نواز", "نوازالدین صدیقی"));
        assert!(same_speaker("نوازشریف", "میاں محمد نواز شریف"));
        assert!(!same_speaker("شہبازشریف", "میاں محمد نواز شریف"));
        assert!(!same_speaker("", "پوتن"));
        assert!("organization".parse::<SpeakerKind>().is_ok());
    }
}

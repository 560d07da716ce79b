//! The speech vocabulary of an analyzer, compiled: every word that a rule names (cue words,
//! speaker words, function words) gets a symbol, so that a text's tokens are looked up once
//! each and the rules compare numbers and test role bits.

use crate::extract::keys::Keyer;
use crate::extract::tense::{compound_forms, passive_forms, present_forms};
use crate::lexicon::speech::{parse_cues, CueRow, CUES_FILE, CUES_TSV};
use crate::lexicon::words::{
    body_names, parse_words, Roles, WordEntry, GRAMMAR_WORDS_FILE, GRAMMAR_WORDS_TSV,
    SPEAKER_WORDS_FILE, SPEAKER_WORDS_TSV,
};
use crate::lexicon::{LookupMap, StringMap};
use crate::Error;

/// How a speech cue finds its speaker and what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpeechRule {
    /// A speech verb in the past (perfective) form, alone or with its light verb (`کہا`,
    /// `بتایا`, `شکوہ کیا`): its speaker is the ergative subject (`X نے`). Its present,
    /// habitual and progressive forms (`کہتے ہیں`, `شکوہ کرتے ہیں`, `شکوہ کر رہے ہیں`)
    /// are derived from it and follow [`SpeechRule::PresentVerb`]; its intensive compounds
    /// (`کہہ دیا`, `واضح کر دیا`) are derived too, and follow this rule.
    Verb,
    /// A speech verb in a present, habitual or progressive form (`بتاتے ہیں`): its speaker
    /// is the clause's subject, with no `نے`.
    PresentVerb,
    /// A noun of saying after `کا`/`کی` (`X کا کہنا ہے کہ`).
    Possessive,
    /// A postposition of source after `کے` (`X کے مطابق`, `X کے بقول`).
    Source,
    /// A passive verb of saying (`کہا گیا کہ`): the speaker is the statement's issuer.
    Passive,
}

crate::names::names! {
    SpeechRule, "speech rule",
    Verb = "verb",
    PresentVerb = "present",
    Possessive = "possessive",
    Source = "source",
    Passive = "passive",
}

/// A word's number in a [`Vocabulary`].
pub(crate) type Sym = u32;

/// The symbol of a token whose key no rule names.
pub(crate) const NO_SYM: Sym = Sym::MAX;

/// A speech cue: its words' symbols and its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueEntry {
    pub(crate) words: Vec<Sym>,
    pub(crate) rule: SpeechRule,
}

/// The compiled vocabulary.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocabulary {
    keyer: Keyer,
    /// Each word's symbol (looked up for every token of a text).
    symbols: LookupMap<Sym>,
    /// By symbol: the word's roles.
    roles: Vec<Roles>,
    /// By symbol: the cues that begin with the word, longest first.
    cues: Vec<Vec<CueEntry>>,
    /// Well-known organizations' names (and other names of several words), as symbol
    /// sequences, with the roles they give a phrase that holds them.
    orgs: Vec<(Vec<Sym>, Roles)>,
    /// By symbol: the names of `orgs` that begin with it, so that a token is compared only
    /// with the names that can start there.
    org_starts: Vec<Vec<u32>>,
    /// Well-known bodies' names (`ڈبلیو ایچ او`, `عالمی ادارہ صحت`), by key: the key of the
    /// body's fullest name.
    body_names: StringMap<String>,
}

impl Vocabulary {
    /// An empty vocabulary whose keys follow `keyer`.
    pub(crate) fn new(keyer: Keyer) -> Vocabulary {
        Vocabulary {
            keyer,
            ..Vocabulary::default()
        }
    }

    /// The shipped speech cues, speaker words and function words, keyed by `keyer`.
    pub(crate) fn shipped(keyer: Keyer) -> Result<Vocabulary, Error> {
        let mut v = Vocabulary::new(keyer);
        for (file, tsv) in [
            (SPEAKER_WORDS_FILE, SPEAKER_WORDS_TSV),
            (GRAMMAR_WORDS_FILE, GRAMMAR_WORDS_TSV),
        ] {
            for entry in parse_words(tsv, file)? {
                match entry {
                    WordEntry::Word(word, roles) => v.add_word(word, roles),
                    WordEntry::Org(name, roles) => v.add_org(name, roles),
                }
            }
        }
        for (name, fullest) in body_names()? {
            let (name, fullest) = (v.keyer.key(name), v.keyer.key(fullest));
            v.body_names.insert(fullest.clone(), fullest.clone());
            v.body_names.insert(name, fullest);
        }
        for (cue, row) in parse_cues(CUES_TSV, CUES_FILE)? {
            match row {
                CueRow::Cue(rule) => v.add_cue(cue, rule),
                CueRow::Question => {
                    v.add_cue(cue, SpeechRule::Verb);
                    let key = v.keyer.key(cue);
                    for form in passive_forms(&key) {
                        v.remove_one_cue(&form);
                    }
                }
            }
        }
        Ok(v)
    }

    /// The symbol of a key, if a rule names it.
    pub(crate) fn sym(&self, key: &str) -> Sym {
        self.symbols.get(key).copied().unwrap_or(NO_SYM)
    }

    /// The roles of a symbol.
    pub(crate) fn roles(&self, sym: Sym) -> Roles {
        self.roles.get(sym as usize).copied().unwrap_or(Roles::NONE)
    }

    /// The key of a well-known body's fullest name, if `key` is one of its names (`ڈبلیو ایچ
    /// او` → `عالمی ادارہ صحت`, and the fullest name itself).
    pub(crate) fn fullest_name(&self, key: &str) -> Option<&str> {
        self.body_names.get(key).map(String::as_str)
    }

    /// The cues that begin with a symbol, longest first.
    pub(crate) fn cues_from(&self, sym: Sym) -> &[CueEntry] {
        self.cues.get(sym as usize).map_or(&[], Vec::as_slice)
    }

    /// The well-known names that begin with a symbol, with the roles they give a phrase.
    pub(crate) fn orgs_from(&self, sym: Sym) -> impl Iterator<Item = &(Vec<Sym>, Roles)> {
        self.org_starts
            .get(sym as usize)
            .into_iter()
            .flatten()
            .filter_map(|&n| self.orgs.get(n as usize))
    }

    /// The symbols of the words of a phrase, given new numbers where needed.
    fn intern(&mut self, phrase: &str) -> Vec<Sym> {
        let key = self.keyer.key(phrase);
        key.split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| {
                let next = Sym::try_from(self.roles.len()).unwrap_or(NO_SYM);
                let sym = *self.symbols.entry(w.to_owned()).or_insert(next);
                if sym == next {
                    self.roles.push(Roles::NONE);
                    self.cues.push(Vec::new());
                    self.org_starts.push(Vec::new());
                }
                sym
            })
            .collect()
    }

    /// Gives a word a role; a name of several words (`اے ایف پی`, agency) is matched as a
    /// whole, like an organization's name.
    pub(crate) fn add_word(&mut self, word: &str, roles: Roles) {
        let syms = self.intern(word);
        match syms.as_slice() {
            [sym] => {
                if let Some(r) = self.roles.get_mut(*sym as usize) {
                    *r |= roles;
                }
            }
            _ => self.add_org(word, roles),
        }
    }

    /// Adds a well-known organization's name, and the roles it gives a phrase that holds
    /// it.
    pub(crate) fn add_org(&mut self, name: &str, roles: Roles) {
        let syms = self.intern(name);
        let Some(&first) = syms.first() else { return };
        let n = u32::try_from(self.orgs.len()).unwrap_or(u32::MAX);
        if let Some(starts) = self.org_starts.get_mut(first as usize) {
            starts.push(n);
        }
        self.orgs.push((syms, roles));
    }

    /// Adds a speech cue, and for a past-tense speech verb its present, passive and intensive
    /// forms.
    pub(crate) fn add_cue(&mut self, cue: &str, rule: SpeechRule) {
        self.add_one_cue(cue, rule);
        if rule == SpeechRule::Verb {
            let key = self.keyer.key(cue);
            for form in present_forms(&key) {
                self.add_one_cue(&form, SpeechRule::PresentVerb);
            }
            for form in passive_forms(&key) {
                self.add_one_cue(&form, SpeechRule::Passive);
            }
            for form in compound_forms(&key) {
                self.add_one_cue(&form, SpeechRule::Verb);
            }
        }
    }

    fn add_one_cue(&mut self, cue: &str, rule: SpeechRule) {
        let words = self.intern(cue);
        let Some(&first) = words.first() else { return };
        if let Some(list) = self.cues.get_mut(first as usize) {
            if !list.iter().any(|c| c.words == words) {
                list.push(CueEntry { words, rule });
                // Longest cues first, so that `کہا گیا` wins over `کہا`.
                list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            }
        }
    }

    /// Removes a cue (and the forms derived from it), so that it no longer introduces
    /// speech.
    pub(crate) fn remove_cue(&mut self, cue: &str) {
        let key = self.keyer.key(cue);
        let forms = std::iter::once(key.clone())
            .chain(present_forms(&key))
            .chain(passive_forms(&key))
            .chain(compound_forms(&key));
        for form in forms {
            self.remove_one_cue(&form);
        }
    }

    /// Removes one cue form, and none derived from it.
    fn remove_one_cue(&mut self, cue: &str) {
        let words: Vec<Sym> = self
            .keyer
            .key(cue)
            .split(' ')
            .map(|w| self.sym(w))
            .collect();
        for list in &mut self.cues {
            list.retain(|c| c.words != words);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_roles_and_cues() {
        let v = Vocabulary::shipped(Keyer::default()).unwrap();
        let kaha = v.sym("کہا");
        assert_ne!(kaha, NO_SYM);
        assert!(v.cues_from(kaha).iter().any(|c| c.rule == SpeechRule::Verb));
        assert!(v.roles(v.sym("نے")).has(Roles::ERGATIVE));
        assert!(v.roles(v.sym("انہوں")).has(Roles::PRONOUN));
        assert_eq!(v.sym("غیرموجود"), NO_SYM);
        // Present forms are derived from the past ones.
        let present = v.sym("بتاتے");
        assert!(v
            .cues_from(present)
            .iter()
            .any(|c| c.rule == SpeechRule::PresentVerb));
    }

    #[test]
    fn removed_cues_and_their_forms_are_gone() {
        let mut v = Vocabulary::shipped(Keyer::default()).unwrap();
        v.remove_cue("بتایا");
        assert!(v
            .cues_from(v.sym("بتایا"))
            .iter()
            .all(|c| c.words.len() > 1));
        assert!(v.cues_from(v.sym("بتاتے")).is_empty());
        assert!(!v.cues_from(v.sym("کہا")).is_empty());
    }

    #[test]
    fn rules_have_names() {
        assert_eq!(
            "present".parse::<SpeechRule>().unwrap(),
            SpeechRule::PresentVerb
        );
        assert_eq!(SpeechRule::Source.to_string(), "source");
    }
}

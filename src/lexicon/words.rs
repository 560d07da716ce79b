//! The roles words play in the crate's rules: the speaker vocabulary
//! (`data/speaker_words.tsv`: titles, groups, pronouns, …) and the function words of Urdu
//! grammar (`data/grammar_words.tsv`: auxiliaries, case markers, the complementizer, …).

use std::ops::{BitOr, BitOrAssign};

use crate::lexicon::{parse_pairs, Pair};
use crate::Error;

/// A set of word roles, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Roles(u64);

impl Roles {
    pub(crate) const NONE: Roles = Roles(0);
    /// A title or role (`صدر`, `ترجمان`): the words up to it are a speaker's title.
    pub(crate) const TITLE: Roles = Roles(1);
    /// A title that names a country's or body's leader (`صدر`, `رہنما`).
    pub(crate) const LEADER: Roles = Roles(1 << 1);
    /// A word that makes a phrase an organization (`وزارت`, `پولیس`).
    pub(crate) const GROUP: Roles = Roles(1 << 2);
    /// A news agency or broadcaster.
    pub(crate) const AGENCY: Roles = Roles(1 << 3);
    /// A pronoun subject (`انہوں`, `ان`).
    pub(crate) const PRONOUN: Roles = Roles(1 << 4);
    /// A kind of work whose title is quoted (`فلم ’منٹو‘`).
    pub(crate) const WORK: Roles = Roles(1 << 5);
    /// A document that reports (`رپورٹ`): `X کی رپورٹ کے مطابق` is X speaking.
    pub(crate) const DOCUMENT: Roles = Roles(1 << 6);
    /// A word after which `کے مطابق` is not speech (`قانون کے مطابق`).
    pub(crate) const NON_SOURCE: Roles = Roles(1 << 7);
    /// A word that cannot be inside a speaker's noun phrase.
    pub(crate) const STOP: Roles = Roles(1 << 8);
    /// An auxiliary verb (`ہے`, `تھا`, `گیا`).
    pub(crate) const AUXILIARY: Roles = Roles(1 << 9);
    /// The ergative marker `نے`.
    pub(crate) const ERGATIVE: Roles = Roles(1 << 10);
    /// A genitive postposition (`کا`, `کی`, `کے`).
    pub(crate) const GENITIVE: Roles = Roles(1 << 11);
    /// The possessor's marker of a noun of saying (`کا`, `کی`).
    pub(crate) const POSSESSIVE: Roles = Roles(1 << 12);
    /// The complementizer `کہ`.
    pub(crate) const COMPLEMENTIZER: Roles = Roles(1 << 13);
    /// A relative pronoun (`جنہوں`).
    pub(crate) const RELATIVE: Roles = Roles(1 << 14);
    /// `جانب`, `طرف`: with `سے`, who issued a statement.
    pub(crate) const ISSUER: Roles = Roles(1 << 15);
    /// `بیان`: with `میں`, the statement of a passive cue.
    pub(crate) const STATEMENT: Roles = Roles(1 << 16);
    /// A conjunction or connective between clauses (`اور`, `تاہم`).
    pub(crate) const CONNECTIVE: Roles = Roles(1 << 17);
    /// A form of `جانا` that makes the verb before it passive or habitual (`جاتا`).
    pub(crate) const PASSIVE: Roles = Roles(1 << 18);
    /// A first-person subject (`میں`, `ہم`).
    pub(crate) const FIRST_PERSON: Roles = Roles(1 << 19);
    /// An indefinite pronoun (`کوئی`): a speaker the text does not name.
    pub(crate) const INDEFINITE: Roles = Roles(1 << 20);
    /// A predicate of a verbless news clause (`ہلاک`, `گرفتار`).
    pub(crate) const PREDICATE: Roles = Roles(1 << 21);
    /// A word for a group of people (`ذرائع`, `ماہرین`).
    pub(crate) const COLLECTIVE: Roles = Roles(1 << 22);
    /// A noun for words said (`بات`, `الفاظ`), which a demonstrative makes point back.
    pub(crate) const ANAPHORIC: Roles = Roles(1 << 23);
    /// A pronoun form used only before the ergative `نے` (`انہوں`).
    pub(crate) const ERGATIVE_PRONOUN: Roles = Roles(1 << 24);
    /// A participle of belonging (`وابستہ`, `منسلک`): `X سے وابستہ ایک صحافی` describes a
    /// speaker by the body X.
    pub(crate) const AFFILIATION: Roles = Roles(1 << 25);
    /// A quantifier (`تمام`, `چند`): a group the text does not name one by one, which speaks
    /// in passing.
    pub(crate) const QUANTIFIER: Roles = Roles(1 << 26);
    /// An adverb between a connective and its verb (`اور ساتھ ہی دعویٰ کیا`): the verb
    /// shares the subject of the clause before the connective.
    pub(crate) const ADDITIVE: Roles = Roles(1 << 27);
    /// A postposition of place, direction or object (`کو`, `میں`, `سے`).
    pub(crate) const POSTPOSITION: Roles = Roles(1 << 28);
    /// The reflexive possessive (`اپنے`): what it qualifies is the subject's own.
    pub(crate) const REFLEXIVE: Roles = Roles(1 << 29);
    /// A political party's name (`مسلم لیگ`): a well-known body, but not what a body's
    /// generic name (`کمپنی`, `ایجنسی`) points back to.
    pub(crate) const PARTY: Roles = Roles(1 << 30);
    /// A noun of saying (`کہنا`): `X کا کہنا تھا` introduces what X said, with or without
    /// `کہ`, so the auxiliary after it ends no sentence.
    pub(crate) const SAYING: Roles = Roles(1 << 31);
    /// A word of asking (`سوال کیا`, `استفسار`, `پوچھا`): with the person asked named (`Y سے`),
    /// a question put to someone, which reports no one's words.
    pub(crate) const ASKING: Roles = Roles(1 << 32);
    /// A body of the state known by its kind alone (`پولیس`, `فوج`): the police or the army
    /// of the place the news is about, a speaker in its own right, not a generic name that
    /// points back to another body.
    pub(crate) const INSTITUTION: Roles = Roles(1 << 33);
    /// The Urdu name of a Latin letter (`آئی`, `ایس`, `پی`, `آر`), of which acronyms are
    /// spelled (`آئی ایس پی آر`): a name in letters inside a longer run of letters is part of
    /// that acronym, not a title or a body of its own (`ایس پی` in `آئی ایس پی آر`).
    pub(crate) const LETTER: Roles = Roles(1 << 34);
    /// A word for a court (`عدالت`, `کورٹ`): a court's generic name (`عدالت نے کہا`) points
    /// back only to a court the text named (`سپریم کورٹ`), never to another body.
    pub(crate) const COURT: Roles = Roles(1 << 35);
    /// A word that opens a clause (`یہ`, `آج`, `ہمیں`, `اگر`): a demonstrative, an oblique
    /// pronoun, an adverb of time or a conditional, which no speaker's phrase holds but what
    /// was said may begin with (not a relative: after a verb, `جو` qualifies its object).
    pub(crate) const OPENER: Roles = Roles(1 << 36);
    /// A demonstrative (`یہ`, `اس`, `ایسے`): the noun after it is a common noun that heads
    /// its own phrase (`یہ علاقے`, "these areas"), not a title before a name.
    pub(crate) const DEMONSTRATIVE: Roles = Roles(1 << 37);
    /// An adjective that qualifies a title (`سینئر`, `صوبائی`): between a genitive and a
    /// title (`کمپنی کے سینئر نائب صدر`), it keeps the genitive's noun in the description.
    pub(crate) const MODIFIER: Roles = Roles(1 << 38);
    /// A judge's title (`جسٹس`, `جج`): in a hearing the bench and the parties speak in turn,
    /// and a party's role (`سرکاری وکیل`, `اٹارنی جنرل`) never describes the judge just
    /// quoted, nor a judge's title a party.
    pub(crate) const JUDGE: Roles = Roles(1 << 39);
    /// The negation that stands for a copula left out (`کوئی خوف نہیں`).
    pub(crate) const NEGATION: Roles = Roles(1 << 40);
    /// A modal's past or subjunctive form (`سکے`, `چکا`): it closes its verb phrase, and so
    /// its clause, as an auxiliary does.
    pub(crate) const MODAL: Roles = Roles(1 << 41);
    /// What a person is, which news uses alone to refer again to the person it is about
    /// (`اداکار`, "the actor"; `ملزم`, "the accused"), as a pronoun does.
    pub(crate) const EPITHET: Roles = Roles(1 << 42);
    /// "The said", "the aforementioned" (`موصوف`, `مذکور`), with a title (`وزیر موصوف`,
    /// `عہدیدار مذکور`): part of the title, not a name, and the whole points back to the
    /// holder of that title the text named.
    pub(crate) const AFORESAID: Roles = Roles(1 << 45);
    /// A word of kinship (`والدہ`, `بھائی`), a title: with the one it relates to named
    /// (`اداکارہ کی والدہ`, `میری والدہ`), it describes someone else, a relative.
    pub(crate) const KIN: Roles = Roles(1 << 43);
    /// A day of the week that is also another word (`پیر`, a saint's title; `بدھ`, "Buddhist";
    /// `جمعہ`, a given name): a time adverb, which ends a speaker's phrase, only where a word of
    /// grammar, a number or punctuation follows it (`بدھ کو`, `پیر 29 اکتوبر`).
    pub(crate) const WEEKDAY: Roles = Roles(1 << 44);

    /// The roles of both sets (`|`, usable in constants).
    pub(crate) const fn union(self, other: Roles) -> Roles {
        Roles(self.0 | other.0)
    }

    /// The roles of this set that `other` does not hold.
    pub(crate) const fn without(self, other: Roles) -> Roles {
        Roles(self.0 & !other.0)
    }

    /// Whether the set holds any role of `other`.
    pub(crate) fn has(self, other: Roles) -> bool {
        self.0 & other.0 != 0
    }

    /// The role named in a data file.
    fn named(name: &str) -> Option<Roles> {
        Some(match name {
            "title" => Roles::TITLE,
            "leader" => Roles::LEADER,
            "group" => Roles::GROUP,
            "agency" => Roles::AGENCY,
            "pronoun" => Roles::PRONOUN,
            "work" => Roles::WORK,
            "document" => Roles::DOCUMENT,
            "nonsource" => Roles::NON_SOURCE,
            "stop" => Roles::STOP,
            "auxiliary" => Roles::AUXILIARY,
            "ergative" => Roles::ERGATIVE,
            "genitive" => Roles::GENITIVE,
            "possessive" => Roles::POSSESSIVE,
            "complementizer" => Roles::COMPLEMENTIZER,
            "relative" => Roles::RELATIVE,
            "issuer" => Roles::ISSUER,
            "statement" => Roles::STATEMENT,
            "connective" => Roles::CONNECTIVE,
            "passive" => Roles::PASSIVE,
            "first-person" => Roles::FIRST_PERSON,
            "indefinite" => Roles::INDEFINITE,
            "predicate" => Roles::PREDICATE,
            "collective" => Roles::COLLECTIVE,
            "anaphoric" => Roles::ANAPHORIC,
            "ergative-pronoun" => Roles::ERGATIVE_PRONOUN,
            "affiliation" => Roles::AFFILIATION,
            "quantifier" => Roles::QUANTIFIER,
            "additive" => Roles::ADDITIVE,
            "postposition" => Roles::POSTPOSITION,
            "reflexive" => Roles::REFLEXIVE,
            "saying" => Roles::SAYING,
            "asking" => Roles::ASKING,
            "institution" => Roles::INSTITUTION,
            "letter" => Roles::LETTER,
            "court" => Roles::COURT,
            "opener" => Roles::OPENER,
            "demonstrative" => Roles::DEMONSTRATIVE,
            "modifier" => Roles::MODIFIER,
            "judge" => Roles::JUDGE,
            "negation" => Roles::NEGATION,
            "modal" => Roles::MODAL,
            "epithet" => Roles::EPITHET,
            "aforesaid" => Roles::AFORESAID,
            "kin" => Roles::KIN.union(Roles::TITLE),
            "weekday" => Roles::WEEKDAY,
            _ => return None,
        })
    }
}

impl BitOr for Roles {
    type Output = Roles;

    fn bitor(self, other: Roles) -> Roles {
        self.union(other)
    }
}

impl BitOrAssign for Roles {
    fn bitor_assign(&mut self, other: Roles) {
        self.0 |= other.0;
    }
}

/// What a row of a word file names: one word with a role, or a well-known organization's
/// name (several words), whose role is `org`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum WordEntry {
    Word(&'static str, Roles),
    /// A well-known organization's name, with its roles (`GROUP`, and `PARTY` for a party).
    Org(&'static str, Roles),
}

pub(crate) const SPEAKER_WORDS_FILE: &str = "data/speaker_words.tsv";
pub(crate) const SPEAKER_WORDS_TSV: &str = include_str!("../../data/speaker_words.tsv");
pub(crate) const GRAMMAR_WORDS_FILE: &str = "data/grammar_words.tsv";
pub(crate) const GRAMMAR_WORDS_TSV: &str = include_str!("../../data/grammar_words.tsv");
pub(crate) const BODY_NAMES_FILE: &str = "data/body_names.tsv";
pub(crate) const BODY_NAMES_TSV: &str = include_str!("../../data/body_names.tsv");

/// The other names of well-known bodies (`ڈبلیو ایچ او`), each with the body's fullest name
/// (`عالمی ادارہ صحت`), as the shipped file writes them.
pub(crate) fn body_names() -> Result<Vec<(&'static str, &'static str)>, Error> {
    Ok(parse_pairs(BODY_NAMES_TSV, BODY_NAMES_FILE)?
        .into_iter()
        .map(|Pair { key, value, .. }| (key, value))
        .collect())
}

/// Parses a word file (`word<TAB>role` rows) into entries.
pub(crate) fn parse_words(tsv: &'static str, file: &str) -> Result<Vec<WordEntry>, Error> {
    parse_pairs(tsv, file)?
        .into_iter()
        .map(|Pair { key, value, line }| match value {
            "org" => Ok(WordEntry::Org(key, Roles::GROUP)),
            "party" => Ok(WordEntry::Org(key, Roles::GROUP | Roles::PARTY)),
            role => Roles::named(role)
                .map(|r| WordEntry::Word(key, r))
                .ok_or_else(|| Error::malformed(file, line, "unknown word role")),
        })
        .collect()
}

/// The words of a role in the shipped grammar file, as written there.
pub(crate) fn grammar_words(role: Roles) -> impl Iterator<Item = &'static str> {
    crate::lexicon::rows(GRAMMAR_WORDS_TSV).filter_map(move |row| {
        let named = row.fields.first().and_then(|r| Roles::named(r));
        named.is_some_and(|r| r.has(role)).then_some(row.key)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_parse() {
        let words = parse_words(SPEAKER_WORDS_TSV, SPEAKER_WORDS_FILE).unwrap();
        assert!(words.contains(&WordEntry::Word("انہوں", Roles::PRONOUN)));
        assert!(words.contains(&WordEntry::Org("اقوام متحدہ", Roles::GROUP)));
        let grammar = parse_words(GRAMMAR_WORDS_TSV, GRAMMAR_WORDS_FILE).unwrap();
        assert!(grammar.contains(&WordEntry::Word("نے", Roles::ERGATIVE)));
        assert!(grammar_words(Roles::AUXILIARY).any(|w| w == "تھا"));
        assert!(body_names()
            .unwrap()
            .contains(&("ڈبلیو ایچ او", "عالمی ادارہ صحت")));
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse_words("# comment\n\nصدر\tleader\nخان\tking\n", "x.tsv").unwrap_err();
        assert_eq!(err.location(), Some(("x.tsv", 4)));
    }
}

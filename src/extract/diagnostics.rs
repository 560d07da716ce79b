//! Why a speech cue gave a quotation, or none, and why a quotation has no speaker: what
//! [`Analyzer::diagnose`](crate::Analyzer::diagnose) reports, to find what the rules miss.

use std::fmt;

use crate::extract::mention::Cue;

/// Why a speech cue gave no quotation, or its quotation no speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The cue stands inside quotation marks, in the quoted speaker's own words, and reports
    /// no one else's speech by name.
    InsideQuotation,
    /// The cue stands in a page's furniture: a "read more" link or an image caption.
    PageFurniture,
    /// A past speech verb needs a subject marked with `نے` before it in its clause, and
    /// there is none (or only one inside quotation marks, or after a relative pronoun).
    NoErgativeSubject,
    /// A noun of saying needs its possessor with `کا`/`کی` a few words before it.
    NoPossessor,
    /// A noun of saying (`کا کہنا تھا`) needs `کہ`, a colon or a quotation after it.
    NothingAfterNounOfSaying,
    /// A source postposition needs `کے` and a noun phrase before it.
    NoSourcePhrase,
    /// The noun before `کے مطابق` makes it "in accordance with", not speech (`قانون کے
    /// مطابق`), or a document's possessor is missing.
    NotASpeechSource,
    /// The speaker is a phrase the analyzer was told is never a speaker.
    NotASpeaker,
    /// Inside another report, in the first person (`ہم نے کہا تھا`): the reported speaker's
    /// own words.
    SpeakersOwnWords,
    /// Inside another report, with nothing said of its own (a noun phrase, not a clause).
    NoWordsOfItsOwn,
    /// A question put to someone (`X نے Y سے سوال کیا کہ`): it reports no one's words.
    QuestionPutToSomeone,
    /// A news agency, paper or channel credited with a report that quotes someone else: the
    /// quotation is that speaker's.
    Credit,
    /// The paper's own correspondent, credited with the report (`نامہ نگار کے مطابق`): who
    /// filed it, as a byline says, not someone quoted.
    ReporterCredit,
    /// The reporter turns to the reader (`آپ کی رائے`, "your opinion"; `آپ کے خیال میں … ؟`,
    /// "in your view, …?"): a prompt or a question, no one's words.
    ToTheReader,
    /// No `کہ`, colon, clause or quotation follows the cue: it reports nothing.
    NothingSaid,
    /// The quotation has no speaker: no noun phrase stands where the cue's speaker should.
    NoSpeakerPhrase,
    /// The quotation has no speaker: its pronoun points to no one the text named before.
    UnresolvedPronoun,
    /// The quotation has no speaker: the text says "someone" (`کوئی کہتا ہے`).
    IndefiniteSpeaker,
    /// The quotation has no speaker: a passive statement whose issuer the text does not
    /// name.
    NoIssuer,
    /// The quotation has no speaker: the writer of a first-person account says it (`میں نے
    /// کہا ’…‘` outside anyone's report).
    Writer,
    /// A refusal to do something (`تبصرہ کرنے سے انکار کر دیا کہ …`, "declined to comment on
    /// …"), not a denial of something said: what follows names what the act was about.
    Refusal,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::InsideQuotation => "inside quotation marks, in the quoted speaker's own words",
            Reason::PageFurniture => "in a read-more link or an image caption",
            Reason::NoErgativeSubject => {
                "no subject with نے before the past speech verb in its clause"
            }
            Reason::NoPossessor => "no possessor with کا/کی just before the noun of saying",
            Reason::NothingAfterNounOfSaying => {
                "no کہ, colon or quotation after the noun of saying"
            }
            Reason::NoSourcePhrase => "no noun phrase with کے before the source postposition",
            Reason::NotASpeechSource => {
                "the noun before کے مطابق makes it 'in accordance with', not speech"
            }
            Reason::NotASpeaker => {
                "the speaker is a phrase the analyzer was told is never a speaker"
            }
            Reason::SpeakersOwnWords => {
                "inside another report, in the first person: the reported speaker's own words"
            }
            Reason::NoWordsOfItsOwn => "inside another report, with nothing said of its own",
            Reason::QuestionPutToSomeone => "a question put to someone",
            Reason::Credit => "a news agency credited with a report that quotes someone else",
            Reason::ReporterCredit => "the paper's own correspondent, credited with the report",
            Reason::ToTheReader => "the reporter turns to the reader (آپ): no one's words",
            Reason::NothingSaid => "no کہ, colon, clause or quotation follows the cue",
            Reason::NoSpeakerPhrase => "no noun phrase where the speaker should stand",
            Reason::UnresolvedPronoun => "a pronoun that points to no one the text named before",
            Reason::IndefiniteSpeaker => "an indefinite speaker (کوئی)",
            Reason::NoIssuer => "a passive statement whose issuer the text does not name",
            Reason::Writer => "the writer of a first-person account (میں نے کہا ’…‘)",
            Reason::Refusal => "a refusal to do something (کرنے سے انکار), not a denial",
        })
    }
}

/// What became of one speech cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic<'a> {
    pub(crate) cue: Cue<'a>,
    pub(crate) quotes: Vec<usize>,
    pub(crate) reason: Option<Reason>,
}

impl<'a> Diagnostic<'a> {
    /// The cue's words (from the first word of the cue to its `کہ` or colon, when it was
    /// taken; the cue's own words when it was not).
    #[must_use]
    pub fn cue(&self) -> Cue<'a> {
        self.cue
    }

    /// The quotations the cue gave, as indices into the analysis's
    /// [`quotes`](crate::Analysis::quotes) (empty when it gave none).
    #[must_use]
    pub fn quotes(&self) -> &[usize] {
        &self.quotes
    }

    /// Why the cue gave no quotation, or, when it gave one, why that has no speaker; `None`
    /// when it gave quotations with a speaker.
    #[must_use]
    pub fn reason(&self) -> Option<Reason> {
        self.reason
    }
}

impl fmt::Display for Diagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} «{}»: ", self.cue.span(), self.cue.text())?;
        match (self.quotes.is_empty(), self.reason) {
            (true, Some(r)) => write!(f, "no quotation: {r}"),
            (true, None) => f.write_str("no quotation"),
            (false, Some(r)) => write!(f, "quotations {:?}, no speaker: {r}", self.quotes),
            (false, None) => write!(f, "quotations {:?}", self.quotes),
        }
    }
}

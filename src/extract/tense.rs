//! The present forms of a speech verb, derived from its past form, so that every cue (the
//! shipped ones and a user's) is found in every tense by the same rules of Urdu grammar.
//!
//! A past (perfective) verb is its stem and a gender-number ending: `بتا` + `یا`, `لکھ` + `ا`,
//! feminine `کرا` + `ئی`, `لکھ` + `ی`; a few common verbs are irregular (`کیا` from `کر`,
//! `دیا` from `دے`, `لیا` from `لے`, `کہا` from `کہ`). From the stem Urdu builds
//! - the habitual present: stem + `تا` / `تی` / `تے` (`بتاتے ہیں`, `کہتی ہے`);
//! - the progressive: the stem as a word, then `رہا` / `رہی` / `رہے` (`کہہ رہے ہیں`);
//! - the completive: the stem as a word, then `چکا` / `چکی` / `چکے` (`کہہ چکے ہیں`);
//! - the inceptive: the oblique infinitive, stem + `نے`, then `لگا` / `لگی` / `لگے`
//!   (`کہنے لگے`).
//!
//! None of these takes the ergative `نے`: their subject stands unmarked. The intensive
//! compounds (the stem as a word, then `دیا` or `لیا`: `کہہ دیا`, `واضح کر دیا`) are past
//! forms, with the ergative subject of the simple past. The passive is the
//! past form and a form of `جانا` (`کہا گیا`, `دعویٰ کیا گیا`): its speaker is the
//! statement's issuer.
//!
//! A light-verb phrase (`شکوہ کیا`) keeps its noun and changes its verb (`شکوہ کرتے ہیں`,
//! `شکوہ کر رہے ہیں`). The auxiliary that follows (`ہیں`, `ہے`, `تھے`) is read past by the
//! rules, as after any cue.

use crate::script::is_non_joining;

/// Irregular past forms: (past, stem for suffixes, stem as a word).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("کیا", "کر", "کر"),
    ("کی", "کر", "کر"),
    ("کیے", "کر", "کر"),
    ("کئے", "کر", "کر"),
    ("دیا", "دی", "دے"),
    ("دی", "دی", "دے"),
    ("دیے", "دی", "دے"),
    ("دئیے", "دی", "دے"),
    ("لیا", "لی", "لے"),
    ("لی", "لی", "لے"),
    ("کہا", "کہ", "کہہ"),
    ("کہی", "کہ", "کہہ"),
    ("گیا", "جا", "جا"),
    ("ہوا", "ہو", "ہو"),
];

/// The habitual endings (masculine singular, feminine, masculine plural).
const HABITUAL: [&str; 3] = ["تا", "تی", "تے"];

/// The auxiliaries that follow the stem as a word: progressive `رہنا` and completive
/// `چکنا`, in their three gender-number forms.
const STEM_AUXILIARIES: [&str; 6] = ["رہا", "رہی", "رہے", "چکا", "چکی", "چکے"];

/// The inceptive auxiliary `لگنا` after the oblique infinitive, in its four gender-number
/// forms: the feminine plural `لگیں` is also the form of respect for one woman (`کہنے لگیں`).
const INCEPTIVE: [&str; 4] = ["لگا", "لگی", "لگے", "لگیں"];

/// Whether `word` (a match key) is an auxiliary of aspect that a present form puts after the
/// stem as a word (`رہے` of `کہہ رہے`, `لگے` of `کہنے لگے`): a present form of two words
/// ending in one is a one-word verb's (`کہنا`), where a habitual of two words is a noun and
/// its light verb's (`اظہار کرتی`).
pub(crate) fn is_aspect_auxiliary(word: &str) -> bool {
    STEM_AUXILIARIES.contains(&word) || INCEPTIVE.contains(&word)
}

/// The passive auxiliary `جانا` in the past, after the past form.
const PASSIVE: [&str; 3] = ["گیا", "گئی", "گئے"];

/// The passive forms of a past speech cue given as its match key: `کہا گیا`,
/// `دعویٰ کیا گیا`. Empty when the last word is not a past verb form.
#[must_use]
pub(crate) fn passive_forms(cue: &str) -> Vec<String> {
    if past_parts(cue).is_none() {
        return Vec::new();
    }
    PASSIVE.iter().map(|p| format!("{cue} {p}")).collect()
}

/// A past speech cue given as its match key, taken apart: the words before its verb (a light
/// verb's noun, `شکوہ` of `شکوہ کیا`), and the verb's stem for suffixes and as a word (`کر`
/// and `کر` of `کیا`; `دی` and `دے` of `دیا`). `None` when the last word is not a past verb
/// form.
struct PastParts<'c> {
    head: Option<&'c str>,
    bound: String,
    free: String,
}

impl PastParts<'_> {
    /// The cue's words before its verb, then `words`.
    fn with_head(&self, words: String) -> String {
        match self.head {
            Some(h) => format!("{h} {words}"),
            None => words,
        }
    }
}

fn past_parts(cue: &str) -> Option<PastParts<'_>> {
    let (head, verb) = match cue.rsplit_once(' ') {
        Some((head, verb)) => (Some(head), verb),
        None => (None, cue),
    };
    let (bound, free) = match IRREGULAR.iter().find(|(past, _, _)| *past == verb) {
        Some((_, bound, free)) => ((*bound).to_owned(), (*free).to_owned()),
        None => {
            let stem = regular_stem(verb)?;
            (stem.clone(), stem)
        }
    };
    Some(PastParts { head, bound, free })
}

/// The stem of a regular past form (for suffixes, and as a word), if the word is one.
fn regular_stem(past: &str) -> Option<String> {
    // `بتایا`, `بتائی`, `بتائے`: a stem ending in a vowel takes `یا`/`ئی`/`ئے`.
    for ending in ["یا", "ئی", "ئے", "ئیں"] {
        if let Some(stem) = past.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                return Some(stem.to_owned());
            }
        }
    }
    // `لکھا`, `لکھی`, `لکھے`: a consonant stem takes `ا`/`ی`/`ے`.
    for ending in ['ا', 'ی', 'ے'] {
        if let Some(stem) = past.strip_suffix(ending) {
            if stem.chars().count() >= 2 {
                return Some(stem.to_owned());
            }
        }
    }
    None
}

/// The present forms of a past speech cue given as its match key (words separated by single
/// spaces): habitual, progressive, completive and inceptive, each in its three gender-number
/// forms. Empty when the last word is not a past verb form.
#[must_use]
pub(crate) fn present_forms(cue: &str) -> Vec<String> {
    let Some(p) = past_parts(cue) else {
        return Vec::new();
    };
    let (bound, free) = (&p.bound, &p.free);
    let habitual = HABITUAL.iter().map(|e| p.with_head(format!("{bound}{e}")));
    let with_stem = STEM_AUXILIARIES
        .iter()
        .map(|r| p.with_head(format!("{free} {r}")));
    let inceptive = INCEPTIVE
        .iter()
        .map(|l| p.with_head(format!("{bound}نے {l}")));
    habitual.chain(with_stem).chain(inceptive).collect()
}

/// The auxiliaries of the intensive compounds: `دینا` ("give") and `لینا` ("take") in the
/// past, after the stem as a word.
const COMPOUND: [&str; 6] = ["دیا", "دی", "دیے", "لیا", "لی", "لیے"];

/// The intensive past forms of a past speech cue given as its match key: the stem as a word,
/// then `دیا` or `لیا` (`کہہ دیا`, `بتا دیا`, `واضح کر دیا`, `تسلیم کر لیا`), like the
/// simple past with the ergative subject; also written without the space after a stem
/// whose last letter does not join (`واضح کردیا`). Empty when the last word is not a past
/// verb form.
#[must_use]
pub(crate) fn compound_forms(cue: &str) -> Vec<String> {
    let Some(p) = past_parts(cue) else {
        return Vec::new();
    };
    let free = &p.free;
    // A stem whose last letter does not join the next runs into it unseen when a writer
    // leaves the space out (`کردیا` for `کر دیا`).
    let joins = free.chars().last().is_some_and(is_non_joining);
    COMPOUND
        .iter()
        .flat_map(|c| {
            let spaced = p.with_head(format!("{free} {c}"));
            let joined = joins.then(|| p.with_head(format!("{free}{c}")));
            std::iter::once(spaced).chain(joined)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{compound_forms, present_forms};

    #[test]
    fn intensive_compounds() {
        assert!(compound_forms("کہا").contains(&"کہہ دیا".to_owned()));
        assert!(compound_forms("بتایا").contains(&"بتا دیا".to_owned()));
        let forms = compound_forms("واضح کیا");
        assert!(forms.contains(&"واضح کر دیا".to_owned()));
        assert!(forms.contains(&"واضح کردیا".to_owned()));
        assert!(compound_forms("تسلیم کیا").contains(&"تسلیم کر لیا".to_owned()));
        assert!(!compound_forms("کہا").contains(&"کہہدیا".to_owned()));
        assert!(compound_forms("مطابق").is_empty());
    }

    #[test]
    fn simple_verbs() {
        let forms = present_forms("بتایا");
        assert!(forms.contains(&"بتاتے".to_owned()));
        assert!(forms.contains(&"بتا رہے".to_owned()));
        let forms = present_forms("کہا");
        assert!(forms.contains(&"کہتے".to_owned()));
        assert!(forms.contains(&"کہتی".to_owned()));
        assert!(forms.contains(&"کہہ رہے".to_owned()));
        assert!(present_forms("لکھا").contains(&"لکھتا".to_owned()));
    }

    #[test]
    fn light_verbs_keep_their_noun() {
        let forms = present_forms("شکوہ کیا");
        assert!(forms.contains(&"شکوہ کرتے".to_owned()));
        assert!(forms.contains(&"شکوہ کر رہے".to_owned()));
        assert!(present_forms("زور دیا").contains(&"زور دیتے".to_owned()));
        assert!(present_forms("یقین دہانی کرائی").contains(&"یقین دہانی کراتی".to_owned()));
    }

    #[test]
    fn completive_inceptive_and_passive() {
        let forms = present_forms("کہا");
        assert!(forms.contains(&"کہہ چکے".to_owned()));
        assert!(forms.contains(&"کہنے لگے".to_owned()));
        assert!(forms.contains(&"کہنے لگیں".to_owned()));
        assert!(super::passive_forms("دعویٰ کیا").contains(&"دعویٰ کیا گیا".to_owned()));
        assert!(super::passive_forms("مطابق").is_empty());
    }

    #[test]
    fn nouns_give_nothing() {
        assert!(present_forms("مطابق").is_empty());
    }
}

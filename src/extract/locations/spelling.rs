//! The spellings that Urdu writing allows for a place name besides the ones a gazetteer
//! lists. Foreign names have no fixed Urdu spelling, and writers differ in a few known ways;
//! each rule below makes one such change at one place in the name:
//!
//! - **hamza**: a vowel after a vowel is written with or without the hamza seat `ئ`
//!   (`ملائیشیا` / `ملایشیا`, `کوئٹہ` / `کویٹہ`, `بیلجیئم` / `بیلجیم`), and the hamza on a
//!   `و` on its own seat (`لکھنؤ` / `لکھنئو`);
//! - **s**: `ث` and `ص` sound s, and writers put the plain `س` for them (`صومالیہ` /
//!   `سومالیہ`, `ثمرقند` / `سمرقند`); the other way round (`ٹیکساس` as `ٹیکثاس`) no one
//!   writes;
//! - **final a**: a final a is written `ہ` or `ا` (`کوریا` / `کوریہ`, `مالٹا` / `مالٹہ`),
//!   and a final `ا` takes a hamza after it as Arabic spells such words (`ایشیا` /
//!   `ایشیاء`), in words of five letters or more;
//! - **spaces**: after a letter that does not join the next, a space inside a compound name
//!   is invisible, and writers leave it out or put it in (`نیو یارک` / `نیویارک`,
//!   `آئرلینڈ` / `آئر لینڈ`);
//! - **o**: an o inside a foreign name is written `و` or, as English spells it, `ا`
//!   (`وسکونسن` / `وسکانسن`), in words of six letters or more;
//! - **compass**: a point of the compass that opens a name is translated or transliterated
//!   (`شمالی کیرولینا` / `نارتھ کیرولینا`, `مغربی آسٹریلیا` / `ویسٹرن آسٹریلیا`, `جنوبی
//!   افریقہ` / `ساؤتھ افریقہ`).
//!
//! One more difference is found when a text is searched, not listed here: a long vowel put
//! in or left out inside a long foreign name (`مہارشٹر` for `مہاراشٹر`); see
//! `Gazetteer::by_vowels`.
//!
//! A spelling that is a common word (one of the dictionary in `data/lexicon.tsv`, or one the
//! news corpus uses often) is never taken: no rule makes a common word a place. A spelling
//! the lexicon knows only as a name the corpus uses (`جکارتا`, `وسکانسن`) is taken, and a
//! spelling never takes another place's name. A name's own words written together
//! (`آزادکشمیر`) are taken too: word lists list such spellings as words, but they are the
//! name itself, not another word.

use crate::lexicon::LEXICON;
use crate::script::is_non_joining;

/// The other spellings of a name (a match key: normalized, single-spaced, no diacritics)
/// that may be taken: not words of the lexicon.
pub(super) fn variants(name: &str) -> Vec<String> {
    let mut out = spellings(name);
    // A name of several words that are each common (`مغربی ایشیا`, "West Asia") is a place
    // as a whole, and so is its spelling with one word changed (`مغربی ایشیاء`).
    let common_words = name.contains(' ') && !is_new_spelling(name);
    out.retain(|v| {
        is_new_spelling(v) || leaves_out_spaces(name, v) || (common_words && v.contains(' '))
    });
    out
}

/// Whether `spelling` is `name` with fewer spaces and nothing else changed.
fn leaves_out_spaces(name: &str, spelling: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|&c| c != ' ').collect::<String>();
    spelling.len() < name.len() && letters(spelling) == letters(name)
}

/// The spellings of a name that one rule, applied once, makes.
fn spellings(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut push = |v: Vec<char>| {
        let v: String = v.into_iter().collect();
        if v != name && !out.contains(&v) {
            out.push(v);
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let upto = chars.get(..i).unwrap_or_default();
        let rest = chars.get(i + 1..).unwrap_or_default();
        let at = |k: Option<usize>| k.and_then(|k| chars.get(k)).copied();
        let before = at(i.checked_sub(1));
        let after = at(Some(i + 1));
        let word_end = after.is_none_or(|a| a == ' ');
        let edits: &[&[char]] = match c {
            // Hamza: the seat beside a `ی` left out (`ئی` → `ی`, `یئ` → `ی`), elsewhere
            // written `ی` (`کوئٹہ` → `کویٹہ`); a `ی` after a vowel letter that does not open
            // the word written with it (`ملایشیا` → `ملائیشیا`).
            'ئ' if after == Some('ی') || before == Some('ی') => &[&[]],
            'ئ' => &[&['ی']],
            'ی' if matches!(before, Some('ا' | 'و'))
                && at(i.checked_sub(2)).is_some_and(|c| c != ' ') =>
            {
                &[&['ئ', 'ی']]
            }
            // The hamza on a `و` written on its own seat before it (`لکھنؤ` → `لکھنئو`).
            'ؤ' => &[&['ئ', 'و']],
            // s: the Arabic letters written as the plain `س`.
            'ث' | 'ص' => &[&['س']],
            // Final a, in a word of five letters or more (shorter ones collide with words).
            'ہ' if word_end && last_word(upto).chars().count() >= 4 => &[&['ا']],
            'ا' if word_end && last_word(upto).chars().count() >= 4 => &[&['ہ'], &['ا', 'ء']],
            // Spaces: one after a non-joining letter left out.
            ' ' if before.is_some_and(is_non_joining) => &[&[]],
            // o: a `و` between two letters of a long word written `ا`.
            'و' if before.is_some_and(|b| b != ' ')
                && !word_end
                && word_at(&chars, i).chars().count() >= 6 =>
            {
                &[&['ا']]
            }
            _ => &[],
        };
        for edit in edits {
            push(replaced(&chars, i, 1, edit));
        }
        // Spaces: one put in after a non-joining letter inside the last word, between parts
        // of three letters or more (`آئر لینڈ`, `ہندو ستان`; shorter parts are no words of
        // a compound, and every such space more multiplies the names to look up).
        if is_non_joining(c)
            && !rest.contains(&' ')
            && last_word(upto).chars().count() >= 2
            && rest.len() >= 3
        {
            push(replaced(&chars, i + 1, 0, &[' ']));
        }
    }
    // Compass: the first word translated or transliterated.
    let first = chars.iter().position(|&c| c == ' ');
    if let Some(space) = first {
        let word: String = chars.iter().take(space).collect();
        for &(translated, transliterated) in COMPASS {
            let others: &[&str] = if word == translated {
                transliterated
            } else if transliterated.contains(&word.as_str()) {
                &[translated]
            } else {
                &[]
            };
            for other in others {
                let other: Vec<char> = other.chars().collect();
                push(replaced(&chars, 0, space, &other));
            }
        }
    }
    out
}

/// The points of the compass as Urdu translates them and as it transliterates English.
const COMPASS: &[(&str, &[&str])] = &[
    ("شمالی", &["نارتھ"]),
    ("جنوبی", &["ساؤتھ", "ساوتھ"]),
    ("مشرقی", &["ایسٹ", "ایسٹرن"]),
    ("مغربی", &["ویسٹ", "ویسٹرن"]),
];

/// The word of `chars` that holds the character at `i`.
fn word_at(chars: &[char], i: usize) -> String {
    let start = chars
        .get(..i)
        .and_then(|c| c.iter().rposition(|&c| c == ' '))
        .map_or(0, |p| p + 1);
    chars
        .iter()
        .skip(start)
        .take_while(|&&c| c != ' ')
        .collect()
}

/// `chars` with `len` characters at `at` replaced by `with`.
fn replaced(chars: &[char], at: usize, len: usize, with: &[char]) -> Vec<char> {
    let mut v = Vec::with_capacity(chars.len() + with.len());
    v.extend(chars.iter().take(at));
    v.extend(with);
    v.extend(chars.iter().skip(at + len));
    v
}

/// The last word of `chars` (all of it if it has no space).
fn last_word(chars: &[char]) -> String {
    let start = chars.iter().rposition(|&c| c == ' ').map_or(0, |p| p + 1);
    chars.get(start..).unwrap_or_default().iter().collect()
}

/// Whether a spelling may be taken: it is not a common word (see `Lexicon::is_common`: a
/// spelling of a name that the news corpus uses, `جکارتا`, `وسکانسن`, is none), and if it has
/// spaces, not all its words are (`کار ساز` is two words, not a spelling of a town).
fn is_new_spelling(spelling: &str) -> bool {
    !spelling.split(' ').all(|w| LEXICON.is_common(w))
}

#[cfg(test)]
mod tests {
    use super::{spellings, variants};

    fn has(name: &str, spelling: &str) -> bool {
        spellings(name).iter().any(|v| v == spelling)
    }

    #[test]
    fn each_rule_makes_its_spellings() {
        assert!(has("ملائیشیا", "ملایشیا"));
        assert!(has("ایشیا", "ایشیاء"));
        assert!(has("ملایشیا", "ملائیشیا"));
        assert!(has("سوئیڈن", "سویڈن"));
        assert!(has("کوئٹہ", "کویٹہ"));
        assert!(has("بیلجیئم", "بیلجیم"));
        assert!(has("صومالیہ", "سومالیہ"));
        assert!(has("بصرہ", "بسرہ"));
        assert!(has("بولیویا", "بولیویہ"));
        assert!(has("نیو یارک", "نیویارک"));
        assert!(has("آئرلینڈ", "آئر لینڈ"));
        assert!(has("وسکونسن", "وسکانسن"));
        assert!(has("شمالی کیرولینا", "نارتھ کیرولینا"));
        assert!(has("مغربی آسٹریلیا", "ویسٹرن آسٹریلیا"));
        assert!(has("ساؤتھ افریقہ", "جنوبی افریقہ"));
    }

    #[test]
    fn rules_keep_their_bounds() {
        // Final a only in words of five letters or more (`مکہ` → `مکا`, a punch, is not).
        assert!(!has("مکہ", "مکا"));
        assert!(!has("گوا", "گوہ"));
        // A space put in only between parts of three letters or more, in the last word.
        assert!(!has("پاکستان", "پا کستان"));
        assert!(!has("نیوزی لینڈ", "نیو زی لینڈ"));
        // A space left out only after a non-joining letter.
        assert!(spellings("ہانگ کانگ").iter().all(|v| v.contains(' ')));
        // No hamza before a word's opening vowel (`ایران` is not `ائیران`).
        assert!(!has("ایران", "ائیران"));
    }

    #[test]
    fn no_spelling_is_a_word() {
        // `کوریا` is a place's name already, a word of the lexicon.
        assert!(!variants("کوریہ").iter().any(|v| v == "کوریا"));
        assert!(variants("ملائیشیا").iter().any(|v| v == "ملایشیا"));
        // A name's own words written together are the name, listed as a word or not.
        assert!(variants("آزاد کشمیر").iter().any(|v| v == "آزادکشمیر"));
        // A spelling the lexicon knows only from names in the news is taken; a common word
        // (`دبی`, pressed, for `دبئی`) or a given name (`وکٹوریہ`) is not.
        assert!(variants("وسکونسن").iter().any(|v| v == "وسکانسن"));
        assert!(!variants("دبئی").iter().any(|v| v == "دبی"));
        assert!(variants("مغربی ایشیا").iter().any(|v| v == "مغربی ایشیاء"));
        assert!(!variants("وکٹوریا").iter().any(|v| v == "وکٹوریہ"));
    }
}
